//! Features of a token for the entity tagger, hashed straight into weight
//! buckets so that tagging allocates nothing per token.

use rustc_hash::FxHashSet;

use crate::lexicon::{lexicon, Gender, PlaceKind};

/// log2 of the number of weight rows. 2^20 rows keep collisions rare for the
/// ~600k distinct features of CoNLL-2003 training text.
pub const BUCKET_BITS: u32 = 20;
pub const BUCKETS: usize = 1 << BUCKET_BITS;

/// Lower-cased words and shapes of one sentence, computed once.
pub struct SentenceView<'a> {
    pub words: Vec<&'a str>,
    pub lower: Vec<String>,
    pub shapes: Vec<String>,
    /// Gazetteer hits, one bit set per word.
    gazetteer: Vec<u16>,
    /// Every word of the sentence is upper case: a headline or a dateline.
    pub shouting: bool,
}

/// What the rest of the article says about a word.
#[derive(Default)]
pub struct DocContext {
    /// Lower-cased words seen capitalised away from a sentence start.
    pub capitalised_inside: FxHashSet<String>,
    /// Lower-cased words seen in lower case.
    pub seen_lower: FxHashSet<String>,
}

impl DocContext {
    pub fn observe(&mut self, sentence: &SentenceView<'_>) {
        if sentence.shouting {
            return;
        }
        for (i, word) in sentence.words.iter().enumerate() {
            let first = word.chars().next().unwrap_or(' ');
            if first.is_uppercase() && i > 0 {
                self.capitalised_inside.insert(sentence.lower[i].clone());
            } else if first.is_lowercase() {
                self.seen_lower.insert(sentence.lower[i].clone());
            }
        }
    }
}

impl<'a> SentenceView<'a> {
    pub fn new(words: Vec<&'a str>) -> SentenceView<'a> {
        let lower = words.iter().map(|w| w.to_lowercase()).collect();
        let shapes: Vec<String> = words.iter().map(|w| shape(w)).collect();
        let letters = words.iter().filter(|w| w.chars().any(char::is_alphabetic)).count();
        let shouting = letters >= 2
            && words.iter().filter(|w| w.chars().any(char::is_alphabetic)).all(|w| !w.chars().any(char::is_lowercase));
        let gazetteer = gazetteer_bits(&words);
        SentenceView { words, lower, shapes, gazetteer, shouting }
    }
}

/// `Legend` → `Xx`, `U.S.` → `X.X.`, `1996-08-30` → `d-d-d`: character
/// classes with runs collapsed.
pub fn shape(word: &str) -> String {
    let mut out = String::with_capacity(8);
    let mut last = '\0';
    for c in word.chars() {
        let class = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else {
            c
        };
        if class != last {
            out.push(class);
            last = class;
        }
    }
    out
}

const TAG_NAMES: [&str; 9] = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];

pub fn tag_name(tag: usize) -> &'static str {
    TAG_NAMES[tag]
}

#[inline]
fn hash(template: u8, parts: &[&[u8]]) -> usize {
    let mut h: u64 = 0x9E37_79B9_7F4A_7C15 ^ u64::from(template).wrapping_mul(0x100_0000_01B3);
    for part in parts {
        for &b in *part {
            h = (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x517C_C1B7_2722_0A95);
        }
        h = (h.rotate_left(5) ^ 0xFF).wrapping_mul(0x517C_C1B7_2722_0A95);
    }
    (h >> (64 - BUCKET_BITS)) as usize
}

/// Fills `out` with the buckets of token `i`'s features, given the tags
/// already chosen for the tokens before it.
pub fn features(s: &SentenceView<'_>, doc: &DocContext, i: usize, prev: usize, prev2: usize, out: &mut Vec<usize>) {
    out.clear();
    let n = s.words.len();
    let lower = s.lower[i].as_str();
    let word = s.words[i];
    let shape = s.shapes[i].as_str();
    let at = |j: isize| -> (&str, &str) {
        if j < 0 {
            ("<s>", "<s>")
        } else if j as usize >= n {
            ("</s>", "</s>")
        } else {
            (s.lower[j as usize].as_str(), s.shapes[j as usize].as_str())
        }
    };
    let i_ = i as isize;
    let (p1, p1shape) = at(i_ - 1);
    let (p2, _) = at(i_ - 2);
    let (n1, n1shape) = at(i_ + 1);
    let (n2, _) = at(i_ + 2);
    let prev_tag = [prev as u8];
    let prev2_tag = [prev2 as u8];
    let prefix = &lower[..lower.char_indices().nth(3).map_or(lower.len(), |(b, _)| b)];
    let suffix = |k: usize| &lower[lower.char_indices().rev().nth(k - 1).map_or(0, |(b, _)| b)..];
    let mut push = |template: u8, parts: &[&[u8]]| out.push(hash(template, parts));
    push(0, &[]);
    push(1, &[lower.as_bytes()]);
    push(2, &[word.as_bytes()]);
    push(3, &[shape.as_bytes()]);
    push(4, &[prefix.as_bytes()]);
    push(5, &[suffix(3).as_bytes()]);
    push(6, &[suffix(2).as_bytes()]);
    push(7, &[p1.as_bytes()]);
    push(8, &[n1.as_bytes()]);
    push(9, &[p2.as_bytes()]);
    push(10, &[n2.as_bytes()]);
    push(11, &[p1shape.as_bytes(), shape.as_bytes()]);
    push(12, &[shape.as_bytes(), n1shape.as_bytes()]);
    push(13, &[&prev_tag]);
    push(14, &[&prev2_tag, &prev_tag]);
    push(15, &[&prev_tag, lower.as_bytes()]);
    push(16, &[p1.as_bytes(), lower.as_bytes()]);
    push(17, &[lower.as_bytes(), n1.as_bytes()]);
    push(18, &[&prev_tag, shape.as_bytes()]);
    if i == 0 {
        push(19, &[shape.as_bytes()]);
    }
    if s.shouting {
        push(20, &[lower.as_bytes()]);
        if doc.capitalised_inside.contains(lower) {
            push(21, &[]);
        }
        if doc.seen_lower.contains(lower) {
            push(22, &[]);
        }
    } else if i == 0 && word.starts_with(char::is_uppercase) {
        if doc.capitalised_inside.contains(lower) {
            push(23, &[]);
        }
        if doc.seen_lower.contains(lower) {
            push(24, &[]);
        }
    }
    let gazetteer = s.gazetteer[i];
    for (bit, template) in [
        (FIRST_FEMALE, 25),
        (FIRST_MALE, 26),
        (LAST_NAME, 27),
        (COUNTRY, 28),
        (STATE, 29),
        (CITY, 30),
        (CONTINENT, 31),
        (PLACE_STARTS, 32),
        (PLACE_ENDS, 33),
    ] {
        if gazetteer & bit != 0 {
            push(template, &[]);
        }
    }
}

const FIRST_FEMALE: u16 = 1;
const FIRST_MALE: u16 = 1 << 1;
const LAST_NAME: u16 = 1 << 2;
const COUNTRY: u16 = 1 << 3;
const STATE: u16 = 1 << 4;
const CITY: u16 = 1 << 5;
const CONTINENT: u16 = 1 << 6;
/// The word and the next one name a place together.
const PLACE_STARTS: u16 = 1 << 7;
/// The word and the one before name a place together.
const PLACE_ENDS: u16 = 1 << 8;

/// Gazetteer hits of every word in a sentence, as bit sets.
fn gazetteer_bits(words: &[&str]) -> Vec<u16> {
    let lex = lexicon();
    let titled: Vec<String> = words.iter().map(|w| title_case(w)).collect();
    let mut bits = vec![0u16; words.len()];
    let mut pair = String::new();
    for (i, word) in words.iter().enumerate() {
        let t = titled[i].as_str();
        match lex.first_names.get(t) {
            Some(Gender::Female) => bits[i] |= FIRST_FEMALE,
            Some(Gender::Male) => bits[i] |= FIRST_MALE,
            None => {}
        }
        if lex.last_names.contains(t) {
            bits[i] |= LAST_NAME;
        }
        if let Some(kind) = lex.places.get(t).or_else(|| lex.places.get(word)) {
            bits[i] |= match kind {
                PlaceKind::Country => COUNTRY,
                PlaceKind::State => STATE,
                PlaceKind::City => CITY,
                PlaceKind::Continent => CONTINENT,
            };
        }
        if i + 1 < words.len() {
            pair.clear();
            pair.push_str(t);
            pair.push(' ');
            pair.push_str(&titled[i + 1]);
            if lex.places.contains_key(pair.as_str()) {
                bits[i] |= PLACE_STARTS;
                bits[i + 1] |= PLACE_ENDS;
            }
        }
    }
    bits
}

fn title_case(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars.flat_map(char::to_lowercase)).collect(),
        None => String::new(),
    }
}
