//! Lays out the two big word lists (GloVe and Brown clusters, 341,000 and
//! 190,000 words) as hash tables in the binary, so that a run starts
//! without parsing them: parsing them into tables was most of the start-up
//! of a short run (`extract` on one article).
//!
//! A table is a power of two of slots, each a word's hash (eight bytes,
//! little-endian; zero for an empty slot) and its value's bytes, at the
//! slot the hash's low bits name or the next free one after it
//! (`lexicon::FrozenTable` reads it).

use std::fs;
use std::path::Path;

#[path = "src/word_hash.rs"]
mod word_hash;

fn main() {
    println!("cargo::rerun-if-changed=src/word_hash.rs");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    build("glove_clusters", &out, |fields| {
        // Three cluster numbers, each a u16: coarse, middle, fine.
        let mut value = Vec::with_capacity(6);
        for field in fields {
            value.extend_from_slice(&field.parse::<u16>().ok()?.to_le_bytes());
        }
        (value.len() == 6).then_some(value)
    });
    build("word_clusters", &out, |fields| {
        let [path] = fields else { return None };
        Some(path.parse::<u32>().ok()?.to_le_bytes().to_vec())
    });
}

/// Reads `data/NAME.tsv` (a word, a tab, its value's fields) and writes
/// `NAME.table` in `out`. A word met twice keeps its first value; a line
/// whose value does not read is passed over, as the lists' readers always
/// did.
fn build(name: &str, out: &str, value_of: impl Fn(&[&str]) -> Option<Vec<u8>>) {
    let source = format!("data/{name}.tsv");
    println!("cargo::rerun-if-changed={source}");
    let text = fs::read_to_string(&source).unwrap_or_else(|e| panic!("{source}: {e}"));
    let mut entries: Vec<(u64, &str, Vec<u8>)> = Vec::new();
    let mut width = None;
    for line in text.lines() {
        let mut fields = line.split('\t');
        let word = fields.next().expect("a line has a first field");
        let Some(value) = value_of(&fields.collect::<Vec<_>>()) else { continue };
        assert_eq!(*width.get_or_insert(value.len()), value.len(), "{source}: values of one width");
        entries.push((word_hash::word_hash(word), word, value));
    }
    let width = width.expect("a list has entries");
    let slots = (entries.len() * 3 / 2).next_power_of_two();
    let stride = 8 + width;
    let mut table = vec![0u8; slots * stride];
    for (hash, word, value) in &entries {
        assert_ne!(*hash, 0, "{source}: {word:?} hashes to zero, the mark of an empty slot");
        let mut slot = *hash as usize & (slots - 1);
        loop {
            let at = slot * stride;
            let held = u64::from_le_bytes(table[at..at + 8].try_into().expect("8 bytes"));
            if held == 0 {
                table[at..at + 8].copy_from_slice(&hash.to_le_bytes());
                table[at + 8..at + stride].copy_from_slice(value);
                break;
            }
            if held == *hash {
                let first = entries.iter().find(|(h, _, _)| h == hash).expect("the word held").1;
                assert_eq!(first, *word, "{source}: {first:?} and {word:?} share a hash");
                break;
            }
            slot = (slot + 1) & (slots - 1);
        }
    }
    fs::write(Path::new(out).join(format!("{name}.table")), table).expect("OUT_DIR is writable");
}
