//! The grammar the attribution patterns (`attribution.rs`) and reported
//! speech (`indirect.rs`) both read around a cue: sentences, speech verbs
//! used as verbs, the noun phrase that names a speaker (before the verb,
//! after it, with an appositive, the subject a participle or a second verb
//! shares) and whether a phrase can be one.

use std::ops::Range;

use super::cues::{
    cue, ends_phrase, is_adverb, is_auxiliary, is_subject_pronoun, names_organisation, phrasal_cue, PRONOUNS,
};
use super::describe::names_a_person;
use crate::doc::{Document, EntityType, Mention, Span};
use crate::tokenize::{is_determiner, is_quotation_mark, TokenKind};

pub(super) fn is_mark(doc: &Document<'_>, i: usize) -> bool {
    doc.tokens[i].kind == TokenKind::Punct && is_quotation_mark(doc.word(i))
}

pub(super) fn sentence_range(doc: &Document<'_>, i: usize) -> Range<usize> {
    doc.sentences[doc.tokens[i].sentence].clone()
}

/// Words a speaker phrase may open with when it does not open with a name.
const SPEAKER_OPENERS: &[&str] = &[
    "the", "a", "an", "one", "another", "some", "many", "several", "his", "her", "their", "its", "our", "my", "this",
    "that", "these", "those", "both", "each", "other", "others", "he", "she", "they", "we", "i", "it", "two", "three",
    "most", "few", "all", "former", "top", "senior", "campaign", "white", "house",
];

/// A speaker phrase looks like a noun phrase: it opens with a name or a
/// determiner (or is one or two words, like `officials` or `campaign
/// aides`), holds no clause punctuation, and is short.
pub(super) fn plausible_speaker(doc: &Document<'_>, range: &Range<usize>) -> bool {
    if range.is_empty() || range.len() > 12 {
        return false;
    }
    let first = doc.word(range.start);
    if range.len() == 1 && matches!(first, "who" | "which") {
        return true;
    }
    let last = doc.word(range.end - 1);
    // `officials`, `campaign aides`, `police`: a bare plural or group noun.
    let bare_group = range.len() <= 2
        && first.starts_with(char::is_lowercase)
        && !ends_phrase(first)
        && (last.ends_with('s') && !last.ends_with("ss") || matches!(last, "police" | "staff" | "media" | "people"));
    let names_someone = names_someone(doc, range);
    // `47% say`, `26 percent of voters said`: a share of those polled.
    let share = range.clone().skip(1).any(|i| matches!(doc.word(i), "%" | "percent"));
    let opens = first.starts_with(|c: char| c.is_uppercase() || c == '@')
        || share
        || SPEAKER_OPENERS.contains(&first.to_lowercase().as_str())
        || bare_group
        || names_someone && !ends_phrase(first);
    let clean = range.clone().all(|i| {
        doc.tokens[i].kind != TokenKind::Punct
            || matches!(doc.word(i), "," | "(" | ")" | "-" | "." | "’s" | "'s" | "&")
            || is_mark(doc, i) && inside_title(doc, i)
    });
    // `In a Facebook message, Cruz said`: a phrase opening on a
    // preposition or a conjunction is an adjunct, not the speaker; one
    // ending on `and` is the tail of another verb's clause (`bemoaned the
    // unrest and said`).
    let adjunct = matches!(
        first.to_lowercase().as_str(),
        "in" | "after"
            | "following"
            | "during"
            | "on"
            | "at"
            | "when"
            | "while"
            | "as"
            | "before"
            | "since"
            | "despite"
            | "with"
            | "without"
            | "for"
            | "from"
            | "by"
            | "if"
            | "although"
            | "though"
            | "because"
            | "until"
            | "and"
    ) || matches!(last, "and" | "or");
    // (A speech verb inside is another clause, but a speech word used as
    // a noun is not: `the report`, `the congressional report`.)
    let holds_verb = range.clone().any(|i| cue(doc.word(i)).is_some() && used_as_verb(doc, i));
    opens && clean && !adjunct && !holds_verb
}

/// `"…," Trump said, adding later, "…"`, `Clinton spoke, citing a poll`: a
/// participle's subject is the one of the verb before it, or else the
/// clause's first name.
pub(super) fn participle_subject(doc: &Document<'_>, sentence_start: usize, k: usize) -> Option<Range<usize>> {
    if !doc.word(k).ends_with("ing") {
        return None;
    }
    // (`Speaking at a town hall in Salem, New Hampshire, Trump went after
    // Bush, calling him …`: a participle opening the sentence has no
    // subject of its own to lend; `told reporters, adding …`: the one
    // told is not the one speaking.)
    (sentence_start + 1..k)
        .rev()
        .filter(|&j| is_cue_at(doc, j) && !inside_any_quote(doc, j))
        .find_map(|j| {
            let subject = subject_of(doc, j, sentence_start).0;
            let told = cue(doc.lower(j)).is_some_and(|(lemma, _)| lemma == "tell");
            let after = if told { j..j } else { phrase_after(doc, j) };
            [subject, after].into_iter().find(|s| plausible_speaker(doc, s))
        })
        .or_else(|| first_subject(doc, sentence_start, k))
}

/// `Donald Trump bemoaned the unrest in Charlotte and said …`: a speech
/// verb coordinated with an earlier one shares its subject, the first name
/// or pronoun of the clause, followed by a verb.
pub(super) fn shared_subject(doc: &Document<'_>, clause: usize, k: usize) -> Option<Range<usize>> {
    // (`… and later said`: adverbs may come between.)
    let mut joint = k;
    while joint > clause && is_adverb(doc.word(joint - 1)) {
        joint -= 1;
    }
    if joint == 0 || !matches!(doc.word(joint - 1), "and" | "but") {
        return None;
    }
    first_subject(doc, clause, joint)
}

/// The first name (of a person, organisation or place) or subject pronoun
/// of tokens `from..to` that a lower-case word (a verb, an adverb) follows:
/// the clause's subject in news style.
pub(super) fn first_subject(doc: &Document<'_>, from: usize, to: usize) -> Option<Range<usize>> {
    let followed_by_verb =
        |end: usize| end < to && (doc.word(end).starts_with(char::is_lowercase) || is_adverb(doc.word(end)));
    // `In a White House statement, Obama condemned`: a name inside a
    // prepositional phrase (the preposition, perhaps a determiner, then the
    // name) is not the subject; `In an interview Trump said` has a noun
    // between them, which ends the phrase.
    let after_preposition = |start: usize| {
        let mut j = start;
        while j > from && matches!(doc.lower(j - 1), "a" | "an" | "the" | "his" | "her" | "its" | "their") {
            j -= 1;
        }
        j > from
            && matches!(
                doc.lower(j - 1),
                "in" | "at" | "on" | "for" | "with" | "from" | "by" | "of" | "to" | "after" | "before" | "during"
            )
    };
    let mut first_name = true;
    for i in from..to {
        if is_mark(doc, i) {
            return None;
        }
        let named = doc
            .mentions
            .iter()
            .find(|m| m.tokens.start == i && matches!(m.kind, EntityType::Person | EntityType::Org | EntityType::Gpe));
        // (Nor is the state after a town: `in Salem, New Hampshire,`.)
        let state_of_town = |m: &&Mention| m.tokens.start > from && between_place_and_state(doc, m.tokens.start - 1);
        // (Nor a wire's dateline: `WASHINGTON (Reuters) - The Federal
        // Reserve held …`.)
        let dateline = |m: &&Mention| {
            let after = m.tokens.end;
            after + 3 < to
                && doc.word(after) == "("
                && doc.word(after + 2) == ")"
                && matches!(doc.word(after + 3), "-" | "—" | "--" | "–")
        };
        if let Some(m) = named.filter(|m| !after_preposition(m.tokens.start) && !state_of_town(m) && !dateline(m)) {
            // `Harry Reid (D-Nev.), in particular, has been pounding`: the
            // clause's first name may carry an aside before its verb.
            let aside = first_name && m.tokens.end < to && matches!(doc.word(m.tokens.end), "," | "(");
            if followed_by_verb(m.tokens.end) || aside {
                return Some(m.tokens.clone());
            }
            first_name = false;
        }
        if matches!(doc.word(i), "he" | "she" | "they" | "He" | "She" | "They" | "It") && followed_by_verb(i + 1) {
            return Some(i..i + 1);
        }
        // `Authorities arrested …`, `Democrats also described …`: a group
        // of people opening the clause, a verb after it.
        if i == from && GROUPS_OF_PEOPLE.contains(&doc.lower(i)) && followed_by_verb(i + 1) {
            return Some(i..i + 1);
        }
    }
    None
}

/// Counts that open a share of those polled (`Six in 10`, `one in five`).
const ONE_TO_TEN: &[&str] = &["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/// Is an aside set between commas just before token `k` (`Others,
/// however, say`)?
fn aside_before(doc: &Document<'_>, k: usize) -> bool {
    k >= 3
        && doc.word(k - 1) == ","
        && doc.word(k - 3) == ","
        && matches!(doc.lower(k - 2), "however" | "meanwhile" | "too" | "though" | "instead" | "also")
}

/// Plurals that name people as a group, which a clause may open on as its
/// subject.
const GROUPS_OF_PEOPLE: &[&str] = &[
    "activists", "advisers", "aides", "americans", "analysts", "attorneys", "authorities", "candidates",
    "conservatives", "critics", "delegates", "democrats", "demonstrators", "diplomats", "donors", "economists",
    "executives", "experts", "investigators", "investors", "lawmakers", "lawyers", "leaders", "legislators",
    "liberals", "observers", "officials", "opponents", "organizers", "police", "pollsters", "progressives",
    "prosecutors", "protesters", "regulators", "republicans", "researchers", "residents", "scientists", "senators",
    "sources", "strategists", "supporters", "voters", "witnesses",
];

pub(super) fn inside_title(doc: &Document<'_>, i: usize) -> bool {
    let t = &doc.tokens[i];
    doc.titles.iter().any(|s| s.end == t.start || s.start == t.end || s.contains(Span::new(t.start, t.end)))
}

pub(super) fn inside_any_quote(doc: &Document<'_>, i: usize) -> bool {
    doc.quotes.iter().any(|q| q.tokens.contains(&i))
}

/// The noun phrase right after a verb: `said [the former model]`.
pub(super) fn phrase_after(doc: &Document<'_>, k: usize) -> Range<usize> {
    let sentence = sentence_range(doc, k);
    let mut end = k + 1;
    while end < sentence.end && end < k + 9 {
        let word = doc.word(end);
        let token = &doc.tokens[end];
        let keep = match token.kind {
            TokenKind::Word | TokenKind::Handle | TokenKind::Number => {
                !ends_phrase(word) || (matches!(word, "of" | "for") && next_is_name(doc, end))
            }
            TokenKind::Punct => is_mark(doc, end) && inside_title(doc, end) || plural_possessive(doc, end),
            _ => false,
        };
        if !keep {
            break;
        }
        end += 1;
    }
    k + 1..end
}

/// The apostrophe of `the teachers' union`.
fn plural_possessive(doc: &Document<'_>, i: usize) -> bool {
    matches!(doc.word(i), "'" | "’")
        && i > 0
        && doc.word(i - 1).ends_with('s')
        && !doc.tokens[i].space_before
        && doc.tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Word && t.space_before)
}

fn next_is_name(doc: &Document<'_>, i: usize) -> bool {
    i + 1 < doc.tokens.len() && (doc.word(i + 1).starts_with(char::is_uppercase) || doc.word(i + 1) == "the")
}

/// The subject of the verb at `k`: the noun phrase just before it, looking
/// past adverbs and an appositive (`Smith, a spokesman for X, also said`).
pub(super) fn subject_of(doc: &Document<'_>, k: usize, floor: usize) -> (Range<usize>, Option<Range<usize>>) {
    let mut end = k;
    while end > floor && is_adverb(doc.word(end - 1)) {
        end -= 1;
    }
    // `Hillary Clinton on Tuesday said`, `Trump last week said`: a time
    // between the subject and its verb.
    if end > floor {
        let just_before = doc.token_span(end - 1, end - 1);
        if let Some(time) = doc.timexes.iter().find(|t| t.span.contains(just_before)) {
            let first = doc.token_at(time.span.start);
            if first > floor && first < end {
                end = first;
                if end > floor && matches!(doc.word(end - 1), "on" | "in" | "at" | "during" | "since") {
                    end -= 1;
                }
                while end > floor && is_adverb(doc.word(end - 1)) {
                    end -= 1;
                }
            }
        }
    }
    // `Joyce — who is listed as an attorney in Illinois — told`: an aside
    // between dashes.
    if end > floor + 2 && matches!(doc.word(end - 1), "—" | "--" | "–") {
        let dash = doc.word(end - 1);
        if let Some(open) = (floor.max(end.saturating_sub(25))..end - 1).rev().find(|&j| doc.word(j) == dash) {
            if open > floor && (open + 1..end - 1).all(|j| !is_mark(doc, j) && doc.word(j) != ".") {
                end = open;
            }
        }
    }
    // `Others, however, say`: an aside between commas.
    if end >= floor + 3 && aside_before(doc, end) {
        end -= 3;
    }
    // `Ted Cruz, who said …`: the relative pronoun is the subject's word
    // here; [`resolve`] finds whom it stands for.
    if end > floor && matches!(doc.word(end - 1), "who" | "which") {
        return (end - 1..end, None);
    }
    let mut appositive = None;
    if end > floor && doc.word(end - 1) == "," {
        let comma = end - 1;
        // `Richard Revesz, director of the Institute for Policy Integrity
        // at New York University's law school, said`, `China, Pyongyang's
        // only ally and its lifeline, said`: after a name, an appositive
        // may run long.
        let after_name = |i: usize| {
            doc.mentions
                .iter()
                .any(|m| m.tokens.end == i && matches!(m.kind, EntityType::Person | EntityType::Org | EntityType::Gpe))
        };
        let previous = (floor.max(comma.saturating_sub(12))..comma)
            .rev()
            .find(|&i| doc.word(i) == "," && !between_place_and_state(doc, i))
            .or_else(|| {
                // (`The official, who spoke on the condition of anonymity
                // to discuss …, said`: so may a relative clause.)
                let relative = |i: usize| matches!(doc.word(i + 1), "who" | "whose");
                (floor.max(comma.saturating_sub(30))..comma)
                    .rev()
                    .find(|&i| doc.word(i) == "," && (after_name(i) || relative(i)))
                    .filter(|&p| (p + 1..comma).all(|j| !is_mark(doc, j) && doc.word(j) != "."))
            });
        // (`…, but for some, the losses would outstrip the gains, said
        // Batchelder`: a clause between commas is no appositive.)
        // (A verb among its first words, before any relative pronoun.)
        let clause = |p: usize| says_something(doc, p + 1..comma.min(p + 6));
        match previous {
            Some(p) if !clause(p) => {
                // (`Piotr Nowak, 58 years old, said`: an age alone
                // describes no one; `Ashdown's coach, Viktor Hale, 52
                // years old, said`: the name before it may be an
                // appositive itself.)
                let only_an_age = age_closed_by(doc, comma) == Some(p);
                // (`Clinton, 35, the daughter of …, said`: the description
                // starts after the age.)
                appositive = (!only_an_age).then_some(past_age(doc, p) + 1..comma);
                end = p;
                if only_an_age {
                    let name_between_commas = (floor.max(p.saturating_sub(8))..p)
                        .rev()
                        .find(|&q| doc.word(q) == ",")
                        .filter(|&q| person_named_by(doc, &(q + 1..p)).is_some_and(|name| name == (q + 1..p)))
                        // (Described as a person: not `As a part of his
                        // plea, Marcel Lehel Lazar, 44, said`.)
                        .filter(|&q| q > floor && names_a_person(doc.lower(q - 1)));
                    if let Some(q) = name_between_commas {
                        appositive = Some(q + 1..p);
                        end = q;
                    }
                }
                // `Derek Lyle, 64, a retired bus driver, said`: past the age.
                if let Some(opens) = age_closed_by(doc, end).filter(|&c| c >= floor) {
                    end = opens;
                }
            }
            _ => return (k..k, None),
        }
    }
    // `Bellini's partner, Lena Hoffmann, said`, `Its chairman, Sir
    // Malcolm de Souza, said`: the name is the appositive.
    if let Some(a) = appositive.clone() {
        if let Some(name) = person_named_by(doc, &a) {
            let described = subject_of(doc, a.start.saturating_sub(1), floor).0;
            // (`Kowalczyk and her deputy, Jan Zielinski, said`: two
            // speakers, the first named before `and`; the description is
            // the second's alone.)
            let pair = described.clone().any(|j| {
                doc.word(j) == "and" && doc.mentions.iter().any(|m| m.kind == EntityType::Person && m.tokens.end == j)
            });
            if pair {
                return (described.start..name.end, None);
            }
            return (name, Some(described).filter(|d| !d.is_empty()));
        }
        // `Her label, Halcyon Records, said`: so is a body, described as one
        // (not in a person's appositive: `Giovanni Maria Vian, the editor
        // of the Vatican's newspaper, L'Osservatore Romano, said`).
        if let Some(body) = doc.mentions.iter().find(|m| m.kind == EntityType::Org && m.tokens == a) {
            let described = subject_of(doc, a.start.saturating_sub(1), floor).0;
            let person_before = (floor..described.start).rev().find_map(|i| {
                let person = doc.mentions.iter().find(|m| m.kind == EntityType::Person && m.tokens.end == i);
                person.filter(|_| doc.word(i) == ",").map(|m| m.tokens.clone())
            });
            if let Some(person) = person_before {
                return (person, Some(described).filter(|d| !d.is_empty()));
            }
            if described.end > described.start && names_organisation(doc.lower(described.end - 1)) {
                return (body.tokens.clone(), Some(described));
            }
        }
    }
    // `At the town hall this week she said`, `one scene she wrote`: a
    // subject pronoun is the whole subject.
    if end > floor && is_subject_pronoun(doc.lower(end - 1)) {
        return (end - 1..end, appositive.filter(|a| descriptive(doc, a)));
    }
    let mut start = end;
    while start > floor && end - start < 8 {
        let i = start - 1;
        let word = doc.word(i);
        // `Rep. Stephen Lynch (D-Mass.) said`: an aside in brackets.
        if word == ")" {
            match (i.saturating_sub(6).max(floor)..i).rev().find(|&j| doc.word(j) == "(") {
                Some(open) => {
                    start = open;
                    continue;
                }
                None => break,
            }
        }
        // `A nurse at Carver General`, `officials in Ohio`: a preposition
        // inside the phrase, before a name.
        // (`The party's spokesman on the economy`, `its expert on
        // China`: `on` after a role, before its field.)
        let topic = word == "on"
            && i > floor
            && doc.word(i - 1).starts_with(char::is_lowercase)
            && names_a_person(doc.lower(i - 1));
        let inner_preposition = (matches!(word, "at" | "of" | "for" | "from" | "in" | "with" | "through" | "outside")
            || topic)
            && start < end
            && (doc.word(start).starts_with(char::is_uppercase)
                || matches!(doc.word(start), "the" | "those" | "their" | "its" | "all")
                || doc.tokens[start].kind == TokenKind::Number)
            && i > floor
            && doc.tokens[i - 1].kind == TokenKind::Word
            && (doc.word(i - 1).starts_with(char::is_lowercase)
                || ONE_TO_TEN.contains(&doc.lower(i - 1))
                // (`Officials in Beijing said`: a noun that opens the
                // sentence, and so its capital; not `Back in 1999,`.)
                || i - 1 == sentence_range(doc, i).start
                    && doc.mention_at(i - 1).is_none()
                    && !doc.timexes.iter().any(|t| t.span.start == doc.tokens[start].start)
                // (`Dr. Friederike Otto of Imperial College London`.)
                || doc.mentions.iter().any(|m| m.tokens.end == i && m.kind == EntityType::Person));
        // `Those over 60`, `voters under 30`.
        let age = matches!(word, "over" | "under") && start < end && doc.tokens[start].kind == TokenKind::Number;
        // `Alan Hughes of the University of Exeter`: a word inside a name.
        let inside_name = doc.mentions.iter().any(|m| m.tokens.start < i && i < m.tokens.end);
        let keep = match doc.tokens[i].kind {
            TokenKind::Word | TokenKind::Handle | TokenKind::Number => {
                !ends_phrase(word) && (cue(word).is_none() || !used_as_verb(doc, i))
                    || (word == "and" && start < end)
                    || inner_preposition
                    || age
                    || inside_name
            }
            // (`Thirty-one percent`: a hyphen inside a word; `Kessler &
            // Moore`: an ampersand inside a name; `The Vell Dockers'
            // Union`, `Reuters/Ipsos`: an apostrophe or a slash inside one.)
            TokenKind::Punct => {
                inside_name && matches!(word, "'" | "’" | "/")
                    || is_mark(doc, i) && inside_title(doc, i)
                    || word == "%"
                    || word == "&" && i > floor && doc.word(i - 1).starts_with(char::is_uppercase)
                    || word == "-"
                        && i > floor
                        && doc.tokens[i - 1].end == doc.tokens[i].start
                        && doc.tokens[i].end == doc.tokens[i + 1].start
            }
            _ => false,
        };
        if !keep {
            break;
        }
        start -= 1;
    }
    while start < end && LEADING_NOISE.contains(&doc.word(start).to_lowercase().as_str()) {
        start += 1;
    }
    // `Trump at the time said`, `Clinton in Iowa said`: a short adjunct
    // between a name and its verb.
    if start >= floor + 2
        && end - start <= 3
        && !names_someone(doc, &(start..end))
        && matches!(doc.word(start - 1), "at" | "in" | "on" | "during")
    {
        let name = doc.mentions.iter().find(|m| {
            m.tokens.end == start - 1
                && m.tokens.start >= floor
                && matches!(m.kind, EntityType::Person | EntityType::Org)
        });
        if let Some(name) = name {
            return (name.tokens.clone(), None);
        }
    }
    (start..end, appositive.filter(|a| start < end && descriptive(doc, a)))
}

/// `a rally in Wilmington, N.C., warned`: the comma between a town and its
/// state or country is inside a phrase, not the edge of an aside.
fn between_place_and_state(doc: &Document<'_>, comma: usize) -> bool {
    let place_ends_here = doc.mentions.iter().any(|m| m.tokens.end == comma && m.kind == EntityType::Gpe);
    let word = |i: usize| if i < doc.tokens.len() { doc.word(i) } else { "" };
    let state = |i: usize| word(i).starts_with(char::is_uppercase);
    place_ends_here && state(comma + 1) && (word(comma + 2) == "," || state(comma + 2) && word(comma + 3) == ",")
}

/// `one scene she wrote`, `the lesson they intended`, `a question only he
/// could answer`: a verb whose pronoun subject follows a noun and its
/// determiner is in a relative clause without `that`, inside the phrase
/// it describes, so it does not end the report around it (but after a
/// listener, `told the crowd he thinks …`, the pronoun opens a clause).
pub(super) fn in_contact_relative(doc: &Document<'_>, k: usize) -> bool {
    let mut subject = k;
    while subject > 0 && is_adverb(doc.word(subject - 1)) {
        subject -= 1;
    }
    if subject < 3 || !is_subject_pronoun(doc.lower(subject - 1)) {
        return false;
    }
    let noun = subject - 2;
    let is_noun = |i: usize| {
        let word = doc.word(i);
        doc.tokens[i].kind == TokenKind::Word
            && word.starts_with(char::is_lowercase)
            && !ends_phrase(word)
            && !is_adverb(word)
            && !matches!(word, "and" | "or" | "so" | "not" | "what")
            && !word.ends_with("ed")
            && cue(word).is_none()
    };
    let determiner = |i: usize| {
        matches!(
            doc.lower(i),
            "the" | "a" | "an" | "one" | "his" | "her" | "their" | "its" | "this" | "any" | "every" | "some" | "no"
        )
    };
    let listener = |i: usize| i > 0 && cue(doc.word(i - 1)).is_some();
    is_noun(noun)
        && (determiner(noun - 1) && !listener(noun - 1)
            || is_noun(noun - 1) && determiner(noun - 2) && !listener(noun - 2))
}

/// `did not say`, `never said`, `is not predicting`, `didn't respond`:
/// what someone did not say is not their words, so a negated speech verb
/// reports nothing.
pub(super) fn negated(doc: &Document<'_>, k: usize) -> bool {
    let mut j = k;
    while j > 0 && is_adverb(doc.word(j - 1)) && !matches!(doc.lower(j - 1), "never") {
        j -= 1;
    }
    j > 0 && matches!(doc.lower(j - 1), "not" | "never" | "n't" | "n’t")
}

/// `"…," Toomey fumed.`: right after a quotation and its speaker, a
/// regular past tense the cue table lacks is the speech verb all the
/// same. Only a lower-case word of five letters or more ending in `-ed`.
pub(super) fn unlisted_verb(doc: &Document<'_>, k: usize) -> bool {
    let word = doc.word(k);
    doc.tokens[k].kind == TokenKind::Word
        && word.len() >= 5
        && word.ends_with("ed")
        && word.chars().all(|c| c.is_ascii_lowercase())
        && cue(word).is_none()
}

/// Skips time expressions and their prepositions after a cue (`said on
/// Monday that`, `said Thursday,`, `said late on Tuesday`).
pub(super) fn skip_adjuncts(doc: &Document<'_>, mut j: usize, end: usize) -> usize {
    let starts_timex =
        |k: usize| doc.tokens.get(k).is_some_and(|n| doc.timexes.iter().any(|x| x.span.start == n.start));
    while j < end {
        let t = &doc.tokens[j];
        let in_timex = doc.timexes.iter().any(|x| x.span.start <= t.start && t.end <= x.span.end);
        let before_timex = match doc.word(j) {
            "on" | "at" => starts_timex(j + 1),
            "late" | "early" => starts_timex(j + 1) || matches!(doc.word(j + 1), "on" | "at") && starts_timex(j + 2),
            _ => false,
        };
        if !(in_timex || before_timex) {
            break;
        }
        j += 1;
    }
    // `said — on Twitter, as it happens — that`: an aside between dashes.
    if j < end && matches!(doc.word(j), "—" | "--" | "–") {
        let dash = doc.word(j);
        if let Some(close) = (j + 1..end.min(j + 20)).find(|&i| doc.word(i) == dash) {
            return close + 1;
        }
    }
    j
}

/// Where the object of `told` ends: `told [reporters]`, `told [the
/// crowd]`, `told [Fox News]`.
pub(super) fn object_end(doc: &Document<'_>, first: usize) -> usize {
    if first >= doc.tokens.len() {
        return first;
    }
    let determiner =
        matches!(doc.lower(first), "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my" | "your");
    // `told The Huffington Post`: a name, perhaps after its determiner.
    let name = first + usize::from(determiner);
    if let Some(m) = doc.mentions.iter().find(|m| m.tokens.start == name) {
        // `told Britain's ITV television station`: a possessive goes on to
        // its head.
        let possessive = m.tokens.end + 1 < doc.tokens.len() && matches!(doc.word(m.tokens.end), "’s" | "'s");
        if possessive {
            let after = m.tokens.end + 1;
            let names = (after..doc.tokens.len().min(after + 4))
                .take_while(|&j| doc.word(j).starts_with(char::is_uppercase))
                .count();
            let nouns = (after + names..doc.tokens.len().min(after + names + 2))
                .take_while(|&j| {
                    let word = doc.word(j);
                    doc.tokens[j].kind == TokenKind::Word
                        && word.starts_with(char::is_lowercase)
                        && !ends_phrase(word)
                        && !matches!(
                            word,
                            "he" | "she" | "they" | "it" | "we" | "the" | "a" | "an" | "that" | "his" | "her"
                        )
                })
                .count();
            return after + names + nouns;
        }
        return m.tokens.end;
    }
    let word_end = first + if determiner { 2 } else { 1 };
    broadcaster_end(doc, first + usize::from(determiner)).unwrap_or(word_end)
}

/// `told [state television]`, `told [local radio station WXRT]`, `told
/// [Italian daily La Repubblica]`: an outlet's noun after up to three
/// words, and the outlet's name after its noun. Only an outlet's noun
/// reaches past the first word: in `told reporters prices would rise`, the
/// second noun starts what was said.
fn broadcaster_end(doc: &Document<'_>, first: usize) -> Option<usize> {
    let head = (first..first + 4)
        .take_while(|&j| {
            doc.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word)
                && !ends_phrase(doc.word(j))
                && !is_determiner(doc.word(j))
        })
        .filter(|&j| {
            matches!(
                doc.word(j),
                "television"
                    | "radio"
                    | "station"
                    | "channel"
                    | "network"
                    | "broadcaster"
                    | "newspaper"
                    | "daily"
                    | "agency"
                    | "website"
            )
        })
        .last()?;
    let named = doc.mentions.iter().find(|m| m.tokens.start == head + 1);
    Some(named.map_or(head + 1, |m| m.tokens.end))
}

/// An appositive describes: it has words, and is not a relative clause
/// (`who grew up in …`) or an age (`52`).
fn descriptive(doc: &Document<'_>, range: &Range<usize>) -> bool {
    !range.is_empty()
        && range.clone().any(|i| doc.word(i).starts_with(char::is_alphabetic))
        && !matches!(doc.word(range.start), "who" | "which" | "that" | "whose" | "where" | "when")
        && !range.clone().any(|i| cue(doc.word(i)).is_some())
}

/// A clause, not a noun phrase: an auxiliary among `words` before any
/// relative pronoun (`the losses would outstrip the gains`, `her gender is
/// generating`; but `a neurosurgeon who has never held office` describes).
pub(super) fn says_something(doc: &Document<'_>, words: Range<usize>) -> bool {
    words
        .map(|i| doc.lower(i))
        .take_while(|w| !matches!(*w, "who" | "whose" | "which" | "that" | "whom"))
        .any(is_auxiliary)
}

/// Words that open a clause before its subject (`Though she said`).
const LEADING_NOISE: &[&str] = &[
    "and", "but", "so", "yet", "while", "though", "although", "meanwhile", "however", "still", "when", "as", "if",
    "because", "since", "what", "whom", "where", "instead", "now", "here", "there", "indeed",
];

/// Splits `Smith, a spokesman,` into the name and its appositive; in
/// `one analyst, Priya Raman` the name is the appositive, and the
/// description before it describes her.
pub(super) fn split_appositive(doc: &Document<'_>, range: Range<usize>) -> (Range<usize>, Option<Range<usize>>) {
    let commas: Vec<usize> = range.clone().filter(|&i| doc.word(i) == ",").collect();
    match (commas.first(), commas.last()) {
        (Some(&first), Some(&last)) => {
            let head = range.start..first;
            // `Derek Lyle, 64, a retired bus driver, said`: past the age.
            let first = if last > first + 2 { past_age(doc, first) } else { first };
            let appositive = if last > first { first + 1..last } else { first + 1..range.end };
            if let Some(name) = person_named_by(doc, &appositive).filter(|_| !names_someone(doc, &head)) {
                return (name, Some(head).filter(|h| descriptive(doc, h)));
            }
            (head, Some(appositive).filter(|a| descriptive(doc, a)))
        }
        _ => (range, None),
    }
}

/// Whether a name the tagger found lies wholly within tokens `range`.
pub(super) fn names_someone(doc: &Document<'_>, range: &Range<usize>) -> bool {
    doc.mentions.iter().any(|m| range.start <= m.tokens.start && m.tokens.end <= range.end)
}

/// The person an appositive is the name of, after any titles (`Lena
/// Hoffmann`, `Sir Malcolm de Souza`): the name's tokens.
fn person_named_by(doc: &Document<'_>, appositive: &Range<usize>) -> Option<Range<usize>> {
    let m = doc.mentions.iter().find(|m| {
        m.kind == EntityType::Person && m.tokens.end == appositive.end && m.tokens.start >= appositive.start
    })?;
    (appositive.start..m.tokens.start).all(|i| doc.word(i).starts_with(char::is_uppercase)).then(|| m.tokens.clone())
}

/// `said one analyst, Priya Raman.`: a description that names no one,
/// then, after a comma, a person's name that ends the clause. The name's
/// tokens.
pub(super) fn name_after_description(doc: &Document<'_>, description: &Range<usize>) -> Option<Range<usize>> {
    let comma = comma_after(doc, description)?;
    let first = doc.word(description.start);
    if names_someone(doc, description) || !first.starts_with(char::is_lowercase) {
        return None;
    }
    let sentence = doc.tokens[comma].sentence;
    let name_end = doc
        .mentions
        .iter()
        .find(|m| m.kind == EntityType::Person && m.tokens.start > comma && m.tokens.start <= comma + 3)?
        .tokens
        .end;
    let clause_ends = name_end >= doc.tokens.len()
        || doc.tokens[name_end].sentence != sentence
        || matches!(doc.word(name_end), "." | "," | ";");
    clause_ends.then(|| person_named_by(doc, &(comma + 1..name_end))).flatten()
}

/// `said Jane Roe, a spokeswoman for the council.`: the description
/// between commas (or a comma and the end of the sentence) after a
/// speaker's name.
pub(super) fn description_after(doc: &Document<'_>, name: &Range<usize>) -> Option<Range<usize>> {
    // `said Derek Lyle, 64, a retired bus driver`: past the age.
    let comma = past_age(doc, comma_after(doc, name)?);
    let sentence = doc.tokens[comma].sentence;
    let end = (comma + 1..doc.tokens.len().min(comma + 26))
        .take_while(|&i| doc.tokens[i].sentence == sentence)
        .find(|&i| matches!(doc.word(i), "," | "." | ";"))?;
    let description = comma + 1..end;
    // A noun phrase of two words or more (`a spokeswoman`, `chief
    // executive of …`), not a clause or an adverb going on with the
    // sentence (`surrounded by …`, `for the victory`, `though`).
    let first = doc.lower(comma + 1);
    let noun_phrase = description.len() >= 2
        && doc.word(comma + 1).starts_with(char::is_lowercase)
        && !first.ends_with("ing")
        && !first.ends_with("ed")
        && !NOT_OPENING_A_DESCRIPTION.contains(&first);
    (noun_phrase && descriptive(doc, &description)).then_some(description)
}

/// The comma that closes an age between commas opened by `comma` (`, 64,`,
/// `, 64 years old,`), else `comma` itself.
fn past_age(doc: &Document<'_>, comma: usize) -> usize {
    match doc.age_after_comma(comma) {
        Some((_, close)) if close < doc.tokens.len() && doc.word(close) == "," => close,
        _ => comma,
    }
}

/// The comma that opens an age between commas closed by `comma` (`, 64,`,
/// `, 64 years old,`), if one does: [`past_age`] read backwards.
pub(super) fn age_closed_by(doc: &Document<'_>, comma: usize) -> Option<usize> {
    [2, 4].into_iter().filter_map(|back| comma.checked_sub(back)).find(|&opens| past_age(doc, opens) == comma)
}

/// The comma right after a phrase of one word or more.
fn comma_after(doc: &Document<'_>, phrase: &Range<usize>) -> Option<usize> {
    let comma = phrase.end;
    (!phrase.is_empty() && comma < doc.tokens.len() && doc.word(comma) == ",").then_some(comma)
}

/// Words that open a clause or an adverbial after a speaker's name, not a
/// description of the speaker.
const NOT_OPENING_A_DESCRIPTION: &[&str] = &[
    "for", "in", "at", "on", "with", "by", "to", "from", "of", "after", "before", "during", "about", "as", "and",
    "but", "or", "though", "although", "however", "too", "also", "again", "then", "now", "is", "are", "was", "were",
    "has", "have", "had", "will", "would", "can", "could", "did", "does", "not", "who", "whom", "whose", "which",
    "that",
];

/// A cue word that is also a noun (`state`, `report`, `claim`) is a verb
/// only when no determiner stands before it.
pub(super) fn used_as_verb(doc: &Document<'_>, k: usize) -> bool {
    if k == 0 {
        return true;
    }
    let prev = doc.word(k - 1).to_lowercase();
    if matches!(
        prev.as_str(),
        "the" | "a" | "an" | "this" | "his" | "her" | "their" | "its" | "our" | "my" | "your" | "'s" | "’s"
    ) {
        return false;
    }
    // (`0.4 percentage points`, `25 basis points`: a unit, not a verb.)
    if doc.word(k).starts_with("point") && matches!(prev.as_str(), "percentage" | "basis") {
        return false;
    }
    // A bare form (`post`, `note`, `say`) is a verb after a subject that can
    // take it: a pronoun, a name, a plural, a modal or an adverb; after
    // another noun (`a social media post`) it is a noun.
    let word = doc.word(k);
    let bare = !(word.ends_with("ed") || word.ends_with('s') || word.ends_with("ing"))
        && word.chars().all(|c| c.is_lowercase());
    let irregular_past = matches!(
        word,
        "said" | "told" | "wrote" | "began" | "thought" | "read" | "put" | "found" | "knew" | "felt" | "heard"
    );
    if !bare || irregular_past {
        return true;
    }
    let aside = aside_before(doc, k);
    // `Six in 10 say`, `Just over a quarter, 26 percent, say`: a share of
    // those polled.
    let share = doc.tokens[k - 1].kind == TokenKind::Number
        || prev == "," && k >= 2 && matches!(doc.lower(k - 2), "percent" | "%");
    aside
        || share
        || PRONOUNS.contains(&prev.as_str())
        || matches!(
            prev.as_str(),
            "will"
                | "would"
                | "can"
                | "could"
                | "should"
                | "may"
                | "might"
                | "must"
                | "did"
                | "do"
                | "does"
                | "to"
                | "i"
                | "you"
                | "we"
                | "they"
                | "people"
                | "police"
                | "%"
                | "percent"
                | "surveyed"
                | "polled"
                | "questioned"
                | "interviewed"
        )
        || prev.ends_with('s')
        || doc.word(k - 1).starts_with(char::is_uppercase)
        || is_adverb(&prev)
}

/// A speech verb, used as a verb, at token `k` (`Said Ellis: "…"`: a verb
/// opening a sentence is capitalised), or one of two words (`Hillary shot
/// back, "…"`).
pub(super) fn is_cue_at(doc: &Document<'_>, k: usize) -> bool {
    let opens_sentence = sentence_range(doc, k).start == k;
    let is_cue = cue(doc.word(k)).is_some() || opens_sentence && cue(doc.lower(k)).is_some();
    is_cue && used_as_verb(doc, k) || phrasal_at(doc, k).is_some()
}

/// The lemma of a speech verb of two words at `k` (`shot back`, `went on`).
pub(super) fn phrasal_at(doc: &Document<'_>, k: usize) -> Option<&'static str> {
    (k + 1 < doc.tokens.len()).then(|| phrasal_cue(doc.lower(k), doc.word(k + 1))).flatten()
}

/// The cue at token `k` as a record names it: its lemma and the tokens it
/// spans. A speech verb however capitalised (`Said Ellis:`, a headline's
/// `Says`), a verb with its particle (`shot back`), or `according to`;
/// none for what attributes without a verb (a dash, a colon, a label).
pub(super) fn cue_words(doc: &Document<'_>, k: usize) -> Option<(&'static str, Range<usize>)> {
    if doc.lower(k) == "according" && k + 1 < doc.tokens.len() && doc.word(k + 1) == "to" {
        return Some(("according to", k..k + 2));
    }
    if let Some(lemma) = phrasal_at(doc, k) {
        return Some((lemma, k..k + 2));
    }
    cue(doc.lower(k)).map(|(lemma, _)| (lemma, k..k + 1))
}
