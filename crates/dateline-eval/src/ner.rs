//! CoNLL-2003: entity mentions, exact span and type.
//!
//! dateline's types map onto CoNLL's four as the gold README says:
//! PERSON→PER; ORG→ORG; GPE, LOC, FAC→LOC; NORP, EVENT, WORK, PRODUCT→MISC.

use std::path::Path;

use dateline_extract::Extractor;
use rayon::prelude::*;

use crate::errors::{excerpt, Finding};
use crate::gold::{read_jsonl, ConllDoc, GoldError};
use crate::score::{overlaps, Counts};
use crate::{add_counts, article, rows, Row};

const TYPES: [&str; 4] = ["PER", "ORG", "LOC", "MISC"];

pub fn conll_type(kind: &str) -> &'static str {
    match kind {
        "PERSON" => "PER",
        "ORG" => "ORG",
        "GPE" | "LOC" | "FAC" => "LOC",
        _ => "MISC",
    }
}

/// A mention: its code-point span and CoNLL type.
type Mention = ([usize; 2], &'static str);

/// All types first, then each type, in the order of [`TYPES`].
const MEASURES: [&str; 5] = ["entities", "entities PER", "entities ORG", "entities LOC", "entities MISC"];

pub fn evaluate(path: &Path, extractor: &Extractor) -> Result<Vec<Row>, GoldError> {
    let mut totals = [Counts::default(); 5];
    for (doc, predicted) in predict(path, extractor)? {
        let gold = gold_mentions(&doc);
        let mut counts = [Counts::default(); 5];
        for (k, kind) in TYPES.iter().enumerate() {
            let p: Vec<_> = predicted.iter().filter(|(_, t)| t == kind).collect();
            let g: Vec<_> = gold.iter().filter(|(_, t)| t == kind).collect();
            let correct = p.iter().filter(|x| g.contains(x)).count();
            counts[k + 1] = Counts { correct, predicted: p.len(), gold: g.len() };
            counts[0].add(counts[k + 1]);
        }
        add_counts(&mut totals, counts);
    }
    Ok(rows(path, &MEASURES, &totals))
}

/// Every missed, spurious, mistyped and mis-bounded mention.
pub fn errors(path: &Path, extractor: &Extractor) -> Result<Vec<Finding>, GoldError> {
    let mut findings = Vec::new();
    for (doc, predicted) in predict(path, extractor)? {
        let gold = gold_mentions(&doc);
        let at = |cause: String, span| Finding::new(cause, &doc.id, &doc.text, span);

        for g in &gold {
            if predicted.contains(g) {
                continue;
            }
            if let Some(p) = predicted.iter().find(|p| p.0 == g.0) {
                findings.push(at(format!("{} as {}", g.1, p.1), g.0));
            } else if let Some(p) = predicted.iter().find(|p| overlaps(p.0, g.0)) {
                findings.push(
                    at(format!("boundary {}", g.1), g.0)
                        .expected(excerpt(&doc.text, g.0))
                        .found(excerpt(&doc.text, p.0)),
                );
            } else {
                findings.push(at(format!("missed {}", g.1), g.0));
            }
        }
        for p in &predicted {
            if !gold.iter().any(|g| overlaps(p.0, g.0)) {
                findings.push(at(format!("false alarm {}", p.1), p.0));
            }
        }
    }
    Ok(findings)
}

fn gold_mentions(doc: &ConllDoc) -> Vec<Mention> {
    doc.entities.iter().map(|e| (e.span, TYPES.iter().copied().find(|t| *t == e.kind).unwrap_or("MISC"))).collect()
}

/// The gold documents, each with dateline's mentions in CoNLL types.
fn predict(path: &Path, extractor: &Extractor) -> Result<Vec<(ConllDoc, Vec<Mention>)>, GoldError> {
    let docs: Vec<ConllDoc> = read_jsonl(path)?;
    Ok(docs
        .into_par_iter()
        .map(|doc| {
            // CoNLL texts carry no date; any date will do for entities.
            let record = extractor.extract(&article(&doc.id, "1996-08-30", &doc.text));
            let predicted = record
                .entities
                .iter()
                .flat_map(|e| e.mentions.iter().map(move |m| (*m, conll_type(&e.kind))))
                .collect();
            (doc, predicted)
        })
        .collect())
}
