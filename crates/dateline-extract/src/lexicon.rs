//! Word lists carried as data (see NOTICE for sources and licences), parsed
//! once on first use and shared by every extraction thread; the two big
//! cluster lists are laid out as tables at build time (`build.rs`), so
//! that nothing of theirs is parsed at all.

use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::word_hash::word_hash;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Female,
    Male,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceKind {
    Country,
    State,
    City,
    Continent,
}

pub struct Lexicon {
    /// US census first names with their more frequent gender.
    pub first_names: FxHashMap<&'static str, Gender>,
    /// The 30,000 most frequent US census surnames, capitalised.
    pub last_names: FxHashSet<&'static str>,
    /// GeoNames countries, US states, continents and cities over 100,000.
    pub places: FxHashMap<&'static str, PlaceKind>,
    /// Brown clusters of a million words of English (spaCy v2's): the
    /// word's path in the cluster tree, first branch in the lowest bit.
    /// Words that share a long prefix are used alike (`Paris` and
    /// `London`; `Smith` and `Clinton`), which tells the entity tagger
    /// about names its training text never had.
    pub clusters: FrozenTable<u32>,
    /// Clusters of GloVe's word vectors (Wikipedia and Gigaword news, lower
    /// case): a second view of how words are used, from far more text than
    /// the Brown clusters', in which most of the names of the world's news
    /// have a place (Czech first names together, football clubs together).
    pub vector_clusters: FrozenTable<VectorClusters>,
    /// VADER valence by lower-case word.
    pub valence: WordTable<f32>,
    /// Given names and their familiar forms (`Daniel` and `Danny`,
    /// `Robert` and `Bob`), capitalised, as the list pairs them: most
    /// formal name first, a few the other way (`Danny`, `Daniel`).
    nicknames: FxHashSet<(&'static str, &'static str)>,
}

impl Lexicon {
    /// Can a person first named `given` be called `alone` later: the same
    /// name, or its familiar form (`Danny` for `Daniel`)? Not the other
    /// way: a story that names `Chris Christie` calls no one `Christian`
    /// for him.
    pub fn may_shorten_to(&self, given: &str, alone: &str) -> bool {
        given == alone || self.nicknames.contains(&(given, alone))
    }
}

/// A word's cluster among GloVe's vectors grouped three times by k-means,
/// into 64, 512 and 4,096 clusters (`scripts/make-data.py`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VectorClusters {
    pub coarse: u16,
    pub middle: u16,
    pub fine: u16,
}

static LEXICON: OnceLock<Lexicon> = OnceLock::new();

pub fn lexicon() -> &'static Lexicon {
    LEXICON.get_or_init(|| Lexicon {
        first_names: include_str!("../data/first_names.tsv")
            .lines()
            .filter_map(|l| {
                let mut cols = l.split('\t');
                let name = cols.next()?;
                let gender = if cols.next()? == "F" { Gender::Female } else { Gender::Male };
                Some((name, gender))
            })
            .collect(),
        last_names: include_str!("../data/last_names.txt").lines().collect(),
        places: include_str!("../data/places.tsv")
            .lines()
            .filter_map(|l| {
                let (name, kind) = l.split_once('\t')?;
                let kind = match kind {
                    "country" => PlaceKind::Country,
                    "state" => PlaceKind::State,
                    "continent" => PlaceKind::Continent,
                    _ => PlaceKind::City,
                };
                Some((name, kind))
            })
            .collect(),
        clusters: FrozenTable::new(include_bytes!(concat!(env!("OUT_DIR"), "/word_clusters.table"))),
        vector_clusters: FrozenTable::new(include_bytes!(concat!(env!("OUT_DIR"), "/glove_clusters.table"))),
        valence: WordTable::of_lines(include_str!("../data/vader_lexicon.tsv"), parsed_pair),
        nicknames: include_str!("../data/nicknames.tsv").lines().filter_map(|l| l.split_once('\t')).collect(),
    })
}

/// A table of words, made at run time, looked up by a 64-bit hash of the
/// word, not the word: a lookup reads one entry, with no key string to
/// fetch from elsewhere in memory and compare. For the big tables the
/// taggers ask of every name, those fetches were most of a lookup's cost
/// (the biggest, the clusters, are [`FrozenTable`]s, made so at build
/// time).
///
/// No two words of a table share a hash (a test checks the shipped
/// tables, the build script the frozen ones); a word outside it takes a
/// member's hash with odds of one in 2^64 / the table's size, and would
/// then read that member's value.
pub struct WordTable<V> {
    values: FxHashMap<u64, V>,
}

/// Builds a table; a word met twice keeps its first value.
impl<'w, V> FromIterator<(&'w str, V)> for WordTable<V> {
    fn from_iter<I: IntoIterator<Item = (&'w str, V)>>(words: I) -> WordTable<V> {
        let mut values = FxHashMap::default();
        for (word, value) in words {
            values.entry(word_hash(word)).or_insert(value);
        }
        WordTable { values }
    }
}

impl<V> WordTable<V> {
    /// A table of a list's lines, each read by `entry`, sized once for
    /// them all: grown line by line, a big list costs start-up a rehash at
    /// each doubling and the fresh pages of every new table.
    fn of_lines(list: &'static str, entry: impl Fn(&'static str) -> Option<(&'static str, V)>) -> WordTable<V> {
        let lines = list.bytes().filter(|&b| b == b'\n').count();
        let mut table = WordTable { values: FxHashMap::with_capacity_and_hasher(lines, Default::default()) };
        for (word, value) in list.lines().filter_map(entry) {
            table.values.entry(word_hash(word)).or_insert(value);
        }
        table
    }
}

impl<V: Copy> WordTable<V> {
    pub fn get(&self, word: &str) -> Option<V> {
        self.values.get(&word_hash(word)).copied()
    }

    pub fn contains(&self, word: &str) -> bool {
        self.values.contains_key(&word_hash(word))
    }

    /// Sets the value of `word`, or changes the one it has.
    pub fn update(&mut self, word: &str, value: V, change: impl FnOnce(&mut V)) {
        self.values.entry(word_hash(word)).and_modify(change).or_insert(value);
    }

    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.values.len()
    }
}

/// A word table laid out by the build script (`build.rs`) in the binary:
/// nothing to parse or allocate at start-up, and only the pages a lookup
/// touches are read in. Slots of a hash and a value, found from the slot
/// the hash's low bits name; an empty slot (hash zero) ends the search.
pub struct FrozenTable<V> {
    slots: &'static [u8],
    mask: usize,
    value: std::marker::PhantomData<V>,
}

/// A value as a frozen table holds it: a fixed number of little-endian
/// bytes.
pub trait SlotValue: Sized {
    const WIDTH: usize;
    fn read(bytes: &[u8]) -> Self;
}

impl SlotValue for u32 {
    const WIDTH: usize = 4;
    fn read(bytes: &[u8]) -> u32 {
        u32::from_le_bytes(bytes.try_into().expect("4 bytes"))
    }
}

impl SlotValue for VectorClusters {
    const WIDTH: usize = 6;
    fn read(bytes: &[u8]) -> VectorClusters {
        let number = |k: usize| u16::from_le_bytes([bytes[2 * k], bytes[2 * k + 1]]);
        VectorClusters { coarse: number(0), middle: number(1), fine: number(2) }
    }
}

impl<V: SlotValue> FrozenTable<V> {
    const STRIDE: usize = 8 + V::WIDTH;

    fn new(slots: &'static [u8]) -> FrozenTable<V> {
        let count = slots.len() / Self::STRIDE;
        assert!(count.is_power_of_two() && count * Self::STRIDE == slots.len(), "a table the build script laid out");
        FrozenTable { slots, mask: count - 1, value: std::marker::PhantomData }
    }

    pub fn get(&self, word: &str) -> Option<V> {
        let hash = word_hash(word);
        let mut slot = hash as usize & self.mask;
        loop {
            let at = slot * Self::STRIDE;
            let held = u64::from_le_bytes(self.slots[at..at + 8].try_into().expect("8 bytes"));
            if held == hash {
                return Some(V::read(&self.slots[at + 8..at + Self::STRIDE]));
            }
            if held == 0 {
                return None;
            }
            slot = (slot + 1) & self.mask;
        }
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.slots.chunks_exact(Self::STRIDE).filter(|slot| slot[..8] != [0; 8]).count()
    }
}

/// A line `word<TAB>value` of a list, with the value parsed; `None` for a
/// line that does not parse. (The tab is found byte by byte, as for
/// `vector_clusters`.)
fn parsed_pair<T: std::str::FromStr>(line: &'static str) -> Option<(&'static str, T)> {
    let tab = line.bytes().position(|b| b == b'\t')?;
    Some((&line[..tab], line[tab + 1..].parse().ok()?))
}

/// The United Kingdom's four nations, which GeoNames lists as its
/// first-order divisions, not as countries, and so `places.tsv` lacks.
/// Only the rules ask for them here: the tagger's gazetteer feature is the
/// list its model was trained with, and its training text taught it these
/// names.
const UK_NATIONS: &[&str] = &["England", "Scotland", "Wales", "Northern Ireland"];

/// The kind of a gazetteer place however it is capitalised (`KUWAIT CITY`
/// in a dateline finds `Kuwait City`).
pub fn place_kind(name: &str) -> Option<PlaceKind> {
    let places = &lexicon().places;
    if let Some(&kind) = places.get(name) {
        return Some(kind);
    }
    if UK_NATIONS.iter().any(|nation| nation.eq_ignore_ascii_case(name)) {
        return Some(PlaceKind::Country);
    }
    let mut titled = String::with_capacity(name.len());
    let mut word = String::new();
    for (k, part) in name.split(' ').enumerate() {
        if k > 0 {
            titled.push(' ');
        }
        title_case_into(&part.to_lowercase(), &mut word);
        titled.push_str(&word);
    }
    places.get(titled.as_str()).copied()
}

/// `legend` → `Legend`, from a word already in lower case.
pub fn title_case_into(lower: &str, out: &mut String) {
    out.clear();
    out.push_str(lower);
    if lower.is_empty() {
        return;
    }
    if lower.is_char_boundary(1) {
        out[..1].make_ascii_uppercase();
    } else {
        let first = lower.chars().next().expect("a word has a first character");
        out.replace_range(..first.len_utf8(), &first.to_uppercase().to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load() {
        let lex = lexicon();
        assert_eq!(lex.first_names.get("Chrissy"), Some(&Gender::Female));
        assert_eq!(lex.first_names.get("John"), Some(&Gender::Male));
        assert!(lex.last_names.contains("Smith"));
        assert_eq!(lex.places.get("Los Angeles"), Some(&PlaceKind::City));
        assert_eq!(lex.places.get("France"), Some(&PlaceKind::Country));
        assert_eq!(place_kind("SCOTLAND"), Some(PlaceKind::Country));
        assert!(lex.valence.get("tragic").is_some_and(|v| v < 0.0));
        assert!(lex.clusters.get("London").is_some());
        assert_eq!(lex.clusters.get("qwzxv"), None);
        let (klaus, karl) = (lex.vector_clusters.get("klaus").unwrap(), lex.vector_clusters.get("karl").unwrap());
        assert_eq!(klaus.middle, karl.middle);
        assert_ne!(klaus.middle, lex.vector_clusters.get("feyenoord").unwrap().middle);
        assert!(lex.may_shorten_to("Daniel", "Danny") && lex.may_shorten_to("Robert", "Bob"));
        assert!(!lex.may_shorten_to("Chris", "Christian") && !lex.may_shorten_to("Daniel", "Robert"));
    }

    #[test]
    fn no_two_listed_words_share_a_hash() {
        let words: FxHashSet<&str> = include_str!("../data/word_clusters.tsv")
            .lines()
            .filter_map(parsed_pair::<u32>)
            .map(|(word, _)| word)
            .collect();
        assert_eq!(lexicon().clusters.len(), words.len());
        let words: FxHashSet<&str> = include_str!("../data/vader_lexicon.tsv")
            .lines()
            .filter_map(parsed_pair::<f32>)
            .map(|(word, _)| word)
            .collect();
        assert_eq!(lexicon().valence.len(), words.len());
        let words: FxHashSet<&str> =
            include_str!("../data/glove_clusters.tsv").lines().filter_map(|l| l.split('\t').next()).collect();
        assert_eq!(lexicon().vector_clusters.len(), words.len());
    }

    /// The tables the build script laid out hold every listed word with
    /// the value its line gives.
    #[test]
    fn frozen_tables_hold_every_listed_word() {
        let lex = lexicon();
        for line in include_str!("../data/glove_clusters.tsv").lines() {
            let fields: Vec<&str> = line.split('\t').collect();
            let number = |k: usize| fields[k].parse::<u16>().unwrap();
            let expected = VectorClusters { coarse: number(1), middle: number(2), fine: number(3) };
            assert_eq!(lex.vector_clusters.get(fields[0]), Some(expected), "{line}");
        }
        for (word, path) in include_str!("../data/word_clusters.tsv").lines().filter_map(parsed_pair::<u32>) {
            assert_eq!(lex.clusters.get(word), Some(path), "{word}");
        }
    }
}
