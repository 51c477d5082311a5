//! The annotated document that every stage reads and adds to.
//!
//! Stages work in byte offsets of the article text, which is what Rust's
//! string slicing wants; the record speaks code points, and the conversion
//! happens once, when the record is built ([`CharMap`]).

use std::borrow::Cow;
use std::ops::Range;

use jiff::civil::Date;

use crate::lexicon::Gender;
use crate::tokenize::{tokenize, Token, TokenKind};

/// A `[start, end)` byte range of the article text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntityType {
    Person,
    Org,
    Gpe,
    Loc,
    Fac,
    Event,
    Work,
    Product,
    Norp,
}

impl EntityType {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "PERSON",
            EntityType::Org => "ORG",
            EntityType::Gpe => "GPE",
            EntityType::Loc => "LOC",
            EntityType::Fac => "FAC",
            EntityType::Event => "EVENT",
            EntityType::Work => "WORK",
            EntityType::Product => "PRODUCT",
            EntityType::Norp => "NORP",
        }
    }
}

/// One place where an entity is named.
#[derive(Debug, Clone)]
pub struct Mention {
    pub span: Span,
    /// Token range of the name.
    pub tokens: Range<usize>,
    pub kind: EntityType,
    /// Index into [`Document::entities`], set by clustering.
    pub entity: usize,
    /// The name, when it is not the span's text (a nickname left out:
    /// `Maria “The Rocket” Alvarez` names `Maria Alvarez`).
    pub name: Option<String>,
}

impl Mention {
    /// A mention of the words `tokens` of `doc`, not yet clustered.
    pub fn of_tokens(doc: &Document<'_>, tokens: Range<usize>, kind: EntityType) -> Mention {
        let span = doc.token_span(tokens.start, tokens.end - 1);
        Mention { span, tokens, kind, entity: usize::MAX, name: None }
    }

    /// Moves the mention's edges to the words `tokens`, its span with
    /// them, so that the two never disagree.
    pub fn set_tokens(&mut self, doc: &Document<'_>, tokens: Range<usize>) {
        self.span = doc.token_span(tokens.start, tokens.end - 1);
        self.tokens = tokens;
    }
}

#[derive(Debug, Clone)]
pub struct EntityDraft {
    pub kind: EntityType,
    pub name: String,
    pub aliases: Vec<String>,
    pub handles: Vec<String>,
    pub descriptors: Vec<String>,
    pub mentions: Vec<Span>,
    pub age: Option<u32>,
    pub gender: Option<Gender>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteKind {
    Direct,
    Partial,
    Indirect,
}

#[derive(Debug, Clone)]
pub struct QuoteDraft {
    /// The quoted words without their marks.
    pub span: Span,
    pub kind: QuoteKind,
    /// Token range of the quote's content (for direct quotes: inside the marks).
    pub tokens: Range<usize>,
    /// The quote goes on from an earlier one (a new paragraph that opens
    /// with a mark, or speech broken by its attribution).
    pub continues: Option<usize>,
    pub speaker: Option<usize>,
    pub speaker_span: Option<Span>,
    /// The speech verb's lemma: from the cue table, or worked out from a
    /// verb the table lacks (`"…," Toomey fumed.`).
    pub cue: Option<Cow<'static, str>>,
    pub cue_span: Option<Span>,
    pub medium: Option<&'static str>,
    pub confidence: f32,
}

impl QuoteDraft {
    /// A quote whose speaker is not known yet.
    pub fn unattributed(span: Span, kind: QuoteKind, tokens: Range<usize>, continues: Option<usize>) -> QuoteDraft {
        QuoteDraft {
            span,
            kind,
            tokens,
            continues,
            speaker: None,
            speaker_span: None,
            cue: None,
            cue_span: None,
            medium: None,
            confidence: 0.0,
        }
    }
}

#[derive(Debug, Clone)]
pub struct TimexDraft {
    pub span: Span,
    pub kind: &'static str,
    pub value: String,
    pub modifier: Option<&'static str>,
}

#[derive(Debug, Clone)]
pub struct AmountDraft {
    pub span: Span,
    pub value: f64,
    pub kind: &'static str,
    pub entity: Option<usize>,
}

pub struct Document<'t> {
    pub text: &'t str,
    pub date: Date,
    pub tokens: Vec<Token>,
    /// Every token lower-cased, end to end; `lower_ends[i]` is where token
    /// `i` ends in it. Lower-cased once here because the tagger, the time
    /// scanner, the cue lists and the tone lexicon all look words up so.
    lower_text: String,
    lower_ends: Vec<u32>,
    /// Token ranges, one per sentence.
    pub sentences: Vec<Range<usize>>,
    /// Quoted names that are not speech: titles, nicknames, scare quotes.
    pub titles: Vec<Span>,
    pub mentions: Vec<Mention>,
    pub entities: Vec<EntityDraft>,
    pub quotes: Vec<QuoteDraft>,
    pub timexes: Vec<TimexDraft>,
    pub amounts: Vec<AmountDraft>,
}

impl<'t> Document<'t> {
    pub fn new(text: &'t str, date: Date) -> Document<'t> {
        let tokens = tokenize(text);
        let mut sentences: Vec<Range<usize>> = Vec::new();
        for (i, token) in tokens.iter().enumerate() {
            if token.sentence < sentences.len() {
                sentences[token.sentence].end = i + 1;
            } else {
                sentences.push(i..i + 1);
            }
        }
        let mut lower_text = String::with_capacity(text.len());
        let mut lower_ends = Vec::with_capacity(tokens.len());
        for token in &tokens {
            let word = &text[token.start..token.end];
            let start = lower_text.len();
            if word.is_ascii() {
                lower_text.push_str(word);
                lower_text[start..].make_ascii_lowercase();
            } else {
                lower_text.extend(word.chars().flat_map(char::to_lowercase));
            }
            lower_ends.push(lower_text.len() as u32);
        }
        Document {
            text,
            date,
            tokens,
            lower_text,
            lower_ends,
            sentences,
            titles: Vec::new(),
            mentions: Vec::new(),
            entities: Vec::new(),
            quotes: Vec::new(),
            timexes: Vec::new(),
            amounts: Vec::new(),
        }
    }

    /// The text of token `i`.
    #[inline]
    pub fn word(&self, i: usize) -> &'t str {
        let t = &self.tokens[i];
        &self.text[t.start..t.end]
    }

    /// The text of token `i` in lower case.
    #[inline]
    pub fn lower(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.lower_ends[i - 1] as usize };
        &self.lower_text[start..self.lower_ends[i] as usize]
    }

    /// Whether token `i` is the first of its paragraph (a line of the text).
    pub fn opens_paragraph(&self, i: usize) -> bool {
        i == 0 || self.tokens[i - 1].paragraph != self.tokens[i].paragraph
    }

    /// The byte span from the start of token `first` to the end of token `last`.
    pub fn token_span(&self, first: usize, last: usize) -> Span {
        Span::new(self.tokens[first].start, self.tokens[last].end)
    }

    pub fn slice(&self, span: Span) -> &'t str {
        &self.text[span.start..span.end]
    }

    /// Index of the first token that starts at or after byte `offset`.
    pub fn token_at(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| t.start < offset)
    }

    /// The mention whose tokens include token `i`.
    pub fn mention_at(&self, i: usize) -> Option<&Mention> {
        self.mentions.iter().find(|m| m.tokens.contains(&i))
    }

    pub fn in_title(&self, span: Span) -> bool {
        self.titles.iter().any(|t| t.overlaps(span))
    }

    /// An age told after the comma at token `comma`, in figures alone
    /// (`, 41`) or in years (`, 41 years old`): the number's token and the
    /// token just past the age, where a comma or the sentence's end should
    /// close it. The one reading of such ages, for the speaker phrases that
    /// step over them and the entities that keep them.
    pub fn age_after_comma(&self, comma: usize) -> Option<(usize, usize)> {
        let word = |i: usize| if i < self.tokens.len() { self.word(i) } else { "" };
        let number = comma + 1;
        if word(comma) != "," || self.tokens.get(number)?.kind != TokenKind::Number {
            return None;
        }
        let in_years = word(number + 1) == "years" && word(number + 2) == "old";
        Some((number, if in_years { number + 3 } else { number + 1 }))
    }
}

/// Converts byte offsets of a text to code-point offsets.
pub struct CharMap {
    /// `None` when the text is ASCII and the two agree.
    index: Option<Vec<u32>>,
}

impl CharMap {
    pub fn new(text: &str) -> CharMap {
        if text.is_ascii() {
            return CharMap { index: None };
        }
        let mut index = vec![0u32; text.len() + 1];
        let mut chars = 0u32;
        for (byte, c) in text.char_indices() {
            for slot in &mut index[byte..byte + c.len_utf8()] {
                *slot = chars;
            }
            chars += 1;
        }
        index[text.len()] = chars;
        CharMap { index: Some(index) }
    }

    pub fn convert(&self, span: Span) -> [usize; 2] {
        match &self.index {
            None => [span.start, span.end],
            Some(index) => [index[span.start] as usize, index[span.end] as usize],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_map_counts_code_points() {
        let text = "“Hi,” she said";
        let map = CharMap::new(text);
        let she = text.find("she").unwrap();
        assert_eq!(map.convert(Span::new(she, she + 3)), [6, 9]);
    }

    #[test]
    fn sentences_are_token_ranges() {
        let doc = Document::new("One two. Three four.", Date::constant(2020, 1, 1));
        assert_eq!(doc.sentences, vec![0..3, 3..6]);
    }
}
