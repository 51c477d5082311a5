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
use super::describe::describe_people;
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
        describe_people(doc);
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
    let in_paragraph = start < doc.tokens.len() && !doc.opens_paragraph(start);
    let asks = close > 0 && matches!(doc.word(close - 1), "?" | "!") && in_paragraph || stop_inside && in_paragraph;
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
        // (`Sessions said as he launched the vote.`, `Moreno wrote
        // alongside a photo.`: an adjunct, not a statement, may follow the
        // verb.)
        // (`Trump said, looking out on the crowd.`: nor a participle.)
        let adjunct = k + 1 < doc.tokens.len()
            && (matches!(
                doc.lower(k + 1),
                "as" | "while"
                    | "after"
                    | "before"
                    | "during"
                    | "when"
                    | "on"
                    | "in"
                    | "at"
                    | "alongside"
                    | "beside"
                    | "with"
                    | "under"
                    | "outside"
                    | "from"
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

#[cfg(test)]
mod tests;
