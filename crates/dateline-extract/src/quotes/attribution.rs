//! Who said it: finding the cue and the speaker of each quote and
//! resolving the speaker to an entity; then reported speech without marks
//! (`indirect/`), whose speakers go through the same sieve.
//!
//! Patterns, tried in order for each quote:
//! 1. after the closing mark: `"…," X said` / `"…," said X` /
//!    `"…," X, a spokesman, said`;
//! 2. before the opening mark: `X said: "…"` / `X told reporters, "…"`;
//! 3. a speech verb earlier in the same sentence (partial quotes:
//!    `Teigen wrote … that she drove “home from the hospital”`);
//! 4. introduced without a speech verb: `According to the paper, "…"`,
//!    `Pollster Daron Shaw: "…"`, `Politico reveals the facts: "…"`;
//! 5. continuation (`continuation.rs`): a quote with no attribution of its
//!    own takes the speaker of the quote it continues, or of the nearest
//!    attributed quote in its paragraph, or, opening a paragraph, of the
//!    previous paragraph's.
//!
//! The speaker's words then resolve to an entity by the sieve of
//! `resolve.rs`.

use std::ops::Range;

use super::continuation::{drop_scare_quotes, share_speakers};
use super::cues::{cue, is_adverb, PRONOUNS};
use super::phrases::{
    description_after, first_subject, inside_any_quote, inside_title, is_cue_at, is_mark, name_after_description,
    object_end, participle_subject, phrase_after, plausible_speaker, sentence_range, shared_subject, skip_adjuncts,
    split_appositive, subject_of, unlisted_verb,
};
use super::resolve::apply;
use crate::doc::{Document, EntityType, QuoteDraft, QuoteKind};
use crate::tokenize::TokenKind;
use crate::Stage;

pub struct Attribution;

/// A speaker phrase and its cue, found by one of the patterns.
pub(super) struct Found {
    pub(super) speaker: Range<usize>,
    pub(super) cue: usize,
    /// An appositive that describes the speaker (`a spokesman for X`).
    pub(super) appositive: Option<Range<usize>>,
    pub(super) confidence: f32,
}

impl Stage for Attribution {
    fn name(&self) -> &'static str {
        "attribution"
    }

    fn run(&self, doc: &mut Document<'_>) {
        let mut last_person: Option<(usize, usize)> = None;
        for q in 0..doc.quotes.len() {
            doc.quotes[q].kind = quote_kind(doc, &doc.quotes[q]);
            let found = transcript_label(doc, q)
                .or_else(|| after_closing_mark(doc, q))
                .or_else(|| before_opening_mark(doc, q))
                .or_else(|| earlier_in_sentence(doc, q))
                .or_else(|| introduced_without_verb(doc, q))
                .or_else(|| clause_subject(doc, q));
            if let Some(found) = found.map(|found| outer_report(doc, q, found)) {
                apply(doc, q, &found, &mut last_person);
            }
        }
        share_speakers(doc);
        drop_scare_quotes(doc);
        super::indirect::find_indirect(doc, &mut last_person);
        doc.quotes.sort_by_key(|q| q.span.start);
    }
}

fn quote_kind(doc: &Document<'_>, quote: &QuoteDraft) -> QuoteKind {
    let first = doc.word(quote.tokens.start);
    let open = quote.tokens.start.checked_sub(1);
    let after_colon = open.and_then(|o| o.checked_sub(1)).is_some_and(|p| doc.word(p) == ":");
    let starts_sentence = open.is_none_or(|o| sentence_range(doc, o).start == o);
    // `"…," the trader said, "and the market always wins."`: speech
    // resumed after its attribution is still direct.
    let resumes = open.is_some_and(|o| {
        o >= 2
            && doc.word(o - 1) == ","
            && (o.saturating_sub(8)..o - 1).any(|i| cue(doc.word(i)).is_some())
            && (o.saturating_sub(10)..o - 1).any(|i| is_mark(doc, i))
    });
    if first.starts_with(char::is_lowercase) && !after_colon && !starts_sentence && !resumes {
        QuoteKind::Partial
    } else {
        QuoteKind::Direct
    }
}

/// `"…," X said` and `"…," said X`.
fn after_closing_mark(doc: &Document<'_>, q: usize) -> Option<Found> {
    let close = doc.quotes[q].tokens.end;
    if close >= doc.tokens.len() || !is_mark(doc, close) {
        return None;
    }
    let mut start = close + 1;
    if start < doc.tokens.len() && doc.word(start) == "," {
        start += 1;
    }
    // `"Will you release them?" Wallace asked.`: a question or exclamation
    // ends the sentence where the attribution begins another; so does a
    // full stop left inside the marks (`"…missing." Trump said.`), in the
    // same paragraph.
    let stop_inside = close > 0 && doc.word(close - 1) == ".";
    let asks = close > 0 && matches!(doc.word(close - 1), "?" | "!")
        || stop_inside && start < doc.tokens.len() && !doc.opens_paragraph(start);
    let sentence =
        if asks && start < doc.tokens.len() { doc.tokens[start].sentence } else { doc.tokens[close].sentence };
    if let Some(found) = dash_attribution(doc, start) {
        return Some(found);
    }
    // `"…," Scott Pruitt, the Republican attorney general of Oklahoma, one
    // of the states suing the EPA, said`: a person's name may carry a long
    // appositive before the verb.
    let named_person = doc.mentions.iter().any(|m| m.tokens.start == start && m.kind == EntityType::Person);
    let reach = if named_person { 28 } else { 14 };
    let mut k = start;
    let mut skipped = 0;
    while k < doc.tokens.len() && k < start + reach + skipped && doc.tokens[k].sentence == sentence {
        let word = doc.word(k);
        if matches!(word, ";" | ":") || (is_mark(doc, k) && !inside_title(doc, k)) {
            return None;
        }
        // `one engineer, who asked not to be named, told Reuters`: a
        // relative clause between commas, and its verbs, are passed over.
        if matches!(word, "who" | "which") && k > start && doc.word(k - 1) == "," {
            let clause_end = (k + 1..(k + 30).min(doc.tokens.len()))
                .take_while(|&j| doc.tokens[j].sentence == sentence)
                .find(|&j| doc.word(j) == ",");
            if let Some(comma) = clause_end {
                skipped += comma + 1 - k;
                k = comma + 1;
                continue;
            }
        }
        if is_cue_at(doc, k) {
            break;
        }
        k += 1;
    }
    if k >= doc.tokens.len() || !is_cue_at(doc, k) {
        return unlisted_after(doc, close, start);
    }
    // Across a sentence end, only an attribution that is the whole next
    // sentence (`Wallace asked.`), not one that opens a new statement
    // (`Clinton says there needs to be a law`).
    if sentence != doc.tokens[close].sentence {
        // (`"…?" Trump told Britain's ITV television station in an
        // interview.`: the one told is part of the attribution.)
        let told = cue(doc.lower(k)).is_some_and(|(lemma, _)| lemma == "tell");
        let k = if told { object_end(doc, k + 1) - 1 } else { k };
        let rest = doc.sentences[sentence].end.saturating_sub(k + 1);
        // (`Sessions said as he launched the vote.`: an adjunct, not a
        // statement, may follow the verb.)
        // (`Trump said, looking out on the crowd.`: nor a participle.)
        let adjunct = k + 1 < doc.tokens.len()
            && (matches!(
                doc.lower(k + 1),
                "as" | "while" | "after" | "before" | "during" | "when" | "on" | "in" | "at"
            ) || doc.word(k + 1) == "," && k + 2 < doc.tokens.len() && doc.lower(k + 2).ends_with("ing"));
        if rest > 4 && !adjunct {
            return None;
        }
        // After a full stop the next sentence is the attribution only when
        // it is nothing else: `Trump said.`, `said Trump.` (`He went on to
        // endorse Ayotte` opens a new statement).
        if stop_inside && !matches!(doc.word(k + 1), "." | ",") && k > start {
            return None;
        }
        // (`"…necessary." A judge approved the plan, analysts said.`: a
        // statement and its own source, unless the words after the comma
        // describe a person named first.)
        if !named_person && (start..k).any(|j| doc.word(j) == ",") {
            return None;
        }
    }
    // `… as "fantastic," telling reporters …`, `"…," adding that …`: a
    // participle after the closing mark goes on to a report of its own; the
    // quotation belongs to a verb before it.
    if k == start && doc.word(k).ends_with("ing") {
        return None;
    }
    if k == start {
        let speaker = phrase_after(doc, k);
        if let Some(name) = name_after_description(doc, &speaker) {
            return Some(Found { speaker: name, cue: k, appositive: Some(speaker), confidence: 0.9 });
        }
        let appositive = description_after(doc, &speaker);
        return plausible_speaker(doc, &speaker).then_some(Found { speaker, cue: k, appositive, confidence: 0.9 });
    }
    let mut end = k;
    while end > start && is_adverb(doc.word(end - 1)) {
        end -= 1;
    }
    let (speaker, appositive) = split_appositive(doc, start..end);
    plausible_speaker(doc, &speaker).then_some(Found { speaker, cue: k, appositive, confidence: 0.9 })
}

/// `"…," Toomey fumed.`, `"…!" she exulted.`, `"…," sighed Jane Roe.`: a
/// quotation that ends on a comma (or a question or exclamation mark)
/// followed by a named person or a pronoun and a past tense that ends the
/// sentence is attributed by that verb, listed or not.
fn unlisted_after(doc: &Document<'_>, close: usize, start: usize) -> Option<Found> {
    if close == 0 || start >= doc.tokens.len() || !matches!(doc.word(close - 1), "," | "!" | "?") {
        return None;
    }
    let ends_at = |i: usize| i >= doc.tokens.len() || matches!(doc.word(i), "." | ",");
    let person = |from: usize| {
        doc.mentions.iter().find(|m| m.tokens.start == from && m.kind == EntityType::Person).map(|m| m.tokens.clone())
    };
    // `Toomey fumed.`, `she exulted.`
    let subject = person(start)
        .or_else(|| matches!(doc.word(start), "he" | "she" | "they").then_some(start..start + 1))
        .filter(|s| {
            s.end < doc.tokens.len()
                && unlisted_verb(doc, s.end)
                && ends_at(skip_adjuncts(doc, s.end + 1, doc.tokens.len()))
        });
    if let Some(speaker) = subject {
        return Some(Found { cue: speaker.end, speaker, appositive: None, confidence: 0.8 });
    }
    // `sighed Jane Roe.`
    let speaker = (start + 1 < doc.tokens.len() && unlisted_verb(doc, start))
        .then(|| person(start + 1))
        .flatten()
        .filter(|s| ends_at(s.end))?;
    Some(Found { speaker, cue: start, appositive: None, confidence: 0.8 })
}

/// `"PENCE: Well, …"`: a transcript's speaker label in capitals.
fn transcript_label(doc: &Document<'_>, q: usize) -> Option<Found> {
    let first = doc.quotes[q].tokens.start;
    let word = doc.word(first);
    let label = word.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !word.chars().any(char::is_lowercase);
    (label && first + 1 < doc.tokens.len() && doc.word(first + 1) == ":").then_some(Found {
        speaker: first..first + 1,
        cue: first + 1,
        appositive: None,
        confidence: 0.8,
    })
}

/// `"…" — Jorge Falcon`: a name after a dash, as in vox pops and epigraphs.
fn dash_attribution(doc: &Document<'_>, start: usize) -> Option<Found> {
    if start >= doc.tokens.len() || !matches!(doc.word(start), "―" | "—" | "–" | "-") {
        return None;
    }
    let name = doc.mentions.iter().find(|m| m.tokens.start == start + 1 && m.kind == EntityType::Person)?;
    Some(Found { speaker: name.tokens.clone(), cue: start, appositive: None, confidence: 0.8 })
}

/// `X said: "…"`, `X told reporters, "…"`, `X wrote "…"`.
fn before_opening_mark(doc: &Document<'_>, q: usize) -> Option<Found> {
    let open = doc.quotes[q].tokens.start.checked_sub(1).filter(|&o| is_mark(doc, o))?;
    let mut sentence = sentence_range(doc, open);
    // `Caddell continued:` closing one paragraph, the quote opening the next.
    if sentence.start == open && open > 0 && doc.word(open - 1) == ":" {
        sentence = sentence_range(doc, open - 1);
        sentence.end = open;
    }
    let prev = open.checked_sub(1).filter(|p| *p >= sentence.start)?;
    let introduces = matches!(doc.word(prev), ":" | "," | "that") || is_cue_at(doc, prev);
    if !introduces {
        return None;
    }
    let floor = prev.saturating_sub(10).max(sentence.start);
    let k = (floor..=prev).rev().find(|&k| is_cue_at(doc, k) && !inside_any_quote(doc, k))?;
    let (speaker, appositive) = subject_of(doc, k, sentence.start);
    if plausible_speaker(doc, &speaker) {
        return Some(Found { speaker, cue: k, appositive, confidence: 0.85 });
    }
    // `In a Bloomberg interview Trump declared "…"`: an adjunct without a
    // comma before the subject.
    if let Some(speaker) = first_subject(doc, sentence.start, k + 1).filter(|s| s.end == k) {
        return Some(Found { speaker, cue: k, appositive: None, confidence: 0.8 });
    }
    // `Trump returned the compliment, telling Reuters, "…"`: a
    // participle's speaker is its clause's subject, and the phrase after
    // `tell` is the one spoken to.
    if let Some(speaker) = participle_subject(doc, sentence.start, k) {
        return Some(Found { speaker, cue: k, appositive: None, confidence: 0.7 });
    }
    let speaker = phrase_after(doc, k);
    let addressee = cue(doc.word(k)).is_some_and(|(lemma, _)| lemma == "tell");
    (plausible_speaker(doc, &speaker) && speaker.end <= prev + 1 && !addressee).then_some(Found {
        speaker,
        cue: k,
        appositive: None,
        confidence: 0.8,
    })
}

/// `Lynch said she recalled thinking, "…"`, `Demonstrators said they want
/// "justice"`: a pronoun that speaks inside what an earlier speech verb
/// reports stands for that verb's subject, who is the one reporting; the
/// quote is the outer report's (as PolNeAR and a reader take it), and its
/// speaker is the name, not the pronoun.
fn outer_report(doc: &Document<'_>, q: usize, found: Found) -> Found {
    let at = found.speaker.start;
    let pronoun = found.speaker.len() == 1
        && at < doc.quotes[q].tokens.start
        && matches!(doc.word(at), "he" | "she" | "they" | "He" | "She" | "They");
    if !pronoun || at < 2 {
        return found;
    }
    // The pronoun opens what the verb reports: `said she`, `said that
    // they`, `said Friday that she`.
    let mut k = at - 1;
    if doc.word(k) == "that" {
        k -= 1;
    }
    while k > 0 && doc.timexes.iter().any(|x| x.span.contains(doc.token_span(k, k))) {
        k -= 1;
    }
    if !is_cue_at(doc, k) || inside_any_quote(doc, k) {
        return found;
    }
    let (speaker, appositive) = subject_of(doc, k, sentence_range(doc, k).start);
    let named =
        plausible_speaker(doc, &speaker) && !(speaker.len() == 1 && PRONOUNS.contains(&doc.word(speaker.start)));
    if named {
        Found { speaker, cue: k, appositive, confidence: found.confidence }
    } else {
        found
    }
}

/// Where the clause that holds token `open` starts: after `but`, `;` or
/// `while`, else at the sentence's start.
fn clause_start(doc: &Document<'_>, open: usize) -> usize {
    let sentence = sentence_range(doc, open);
    (sentence.start..open)
        .rev()
        .find(|&k| matches!(doc.word(k), "but" | ";" | "while" | "whereas"))
        .map_or(sentence.start, |k| k + 1)
}

/// A quote introduced without a speech verb: `According to the paper,
/// "…"`; after a colon, `Pollster Daron Shaw: "…"` (the name the colon
/// follows) or `Jared Potts echoed: "…"`, `Politico reveals the facts:
/// "…"` (the subject of the clause the colon ends). A colon before quoted
/// words introduces someone's words nearly always; the verb before it need
/// not be one of speech.
fn introduced_without_verb(doc: &Document<'_>, q: usize) -> Option<Found> {
    according_to(doc, q).or_else(|| after_colon(doc, q))
}

/// `According to the paper, "…"`; `According to Trump, he was once part
/// of the establishment but is now "the worst thing …"`; `"…," according
/// to the news outlet.`
fn according_to(doc: &Document<'_>, q: usize) -> Option<Found> {
    let open = doc.quotes[q].tokens.start.checked_sub(1).filter(|&o| is_mark(doc, o))?;
    let close = doc.quotes[q].tokens.end;
    let sentence = sentence_range(doc, open);
    let k = (sentence.start..sentence.end.saturating_sub(1))
        .find(|&k| doc.lower(k) == "according" && doc.word(k + 1) == "to" && (k < open || k > close))?;
    let speaker = phrase_after(doc, k + 1);
    let frames = if k < open {
        let before = open - 1;
        speaker.end == before && matches!(doc.word(before), "," | ":")
            || k == sentence.start && speaker.end < before && doc.word(speaker.end) == ","
    } else {
        // Only right after the closing mark, and closing the sentence: a
        // quoted phrase inside a report `…, according to X` is part of the
        // report.
        let after_mark = (close + 1..=close + 2).contains(&k) && (close + 1..k).all(|j| doc.word(j) == ",");
        let ends_sentence = speaker.end >= sentence.end || doc.tokens[speaker.end].kind == TokenKind::Punct;
        after_mark && ends_sentence
    };
    (frames && plausible_speaker(doc, &speaker)).then_some(Found { speaker, cue: k, appositive: None, confidence: 0.7 })
}

/// After a colon, `Pollster Daron Shaw: "…"` (the name the colon follows)
/// or `Jared Potts echoed: "…"` (the subject of the clause the colon ends).
fn after_colon(doc: &Document<'_>, q: usize) -> Option<Found> {
    let open = doc.quotes[q].tokens.start.checked_sub(1).filter(|&o| is_mark(doc, o))?;
    let before = open.checked_sub(1)?;
    let sentence = sentence_range(doc, before);
    if doc.word(before) != ":" {
        return None;
    }
    // (`Priebus later told Fox News:` names its listener before the colon.)
    let label = doc
        .mentions
        .iter()
        .find(|m| m.tokens.end == before && matches!(m.kind, EntityType::Person | EntityType::Org))
        .filter(|_| !(sentence.start..before).any(|k| is_cue_at(doc, k)))
        .map(|m| m.tokens.clone());
    let speaker = label.or_else(|| first_subject(doc, sentence.start, before))?;
    Some(Found { cue: before, speaker, appositive: None, confidence: 0.5 })
}

/// A speech verb earlier in the quote's sentence, with a subject.
fn earlier_in_sentence(doc: &Document<'_>, q: usize) -> Option<Found> {
    let open = doc.quotes[q].tokens.start.checked_sub(1)?;
    let sentence = sentence_range(doc, open);
    // The first speech verb of the quote's clause: the main verb, whose
    // subject is the one reporting (`Clinton says she appreciated what she
    // calls a "war of words"`: Clinton). In `critics called it "a
    // giveaway," but the mayor said it would bring "jobs"`, the mayor.
    let clause = clause_start(doc, open);
    let in_clause = first_cue_with_subject(doc, clause..open, sentence.start);
    // `Zimmerman said he had offers, but "the offers were …"`: a clause
    // with neither a speech verb nor a subject of its own goes on with the
    // report before it.
    // `Roberts said she thinks the video should be released but said "the
    // question is the timing"`: the clause's own verb is the cue, its
    // subject the report's before it.
    in_clause.or_else(|| {
        let found = (clause > sentence.start && first_subject(doc, clause, open).is_none())
            .then(|| first_cue_with_subject(doc, sentence.start..clause, sentence.start))
            .flatten()?;
        let own_cue = (clause..open).find(|&k| is_cue_at(doc, k) && !inside_any_quote(doc, k));
        Some(Found { cue: own_cue.unwrap_or(found.cue), ..found })
    })
}

/// The first speech verb in `range` that has a subject, and that subject.
/// The cue is a later participle if one follows (`Anderson said …,
/// adding that Sanders is "trustworthy"`: a second statement, by the same
/// speaker).
fn first_cue_with_subject(doc: &Document<'_>, range: Range<usize>, sentence_start: usize) -> Option<Found> {
    let found = first_cue_and_subject(doc, range.clone(), sentence_start)?;
    // (`…,” adding`: the comma may stand inside the closing mark.)
    let after_comma = |j: usize| doc.word(j - 1) == "," || is_mark(doc, j - 1) && doc.word(j - 2) == ",";
    let participle =
        (found.cue + 2..range.end).rev().find(|&j| after_comma(j) && doc.word(j).ends_with("ing") && is_cue_at(doc, j));
    // `He said his attacks have given him momentum and said that Trump is
    // not of the "party of Reagan"`: a verb coordinated with the first
    // shares its subject and is the nearer cue.
    let coordinated = (found.cue + 2..range.end)
        .rev()
        .find(|&j| matches!(doc.word(j - 1), "and" | "but") && is_cue_at(doc, j) && !inside_any_quote(doc, j));
    Some(Found { cue: participle.or(coordinated).unwrap_or(found.cue), ..found })
}

fn first_cue_and_subject(doc: &Document<'_>, range: Range<usize>, sentence_start: usize) -> Option<Found> {
    let clause = range.start;
    range.filter(|&k| is_cue_at(doc, k) && !inside_any_quote(doc, k)).find_map(|k| {
        // `Ban Ki-moon condemned what he called a "brazen breach"`: words
        // named in a relative clause are quoted by the main clause's
        // subject.
        let relative = (k.saturating_sub(3).max(clause)..k).find(|&j| matches!(doc.word(j), "what" | "which" | "whom"));
        if let Some(speaker) = relative.and_then(|r| first_subject(doc, clause, r)) {
            return Some(Found { speaker, cue: k, appositive: None, confidence: 0.6 });
        }
        // `…, Trump went after Bush, calling him "a total stiff"`: a
        // participle after a comma has the clause's subject, not the
        // phrase before the comma.
        if doc.word(k).ends_with("ing") && k > 0 && doc.word(k - 1) == "," {
            let speaker = participle_subject(doc, sentence_start, k)?;
            return Some(Found { speaker, cue: k, appositive: None, confidence: 0.6 });
        }
        let (speaker, appositive) = subject_of(doc, k, sentence_start);
        if plausible_speaker(doc, &speaker) {
            return Some(Found { speaker, cue: k, appositive, confidence: 0.7 });
        }
        shared_subject(doc, clause, k).map(|speaker| Found { speaker, cue: k, appositive: None, confidence: 0.6 })
    })
}

/// `Gingrich cynically dismissed Estonia as the "suburbs of St.
/// Petersburg"`, `Japan branded North Korea an "outlaw nation"`: words
/// quoted inside a clause with no speech verb are the words of its subject,
/// the first name or pronoun of the clause when a verb follows it. No cue
/// is recorded: the verb is not one of speech.
fn clause_subject(doc: &Document<'_>, q: usize) -> Option<Found> {
    if doc.quotes[q].kind != QuoteKind::Partial {
        return None;
    }
    // One quoted word without a speech verb is a scare quote more often
    // than someone's words (`weak before the Turkish "offensive"`).
    let words = doc.quotes[q].tokens.clone().filter(|&i| doc.tokens[i].kind != TokenKind::Punct).count();
    if words < 2 {
        return None;
    }
    let open = doc.quotes[q].tokens.start.checked_sub(1)?;
    let speaker = first_subject(doc, clause_start(doc, open), open)?;
    Some(Found { cue: speaker.end, speaker, appositive: None, confidence: 0.4 })
}

/// One test per pattern, in the order of the module's documentation
/// (reported speech: `indirect/`; the sieve: `resolve.rs`; continuation:
/// `continuation.rs`).
#[cfg(test)]
mod tests {
    use crate::testing::{cues, descriptors, quotes, record, some, speaker_of};

    #[test]
    fn after_the_closing_mark_name_then_verb() {
        let text = "\"We will rebuild,\" Mayor Helen Okafor said on Tuesday.";
        assert_eq!(speaker_of(text, "We will rebuild"), some("Helen Okafor"));
    }

    #[test]
    fn a_past_tense_the_cue_table_lacks_attributes_after_the_closing_mark() {
        let text = "\"If they were serious, they would have done it,\" Pat Toomey fumed.";
        assert_eq!(speaker_of(text, "If they were serious"), some("Pat Toomey"));
        assert_eq!(cues(text), ["fume"]);
        let text = "\"We will not go back,\" Pat Toomey fumed on Tuesday.";
        assert_eq!(speaker_of(text, "We will not go back"), some("Pat Toomey"));
        let text = "\"Not now,\" sighed Helen Okafor.";
        assert_eq!(speaker_of(text, "Not now"), some("Helen Okafor"));
        // Only when the verb ends the sentence: here it opens a clause.
        let text = "\"We will not go back now,\" Helen Okafor frowned at the crowd and left.";
        assert!(quotes(text).iter().all(|q| q.speaker.is_none()), "{:?}", quotes(text));
    }

    #[test]
    fn a_description_then_the_name_it_describes() {
        let text = "\"They paid what it was worth,\" said one analyst, Priya Raman.";
        assert_eq!(speaker_of(text, "They paid"), some("Priya Raman"));
        let text = "Its chairman, Sir Malcolm de Souza, said the board had backed the offer.";
        assert_eq!(speaker_of(text, "the board had backed"), some("Malcolm de Souza"));
        // A name in the description is the speaker's own.
        let text = "\"We paid enough,\" said Hannah Ruiz, the buyer.";
        assert_eq!(speaker_of(text, "We paid enough"), some("Hannah Ruiz"));
    }

    #[test]
    fn a_coordinated_verb_after_an_adverb_and_as_someone_puts_it() {
        let text = "Lawrence Wilkerson brought up the bombing and later said, \"It is not just one group.\"";
        assert_eq!(speaker_of(text, "It is not just"), some("Lawrence Wilkerson"));
        let text = "As Dana Milbank puts it, \"Senate Republicans are unmoved.\"";
        assert_eq!(speaker_of(text, "Senate Republicans"), some("Dana Milbank"));
        assert_eq!(cues(text), ["put it"]);
    }

    #[test]
    fn a_participle_after_the_closing_mark_leaves_the_quote_to_the_verb_before() {
        let text = "Trump has hailed the vote as \"fantastic,\" telling reporters in Scotland that he liked it.";
        assert_eq!(speaker_of(text, "fantastic"), some("Trump"));
        let text = "Ted Cruz said there is \"only one strong conservative in the race,\" adding that it is him.";
        assert_eq!(speaker_of(text, "only one strong"), some("Ted Cruz"));
        assert_eq!(cues(text)[0], "say");
    }

    #[test]
    fn the_subject_across_a_short_adjunct_or_a_town_and_its_state() {
        let text = "Donald Trump at the time said he had asked his \"people\" to look into it.";
        assert_eq!(speaker_of(text, "people"), some("Donald Trump"));
        let text = "Speaking at a town hall in Salem, New Hampshire, Donald Trump went after Bush, calling him \"a total stiff.\"";
        assert_eq!(speaker_of(text, "a total stiff"), some("Donald Trump"));
    }

    #[test]
    fn a_report_or_a_listener_in_the_attribution() {
        let text = "\"The changes add to the urgency,\" the congressional report stated.";
        assert_eq!(quotes(text)[0].speaker_text.as_deref(), Some("the congressional report"));
        let text = "\"Who knows?\" Donald Trump told Britain's ITV television station in an interview.";
        assert_eq!(speaker_of(text, "Who knows"), some("Donald Trump"));
        let text = "Donald Trump told Britain's ITV he would not visit the country.";
        assert_eq!(quotes(text)[0].text, "he would not visit the country");
        let text = "He jokes, \"It is a never ending line!\"";
        assert_eq!(quotes(text)[0].speaker_text.as_deref(), Some("He"));
    }

    #[test]
    fn after_a_full_stop_inside_the_marks_only_a_whole_attribution() {
        let text = "\"I hope you find the missing emails.\" Donald Trump said. Clinton says they were personal.";
        assert_eq!(speaker_of(text, "I hope you find"), some("Donald Trump"));
        // The next sentence opens a statement of its own.
        let text = "\"I fully support his re-election.\" Sen. Kelly Ayotte went on to praise the governor.";
        assert_eq!(speaker_of(text, "I fully support"), None);
        // A new paragraph is no attribution of the one before.
        let text = "\"We will win the state.\"\n\nSen. Kelly Ayotte said.";
        assert_eq!(speaker_of(text, "We will win"), None);
        // Nor a statement with its own source after a comma; the quote is
        // the earlier report's.
        let text = "Ingrid Solberg told investors that the cuts were \"painful but necessary.\" A High Court judge \
                    approved the plan, analysts at Fjord Capital said.";
        assert_eq!(speaker_of(text, "painful but necessary"), some("Ingrid Solberg"));
    }

    #[test]
    fn a_quote_after_a_coordinated_verb_leaves_the_first_verb_its_report() {
        let text = "Marco Rubio said his attacks have given his campaign momentum and said that Trump is not \
                    of the \"party of Reagan.\"";
        assert_eq!(speaker_of(text, "party of Reagan"), some("Marco Rubio"));
        assert_eq!(cues(text), ["say", "say"]);
        let found = quotes(text);
        assert!(found.iter().any(|q| q.text == "his attacks have given his campaign momentum"), "{found:?}");
        // The first verb reports even when a quote later in the sentence is
        // attributed through it.
        let text = "In an interview, Lazar said he welcomed extradition and added, \"I'll plead guilty.\"";
        assert!(quotes(text).iter().any(|q| q.text == "he welcomed extradition"), "{:?}", quotes(text));
    }

    #[test]
    fn a_speech_verb_after_but_without_a_subject_is_the_cue_of_the_report_s_subject() {
        let text = "Mayor Jennifer Roberts said she thinks the video should be released but said \"the question \
                    is the timing.\"";
        assert_eq!(speaker_of(text, "the question is"), some("Jennifer Roberts"));
        let found = quotes(text);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].text, "she thinks the video should be released");
    }

    #[test]
    fn a_pronoun_opening_a_report_stands_for_the_one_reporting() {
        let text =
            "Attorney General Loretta Lynch said she recalled thinking, \"This is what people have talked about.\"";
        assert_eq!(speaker_of(text, "This is what people"), some("Loretta Lynch"));
        let text = "Mayor Jennifer Roberts said Friday that she wants \"justice for Terrence\" soon.";
        assert_eq!(speaker_of(text, "justice for Terrence"), some("Jennifer Roberts"));
        // A pronoun that reports on its own keeps the quote.
        let text = "Jennifer Roberts arrived late. She said, \"The question is the timing.\"";
        assert_eq!(speaker_of(text, "The question is"), some("Jennifer Roberts"));
    }

    #[test]
    fn after_the_closing_mark_verb_then_name() {
        let text = "\"It is finished,\" said Tom Whitfield, who farms near the river.";
        assert_eq!(speaker_of(text, "It is finished"), some("Tom Whitfield"));
    }

    #[test]
    fn a_relative_clause_before_the_verb_lends_it_no_cue() {
        let text = "\"Nobody saw this coming,\" one engineer, who asked not to be named because she was not \
                    authorised to speak publicly, told Reuters.";
        assert_eq!(cues(text), ["tell"]);
        assert_eq!(quotes(text)[0].speaker_text.as_deref(), Some("one engineer"));
    }

    #[test]
    fn an_appositive_names_the_speaker_and_describes_them() {
        let text = "\"The bridge is safe,\" Jane Roe, a spokeswoman for the city, said.";
        assert_eq!(speaker_of(text, "The bridge is safe"), some("Jane Roe"));
        let record = record(text);
        let jane = record.entities.iter().find(|e| e.name == "Jane Roe").expect("Jane Roe is an entity");
        assert!(jane.descriptors.iter().any(|d| d.starts_with("a spokeswoman")), "{:?}", jane.descriptors);
    }

    #[test]
    fn a_description_after_the_verb_and_the_name_describes_the_speaker() {
        let text = "\"We will rebuild,\" said Jane Roe, a spokeswoman for the council.";
        assert_eq!(descriptors(text, "Jane Roe"), ["a spokeswoman for the council"]);
        let text = "\"One timetable,\" said Ingrid Berg, chief executive of Harbour Line, at a news conference.";
        assert_eq!(descriptors(text, "Ingrid Berg"), ["chief executive of Harbour Line"]);
        let text = "\"I will believe it,\" said Derek Lyle, 64, a retired bus driver who attended the meeting.";
        assert_eq!(descriptors(text, "Derek Lyle"), ["a retired bus driver who attended the meeting"]);
        // What goes on with the sentence describes no one.
        for text in [
            "\"We won,\" said Jane Roe, surrounded by her staff.",
            "\"We won,\" said Jane Roe, for the second time.",
            "\"We won,\" said Jane Roe, though.",
            "\"We won,\" said Jane Roe, who runs the council.",
        ] {
            assert!(descriptors(text, "Jane Roe").is_empty(), "{text}: {:?}", descriptors(text, "Jane Roe"));
        }
    }

    #[test]
    fn an_age_between_commas_is_no_part_of_the_description_before_the_verb() {
        let text = "\"It is fine,\" Ann Lee, 52, a nurse, said.";
        assert_eq!(speaker_of(text, "It is fine"), some("Ann Lee"));
        assert_eq!(descriptors(text, "Ann Lee"), ["a nurse"]);
        let text = "Derek Lyle, 64, a retired bus driver, said the vote was a disgrace.";
        assert_eq!(speaker_of(text, "the vote was a disgrace"), some("Derek Lyle"));
        assert_eq!(descriptors(text, "Derek Lyle"), ["a retired bus driver"]);
    }

    #[test]
    fn a_named_speaker_may_carry_a_long_appositive() {
        let text = "\"It is an invasion of the state's domain,\" Scott Pruitt, the attorney general of \
                    Oklahoma, one of the states suing the agency, said at an event this month.";
        assert_eq!(speaker_of(text, "It is an invasion"), some("Scott Pruitt"));
    }

    #[test]
    fn before_the_opening_mark_through_a_colon() {
        let text = "Governor Ana Lima said: \"We are ready for the storm.\"";
        assert_eq!(speaker_of(text, "We are ready"), some("Ana Lima"));
    }

    #[test]
    fn a_clause_without_verb_or_subject_goes_on_with_the_report_before_it() {
        let text = "Neil Zimmer said he had offers for the car, but \"the offers were not ones I liked.\"";
        assert_eq!(speaker_of(text, "the offers were not"), some("Neil Zimmer"));
        // A clause with a subject of its own is not the report's.
        let text = "Neil Zimmer said he had offers for the car, but Ana Lima thought them \"not serious.\"";
        assert_ne!(speaker_of(text, "not serious"), some("Neil Zimmer"));
    }

    #[test]
    fn a_participle_speaks_for_its_clause_subject_and_tell_names_the_listener() {
        let text = "Donald Trump returned the compliment, telling Reuters, \"Sheldon is a great man.\"";
        assert_eq!(speaker_of(text, "Sheldon is a great man"), some("Donald Trump"));
    }

    #[test]
    fn a_participle_after_the_first_verb_is_the_cue_of_a_second_statement() {
        let text =
            "\"He stands for the middle class,\" Marley Anderson said, adding that he is \"the most trustworthy.\"";
        assert_eq!(cues(text), ["say", "add"]);
        assert_eq!(speaker_of(text, "the most trustworthy"), some("Marley Anderson"));
        // The comma inside the closing mark.
        let text = "Ted Cruz said there is \"only one conservative,\" adding that Trump \"attacks us.\"";
        assert_eq!(cues(text), ["say", "add"]);
    }

    #[test]
    fn verbs_of_manner_attribute_quotes() {
        let text = "\"Not in my town,\" Mayor Helen Okafor retorted.";
        assert_eq!(speaker_of(text, "Not in my town"), some("Helen Okafor"));
        let text = "\"This is fantastic!\" gushed Donald Hartley, a retired teacher.";
        assert_eq!(speaker_of(text, "This is fantastic"), some("Donald Hartley"));
        let text = "Mayor Helen Okafor shot back, \"That is not true.\"";
        assert_eq!(speaker_of(text, "That is not true"), some("Helen Okafor"));
        assert_eq!(cues(text), ["shoot back"]);
        let text = "\"We had a board meeting,\" Sean Hannity went on.";
        assert_eq!(speaker_of(text, "We had a board meeting"), some("Sean Hannity"));
        let text = "\"Honestly, no,\" John Oliver barked.";
        assert_eq!(speaker_of(text, "Honestly, no"), some("John Oliver"));
        let text = "Senator Mary Landrieu could only quip: \"I guess Christmas Eve was booked.\"";
        assert_eq!(speaker_of(text, "I guess Christmas"), some("Mary Landrieu"));
        // An ampersand inside the speaker's words.
        let text = "\"We are shocked,\" one P&G employee told French television.";
        let found = quotes(text);
        assert_eq!(found[0].speaker_text.as_deref(), Some("one P&G employee"));
    }

    #[test]
    fn according_to_before_a_quote() {
        let text = "The team lost again. According to the Daily Post, \"The players were tired and angry.\"";
        assert_eq!(speaker_of(text, "The players were tired"), some("Daily Post"));
        assert_eq!(cues(text), ["according to"]);
        // Opening the sentence, for words quoted further on.
        let text = "According to Donald Trump, he was once part of the establishment but is now \
                    \"the worst thing that ever happened to it.\"";
        assert_eq!(speaker_of(text, "the worst thing"), some("Donald Trump"));
        // Right after the closing mark.
        let text = "\"The visit was the high point of their relationship,\" according to Ben Rhodes.";
        assert_eq!(speaker_of(text, "The visit was"), some("Ben Rhodes"));
        // A word quoted inside a report that ends on it is the report's.
        let text = "The campaign pays \"dozens\" of canvassers, according to Jeff Weaver.";
        assert_eq!(speaker_of(text, "The campaign pays"), some("Jeff Weaver"));
    }

    #[test]
    fn a_name_before_a_colon() {
        let text = "Voters are restless. Republican pollster Dara Shaw: \"This is a strange year for everyone.\"";
        assert_eq!(speaker_of(text, "This is a strange year"), some("Dara Shaw"));
        // After a speech verb, the name before the colon is the listener.
        let text = "Reince Priebus later on Thursday told Fox News: \"We are united.\"";
        assert_eq!(speaker_of(text, "We are united"), some("Reince Priebus"));
    }

    #[test]
    fn the_subject_of_a_clause_ending_on_a_colon() {
        let text = "The mayor left at noon. Jared Potts echoed: \"We need more parks in this town.\"";
        assert_eq!(speaker_of(text, "We need more parks"), some("Jared Potts"));
        let text = "Politico reveals a few relevant facts: \"Of its voters, 30 are Democrats.\"";
        assert_eq!(speaker_of(text, "Of its voters"), some("Politico"));
    }

    #[test]
    fn an_inverted_verb_opening_the_sentence() {
        let text = "Tom Ellis is a tax lawyer. Said Ellis: \"I don't get the sense she is interested.\"";
        assert_eq!(speaker_of(text, "I don't get the sense"), some("Tom Ellis"));
        // The record names the verb however it is capitalised.
        assert_eq!(cues(text), ["say"]);
    }

    #[test]
    fn an_adjunct_without_a_comma_before_the_subject() {
        let text = "In a Bloomberg interview Donald Trump declared \"I think NATO may be obsolete.\"";
        assert_eq!(speaker_of(text, "I think NATO"), some("Donald Trump"));
    }

    #[test]
    fn a_question_is_not_attributed_to_the_next_statement() {
        let text = "\"What kind of genius loses a billion dollars?\" Hillary Clinton says there needs to be \
                    a law that requires the nominee to release returns.";
        let found = quotes(text);
        let question = found.iter().find(|q| q.text.starts_with("What kind")).expect("the question");
        assert_eq!(question.speaker, None, "{found:?}");
        // A participle after the verb is no new statement either.
        let text = "\"Who would have believed it?\" Donald Trump said, looking out on the cheering crowd.";
        assert_eq!(speaker_of(text, "Who would have believed"), some("Donald Trump"));
        // An adjunct after the verb is no new statement.
        let text = "\"Alabama is proud to cast its votes!\" Senator Jeff Sessions said as he launched the roll call.";
        assert_eq!(speaker_of(text, "Alabama is proud"), some("Jeff Sessions"));
    }

    #[test]
    fn before_the_opening_mark_with_an_object() {
        let text = "Ana Lima told reporters, \"We are ready for the storm.\"";
        assert_eq!(speaker_of(text, "We are ready"), some("Ana Lima"));
    }

    #[test]
    fn a_partial_quote_takes_the_speech_verb_earlier_in_its_sentence() {
        let text = "Chrissy Teigen posted a photo. Teigen wrote that she drove \"home from the hospital\" alone.";
        let found = quotes(text);
        let quote = found.iter().find(|q| q.text == "home from the hospital").expect("the partial quote");
        assert_eq!(quote.kind, "partial");
        assert_eq!(quote.speaker, some("Chrissy Teigen"));
    }

    #[test]
    fn a_partial_quote_belongs_to_the_first_speech_verb_of_its_clause() {
        let text = "Hillary Clinton spoke in Ohio. Clinton says she appreciated what she calls a \"war of \
                    some pretty unpleasant words.\"";
        assert_eq!(speaker_of(text, "war of some"), some("Hillary Clinton"));
    }

    #[test]
    fn a_speech_verb_after_and_shares_the_clause_s_subject() {
        let text = "Donald Trump bemoaned the unrest in Charlotte and said drugs were a \"very, very big \
                    factor\" in the violence.";
        assert_eq!(speaker_of(text, "very, very big"), some("Donald Trump"));
    }

    #[test]
    fn an_adjunct_before_the_verb_is_not_the_speaker() {
        let text = "Ted Cruz spoke on Friday. In a Facebook message, he said he had \"areas of significant \
                    disagreement\" with Trump.";
        let found = quotes(text);
        let quote = found.iter().find(|q| q.text.starts_with("areas")).expect("the partial quote");
        assert_eq!(quote.speaker_text.as_deref(), Some("he"));
    }

    #[test]
    fn a_participle_before_the_mark_takes_the_subject_of_the_verb_before_it() {
        let text = "\"We cannot afford this anymore,\" Donald Trump said, adding later, \"NATO is costing \
                    us a fortune.\"";
        let found = quotes(text);
        let nato = found.iter().find(|q| q.text.starts_with("NATO")).expect("the second quote");
        assert_eq!(nato.speaker.as_deref(), Some("Donald Trump"));
    }

    #[test]
    fn an_auxiliary_stands_between_the_speaker_and_the_verb() {
        let text = "Donald Trump spoke in Michigan. He's claiming that voting fraud is \"a big, big problem \
                    in this country.\"";
        assert_eq!(speaker_of(text, "a big, big problem"), some("Donald Trump"));
    }

    #[test]
    fn words_named_in_a_relative_clause_are_the_main_subject_s() {
        let text = "Nikki Haley condemned what she called a \"brazen breach\" of the resolutions.";
        let found = quotes(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].speaker, some("Nikki Haley"));
    }

    #[test]
    fn the_clause_s_first_name_may_carry_an_aside_before_its_verb() {
        let text = "Harry Reid (D-Nev.), in particular, has been pounding Donald Trump as a \"con artist \
                    who cannot be trusted.\"";
        assert_eq!(speaker_of(text, "con artist"), some("Harry Reid"));
    }

    #[test]
    fn a_group_described_by_where_it_is_speaks() {
        let text = "Protesters marching through the streets chanted \"What curfew?\" and kept going.";
        let found = quotes(text);
        assert_eq!(found[0].speaker_text.as_deref(), Some("Protesters marching through the streets"));
    }

    #[test]
    fn a_name_in_a_prepositional_phrase_is_not_the_subject() {
        let text = "In a White House statement, President Barack Obama condemned the test as \"provocative \
                    and destabilizing.\"";
        assert_eq!(speaker_of(text, "provocative"), some("Barack Obama"));
    }

    #[test]
    fn a_clause_after_but_has_its_own_speaker() {
        let text = "Critics called the plan \"a giveaway to developers,\" but Mayor Helen Okafor said it \
                    would bring \"good jobs to the valley.\"";
        assert_eq!(speaker_of(text, "good jobs"), some("Helen Okafor"));
    }

    #[test]
    fn words_quoted_in_a_clause_without_a_speech_verb_are_its_subject_s() {
        let text = "Japan branded North Korea an \"outlaw nation in the neighborhood.\"";
        let found = quotes(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].speaker_text.as_deref(), Some("Japan"));
        // One word so quoted is a scare quote, no one's words.
        assert!(quotes("Washington appears weak before the Turkish \"offensive.\"").is_empty());
    }

    #[test]
    fn a_transcript_label_in_capitals_is_the_speaker() {
        let text = "Mike Pence spoke to Fox.\n\n\"PENCE: Well, look, we are going to win Iowa.\"";
        let found = quotes(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].speaker_text.as_deref(), Some("PENCE"));
    }

    #[test]
    fn a_name_after_a_dash_is_the_speaker() {
        let text = "Fans lined the river.\n\n\"I came for the music and stayed for the food.\" — Jorge Falcon";
        assert_eq!(speaker_of(text, "I came for the music"), some("Jorge Falcon"));
    }
}
