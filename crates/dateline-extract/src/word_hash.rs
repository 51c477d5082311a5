//! The 64-bit hash by which word lists are looked up: shared by the build
//! script, which lays the big lists out as tables in the binary, and the
//! library, which looks words up in them, so that the two agree.

/// The multiplier of rustc-hash's FxHasher (odd, its bits well spread).
const K: u64 = 0xf135_7aea_2e62_a9c5;

/// A word's hash, eight bytes a step, each step a folded multiply (the
/// 128-bit product's halves xor-ed, as foldhash and wyhash do): a plain
/// 64-bit multiply carries a difference only upward, so that two words
/// differing in the high bytes of one step and the low of the next can
/// meet (`nation-wide` and `nationality` did).
pub fn word_hash(word: &str) -> u64 {
    let bytes = word.as_bytes();
    let mut hash = bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        hash = folded_multiply(hash ^ u64::from_le_bytes(chunk.try_into().expect("8 bytes")));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut last = [0u8; 8];
        last[..rest.len()].copy_from_slice(rest);
        hash = folded_multiply(hash ^ u64::from_le_bytes(last));
    }
    folded_multiply(hash ^ K)
}

fn folded_multiply(x: u64) -> u64 {
    let product = u128::from(x) * u128::from(K);
    (product as u64) ^ ((product >> 64) as u64)
}
