//! Features of a token for the entity tagger, hashed straight into weight
//! buckets so that tagging allocates nothing per token.

use std::cell::Cell;
use std::ops::Range;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::doc::Document;
use crate::lexicon::{lexicon, title_case_into, Gender, PlaceKind};

/// log2 of the number of weight rows. 2^20 rows keep collisions rare for the
/// ~600k distinct features of CoNLL-2003 training text.
pub const BUCKET_BITS: u32 = 20;
pub const BUCKETS: usize = 1 << BUCKET_BITS;

/// The words of one sentence with their lower-cased forms (from the
/// document) and shapes, computed once per sentence, in one buffer (not a
/// string per word).
pub struct SentenceView<'a> {
    pub words: Vec<&'a str>,
    lower: Vec<&'a str>,
    shape_buf: String,
    shapes: Vec<(u32, u32)>,
    /// Gazetteer hits, one bit set per word.
    gazetteer: Vec<u16>,
    /// Brown cluster paths, 0 for a word without one, looked up when first
    /// asked for ([`NOT_LOOKED_UP`] till then): the tagger asks for those
    /// of the words it tags and their neighbours only, and a lookup in a
    /// table of 190,000 words is the dearest thing it does per word.
    clusters: Vec<Cell<u32>>,
    /// Every word of the sentence is upper case: a headline or a dateline.
    pub shouting: bool,
}

/// What the rest of the article says about the words whose case tells
/// nothing where they stand: the first word of a sentence, every word of a
/// headline in capitals.
#[derive(Default)]
pub struct DocContext<'v> {
    /// Lower-cased words seen capitalised away from a sentence start.
    capitalised_inside: FxHashSet<&'v str>,
    /// Lower-cased words seen in lower case.
    seen_lower: FxHashSet<&'v str>,
}

impl<'v> DocContext<'v> {
    /// Reads the whole article, keeping only what the tagger will ask
    /// about (a lookup per word instead of an insert per word).
    pub fn new(sentences: &[SentenceView<'v>]) -> DocContext<'v> {
        let mut asked: FxHashSet<&str> = FxHashSet::default();
        for view in sentences {
            if view.shouting {
                asked.extend(view.lower.iter().copied());
            } else if view.words.first().is_some_and(|w| w.starts_with(char::is_uppercase)) {
                asked.insert(view.lower[0]);
            }
        }
        let mut context = DocContext::default();
        if asked.is_empty() {
            return context;
        }
        for view in sentences.iter().filter(|v| !v.shouting) {
            for (i, (word, lower)) in view.words.iter().zip(&view.lower).enumerate() {
                if !asked.contains(lower) {
                    continue;
                }
                let first = word.chars().next().unwrap_or(' ');
                if first.is_uppercase() && i > 0 {
                    context.capitalised_inside.insert(lower);
                } else if first.is_lowercase() {
                    context.seen_lower.insert(lower);
                }
            }
        }
        context
    }
}

/// What the tagger has already said of each word earlier in the article:
/// how often it was tagged part of a PER, ORG, LOC or MISC name. A name
/// keeps its type through an article (`Alania` the club in one line is the
/// club in the next), and a word the article has settled helps where its
/// own context says little: a results table, a headline in capitals.
#[derive(Default)]
pub struct History<'v> {
    types: FxHashMap<&'v str, [u16; 4]>,
}

impl<'v> History<'v> {
    /// Notes that word `i` of `view` was given `tag`.
    pub fn record(&mut self, view: &SentenceView<'v>, i: usize, tag: usize) {
        if tag != 0 {
            self.types.entry(view.lower[i]).or_default()[(tag - 1) / 2] += 1;
        }
    }

    /// What the history says of word `i` of `view`, leaving out one tag
    /// of `without` (the occurrence's own, in a second pass, which would
    /// otherwise vouch for itself; 0 for none): the settled type and
    /// whether it was the only one, in one byte, [`NOTHING_SAID`] when
    /// there is none. The features read no more of it.
    pub fn said(&self, view: &SentenceView<'v>, i: usize, without: usize) -> u8 {
        let Some(mut counts) = self.types.get(view.lower[i]).copied() else { return NOTHING_SAID };
        if without != 0 {
            counts[(without - 1) / 2] -= 1;
        }
        if counts.iter().all(|&n| n == 0) {
            return NOTHING_SAID;
        }
        let (best, _) =
            counts.iter().enumerate().max_by_key(|&(k, n)| (*n, std::cmp::Reverse(k))).expect("four counts");
        let alone = counts.iter().filter(|&&n| n > 0).count() == 1;
        best as u8 * 2 + u8::from(alone)
    }
}

/// [`History::said`] of a word the article has said nothing of.
pub const NOTHING_SAID: u8 = 0xFE;

impl<'a> SentenceView<'a> {
    /// The view of the sentence made of tokens `range` of `doc`.
    pub fn new(doc: &'a Document<'_>, range: Range<usize>) -> SentenceView<'a> {
        let words: Vec<&'a str> = range.clone().map(|i| doc.word(i)).collect();
        let lower: Vec<&'a str> = range.map(|i| doc.lower(i)).collect();
        let bytes: usize = words.iter().map(|w| w.len()).sum();
        let mut shape_buf = String::with_capacity(bytes);
        let mut shapes = Vec::with_capacity(words.len());
        for word in &words {
            let start = shape_buf.len() as u32;
            push_shape(word, &mut shape_buf);
            shapes.push((start, shape_buf.len() as u32));
        }
        // A headline in capitals: two words with letters or more, none
        // with a lower-case letter. Shapes say it: `X` and `X.X.` have
        // letters, none has an `x` (a letter with no case counts neither).
        let mut letters = 0;
        let mut shouting = true;
        for &(a, b) in &shapes {
            let shape = &shape_buf[a as usize..b as usize];
            if shape.contains('x') {
                shouting = false;
                break;
            }
            letters += usize::from(shape.contains('X'));
        }
        let shouting = shouting && letters >= 2;
        let gazetteer = gazetteer_bits(&words, &lower);
        let clusters = vec![Cell::new(NOT_LOOKED_UP); words.len()];
        SentenceView { words, lower, shape_buf, shapes, gazetteer, clusters, shouting }
    }

    /// The Brown cluster path of word `i`: as written, else (in a headline
    /// in capitals, or opening a sentence) as a name or in lower case; 0
    /// for none.
    fn cluster(&self, i: usize) -> u32 {
        let known = self.clusters[i].get();
        if known != NOT_LOOKED_UP {
            return known;
        }
        let clusters = &lexicon().clusters;
        let path = clusters.get(self.words[i]).copied().or_else(|| {
            if !(self.shouting || i == 0) {
                return None;
            }
            let mut titled = String::new();
            title_case_into(self.lower[i], &mut titled);
            clusters.get(titled.as_str()).or_else(|| clusters.get(self.lower[i])).copied()
        });
        let path = path.unwrap_or(0);
        self.clusters[i].set(path);
        path
    }

    pub fn lower(&self, i: usize) -> &'a str {
        self.lower[i]
    }

    pub fn shape(&self, i: usize) -> &str {
        let (a, b) = self.shapes[i];
        &self.shape_buf[a as usize..b as usize]
    }
}

/// `Legend` → `Xx`, `U.S.` → `X.X.`, `1996-08-30` → `d-d-d`: character
/// classes with runs collapsed.
fn push_shape(word: &str, out: &mut String) {
    if !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase()) {
        // Most words of a text.
        out.push('x');
        return;
    }
    if word.is_ascii() {
        // The common case, byte by byte: no Unicode tables.
        let mut last = 0u8;
        for b in word.bytes() {
            let class = match b {
                b'A'..=b'Z' => b'X',
                b'a'..=b'z' => b'x',
                b'0'..=b'9' => b'd',
                _ => b,
            };
            if class != last {
                out.push(char::from(class));
                last = class;
            }
        }
        return;
    }
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
pub fn features(
    s: &SentenceView<'_>,
    doc: &DocContext<'_>,
    said: u8,
    i: usize,
    prev: usize,
    prev2: usize,
    out: &mut Vec<usize>,
) {
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
    let cluster = s.cluster(i);
    if cluster != 0 {
        for (template, bits) in [(36u8, 4u32), (37, 6), (38, 10), (39, 20)] {
            push(template, &[&(cluster & ((1 << bits) - 1)).to_le_bytes()]);
        }
    }
    for (template, j) in [(40u8, i.wrapping_sub(1)), (41, i + 1)] {
        let path = if j < n { s.cluster(j) } else { 0 };
        if path != 0 {
            push(template, &[&(path & 0x3FF).to_le_bytes()]);
        }
    }
    if said != NOTHING_SAID {
        let (kind, alone) = (said / 2, said % 2);
        push(34, &[&[kind, alone]]);
        push(35, &[&[kind], shape.as_bytes()]);
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
fn gazetteer_bits(words: &[&str], lower: &[&str]) -> Vec<u16> {
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
        title_case_into(lower[i], &mut titled);
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
        if words.get(i + 1).is_some_and(|w| capitalised(w)) {
            title_case_into(lower[i + 1], &mut next_titled);
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

/// A cluster path not looked up yet (no path is this long).
const NOT_LOOKED_UP: u32 = u32::MAX;

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
        let doc = Document::new("KUWAIT OIL RISES", jiff::civil::Date::constant(1996, 8, 30));
        let view = SentenceView::new(&doc, 0..3);
        assert_eq!(view.lower(0), "kuwait");
        assert!(view.shouting);
    }
}
