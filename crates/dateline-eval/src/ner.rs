//! CoNLL-2003: entity mentions, exact span and type.
//!
//! dateline's types map onto CoNLL's four as the gold README says:
//! PERSON→PER; ORG→ORG; GPE, LOC, FAC→LOC; NORP, EVENT, WORK, PRODUCT→MISC.

use std::path::Path;

use dateline_extract::Extractor;
use rayon::prelude::*;

use crate::gold::{read_jsonl, ConllDoc, GoldError};
use crate::score::Counts;
use crate::{article, Row};

const TYPES: [&str; 4] = ["PER", "ORG", "LOC", "MISC"];

pub fn conll_type(kind: &str) -> &'static str {
    match kind {
        "PERSON" => "PER",
        "ORG" => "ORG",
        "GPE" | "LOC" | "FAC" => "LOC",
        _ => "MISC",
    }
}

pub fn evaluate(path: &Path, extractor: &Extractor) -> Result<Vec<Row>, GoldError> {
    let docs: Vec<ConllDoc> = read_jsonl(path)?;
    // CoNLL texts carry no date; any date will do for entities.
    let per_doc: Vec<[Counts; 5]> = docs
        .par_iter()
        .map(|doc| {
            let record = extractor.extract(&article(&doc.id, "1996-08-30", &doc.text));
            let predicted: Vec<([usize; 2], &str)> = record
                .entities
                .iter()
                .flat_map(|e| e.mentions.iter().map(move |m| (*m, conll_type(&e.kind))))
                .collect();
            let gold: Vec<([usize; 2], &str)> = doc.entities.iter().map(|e| (e.span, e.kind.as_str())).collect();
            let mut counts = [Counts::default(); 5];
            for (k, kind) in TYPES.iter().enumerate() {
                let p: Vec<_> = predicted.iter().filter(|(_, t)| t == kind).collect();
                let g: Vec<_> = gold.iter().filter(|(_, t)| t == kind).collect();
                let correct = p.iter().filter(|x| g.contains(x)).count();
                counts[k + 1] = Counts { correct, predicted: p.len(), gold: g.len() };
                counts[0].add(counts[k + 1]);
            }
            counts
        })
        .collect();
    let mut total = [Counts::default(); 5];
    for doc in per_doc {
        for (t, c) in total.iter_mut().zip(doc) {
            t.add(c);
        }
    }
    let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or("conll");
    let mut rows = vec![Row::new(format!("{name} entities"), total[0])];
    for (k, kind) in TYPES.iter().enumerate() {
        rows.push(Row::new(format!("{name} entities {kind}"), total[k + 1]));
    }
    Ok(rows)
}
