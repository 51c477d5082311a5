//! Pairing quotation marks into quoted passages, and telling speech from
//! quoted titles, nicknames and scare quotes.
//!
//! News copy is untidy: curly marks typed the wrong way round (`“…:(“`),
//! straight and curly marks mixed (`“…,"`), a straight mark standing for an
//! apostrophe in old wire copy (`Kuwait"s`), and quotes that run over several
//! paragraphs with an opening mark on each and a closing mark only on the
//! last. So the direction of a mark is read from the space around it first
//! and from its glyph only when the space does not tell.

use super::cues::cue;
use crate::doc::{Document, QuoteDraft, QuoteKind};
use crate::tokenize::{is_quotation_mark, TokenKind};
use crate::Stage;

pub struct QuoteMarks;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    Open,
    Close,
    /// A straight mark with nothing to tell: opens if nothing is open.
    Either,
}

/// Reads a mark's direction from its neighbours: a mark with space before
/// and a word after opens; a word before and space or punctuation after
/// closes. `None`: the mark is not a quotation mark at all (`Kuwait"s`).
fn direction(doc: &Document<'_>, i: usize) -> Option<Direction> {
    let text = doc.text;
    let token = &doc.tokens[i];
    let before = text[..token.start].chars().next_back();
    let after = text[token.end..].chars().next();
    let space_before = before.is_none_or(|c| c.is_whitespace() || "([{—–-/".contains(c));
    let space_after = after.is_none_or(|c| c.is_whitespace() || ",.;:!?)]}—–".contains(c));
    let letter_before = before.is_some_and(char::is_alphanumeric);
    let letter_after = after.is_some_and(char::is_alphanumeric);
    if letter_before && letter_after && doc.word(i) == "\"" {
        return None;
    }
    let glyph = match doc.word(i) {
        "“" | "„" | "«" | "``" => Direction::Open,
        "”" | "»" | "‟" => Direction::Close,
        _ => Direction::Either,
    };
    Some(match (space_before, space_after) {
        (true, false) => Direction::Open,
        (false, true) => Direction::Close,
        _ => glyph,
    })
}

impl Stage for QuoteMarks {
    fn name(&self) -> &'static str {
        "quote-marks"
    }

    fn run(&self, doc: &mut Document<'_>) {
        let marks: Vec<(usize, Direction)> = (0..doc.tokens.len())
            .filter(|&i| doc.tokens[i].kind == TokenKind::Punct && is_quotation_mark(doc.word(i)))
            .filter_map(|i| direction(doc, i).map(|d| (i, d)))
            .collect();
        let mut open: Option<usize> = None;
        // A quote left open at a paragraph's end, which a mark opening the
        // next paragraph continues.
        let mut run_on: Option<(usize, usize)> = None;
        for (m, dir) in marks {
            if let Some(o) = open {
                if doc.tokens[o].paragraph != doc.tokens[m].paragraph {
                    run_on = close_at_paragraph_end(doc, o, run_on.map(|r| r.0));
                    open = None;
                }
            }
            match (dir, open) {
                (Direction::Open | Direction::Either, None) => {
                    open = Some(m);
                    // Only a mark that opens the very next paragraph goes on
                    // with the quote left open.
                    run_on = run_on.take().filter(|&(_, next_paragraph)| {
                        doc.tokens[m].paragraph == next_paragraph && doc.opens_paragraph(m)
                    });
                }
                (_, Some(o)) => {
                    add_passage(doc, o + 1, m, run_on.take().map(|r| r.0));
                    open = None;
                }
                (Direction::Close, None) => run_on = None,
            }
        }
        if let Some(o) = open {
            close_at_paragraph_end(doc, o, run_on.map(|r| r.0));
        }
    }
}

/// Closes a quote opened at token `o` at the end of its paragraph; returns
/// the quote's index and the paragraph that may continue it.
fn close_at_paragraph_end(doc: &mut Document<'_>, o: usize, continues: Option<usize>) -> Option<(usize, usize)> {
    let paragraph = doc.tokens[o].paragraph;
    let mut end = o + 1;
    while end < doc.tokens.len() && doc.tokens[end].paragraph == paragraph {
        end += 1;
    }
    add_passage(doc, o + 1, end, continues).map(|q| (q, paragraph + 1))
}

/// Adds the passage of tokens `first..end` as a quote, or as a title when it
/// reads as a name rather than speech. Returns the quote's index.
fn add_passage(doc: &mut Document<'_>, first: usize, end: usize, continues: Option<usize>) -> Option<usize> {
    if first >= end {
        return None;
    }
    let span = doc.token_span(first, end - 1);
    if is_title(doc, first, end) {
        // `“Summer Rain,”`: the comma is the sentence's, not the title's.
        let last = if end - 1 > first && matches!(doc.word(end - 1), "," | ".") { end - 2 } else { end - 1 };
        doc.titles.push(doc.token_span(first, last));
        return None;
    }
    // `the so-called “experts”`: the writer's distance, not anyone's words.
    if first >= 2 && doc.word(first - 2).eq_ignore_ascii_case("so-called") {
        return None;
    }
    doc.quotes.push(QuoteDraft::unattributed(span, QuoteKind::Direct, first..end, continues));
    Some(doc.quotes.len() - 1)
}

/// Small words that Title Case leaves in lower case.
const TITLE_SMALL_WORDS: &[&str] =
    &["of", "the", "a", "an", "and", "in", "on", "for", "to", "with", "at", "by", "from", "off", "or", "&", "'s", "’s"];

/// A short passage in Title Case with no punctuation of speech is a name:
/// a song, a show, a nickname (“Never Break”, the “Voice” coach).
fn is_title(doc: &Document<'_>, first: usize, end: usize) -> bool {
    let words: Vec<&str> = (first..end).map(|i| doc.word(i)).collect();
    if words.len() > 8 {
        return false;
    }
    let punctuation = |w: &&str| matches!(*w, "," | "." | "!" | "?" | ":" | ";" | "…");
    // American style puts a comma or period inside the marks even after a
    // title (`on "Face the Nation," Ryan`): a title may end with one, unless
    // a speech verb follows at once, as after `"Amazing," he said`.
    let trailing = words.last().is_some_and(|w| matches!(*w, "," | "."));
    let inner = if trailing { &words[..words.len() - 1] } else { &words[..] };
    // A quote that opens its sentence may have a long speaker phrase
    // (`"Unbelievable," the 34-year-old Brazilian striker told reporters`):
    // there the verb is looked for up to the next punctuation, as far as a
    // speaker phrase goes, but not into a clause of its own (`"Summer
    // Rain," the first song she ever wrote`). Elsewhere a title is the
    // likelier (`on ABC's "This Week," Senator Bernie Sanders said`).
    let opens_sentence = first >= 1 && doc.sentences[doc.tokens[first - 1].sentence].start == first - 1;
    let reach = if opens_sentence && words.last() == Some(&",") { 9 } else { 4 };
    let attributed = (end + 1..(end + reach).min(doc.tokens.len()))
        .take_while(|&i| {
            let word = doc.word(i);
            !punctuation(&word)
                && !is_quotation_mark(word)
                && (i <= end + 1
                    || !matches!(word, "he" | "she" | "they" | "we" | "I" | "you" | "it" | "who" | "that" | "which"))
        })
        .any(|i| cue(doc.word(i)).is_some());
    let speechlike = inner.iter().any(punctuation) || inner.is_empty() || trailing && attributed;
    let capitalised = words.first().is_some_and(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
        && words.iter().all(|w| {
            TITLE_SMALL_WORDS.contains(w)
                || w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || !c.is_alphanumeric())
        });
    !speechlike && capitalised && !words.iter().any(|w| matches!(*w, "I" | "We" | "You"))
}
