//! Any UTF-8 text as an article body: extraction never panics and every
//! quote span reads back as the quote's text.
#![no_main]

use dateline_extract::Extractor;
use dateline_read::{Article, Origin};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let article = Article {
        date: jiff::civil::Date::constant(2020, 10, 14),
        text: text.to_string(),
        title: None,
        url: None,
        source: None,
        source_id: None,
        origin: Origin { file: "fuzz".into(), line: 1 },
    };
    let record = Extractor::new().extract(&article);
    let chars: Vec<char> = record.text.chars().collect();
    for q in &record.quotes {
        let words: String = chars[q.span[0]..q.span[1]].iter().collect();
        assert_eq!(words, q.text);
    }
});
