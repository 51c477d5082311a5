//! Any bytes, read as a dateline text file or sniffed from standard input.
#![no_main]

use dateline_read::{Articles, Source};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for name in ["fuzz.txt", "-"] {
        for item in Articles::new(vec![Source::from_bytes(name, data.to_vec())]) {
            if let Ok(article) = item {
                assert!(!article.text.is_empty());
            }
        }
    }
});
