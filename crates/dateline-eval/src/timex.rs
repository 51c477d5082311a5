//! TempEval-3 and MEANTIME: TIMEX3 spans, types and values.
//!
//! As in TempEval-3: relaxed match is any overlap, strict match the exact
//! span; value F1 counts relaxed matches whose value is also right. The
//! gold leaves out the document-creation time where the text prints it on
//! a line of its own (MEANTIME's second line), so a prediction that is such
//! a line and carries the creation date is left out too.

use std::path::Path;

use dateline_extract::record::Timex;
use dateline_extract::Extractor;
use rayon::prelude::*;

use crate::gold::{read_jsonl, GoldError, GoldTimex, TimexDoc};
use crate::score::{match_count, Counts};
use crate::{article, Row};

#[derive(Default, Clone, Copy)]
struct DocCounts {
    relaxed: Counts,
    strict: Counts,
    value: Counts,
    kind: Counts,
}

pub fn evaluate(path: &Path, extractor: &Extractor) -> Result<Vec<Row>, GoldError> {
    let docs: Vec<TimexDoc> = read_jsonl(path)?;
    let per_doc: Vec<DocCounts> = docs
        .par_iter()
        .map(|doc| {
            let record = extractor.extract(&article(&doc.id, &doc.date, &doc.text));
            let predicted: Vec<Timex> =
                record.timexes.into_iter().filter(|t| !is_creation_time(&doc.text, &doc.date, t)).collect();
            score(&predicted, &doc.timexes)
        })
        .collect();
    let mut total = DocCounts::default();
    for c in per_doc {
        total.relaxed.add(c.relaxed);
        total.strict.add(c.strict);
        total.value.add(c.value);
        total.kind.add(c.kind);
    }
    let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or("timex");
    Ok(vec![
        Row::new(format!("{name} timex relaxed"), total.relaxed),
        Row::new(format!("{name} timex strict"), total.strict),
        Row::new(format!("{name} timex type"), total.kind),
        Row::new(format!("{name} timex value"), total.value),
    ])
}

fn is_creation_time(text: &str, date: &str, timex: &Timex) -> bool {
    let line = text.lines().find(|l| l.contains(&timex.text)).unwrap_or("");
    timex.value == date && line.trim() == timex.text
}

fn score(predicted: &[Timex], gold: &[GoldTimex]) -> DocCounts {
    let counts = |correct| Counts { correct, predicted: predicted.len(), gold: gold.len() };
    let span_p = |t: &Timex| t.span;
    let span_g = |t: &GoldTimex| t.span;
    DocCounts {
        relaxed: counts(match_count(predicted, gold, span_p, span_g, |_, _| true)),
        strict: counts(match_count(predicted, gold, span_p, span_g, |p, g| p.span == g.span)),
        value: counts(match_count(predicted, gold, span_p, span_g, |p, g| p.value == g.value)),
        kind: counts(match_count(predicted, gold, span_p, span_g, |p, g| p.kind == g.kind)),
    }
}
