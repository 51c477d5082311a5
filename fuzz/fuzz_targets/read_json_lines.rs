//! Any bytes, read as JSON Lines (plain and gzip-named): the reader never
//! panics and every article it yields keeps its promises.
#![no_main]

use dateline_read::{Articles, Source};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for name in ["fuzz.jsonl", "fuzz.jsonl.gz", "fuzz.jsonl.zst"] {
        for item in Articles::new(vec![Source::from_bytes(name, data.to_vec())]) {
            if let Ok(article) = item {
                assert!(!article.text.is_empty());
                assert!(!article.text.contains('\r'));
            }
        }
    }
});
