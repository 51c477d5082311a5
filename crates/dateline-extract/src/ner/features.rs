//! Features of a token for the entity tagger, hashed straight into weight
//! buckets so that tagging allocates nothing per token.

use rustc_hash::FxHashSet;

use crate::lexicon::{lexicon, Gender, PlaceKind};

/// log2 of the number of weight rows. 2^20 rows keep collisions rare for the
/// ~600k distinct features of CoNLL-2003 training text.
pub const BUCKET_BITS: u32 = 20;
pub const BUCKETS: usize = 1 << BUCKET_BITS;

/// Lower-cased words and shapes of one sentence, computed once, in two
/// buffers (not a string per word).
pub struct SentenceView<'a> {
    pub words: &'a [&'a str],
    lower_buf: String,
    lower: Vec<(u32, u32)>,
    shape_buf: String,
    shapes: Vec<(u32, u32)>,
    /// Gazetteer hits, one bit set per word.
    gazetteer: Vec<u16>,
    /// Every word of the sentence is upper case: a headline or a dateline.
    pub shouting: bool,
}

/// What the rest of the article says about a word.
#[derive(Default)]
pub struct DocContext<'v> {
    /// Lower-cased words seen capitalised away from a sentence start.
    pub capitalised_inside: FxHashSet<&'v str>,
    /// Lower-cased words seen in lower case.
    pub seen_lower: FxHashSet<&'v str>,
}

impl<'v> DocContext<'v> {
    pub fn observe(&mut self, sentence: &'v SentenceView<'_>) {
        if sentence.shouting {
            return;
        }
        for (i, word) in sentence.words.iter().enumerate() {
            let first = word.chars().next().unwrap_or(' ');
            if first.is_uppercase() && i > 0 {
                self.capitalised_inside.insert(sentence.lower(i));
            } else if first.is_lowercase() {
                self.seen_lower.insert(sentence.lower(i));
            }
        }
    }
}

impl<'a> SentenceView<'a> {
    pub fn new(words: &'a [&'a str]) -> SentenceView<'a> {
        let bytes: usize = words.iter().map(|w| w.len()).sum();
        let (mut lower_buf, mut shape_buf) = (String::with_capacity(bytes), String::with_capacity(bytes));
        let (mut lower, mut shapes) = (Vec::with_capacity(words.len()), Vec::with_capacity(words.len()));
        for word in words {
            let start = lower_buf.len() as u32;
            if word.is_ascii() {
                lower_buf.extend(word.bytes().map(|b| b.to_ascii_lowercase() as char));
            } else {
                lower_buf.extend(word.chars().flat_map(char::to_lowercase));
            }
            lower.push((start, lower_buf.len() as u32));
            let start = shape_buf.len() as u32;
            push_shape(word, &mut shape_buf);
            shapes.push((start, shape_buf.len() as u32));
        }
        let letters = words.iter().filter(|w| w.chars().any(char::is_alphabetic)).count();
        let shouting = letters >= 2
            && words.iter().filter(|w| w.chars().any(char::is_alphabetic)).all(|w| !w.chars().any(char::is_lowercase));
        let gazetteer = gazetteer_bits(words);
        SentenceView { words, lower_buf, lower, shape_buf, shapes, gazetteer, shouting }
    }

    pub fn lower(&self, i: usize) -> &str {
        let (a, b) = self.lower[i];
        &self.lower_buf[a as usize..b as usize]
    }

    pub fn shape(&self, i: usize) -> &str {
        let (a, b) = self.shapes[i];
        &self.shape_buf[a as usize..b as usize]
    }
}

/// `Legend` → `Xx`, `U.S.` → `X.X.`, `1996-08-30` → `d-d-d`: character
/// classes with runs collapsed.
fn push_shape(word: &str, out: &mut String) {
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
pub fn features(s: &SentenceView<'_>, doc: &DocContext<'_>, i: usize, prev: usize, prev2: usize, out: &mut Vec<usize>) {
    out.clear();
    let n = s.words.len();
    let lower = s.lower(i);
    let word = s.words[i];
    let shape = s.shape(i);
    let at = |j: isize| -> (&str, &str) {
        if j < 0 {
            ("<s>", "<s>")
        } else if j as usize >= n {
            ("</s>", "</s>")
        } else {
            (s.lower(j as usize), s.shape(j as usize))
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

/// Gazetteer hits of every capitalised word in a sentence, as bit sets
/// (names are capitalised; looking up every `the` would cost much and
/// tell nothing).
fn gazetteer_bits(words: &[&str]) -> Vec<u16> {
    let lex = lexicon();
    let mut bits = vec![0u16; words.len()];
    let capitalised = |w: &str| w.starts_with(char::is_uppercase);
    let mut titled = String::new();
    let mut next_titled = String::new();
    let mut pair = String::new();
    for (i, word) in words.iter().enumerate() {
        if !capitalised(word) {
            continue;
        }
        title_case_into(word, &mut titled);
        let t = titled.as_str();
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
        if let Some(next) = words.get(i + 1).filter(|w| capitalised(w)) {
            title_case_into(next, &mut next_titled);
            pair.clear();
            pair.push_str(t);
            pair.push(' ');
            pair.push_str(&next_titled);
            if lex.places.contains_key(pair.as_str()) {
                bits[i] |= PLACE_STARTS;
                bits[i + 1] |= PLACE_ENDS;
            }
        }
    }
    bits
}

fn title_case_into(word: &str, out: &mut String) {
    out.clear();
    let mut chars = word.chars();
    if let Some(first) = chars.next() {
        out.extend(first.to_uppercase());
        out.extend(chars.flat_map(char::to_lowercase));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_collapse_runs_of_character_classes() {
        let shape = |w: &str| {
            let mut out = String::new();
            push_shape(w, &mut out);
            out
        };
        assert_eq!(shape("Legend"), "Xx");
        assert_eq!(shape("U.S."), "X.X.");
        assert_eq!(shape("1996-08-30"), "d-d-d");
    }

    #[test]
    fn views_lower_case_once_and_see_headlines() {
        let words = ["KUWAIT", "OIL", "RISES"];
        let view = SentenceView::new(&words);
        assert_eq!(view.lower(0), "kuwait");
        assert!(view.shouting);
    }
}
