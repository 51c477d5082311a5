//! Amounts of money and percentages (ages are found with the entities they
//! belong to, in `cluster`).

use crate::doc::{AmountDraft, Document};
use crate::tokenize::TokenKind;
use crate::Stage;

pub struct Amounts;

const SCALES: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
    ("bn", 1e9),
    ("m", 1e6),
    ("mn", 1e6),
    ("tn", 1e12),
    ("k", 1e3),
];

const CURRENCIES: &[&str] = &["$", "€", "£", "¥"];

/// Currencies named after the number (`45 dollars`, `300 million euros`;
/// `pounds` only after a scale, see [`amount_at`]).
const CURRENCY_WORDS: &[&str] = &[
    "dollars", "dollar", "euros", "euro", "sterling", "yen", "yuan", "renminbi", "rupees", "francs", "pesos", "rubles",
    "roubles", "won", "lira", "shekels", "rand", "krona", "kronor", "crowns",
];

impl Stage for Amounts {
    fn name(&self) -> &'static str {
        "amounts"
    }

    fn run(&self, doc: &mut Document<'_>) {
        let mut i = 0;
        while i < doc.tokens.len() {
            match amount_at(doc, i) {
                Some((end, value, kind)) => {
                    let start = if country_letters_before(doc, i) { i - 1 } else { i };
                    doc.amounts.push(AmountDraft { span: doc.token_span(start, end), value, kind, entity: None });
                    i = end + 1;
                }
                None => i += 1,
            }
        }
    }
}

/// The amount that opens at token `i`, if one does: its last token, its
/// value and its kind.
fn amount_at(doc: &Document<'_>, i: usize) -> Option<(usize, f64, &'static str)> {
    let word = |k: usize| doc.tokens.get(k).map(|_| doc.word(k));
    let sign = CURRENCIES.contains(&doc.word(i));
    let number_at = if sign { i + 1 } else { i };
    let mut value = number_token(doc, number_at, sign)?;
    let mut end = number_at;
    if let Some((_, scale)) = word(end + 1).and_then(|w| SCALES.iter().find(|(s, _)| *s == w)) {
        value *= scale;
        end += 1;
    }
    if sign {
        return Some((end, value, "money"));
    }
    // (`pounds` may weigh: `lost 50 pounds`; `48 million pounds` is money.)
    let scaled = end > number_at;
    if word(end + 1).is_some_and(|w| CURRENCY_WORDS.contains(&w) || scaled && w == "pounds") {
        return Some((end + 1, value, "money"));
    }
    match (word(end + 1), word(end + 2)) {
        (Some("%" | "percent"), _) => Some((end + 1, value, "percent")),
        (Some("per"), Some("cent")) => Some((end + 2, value, "percent")),
        _ => None,
    }
}

/// Whether a dollar sign at token `i` is a country's, written against
/// its letters (`C$`, `US$`, `HK$`): the letters belong to the amount, or
/// it would read as US dollars. (The tokeniser splits them, as the tagger's
/// training text was split.)
fn country_letters_before(doc: &Document<'_>, i: usize) -> bool {
    doc.word(i) == "$"
        && i > 0
        && !doc.tokens[i].space_before
        && (1..=2).contains(&doc.word(i - 1).len())
        && doc.word(i - 1).bytes().all(|b| b.is_ascii_uppercase())
}

/// The value of token `k` when it is a number: `1,200`, `4.1`, and with
/// its scale joined on when it follows a currency sign (`after_sign`),
/// `1.2bn`, `950m`.
fn number_token(doc: &Document<'_>, k: usize, after_sign: bool) -> Option<f64> {
    let token = doc.tokens.get(k)?;
    let word = doc.word(k);
    if token.kind == TokenKind::Number {
        return number(word);
    }
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let scale = SCALES.iter().find(|(s, _)| *s == &word[digits.len()..])?.1;
    (after_sign && digits.starts_with(|c: char| c.is_ascii_digit()))
        .then(|| number(digits).map(|v| v * scale))
        .flatten()
}

fn number(word: &str) -> Option<f64> {
    word.replace(',', "").parse().ok()
}

#[cfg(test)]
mod tests {
    use crate::testing::record;

    fn amounts(text: &str) -> Vec<(String, f64, String)> {
        record(text).amounts.into_iter().map(|a| (a.text, a.value, a.kind)).collect()
    }

    #[test]
    fn money_after_a_sign_with_or_without_its_scale() {
        assert_eq!(amounts("It cost $42 million."), [("$42 million".into(), 42e6, "money".into())]);
        assert_eq!(amounts("The fund raised €5 billion."), [("€5 billion".into(), 5e9, "money".into())]);
        assert_eq!(
            amounts("The deal is worth $1.2bn, or £950m."),
            [("$1.2bn".into(), 1.2e9, "money".into()), ("£950m".into(), 950e6, "money".into())]
        );
    }

    #[test]
    fn a_country_s_dollar_keeps_its_letters() {
        assert_eq!(
            amounts("It pays C$17.9 million, or US$ 13 million."),
            [("C$17.9 million".into(), 17.9e6, "money".into()), ("US$ 13 million".into(), 13e6, "money".into())]
        );
    }

    #[test]
    fn money_named_after_the_number() {
        assert_eq!(amounts("It paid 48 million pounds."), [("48 million pounds".into(), 48e6, "money".into())]);
        assert_eq!(amounts("Tickets cost 45 dollars."), [("45 dollars".into(), 45.0, "money".into())]);
        // Pounds may weigh.
        assert!(amounts("He lost 50 pounds.").is_empty());
    }

    #[test]
    fn percentages_in_three_spellings() {
        let found = amounts("It fell 4.1 per cent, then 12 percent, then 3%.");
        let values: Vec<f64> = found.iter().map(|a| a.1).collect();
        assert_eq!(values, [4.1, 12.0, 3.0]);
        assert!(found.iter().all(|a| a.2 == "percent"));
    }

    #[test]
    fn a_bare_number_is_no_amount() {
        assert!(amounts("Shares fell 3 points in 2019.").is_empty());
        assert!(amounts("He read 12 m of cable.").is_empty());
    }
}
