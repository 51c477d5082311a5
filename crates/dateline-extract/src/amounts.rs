//! Amounts of money and percentages (ages are found with the entities they
//! belong to, in `cluster.rs`).

use crate::doc::{AmountDraft, Document};
use crate::tokenize::TokenKind;
use crate::Stage;

pub struct Amounts;

const SCALES: &[(&str, f64)] =
    &[("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12), ("bn", 1e9), ("m", 1e6)];

const CURRENCIES: &[&str] = &["$", "€", "£", "¥"];

impl Stage for Amounts {
    fn name(&self) -> &'static str {
        "amounts"
    }

    fn run(&self, doc: &mut Document<'_>) {
        let mut i = 0;
        while i < doc.tokens.len() {
            let money = CURRENCIES.contains(&doc.word(i)) || doc.word(i).ends_with('$') && doc.word(i).len() <= 3;
            let number_at = if money { i + 1 } else { i };
            let Some(value) = doc
                .tokens
                .get(number_at)
                .filter(|t| t.kind == TokenKind::Number)
                .and_then(|_| number(doc.word(number_at)))
            else {
                i += 1;
                continue;
            };
            let mut end = number_at;
            let mut value = value;
            if let Some((_, scale)) =
                doc.tokens.get(end + 1).and_then(|_| SCALES.iter().find(|(w, _)| *w == doc.word(end + 1)))
            {
                value *= scale;
                end += 1;
            }
            let percent = doc.tokens.get(end + 1).is_some_and(|_| matches!(doc.word(end + 1), "%" | "percent" | "per"))
                && (doc.word(end + 1) != "per" || doc.tokens.get(end + 2).is_some_and(|_| doc.word(end + 2) == "cent"));
            let kind = if money {
                "money"
            } else if percent {
                end += if doc.word(end + 1) == "per" { 2 } else { 1 };
                "percent"
            } else {
                i = end + 1;
                continue;
            };
            doc.amounts.push(AmountDraft { span: doc.token_span(i, end), value, kind, entity: None });
            i = end + 1;
        }
    }
}

fn number(word: &str) -> Option<f64> {
    word.replace(',', "").parse().ok()
}
