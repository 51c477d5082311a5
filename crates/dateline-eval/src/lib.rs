//! Scoring dateline's extractors against annotated corpora.
//!
//! Each corpus has its own module that loads the gold file, runs the
//! extractor over the same text (in parallel), and returns [`Row`]s of
//! counts. The command line prints them; `BENCHMARKS.md` records them.
//!
//! - PolNeAR: quotations and attribution, citron-style overlap matching of
//!   content spans (and source spans), in quoted scope (direct + mixed) and
//!   all scope.
//! - TempEval-3 and MEANTIME: TIMEX3 relaxed (overlap), strict (exact) and
//!   value (overlap with the right value) F1.
//! - CoNLL-2003: entity F1, exact span and type, with dateline's types
//!   mapped onto CoNLL's four.

pub mod errors;
pub mod gold;
pub mod ner;
pub mod polnear;
pub mod score;
pub mod timex;

use dateline_read::{Article, Origin};
use jiff::civil::Date;
use serde::Serialize;

pub use score::Counts;

/// One line of a report: a named measure and its counts.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub measure: String,
    pub counts: Counts,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Row {
    pub fn new(measure: impl Into<String>, counts: Counts) -> Row {
        Row { measure: measure.into(), counts, precision: counts.precision(), recall: counts.recall(), f1: counts.f1() }
    }
}

/// Rows named after the gold file (`polnear-dev quoted content`): one per
/// measure, from counts summed over the documents.
pub fn rows(path: &std::path::Path, measures: &[&str], totals: &[Counts]) -> Vec<Row> {
    let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or("gold");
    measures.iter().zip(totals).map(|(measure, counts)| Row::new(format!("{name} {measure}"), *counts)).collect()
}

/// Adds one document's counts to the totals, measure by measure.
pub fn add_counts<const N: usize>(totals: &mut [Counts; N], document: [Counts; N]) {
    for (total, counts) in totals.iter_mut().zip(document) {
        total.add(counts);
    }
}

/// An article built from a gold record. The text is kept exactly as the
/// gold file has it (no trimming), so that gold and predicted spans count
/// code points of the same string.
pub fn article(file: &str, date: &str, text: &str) -> Article {
    Article {
        date: date.parse().unwrap_or(Date::constant(2000, 1, 1)),
        text: text.to_string(),
        title: None,
        url: None,
        source: None,
        source_id: None,
        origin: Origin { file: file.to_string(), line: 0 },
    }
}
