//! Features of a token for the entity tagger, hashed straight into weight
//! buckets so that tagging allocates nothing per token.

use std::cell::Cell;
use std::ops::Range;
use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::doc::Document;
use crate::lexicon::{lexicon, title_case_into, Gender, PlaceKind, VectorClusters, WordTable};

/// log2 of the number of weight rows. 2^20 rows keep collisions rare for the
/// ~600k distinct features of CoNLL-2003 training text.
pub const BUCKET_BITS: u32 = 20;
pub const BUCKETS: usize = 1 << BUCKET_BITS;

/// What the tagger reads of every token of a document, worked out once
/// per document in flat arrays (not a set of arrays per sentence): word
/// shapes, gazetteer hits and, when first asked for, word clusters.
pub struct DocWords<'a> {
    doc: &'a Document<'a>,
    shape_buf: String,
    /// Where each token's shape ends in `shape_buf`.
    shape_ends: Vec<u32>,
    /// Gazetteer hits, one bit set per token.
    gazetteer: Vec<u16>,
    /// Brown cluster paths, 0 for a word without one, looked up when first
    /// asked for ([`NOT_LOOKED_UP`] till then): the tagger asks for those
    /// of the words it tags and their neighbours only, and a lookup in a
    /// table of 190,000 words is the dearest thing it does per word.
    clusters: Vec<Cell<u32>>,
    /// GloVe vector clusters, looked up when first asked for, as the Brown
    /// paths are: `None` till then, `Some(None)` for a word GloVe lacks.
    vector_clusters: Vec<Cell<Option<Option<VectorClusters>>>>,
}

impl<'a> DocWords<'a> {
    pub fn new(doc: &'a Document<'a>) -> DocWords<'a> {
        let n = doc.tokens.len();
        let bytes = doc.tokens.last().map_or(0, |t| t.end);
        let mut shape_buf = String::with_capacity(bytes);
        let mut shape_ends = Vec::with_capacity(n);
        for i in 0..n {
            push_shape(doc.word(i), &mut shape_buf);
            shape_ends.push(shape_buf.len() as u32);
        }
        let mut gazetteer = vec![0u16; n];
        for range in &doc.sentences {
            gazetteer_bits(doc, range.clone(), &mut gazetteer[range.clone()]);
        }
        let clusters = vec![Cell::new(NOT_LOOKED_UP); n];
        let vector_clusters = vec![Cell::new(None); n];
        DocWords { doc, shape_buf, shape_ends, gazetteer, clusters, vector_clusters }
    }

    /// One view per sentence, in order.
    pub fn sentences(&self) -> Vec<SentenceView<'_, 'a>> {
        self.doc.sentences.iter().map(|range| SentenceView::new(self, range.start, range.len())).collect()
    }
}

/// The words of one sentence, numbered from 0, as the tagger reads them.
pub struct SentenceView<'w, 'a> {
    words: &'w DocWords<'a>,
    start: usize,
    len: usize,
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
    /// about (a lookup per word instead of an insert per word, and for
    /// most words not even that: see [`WordBits`]).
    pub fn new(sentences: &[SentenceView<'_, 'v>]) -> DocContext<'v> {
        let mut asked: FxHashSet<&str> = FxHashSet::default();
        let mut maybe_asked = WordBits::default();
        for view in sentences {
            let asked_of = if view.shouting {
                0..view.len()
            } else if view.len() > 0 && view.word(0).starts_with(char::is_uppercase) {
                0..1
            } else {
                continue;
            };
            for i in asked_of {
                asked.insert(view.lower(i));
                maybe_asked.add(view.lower(i));
            }
        }
        let mut context = DocContext::default();
        if asked.is_empty() {
            return context;
        }
        for view in sentences.iter().filter(|v| !v.shouting) {
            for i in 0..view.len() {
                let lower = view.lower(i);
                if !maybe_asked.may_hold(lower) || !asked.contains(lower) {
                    continue;
                }
                let first = view.word(i).chars().next().unwrap_or(' ');
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

/// A few words as bits of 1,024, each set by the word's length and its
/// first and last bytes: a word whose bit is unset is not one of them,
/// known without hashing it. The tagger asks about the few words that open
/// sentences; this spares a hash lookup for nearly every other word of the
/// article.
#[derive(Default)]
struct WordBits([u64; 16]);

impl WordBits {
    fn bit(word: &str) -> usize {
        let bytes = word.as_bytes();
        let first = usize::from(bytes.first().copied().unwrap_or(0));
        let last = usize::from(bytes.last().copied().unwrap_or(0));
        (bytes.len() * 157 + first * 31 + last) & 1023
    }

    fn add(&mut self, word: &str) {
        let bit = Self::bit(word);
        self.0[bit / 64] |= 1 << (bit % 64);
    }

    fn may_hold(&self, word: &str) -> bool {
        let bit = Self::bit(word);
        self.0[bit / 64] & (1 << (bit % 64)) != 0
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
    pub fn record(&mut self, view: &SentenceView<'_, 'v>, i: usize, tag: usize) {
        if tag != 0 {
            self.types.entry(view.lower(i)).or_default()[(tag - 1) / 2] += 1;
        }
    }

    /// What the history says of word `i` of `view`, leaving out one tag
    /// of `without` (the occurrence's own, in a second pass, which would
    /// otherwise vouch for itself; 0 for none): the settled type and
    /// whether it was the only one, in one byte, [`NOTHING_SAID`] when
    /// there is none. The features read no more of it.
    pub fn said(&self, view: &SentenceView<'_, 'v>, i: usize, without: usize) -> u8 {
        let Some(mut counts) = self.types.get(view.lower(i)).copied() else { return NOTHING_SAID };
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

impl<'w, 'a> SentenceView<'w, 'a> {
    fn new(words: &'w DocWords<'a>, start: usize, len: usize) -> SentenceView<'w, 'a> {
        let mut view = SentenceView { words, start, len, shouting: false };
        // A headline in capitals: two words with letters or more, none
        // with a lower-case letter. Shapes say it: `X` and `X.X.` have
        // letters, none has an `x` (a letter with no case counts neither).
        let mut letters = 0;
        for i in 0..len {
            let shape = view.shape(i);
            if shape.contains('x') {
                return view;
            }
            letters += usize::from(shape.contains('X'));
        }
        view.shouting = letters >= 2;
        view
    }

    pub fn len(&self) -> usize {
        self.len
    }

    /// The document's number of the sentence's first token.
    pub fn start(&self) -> usize {
        self.start
    }

    pub fn word(&self, i: usize) -> &'a str {
        self.words.doc.word(self.start + i)
    }

    pub fn lower(&self, i: usize) -> &'a str {
        self.words.doc.lower(self.start + i)
    }

    pub fn shape(&self, i: usize) -> &'w str {
        let t = self.start + i;
        let start = if t == 0 { 0 } else { self.words.shape_ends[t - 1] as usize };
        &self.words.shape_buf[start..self.words.shape_ends[t] as usize]
    }

    fn gazetteer(&self, i: usize) -> u16 {
        self.words.gazetteer[self.start + i]
    }

    /// The Brown cluster path of word `i`: as written, else (in a headline
    /// in capitals, or opening a sentence) as a name or in lower case; 0
    /// for none.
    fn cluster(&self, i: usize) -> u32 {
        let cell = &self.words.clusters[self.start + i];
        let known = cell.get();
        if known != NOT_LOOKED_UP {
            return known;
        }
        let clusters = &lexicon().clusters;
        let path = clusters.get(self.word(i)).or_else(|| {
            if !(self.shouting || i == 0) {
                return None;
            }
            let mut titled = String::new();
            title_case_into(self.lower(i), &mut titled);
            clusters.get(&titled).or_else(|| clusters.get(self.lower(i)))
        });
        let path = path.unwrap_or(0);
        cell.set(path);
        path
    }

    /// The GloVe clusters of word `i`, by its lower case (GloVe's words
    /// are all lower case); `None` past either end of the sentence.
    fn vector_clusters(&self, i: usize) -> Option<VectorClusters> {
        if i >= self.len {
            return None;
        }
        let cell = &self.words.vector_clusters[self.start + i];
        if let Some(known) = cell.get() {
            return known;
        }
        let found = lexicon().vector_clusters.get(self.lower(i));
        cell.set(Some(found));
        found
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

/// Fills `out` with the buckets of token `i`'s features that depend
/// neither on the tag before it (see [`transition_features`]) nor on what
/// the article says of the word (see [`said_features`]).
pub fn features(s: &SentenceView<'_, '_>, doc: &DocContext<'_>, i: usize, out: &mut Vec<usize>) {
    out.clear();
    let n = s.len();
    let lower = s.lower(i);
    let word = s.word(i);
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
    push(16, &[p1.as_bytes(), lower.as_bytes()]);
    push(17, &[lower.as_bytes(), n1.as_bytes()]);
    // The words around as pairs (`( ... )`, `said ... ,`, `of ... 's`)
    // and a neighbour with the word's shape: what says a name's type when
    // the name itself was never seen in training (dev over three
    // shuffles 0.919 → 0.923, names unseen in training 0.824 → 0.838).
    push(42, &[p1.as_bytes(), n1.as_bytes()]);
    push(43, &[p2.as_bytes(), p1.as_bytes()]);
    push(44, &[n1.as_bytes(), n2.as_bytes()]);
    push(45, &[p1.as_bytes(), shape.as_bytes()]);
    push(46, &[shape.as_bytes(), n1.as_bytes()]);
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
    // The word's GloVe clusters at all three sizes and its neighbours' at
    // the middle one: GloVe saw far more names than CoNLL's training text
    // (dev over three shuffles 0.9334 → 0.9386; the neighbours' coarse or
    // fine clusters, the words two away, or both neighbours as a pair
    // added nothing more).
    if let Some(clusters) = s.vector_clusters(i) {
        push(47, &[&clusters.coarse.to_le_bytes()]);
        push(48, &[&clusters.middle.to_le_bytes()]);
        push(49, &[&clusters.fine.to_le_bytes()]);
        // With the word's shape, and the fine cluster with the coarse one
        // of the word before (`Vaclav` in capitals or not; after a title
        // or a preposition): dev 0.9386 → 0.9397.
        push(52, &[&clusters.middle.to_le_bytes(), shape.as_bytes()]);
        let before = s.vector_clusters(i.wrapping_sub(1)).map_or(u16::MAX, |c| c.coarse);
        push(53, &[&clusters.fine.to_le_bytes(), &before.to_le_bytes()]);
    }
    for (template, j) in [(50u8, i.wrapping_sub(1)), (51, i + 1)] {
        if let Some(clusters) = s.vector_clusters(j) {
            push(template, &[&clusters.middle.to_le_bytes()]);
        }
    }
    let gazetteer = s.gazetteer(i);
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

/// The buckets of what the article says of token `i` ([`History::said`]):
/// the type it settled on, alone and with the word's shape; none when it
/// says nothing. Apart from the other features, because the tagger's
/// second pass changes only these.
pub fn said_features(s: &SentenceView<'_, '_>, said: u8, i: usize) -> Option<[usize; 2]> {
    if said >= NOTHING_SAID {
        return None;
    }
    let (kind, alone) = (said / 2, said % 2);
    Some([hash(34, &[&[kind, alone]]), hash(35, &[&[kind], s.shape(i).as_bytes()])])
}

/// The bucket of the tag before, `prev`, alone: the same for every token,
/// so scored once a sentence.
pub fn tag_bigram(prev: usize) -> usize {
    hash(13, &[&[prev as u8]])
}

/// The buckets of token `i`'s features that pair the tag before it with
/// the token: with the word, with its shape. Each is the first of nine
/// consecutive buckets, one for each tag before: the tagger reads all
/// nine at once, and nine rows side by side cost a third of the cache
/// misses of nine rows anywhere.
pub fn transition_features(s: &SentenceView<'_, '_>, i: usize) -> [usize; 2] {
    [hash(15, &[s.lower(i).as_bytes()]), hash(18, &[s.shape(i).as_bytes()])]
}

/// The bucket for tag before `prev` of a feature whose first bucket is
/// `first` (see [`transition_features`]).
pub fn after_tag(first: usize, prev: usize) -> usize {
    (first + prev) & (BUCKETS - 1)
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

/// The place bits: which kind of place a word names.
const PLACE_KINDS: u16 = COUNTRY | STATE | CITY | CONTINENT;
/// In [`name_gazetteer`] only: the word opens a place of two words.
const OPENS_PLACE_PAIR: u16 = 1 << 9;

/// Every gazetteer the tagger reads, in one table: the bits of each word
/// (first names, surnames, places), and of each place of two words. One
/// lookup per word instead of three, and the pair looked up only after a
/// word that opens one.
fn name_gazetteer() -> &'static WordTable<u16> {
    static TABLE: OnceLock<WordTable<u16>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let lex = lexicon();
        let mut table: WordTable<u16> = std::iter::empty().collect();
        let mut add = |word: &str, bit: u16| table.update(word, bit, |bits| *bits |= bit);
        for (name, gender) in &lex.first_names {
            add(name, if *gender == Gender::Female { FIRST_FEMALE } else { FIRST_MALE });
        }
        for name in &lex.last_names {
            add(name, LAST_NAME);
        }
        for (name, kind) in &lex.places {
            add(
                name,
                match kind {
                    PlaceKind::Country => COUNTRY,
                    PlaceKind::State => STATE,
                    PlaceKind::City => CITY,
                    PlaceKind::Continent => CONTINENT,
                },
            );
            if let Some((first, rest)) = name.split_once(' ') {
                if !rest.contains(' ') {
                    add(first, OPENS_PLACE_PAIR);
                }
            }
        }
        table
    })
}

/// Writes into `bits` the gazetteer hits of every capitalised word of the
/// sentence made of tokens `range` of `doc` (names are capitalised;
/// looking up every `the` would cost much and tell nothing).
fn gazetteer_bits(doc: &Document<'_>, range: Range<usize>, bits: &mut [u16]) {
    let table = name_gazetteer();
    let capitalised = |w: &str| w.starts_with(char::is_uppercase);
    let mut titled = String::new();
    let mut next_titled = String::new();
    for (i, t) in range.clone().enumerate() {
        let word = doc.word(t);
        if !capitalised(word) {
            continue;
        }
        title_case_into(doc.lower(t), &mut titled);
        let found = table.get(&titled).unwrap_or(0);
        bits[i] |= found & !OPENS_PLACE_PAIR;
        if found & PLACE_KINDS == 0 && word != titled {
            bits[i] |= table.get(word).unwrap_or(0) & PLACE_KINDS;
        }
        if found & OPENS_PLACE_PAIR != 0 && t + 1 < range.end && capitalised(doc.word(t + 1)) {
            title_case_into(doc.lower(t + 1), &mut next_titled);
            titled.push(' ');
            titled.push_str(&next_titled);
            if table.get(&titled).unwrap_or(0) & PLACE_KINDS != 0 {
                bits[i] |= PLACE_STARTS;
                bits[i + 1] |= PLACE_ENDS;
            }
        }
    }
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
    fn no_two_gazetteer_words_share_a_hash() {
        let lex = lexicon();
        let mut words: FxHashSet<&str> = lex.first_names.keys().copied().collect();
        words.extend(lex.last_names.iter().copied());
        for name in lex.places.keys() {
            words.insert(name);
            words.extend(name.split_once(' ').filter(|(_, rest)| !rest.contains(' ')).map(|(first, _)| first));
        }
        assert_eq!(name_gazetteer().len(), words.len());
    }

    #[test]
    fn gazetteer_bits_mark_names_and_places_of_two_words() {
        let doc = Document::new("Mary Smith flew to New York .", jiff::civil::Date::constant(1996, 8, 30));
        let words = DocWords::new(&doc);
        let view = &words.sentences()[0];
        assert_ne!(view.gazetteer(0) & FIRST_FEMALE, 0);
        assert_ne!(view.gazetteer(1) & LAST_NAME, 0);
        assert_eq!(view.gazetteer(4) & OPENS_PLACE_PAIR, 0);
        assert_ne!(view.gazetteer(4) & PLACE_STARTS, 0);
        assert_ne!(view.gazetteer(5) & PLACE_ENDS, 0);
    }

    #[test]
    fn views_lower_case_once_and_see_headlines() {
        let doc = Document::new("KUWAIT OIL RISES", jiff::civil::Date::constant(1996, 8, 30));
        let words = DocWords::new(&doc);
        let view = &words.sentences()[0];
        assert_eq!(view.lower(0), "kuwait");
        assert!(view.shouting);
    }
}
