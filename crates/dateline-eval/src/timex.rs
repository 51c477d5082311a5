//! TempEval-3 and MEANTIME: TIMEX3 spans, types and values.
//!
//! As in TempEval-3: relaxed match is any overlap, strict match the exact
//! span; value F1 counts relaxed matches whose value is also right. The
//! gold leaves out the document-creation time where the text prints it on
//! a line of its own (MEANTIME's second line), so a prediction that is such
//! a line and carries the creation date is left out too. MEANTIME annotated
//! only the first part of each article; predictions past it are not scored.

use std::collections::HashMap;
use std::path::Path;

use dateline_extract::record::Timex;
use dateline_extract::Extractor;
use rayon::prelude::*;

use crate::errors::Finding;
use crate::gold::{read_jsonl, AnnotatedPart, GoldError, GoldTimex, TimexDoc};
use crate::score::{match_count, match_pairs, Counts};
use crate::{add_counts, article, rows, Row};

const MEASURES: [&str; 4] = ["timex relaxed", "timex strict", "timex type", "timex value"];

pub fn evaluate(path: &Path, extractor: &Extractor) -> Result<Vec<Row>, GoldError> {
    let mut totals = [Counts::default(); 4];
    for (doc, predicted) in predict(path, extractor)? {
        add_counts(&mut totals, score(&predicted, &doc.timexes));
    }
    Ok(rows(path, &MEASURES, &totals))
}

/// Every miss, false alarm, span, type and value error.
pub fn errors(path: &Path, extractor: &Extractor) -> Result<Vec<Finding>, GoldError> {
    let mut findings = Vec::new();
    for (doc, predicted) in predict(path, extractor)? {
        let pairs = match_pairs(&predicted, &doc.timexes, |t| t.span, |t| t.span, |_, _| true);
        let at = |cause: String, span| Finding::new(cause, &doc.id, &doc.text, span);
        for (j, gold) in doc.timexes.iter().enumerate() {
            if !pairs.iter().any(|&(_, g)| g == j) {
                findings.push(at(format!("missed {}", gold.kind), gold.span).expected(&gold.value));
            }
        }
        for (i, timex) in predicted.iter().enumerate() {
            let Some(&(_, j)) = pairs.iter().find(|&&(p, _)| p == i) else {
                findings.push(at(format!("false alarm {}", timex.kind), timex.span).found(&timex.value));
                continue;
            };
            let gold = &doc.timexes[j];
            if timex.span != gold.span {
                let cause = if timex.span[1] - timex.span[0] > gold.span[1] - gold.span[0] {
                    "span too long"
                } else {
                    "span too short or shifted"
                };
                findings.push(at(cause.into(), gold.span).expected(&gold.text).found(&timex.text));
            }
            if timex.kind != gold.kind {
                findings.push(at(format!("type {} as {}", gold.kind, timex.kind), gold.span));
            }
            if timex.value != gold.value {
                findings.push(
                    at(format!("wrong value ({})", gold.kind), gold.span).expected(&gold.value).found(&timex.value),
                );
            }
        }
    }
    Ok(findings)
}

/// The gold documents that can be scored, each with dateline's timexes.
fn predict(path: &Path, extractor: &Extractor) -> Result<Vec<(TimexDoc, Vec<Timex>)>, GoldError> {
    let docs: Vec<TimexDoc> = read_jsonl(path)?;
    let annotated = annotated_parts(path)?;
    // dateline resolves every value against the article date, and reads no
    // article without one: documents with no ISO creation date are left out
    // (and said so), rather than scored against a made-up date.
    let (dated, undated): (Vec<TimexDoc>, Vec<TimexDoc>) =
        docs.into_iter().partition(|d| d.date.as_deref().is_some_and(|date| date.parse::<jiff::civil::Date>().is_ok()));
    if !undated.is_empty() {
        let ids: Vec<&str> = undated.iter().map(|d| d.id.as_str()).collect();
        eprintln!("{}: left out {} documents with no creation date: {}", path.display(), ids.len(), ids.join(", "));
    }
    Ok(dated
        .into_par_iter()
        .map(|doc| {
            let date = doc.date.as_deref().unwrap_or_default();
            let record = extractor.extract(&article(&doc.id, date, &doc.text));
            let part = doc.id.split('_').next().and_then(|id| annotated.get(id)).copied();
            let predicted: Vec<Timex> = record
                .timexes
                .into_iter()
                .filter(|t| !is_creation_time(&doc.text, date, t))
                .filter(|t| part.is_none_or(|p| p[0] <= t.span[0] && t.span[1] <= p[1]))
                .collect();
            (doc, predicted)
        })
        .collect())
}

/// MEANTIME annotated only each article's headline and first sentences
/// (every gold TIMEX3 lies there); predictions beyond that part are not
/// scored. The parts are listed in `meantime-en-ner.jsonl` beside it.
fn annotated_parts(path: &Path) -> Result<HashMap<String, [usize; 2]>, GoldError> {
    let is_meantime = path.file_name().is_some_and(|n| n == "meantime-en.jsonl");
    let parts_file = path.with_file_name("meantime-en-ner.jsonl");
    if !is_meantime || !parts_file.exists() {
        return Ok(HashMap::new());
    }
    let parts: Vec<AnnotatedPart> = read_jsonl(&parts_file)?;
    Ok(parts.into_iter().map(|p| (p.doc_id, p.annotated_span)).collect())
}

fn is_creation_time(text: &str, date: &str, timex: &Timex) -> bool {
    let line = text.lines().find(|l| l.contains(&timex.text)).unwrap_or("");
    timex.value == date && line.trim() == timex.text
}

/// One document's counts, in the order of [`MEASURES`].
fn score(predicted: &[Timex], gold: &[GoldTimex]) -> [Counts; 4] {
    let counts = |correct| Counts { correct, predicted: predicted.len(), gold: gold.len() };
    let span_p = |t: &Timex| t.span;
    let span_g = |t: &GoldTimex| t.span;
    [
        counts(match_count(predicted, gold, span_p, span_g, |_, _| true)),
        counts(match_count(predicted, gold, span_p, span_g, |p, g| p.span == g.span)),
        counts(match_count(predicted, gold, span_p, span_g, |p, g| p.kind == g.kind)),
        counts(match_count(predicted, gold, span_p, span_g, |p, g| p.value == g.value)),
    ]
}
