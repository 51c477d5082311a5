//! PolNeAR: quotations and their sources.
//!
//! Matching follows citron's evaluation: a predicted quote and a gold
//! attribution match when their content spans overlap; for
//! "content+source" their source spans must overlap too (or both be
//! absent). Matching is one to one. Quoted scope compares direct and
//! partial predictions with gold `direct` and `mixed` attributions; all
//! scope compares everything.

use std::path::Path;

use dateline_extract::record::Quote;
use dateline_extract::Extractor;
use rayon::prelude::*;

use crate::gold::{read_jsonl, Attribution, GoldError, PolnearDoc};
use crate::score::{match_count, overlaps, Counts};
use crate::{article, Row};

#[derive(Default, Clone, Copy)]
struct DocCounts {
    quoted_content: Counts,
    quoted_both: Counts,
    all_content: Counts,
    all_both: Counts,
}

pub fn evaluate(path: &Path, extractor: &Extractor) -> Result<Vec<Row>, GoldError> {
    let docs: Vec<PolnearDoc> = read_jsonl(path)?;
    let per_doc: Vec<DocCounts> = docs
        .par_iter()
        .map(|doc| {
            let record = extractor.extract(&article(&doc.id, &doc.date, &doc.text));
            score(&record.quotes, &doc.attributions)
        })
        .collect();
    let mut total = DocCounts::default();
    for c in per_doc {
        total.quoted_content.add(c.quoted_content);
        total.quoted_both.add(c.quoted_both);
        total.all_content.add(c.all_content);
        total.all_both.add(c.all_both);
    }
    let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or("polnear");
    Ok(vec![
        Row::new(format!("{name} quoted content"), total.quoted_content),
        Row::new(format!("{name} quoted content+source"), total.quoted_both),
        Row::new(format!("{name} all content"), total.all_content),
        Row::new(format!("{name} all content+source"), total.all_both),
    ])
}

fn score(quotes: &[Quote], gold: &[Attribution]) -> DocCounts {
    let quoted_pred: Vec<&Quote> = quotes.iter().filter(|q| q.kind != "indirect").collect();
    let quoted_gold: Vec<&Attribution> = gold.iter().filter(|a| a.quote_status != "indirect").collect();
    let all_pred: Vec<&Quote> = quotes.iter().collect();
    let all_gold: Vec<&Attribution> = gold.iter().collect();
    let source_fits = |q: &&Quote, a: &&Attribution| match (q.speaker_span, a.source_span) {
        (Some(p), Some(g)) => overlaps(p, g),
        (None, None) => true,
        _ => false,
    };
    let counts = |pred: &[&Quote], gold: &[&Attribution], with_source: bool| Counts {
        correct: match_count(pred, gold, |q| q.span, |a| a.content_span, |q, a| !with_source || source_fits(q, a)),
        predicted: pred.len(),
        gold: gold.len(),
    };
    DocCounts {
        quoted_content: counts(&quoted_pred, &quoted_gold, false),
        quoted_both: counts(&quoted_pred, &quoted_gold, true),
        all_content: counts(&all_pred, &all_gold, false),
        all_both: counts(&all_pred, &all_gold, true),
    }
}
