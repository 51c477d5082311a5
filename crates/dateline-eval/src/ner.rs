//! CoNLL-2003: entity mentions, exact span and type.
//!
//! dateline's types map onto CoNLL's four as the gold README says:
//! PERSON→PER; ORG→ORG; GPE, LOC, FAC→LOC; NORP, EVENT, WORK, PRODUCT→MISC.
//!
//! Another tool's mentions (spaCy's, for the side-by-side figure of
//! `scripts/bench-ner`) are scored by the same code: [`evaluate_peer`] reads
//! them from a file, with OntoNotes labels mapped the same way.

use std::path::Path;

use dateline_extract::Extractor;
use rayon::prelude::*;

use crate::errors::{excerpt, Finding};
use crate::gold::{read_jsonl, ConllDoc, ConllEntity, GoldError};
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
    Ok(score(path, predict(path, extractor)?))
}

/// Scores another tool's mentions of the same documents, read from
/// `predictions`: JSON Lines of `{"id", "entities": [{"span", "type"}]}`,
/// spans in code points, types in dateline's or OntoNotes' labels (those
/// that name no entity, such as DATE or MONEY, are left out). A gold
/// document the file does not mention is an error: a peer that skipped
/// articles would otherwise look more precise than it is.
pub fn evaluate_peer(path: &Path, predictions: &Path) -> Result<Vec<Row>, GoldError> {
    let peer: Vec<PeerDoc> = read_jsonl(predictions)?;
    let mut by_id: std::collections::HashMap<String, Vec<Mention>> = peer
        .into_iter()
        .map(|doc| {
            let mentions = doc.entities.iter().filter_map(|e| Some((e.span, entity_type(&e.kind)?))).collect();
            (doc.id, mentions)
        })
        .collect();
    let mut pairs = Vec::new();
    for doc in read_jsonl::<ConllDoc>(path)? {
        let Some(mentions) = by_id.remove(&doc.id) else {
            return Err(GoldError::Incomplete {
                path: predictions.display().to_string(),
                reason: format!("no predictions for gold document {}", doc.id),
            });
        };
        pairs.push((doc, mentions));
    }
    let mut rows = score(path, pairs);
    let name = predictions.file_stem().and_then(|s| s.to_str()).unwrap_or("peer");
    for row in &mut rows {
        row.measure = format!("{} ({name})", row.measure);
    }
    Ok(rows)
}

#[derive(serde::Deserialize)]
struct PeerDoc {
    id: String,
    entities: Vec<ConllEntity>,
}

/// The CoNLL type of an entity label, dateline's or OntoNotes'; `None` for
/// the OntoNotes labels that name no entity (dates, amounts, numbers).
fn entity_type(label: &str) -> Option<&'static str> {
    match label {
        "DATE" | "TIME" | "PERCENT" | "MONEY" | "QUANTITY" | "ORDINAL" | "CARDINAL" => None,
        "PER" => Some("PER"),
        other => Some(conll_type(other)),
    }
}

fn score(path: &Path, predicted: Vec<(ConllDoc, Vec<Mention>)>) -> Vec<Row> {
    let mut totals = [Counts::default(); 5];
    for (doc, predicted) in predicted {
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
    rows(path, &MEASURES, &totals)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        path
    }

    #[test]
    fn a_peer_is_scored_with_ontonotes_labels_mapped_and_amounts_left_out() {
        let dir = tempfile::tempdir().unwrap();
        let gold = write(
            dir.path(),
            "gold.jsonl",
            r#"{"id": "a", "text": "Jane Roe flew to Paris with 3 Britons .", "entities": [{"span": [0, 8], "type": "PER"}, {"span": [17, 22], "type": "LOC"}, {"span": [30, 37], "type": "MISC"}]}"#,
        );
        let peer = write(
            dir.path(),
            "spacy.jsonl",
            r#"{"id": "a", "entities": [{"span": [0, 8], "type": "PERSON"}, {"span": [17, 22], "type": "GPE"}, {"span": [28, 29], "type": "CARDINAL"}, {"span": [30, 37], "type": "ORG"}]}"#,
        );
        let rows = evaluate_peer(&gold, &peer).unwrap();
        assert_eq!(rows[0].measure, "gold entities (spacy)");
        let all = rows[0].counts;
        assert_eq!((all.correct, all.predicted, all.gold), (2, 3, 3));
    }

    #[test]
    fn a_peer_that_skipped_a_document_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let gold = write(dir.path(), "gold.jsonl", r#"{"id": "a", "text": "Paris", "entities": []}"#);
        let peer = write(dir.path(), "peer.jsonl", r#"{"id": "b", "entities": []}"#);
        let error = evaluate_peer(&gold, &peer).unwrap_err().to_string();
        assert!(error.contains("no predictions for gold document a"), "{error}");
    }
}
