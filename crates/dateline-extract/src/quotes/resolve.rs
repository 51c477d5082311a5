//! The sieve that resolves a speaker's words to an entity, from strict to
//! loose: a name inside them; a relative pronoun to the name before it
//! (or to what a description before it resolves to); a
//! pronoun to the nearest person of matching gender, or of a gender the
//! name lists do not know in the pronoun's own paragraph (unless a person
//! without a name came between); a description to the person it titled
//! or described, else to the person last quoted or the topic of the
//! paragraph; an organisation's description to the organisation last
//! named; the name that ends a phrase is its head (`Trump spokesman Hope
//! Hicks`), and a name before an unnamed source's noun is no speaker (`a
//! Clinton campaign aide`). Otherwise the speaker is unnamed (`speaker:
//! null`, with `speaker_text`).

use std::borrow::Cow;
use std::ops::Range;

use super::attribution::Found;
use super::cues::{
    ends_phrase, lemma_of_past, medium_at, names_a_business, names_an_unnamed_source, names_organisation, PRONOUNS,
};
use super::describe::{add_descriptor, names_a_person, person_head, PERSON_NOUNS};
use super::phrases::{age_closed_by, cue_words, inside_any_quote, sentence_range, unlisted_verb};
use crate::doc::{Document, EntityType, Mention, Span};
use crate::entities::names_a_club;
use crate::lexicon::{lexicon, Gender};
use crate::tokenize::is_possessive_mark;

/// Records the found speaker on quote `q`, resolving it to an entity.
/// `last_person` is the person last quoted and the token of that quote's
/// cue; a person speaking here becomes it.
pub(super) fn apply(doc: &mut Document<'_>, q: usize, found: &Found, last_person: &mut Option<(usize, usize)>) {
    let speaker_span = doc.token_span(found.speaker.start, found.speaker.end - 1);
    let (entity, descriptor) = resolve(doc, found.speaker.clone(), *last_person);
    if let Some(e) = entity {
        let descriptors = [descriptor, found.appositive.clone().map(|a| doc.token_span(a.start, a.end - 1))];
        for span in descriptors.into_iter().flatten() {
            add_descriptor(doc, e, span);
        }
        if doc.entities[e].kind == EntityType::Person {
            *last_person = Some((e, found.cue));
        }
    }
    let cue = match cue_words(doc, found.cue) {
        Some((lemma, tokens)) => Some((Cow::Borrowed(lemma), doc.token_span(tokens.start, tokens.end - 1))),
        None => unlisted_verb(doc, found.cue)
            .then(|| (Cow::Owned(lemma_of_past(doc.word(found.cue))), doc.token_span(found.cue, found.cue))),
    };
    let sentence = sentence_range(doc, found.cue);
    let lo = found.speaker.start.min(found.cue).saturating_sub(2).max(sentence.start);
    let hi = (found.speaker.end.max(found.cue + 1) + 6).min(sentence.end);
    let said_on = (lo..hi).find_map(|i| medium_at(doc, i));
    let confidence = found.confidence * if entity.is_some() { 1.0 } else { 0.9 };
    let quote = &mut doc.quotes[q];
    quote.speaker = entity;
    quote.speaker_span = Some(speaker_span);
    quote.cue_span = cue.as_ref().map(|&(_, span)| span);
    quote.cue = cue.map(|(lemma, _)| lemma);
    quote.medium = said_on;
    quote.confidence = confidence;
}

/// The person named before `description` (`the Ohio governor`, `the
/// Senate minority leader`, `the IMF chief`) whom the story has described
/// by the same words, abbreviations spelt out (`Ohio Gov. John Kasich`),
/// or as the head of the same `body` by its full name (`The head of the
/// International Monetary Fund, Kristalina Georgieva`), most recent
/// first; none when no one was, rather than a guess.
fn holder_of(doc: &Document<'_>, description: Range<usize>, body: Option<usize>) -> Option<usize> {
    let words = |text: &str| -> Vec<String> {
        text.split([' ', '\u{a0}'])
            .map(|w| match w.to_lowercase().as_str() {
                "gov." => "governor".to_string(),
                "sen." => "senator".to_string(),
                "rep." => "representative".to_string(),
                other => other.to_string(),
            })
            .filter(|w| !matches!(w.as_str(), "the" | "former" | "" | "'s" | "’s"))
            .collect()
    };
    let described = words(doc.slice(doc.token_span(description.start + 1, description.end - 1)));
    let body_names: Vec<&str> = body
        .map(|e| {
            std::iter::once(doc.entities[e].name.as_str())
                .chain(doc.entities[e].aliases.iter().map(String::as_str))
                .collect()
        })
        .unwrap_or_default();
    let heads_the_body = |descriptor: &str| {
        let head = descriptor.split(' ').take_while(|w| !matches!(*w, "of" | "at" | "for")).last().unwrap_or_default();
        matches!(
            head.to_lowercase().as_str(),
            "head" | "chief" | "president" | "chairman" | "chairwoman" | "leader" | "director"
        ) && body_names.iter().any(|name| descriptor.contains(name))
    };
    let fits = |descriptor: &String| {
        let own = words(descriptor);
        own.last() == described.last() && described.iter().all(|w| own.contains(w)) || heads_the_body(descriptor)
    };
    doc.mentions
        .iter()
        .rev()
        .filter(|m| m.tokens.end <= description.start && m.kind == EntityType::Person)
        .find(|m| doc.entities[m.entity].descriptors.iter().any(fits))
        .map(|m| m.entity)
}

/// Resolves a speaker phrase to an entity; also returns a descriptor span
/// that the phrase used for it (`host` in `host Kelly Clarkson`, or the
/// whole description `the former model`).
fn resolve(
    doc: &Document<'_>,
    phrase: Range<usize>,
    last_person: Option<(usize, usize)>,
) -> (Option<usize>, Option<Span>) {
    let names = || {
        doc.mentions
            .iter()
            .filter(|m| m.tokens.start >= phrase.start && m.tokens.end <= phrase.end && m.kind != EntityType::Work)
            // `one viewer on Twitter`: a name after a preposition is not the speaker.
            .filter(|m| m.tokens.start == phrase.start || !ends_phrase(doc.word(m.tokens.start - 1)))
            // `the French company`, `a Toronto-listed miner`: a nationality
            // before a noun describes the speaker.
            .filter(|m| m.kind != EntityType::Norp || m.tokens.end == phrase.end)
            // `Halvorsen's neighbour`, `Smith's wife`: a person's relative
            // or neighbour is someone else, with a voice of their own. (What
            // speaks for a person is still them, as an organisation's
            // spokesman is the organisation: `Clinton's campaign`,
            // `Cameron's spokesman`, `Alpert's metaphor`.)
            .filter(|m| {
                m.kind != EntityType::Person
                    || m.tokens.end >= phrase.end
                    || !is_possessive_mark(doc.word(m.tokens.end))
                    || !is_relation(doc.lower(phrase.end - 1))
            })
    };
    // `Trump spokesman Hope Hicks`: the name that ends the phrase is its
    // head; `a Clinton campaign aide`, `one GOP source`: a name before an
    // unnamed source's noun is whom they work for.
    // (`Dr. Friederike Otto of Imperial College London`: a name after a
    // preposition says where the person before it works.)
    let head_name = names().find(|m| m.tokens.end == phrase.end).map(|m| {
        // (`of the University of Exeter`: past an article.)
        let mut before = m.tokens.start;
        if before > phrase.start + 1 && matches!(doc.word(before - 1), "the" | "a") {
            before -= 1;
        }
        let after_preposition =
            before > phrase.start && matches!(doc.word(before - 1), "of" | "at" | "from" | "for" | "with" | "in");
        let person_before = || names().find(|p| p.kind == EntityType::Person && p.tokens.end < m.tokens.start);
        if after_preposition {
            person_before().unwrap_or(m)
        } else {
            m
        }
    });
    // `Anna Berg and Piet Maas said`: people who speak together are
    // given to the first named, as the sentence gives them (the record
    // has one speaker; `speaker_text` keeps both).
    let head_name = head_name.map(|m| {
        // (`Kowalczyk and her deputy, Jan Zielinski`: past the second's
        // description too.)
        let joined = |p: &Mention, to: usize| {
            let between = p.tokens.end + 1..to;
            p.kind == EntityType::Person
                && p.tokens.end < to
                && matches!(doc.word(p.tokens.end), "and" | ",")
                && (between.is_empty()
                    || doc.word(to - 1) == ","
                        && between.clone().all(|j| doc.mention_at(j).is_none_or(|n| n.kind != EntityType::Person)))
        };
        let mut first = m;
        if m.kind == EntityType::Person {
            while let Some(before) = names().rfind(|p| joined(p, first.tokens.start)) {
                first = before;
            }
        }
        first
    });
    // `Analysts at Kessler & Moore said`: people at an organisation speak
    // for it (not `Residents of Tarnow` or `Supporters of Sanders`, who
    // speak for themselves).
    let employer = doc.mentions.iter().find(|m| {
        let at =
            m.tokens.start - usize::from(m.tokens.start > phrase.start + 1 && doc.word(m.tokens.start - 1) == "the");
        m.kind == EntityType::Org
            && m.tokens.end == phrase.end
            && at > phrase.start + 1
            && doc.word(at - 1) == "at"
            && names_a_person(doc.lower(at - 2).strip_suffix('s').unwrap_or(doc.lower(at - 2)))
    });
    if let (None, Some(m)) = (head_name, employer) {
        return (Some(m.entity), None);
    }
    let unnamed_source = phrase.len() > 1 && names_an_unnamed_source(doc.word(phrase.end - 1));
    if head_name.is_none() && unnamed_source {
        return (None, None);
    }
    // `The IMF chief said`: the one who holds a body's office, described
    // by it, is a person the story has named (where `the IMF spokesman`
    // speaks for the IMF).
    let office_holder = head_name.is_none()
        && phrase.len() > 2
        && matches!(doc.word(phrase.start), "the" | "The")
        && matches!(
            doc.word(phrase.end - 1),
            "chief" | "head" | "boss" | "president" | "chairman" | "chairwoman" | "leader" | "director" | "governor"
        )
        && names().next().is_some()
        && names().all(|m| m.kind != EntityType::Person && m.tokens.end < phrase.end);
    if office_holder {
        let body = names().next().map(|m| m.entity);
        let holder = holder_of(doc, phrase.clone(), body);
        return (holder, holder.map(|_| doc.token_span(phrase.start, phrase.end - 1)));
    }
    let named = head_name.or_else(|| names().min_by_key(|m| (m.kind != EntityType::Person, m.tokens.start)));
    if let Some(m) = named {
        let before = phrase.start..m.tokens.start;
        // (`Prosecutor Adaeze Nwosu said`, `Former federal prosecutor Ann
        // Lee said`, `said District Attorney Grace Mbeki`: a role before a
        // person's name is capitalised as a title, or for opening the
        // sentence, when its noun names a person and is no name itself.)
        let names_a_role = !before.is_empty()
            && doc.entities[m.entity].kind == EntityType::Person
            && names_a_person(&doc.word(before.end - 1).to_lowercase());
        let capitalised_role = |i: usize| {
            let w = doc.word(i);
            names_a_role
                && doc.mention_at(i).is_none()
                && !lexicon().first_names.contains_key(w)
                && !matches!(w, "The" | "A" | "An" | "For" | "Of" | "In" | "On" | "At" | "To" | "With" | "And")
        };
        let descriptor = (!before.is_empty()
            && before.clone().all(|i| {
                let w = doc.word(i);
                (w.starts_with(char::is_lowercase) || capitalised_role(i)) && !PRONOUNS.contains(&w) && w != "and"
            })
            // (`a spokesman for Mayor Frank Jackson`: a role for the person
            // is someone else's.)
            && !before.clone().any(|i| doc.word(i) == "for")
            && !matches!(doc.word(before.start), "the" | "a" | "an"))
        .then(|| doc.token_span(before.start, before.end - 1));
        return (Some(m.entity), descriptor);
    }
    let first = doc.word(phrase.start);
    if phrase.len() == 1 && matches!(first, "who" | "which") {
        // The name just before it, across a comma: `Ted Cruz, who said`.
        let before = phrase.start - usize::from(phrase.start > 0 && doc.word(phrase.start - 1) == ",");
        if let Some(m) = doc.mentions.iter().find(|m| m.tokens.end == before) {
            return (Some(m.entity), None);
        }
        // Or the description just before it, as that description would
        // resolve: `The company, which reported a profit`.
        let description = before >= 2 && matches!(doc.word(before - 2), "the" | "The") && {
            let head = doc.word(before - 1);
            names_organisation(head) || PERSON_NOUNS.contains(&head)
        };
        return if description { (resolve(doc, before - 2..before, last_person).0, None) } else { (None, None) };
    }
    if phrase.len() == 1 && PRONOUNS.contains(&first) {
        let gender = match first.to_lowercase().as_str() {
            "he" | "him" => Some(Gender::Male),
            "she" | "her" => Some(Gender::Female),
            _ => return (None, None),
        };
        let person = nearest_person(doc, phrase.start, gender);
        // `A trader in London … "…," he said`: a person introduced without a
        // name since the last named one is who the pronoun means.
        let after = person.map_or(0, |m| m.tokens.end);
        if unnamed_person_between(doc, after, phrase.start, None) {
            return (None, None);
        }
        return (person.map(|m| m.entity), None);
    }
    if matches!(first, "the" | "The") && phrase.len() > 1 {
        let head = doc.word(phrase.end - 1);
        if unnamed_person_between(doc, 0, phrase.start, Some(head)) {
            return (None, None);
        }
        if let Some(entity) = titled_as(doc, head, phrase.clone()) {
            return (Some(entity), Some(doc.token_span(phrase.start, phrase.end - 1)));
        }
        let entity = if names_organisation(head) {
            // `the company` is the organisation last named; a fuller
            // description (`the state agriculture department`) only one
            // whose name has its head word (`the Agriculture Department`),
            // and so too a building's name (`the museum` is the `Maritime
            // Museum`, never `Front Street`).
            let has_head = |m: &Mention| doc.slice(m.span).to_lowercase().split(' ').any(|w| w == head.to_lowercase());
            // (`the Toronto-listed company`, `the French company`: only a
            // nationality between the article and the head; a business
            // whatever describes it.)
            let business = names_a_business(head);
            // (`the hospital`, `the university`: a place of work is the
            // body of that name, never the company last named.)
            let institution = matches!(
                head.to_lowercase().as_str(),
                "hospital"
                    | "university"
                    | "school"
                    | "college"
                    | "museum"
                    | "library"
                    | "institute"
                    | "court"
                    | "police"
            );
            let bare = business
                || !institution
                    && (phrase.start + 1..phrase.end - 1)
                        .all(|t| doc.mentions.iter().any(|m| m.kind == EntityType::Norp && m.tokens.contains(&t)));
            // (`the company` is no union, party or ministry named before
            // it: a body whose name ends in a head word for another kind;
            // nor `the club` the `Premier League`, nor `the league` a club.)
            let head_lower = head.to_lowercase();
            // (The entity's full name says what it is where the mention is
            // a short one: `Ashdown` for `Ashdown United`.)
            let another_kind = |m: &Mention| {
                let last = doc.slice(m.span).rsplit(' ').next().unwrap_or_default().to_lowercase();
                let full_name = &doc.entities[m.entity].name;
                business && names_organisation(&last) && !names_a_business(&last)
                    || head_lower == "league" && names_a_club(full_name)
                    || matches!(head_lower.as_str(), "club" | "team") && full_name.ends_with(" League")
            };
            // (Nor a network something was posted on: `posted on LinkedIn
            // that …`; `the company` is the one that posted.)
            let posted_on = |m: &Mention| {
                m.tokens.start > 0
                    && matches!(doc.word(m.tokens.start - 1), "on" | "via")
                    && medium_at(doc, m.tokens.start).is_some()
            };
            let fits = |m: &Mention| match m.kind {
                EntityType::Org => (bare || has_head(m)) && !another_kind(m) && !posted_on(m),
                EntityType::Fac => has_head(m),
                _ => false,
            };
            doc.mentions.iter().rev().find(|m| m.tokens.end <= phrase.start && fits(m)).map(|m| m.entity)
        } else if names_a_person(&person_head(doc, phrase.start + 1..phrase.end).to_lowercase()) {
            let paragraph = doc.tokens[phrase.start].paragraph;
            // (The last person quoted, if quoted before the description:
            // reported speech is found after the quotations, so the last
            // one quoted may stand later in the article.)
            let candidate = last_person
                .filter(|&(_, cue)| cue < phrase.start && paragraph - doc.tokens[cue].paragraph <= 3)
                .map(|(e, _)| e)
                .or_else(|| topic_person(doc, phrase.start));
            match age_in_description(doc, phrase.clone()) {
                Some(age) => of_age(doc, age, phrase.start, candidate),
                None => candidate,
            }
        } else {
            // `the agreement showed`, `the polls suggest`, `the crowd
            // chanted`: a thing or a group, never the last person named.
            None
        };
        return (entity, entity.map(|_| doc.token_span(phrase.start, phrase.end - 1)));
    }
    (None, None)
}

/// True when a person is introduced without a name (`a trader`, `one
/// resident`) between tokens `from` and `to`, with the given head noun if
/// one is given.
fn unnamed_person_between(doc: &Document<'_>, from: usize, to: usize, head: Option<&str>) -> bool {
    (from..to).any(|j| {
        let noun = doc.word(j);
        let fits = match head {
            Some(h) => noun.eq_ignore_ascii_case(h),
            None => PERSON_NOUNS.contains(&noun),
        };
        fits && !inside_any_quote(doc, j)
            && (j.saturating_sub(3)..j).any(|d| {
                // `Reyes, a spokesman for …` names the person: not unnamed;
                // nor `Lucy Tran, 38, a nurse`.
                let after_name =
                    |comma: usize| comma >= 1 && doc.word(comma) == "," && doc.mention_at(comma - 1).is_some();
                let appositive = d >= 1
                    && doc.word(d - 1) == ","
                    && (after_name(d - 1) || age_closed_by(doc, d - 1).is_some_and(after_name));
                doc.tokens[d].sentence == doc.tokens[j].sentence
                    && matches!(doc.word(d), "a" | "A" | "an" | "An" | "one" | "One" | "another" | "Another")
                    && !appositive
            })
    })
}

/// The person a description's head noun has been used for as a title
/// (`Mayor Helen Okafor` … `the mayor`) or a descriptor (`Reyes, a
/// spokesman for …` … `the spokesman`), most recent first.
/// (`the GOP front-runner` is not the person described as `Democratic
/// front-runner`: where the description and every such descriptor name a
/// party, a place or a people, they must share one.)
fn titled_as(doc: &Document<'_>, head: &str, description: Range<usize>) -> Option<usize> {
    let capitalised = |text: &str| -> Vec<String> {
        text.split(' ')
            .skip(1)
            .filter(|w| w.starts_with(char::is_uppercase))
            .map(|w| match w {
                "GOP" => "Republican".to_string(),
                other => other.to_string(),
            })
            .collect()
    };
    let own = capitalised(doc.slice(doc.token_span(description.start, description.end - 1)));
    let own = &own[..own.len().saturating_sub(usize::from(head.starts_with(char::is_uppercase)))];
    let clashes = |d: &String| {
        let theirs = capitalised(&format!("x {d}"));
        !own.is_empty() && !theirs.is_empty() && !theirs.iter().any(|w| own.contains(w))
    };
    doc.mentions.iter().rev().filter(|m| m.tokens.end <= description.start && m.kind == EntityType::Person).find_map(
        |m| {
            let titled =
                (m.tokens.start.saturating_sub(1)..=m.tokens.start).any(|i| doc.word(i).eq_ignore_ascii_case(head));
            let matching: Vec<&String> = doc.entities[m.entity]
                .descriptors
                .iter()
                .filter(|d| descriptor_head(d).eq_ignore_ascii_case(head))
                .collect();
            let described = !matching.is_empty() && !matching.iter().all(|d| clashes(d));
            (titled && own.is_empty() || described).then_some(m.entity)
        },
    )
}

/// The head noun of a descriptor: `a spokesman for the authority` →
/// `spokesman`, `the former model` → `model`.
fn descriptor_head(descriptor: &str) -> &str {
    descriptor.split(' ').take_while(|w| !ends_phrase(w)).last().unwrap_or(descriptor)
}

/// The nearest person named before token `before` whose known gender
/// matches; a person of unknown gender is taken only when none matches.
/// Within the sentence that names the nearest, its subject goes first:
/// after `Teigen and Legend are also parents to Luna.`, `she` is Teigen.
fn nearest_person<'d>(doc: &'d Document<'_>, before: usize, gender: Option<Gender>) -> Option<&'d Mention> {
    // Names inside quotes are the speaker's words, not the narrator's referents.
    let persons = || {
        doc.mentions.iter().rev().filter(|m| {
            m.tokens.end <= before && m.kind == EntityType::Person && !inside_any_quote(doc, m.tokens.start)
        })
    };
    let known = persons().find(|m| gender.is_none() || doc.entities[m.entity].gender == gender);
    let unknown = persons().find(|m| doc.entities[m.entity].gender.is_none());
    // (`Dr. Faisal Rahman … said …. "…," he said`: a name whose gender the
    // lists do not know, in the pronoun's paragraph, before one they do
    // know from an earlier paragraph.)
    let paragraph = |m: &Mention| doc.tokens[m.tokens.start].paragraph;
    let here = doc.tokens[before].paragraph;
    let nearer_here = unknown.filter(|u| paragraph(u) == here && known.is_none_or(|k| paragraph(k) < here));
    let nearest = nearer_here.or(known).or(unknown)?;
    let sentence = doc.tokens[nearest.tokens.start].sentence;
    let opens = main_clause_start(doc, sentence);
    // (`Attorney General Loretta Lynch took`: past the capitalised words
    // of a title; not a name that qualifies the subject, `Sanders's
    // campaign manager, Jeff Weaver,`, `Trump campaign chairman Paul
    // Manafort`.)
    let qualifies_another = |m: &Mention| {
        let next = m.tokens.end;
        next < doc.tokens.len() && is_possessive_mark(doc.word(next))
            || (next..(next + 4).min(doc.tokens.len()))
                .take_while(|&i| doc.word(i).starts_with(char::is_lowercase))
                .last()
                .is_some_and(|last| {
                    names_a_person(doc.lower(last))
                        && doc.mentions.iter().any(|o| o.kind == EntityType::Person && o.tokens.start == last + 1)
                })
    };
    let subject = persons().find(|m| {
        doc.tokens[m.tokens.start].sentence == sentence
            && m.tokens.start >= opens
            && (opens..m.tokens.start).all(|i| doc.word(i).starts_with(char::is_uppercase))
            && !qualifies_another(m)
            && doc.entities[m.entity].gender == doc.entities[nearest.entity].gender
    });
    Some(subject.unwrap_or(nearest))
}

/// Where the main clause of a sentence starts: after an opening clause or
/// phrase set off by a comma (`Although it was far from the last word on
/// the scandal, Attorney General Loretta Lynch took …`, `In a statement,
/// the mayor said`), else at the sentence's first word.
fn main_clause_start(doc: &Document<'_>, sentence: usize) -> usize {
    let range = &doc.sentences[sentence];
    let opening = matches!(
        doc.lower(range.start),
        "although"
            | "though"
            | "while"
            | "when"
            | "after"
            | "before"
            | "as"
            | "since"
            | "if"
            | "because"
            | "once"
            | "until"
            | "despite"
            | "in"
            | "on"
            | "at"
            | "during"
            | "with"
            | "without"
    );
    let comma = (range.start..range.end).find(|&i| doc.word(i) == ",");
    match comma {
        Some(comma) if opening && comma + 1 < range.end => comma + 1,
        _ => range.start,
    }
}

/// The age a description gives: 24 for `the 24-year-old`, `the
/// 24-year-old golfer`.
fn age_in_description(doc: &Document<'_>, phrase: Range<usize>) -> Option<u32> {
    phrase.into_iter().find_map(|i| doc.lower(i).strip_suffix("-year-old")?.parse().ok())
}

/// Who `the 24-year-old` is: the person the story gave that age; else
/// `candidate`, unless the story gave them another age, when it is the
/// nearest person named before `before` whose age is not known to differ.
fn of_age(doc: &Document<'_>, age: u32, before: usize, candidate: Option<usize>) -> Option<usize> {
    let entities = &doc.entities;
    let aged = doc
        .mentions
        .iter()
        .rev()
        .find(|m| m.tokens.end <= before && m.kind == EntityType::Person && entities[m.entity].age == Some(age));
    if let Some(m) = aged {
        return Some(m.entity);
    }
    let differs = |e: usize| entities[e].age.is_some_and(|a| a != age);
    match candidate {
        Some(e) if differs(e) => doc
            .mentions
            .iter()
            .rev()
            .find(|m| {
                m.tokens.end <= before
                    && m.kind == EntityType::Person
                    && !differs(m.entity)
                    && !inside_any_quote(doc, m.tokens.start)
            })
            .map(|m| m.entity),
        _ => candidate,
    }
}

/// The person a description most likely stands for when no one has been
/// quoted yet: the first person named in the nearest sentence before it
/// that names one (the subject, in news style).
fn topic_person(doc: &Document<'_>, before: usize) -> Option<usize> {
    let sentence = doc.tokens[before].sentence;
    (0..=sentence).rev().find_map(|s| {
        doc.mentions
            .iter()
            .find(|m| {
                m.kind == EntityType::Person
                    && doc.tokens[m.tokens.start].sentence == s
                    && m.tokens.end <= before
                    && !inside_any_quote(doc, m.tokens.start)
            })
            .map(|m| m.entity)
    })
}

/// Nouns for someone a person knows or is kin to, in the singular: the
/// head of `Halvorsen's neighbour`. (A `match`: asked of phrase heads.)
fn is_relation(noun: &str) -> bool {
    matches!(
        noun,
        "neighbour"
            | "neighbor"
            | "wife"
            | "husband"
            | "son"
            | "daughter"
            | "mother"
            | "father"
            | "brother"
            | "sister"
            | "friend"
            | "partner"
            | "girlfriend"
            | "boyfriend"
            | "fiancée"
            | "fiancee"
            | "fiance"
            | "widow"
            | "widower"
            | "cousin"
            | "uncle"
            | "aunt"
            | "nephew"
            | "niece"
            | "grandson"
            | "granddaughter"
            | "grandmother"
            | "grandfather"
            | "owner"
            | "rival"
            | "opponent"
            | "teammate"
            | "colleague"
            | "classmate"
            | "roommate"
    )
}

/// One test per rule of the sieve.
#[cfg(test)]
mod tests {
    use crate::testing::{descriptors, quotes, some, speaker_of};

    #[test]
    fn the_name_heading_a_speaker_phrase_speaks_and_a_source_s_employer_does_not() {
        let text = "\"We will respond,\" Trump spokesman Hope Hicks said.";
        assert_eq!(speaker_of(text, "We will respond"), some("Hope Hicks"));
        for text in [
            "\"We will respond,\" a Clinton campaign aide said.",
            "\"We will respond,\" one GOP source said.",
            "\"We will respond,\" a White House official said.",
        ] {
            assert_eq!(speaker_of(text, "We will respond"), None, "{text}");
            assert!(quotes(text)[0].speaker_text.is_some(), "{text}");
        }
    }

    #[test]
    fn people_who_speak_together_are_given_to_the_first_named() {
        let text = "\"We will appeal,\" said Anna Berg and Piet Maas.";
        assert_eq!(speaker_of(text, "We will appeal"), some("Anna Berg"));
        assert_eq!(quotes(text)[0].speaker_text.as_deref(), Some("Anna Berg and Piet Maas"));
        let text = "Mayor Ruth Ode and Tom Vik said they were \"shocked.\"";
        assert_eq!(speaker_of(text, "shocked."), some("Ruth Ode"));
        let text = "Marta Kowalczyk leads the union. Kowalczyk and her deputy, Jan Zielinski, said talks could resume.";
        assert_eq!(speaker_of(text, "talks could resume"), some("Marta Kowalczyk"));
        assert!(descriptors(text, "Jan Zielinski").is_empty());
    }

    #[test]
    fn a_person_s_relative_is_someone_else_and_a_person_s_campaign_is_them() {
        let text = "Anna Halvorsen runs the farm. \"We lost everything,\" Halvorsen's neighbour said. \"It was terrible,\" Halvorsen said.";
        assert_eq!(speaker_of(text, "We lost everything"), None);
        assert_eq!(speaker_of(text, "It was terrible"), some("Anna Halvorsen"));
        // What speaks for a person, or an organisation, is them.
        let text = "Anna Halvorsen runs the farm. \"We will appeal,\" Halvorsen's campaign said.";
        assert_eq!(speaker_of(text, "We will appeal"), some("Anna Halvorsen"));
        let text = "\"We will appeal,\" Acme Corp.'s spokesman said.";
        assert_eq!(speaker_of(text, "We will appeal"), some("Acme Corp."));
    }

    #[test]
    fn a_nationality_before_a_noun_describes_the_speaker_and_names_no_one() {
        let text = "Acme Corp. makes tools. The Ohio-based company said it would cut jobs.";
        assert_eq!(speaker_of(text, "it would cut jobs"), some("Acme Corp."));
        let text = "Acme Corp. makes tools. The French company said it would appeal.";
        assert_eq!(speaker_of(text, "it would appeal"), some("Acme Corp."));
        let text = "\"We will talk,\" a Chinese official said.";
        assert_eq!(speaker_of(text, "We will talk"), None);
    }

    #[test]
    fn a_person_of_a_place_or_a_body_is_the_speaker() {
        let text = "Senator Ted Cruz of Texas said the bill would fail.";
        assert_eq!(speaker_of(text, "the bill would fail"), some("Ted Cruz"));
        let text = "Dr. Friederike Otto of Imperial College London, who leads the group, said the heat \
                    \"would have been virtually impossible\" without climate change.";
        assert_eq!(speaker_of(text, "would have been virtually impossible"), some("Friederike Otto"));
        // A name with a preposition inside it, after an article.
        let text = "Professor Alan Hughes of the University of Exeter, a former student, said her work had \
                    been \"decades ahead of its time.\"";
        let found = quotes(text);
        assert_eq!(found[0].speaker, some("Alan Hughes"), "{found:?}");
        assert_eq!(found[0].speaker_text.as_deref(), Some("Professor Alan Hughes of the University of Exeter"));
    }

    #[test]
    fn a_pronoun_resolves_to_the_nearest_person_of_its_gender() {
        let text = "Maria Alvarez and John Reyes spoke after the show. \"It was magic,\" she said. \
                    \"It was long,\" he said.";
        assert_eq!(speaker_of(text, "It was magic"), some("Maria Alvarez"));
        assert_eq!(speaker_of(text, "It was long"), some("John Reyes"));
    }

    #[test]
    fn a_pronoun_finds_a_person_of_unknown_gender_in_its_paragraph() {
        // The lists know `John` but not `Faisal`.
        let text = "John Pell spoke first.\n\nFaisal Rahman said the figures were hidden. \
                    \"They have hidden them,\" he said.";
        assert_eq!(speaker_of(text, "They have hidden them"), some("Faisal Rahman"));
        // A title tells the gender the lists do not.
        let text = "Mary Cole spoke first. Mr. Okonjo listened.\n\n\"We will appeal,\" he said.";
        assert_eq!(speaker_of(text, "We will appeal"), some("Okonjo"));
        // A description after an age names the person just named.
        let text = "\"It is a victory,\" said Lucy Tran, 38, a nurse. She said it had cost her savings.";
        assert_eq!(speaker_of(text, "it had cost her savings"), some("Lucy Tran"));
    }

    #[test]
    fn a_pronoun_after_an_unnamed_person_stays_unnamed() {
        let text = "Ahmed Nasser spoke first. A trader in London, who asked not to be named, disagreed. \
                    \"Prices are what they are,\" he said.";
        let found = quotes(text);
        let quote = found.iter().find(|q| q.text.starts_with("Prices")).expect("the quote");
        assert_eq!(quote.speaker, None);
        assert_eq!(quote.speaker_text.as_deref(), Some("he"));
    }

    #[test]
    fn a_pronoun_prefers_the_subject_of_the_sentence_naming_its_antecedent() {
        let text = "Maria Lopez and her husband are also parents to Ana, 4. \
                    \"We will always love you,\" she wrote.";
        assert_eq!(speaker_of(text, "We will always love you"), some("Maria Lopez"));
        let text = "Maria Lopez spoke first. Then Ana Ruiz rose. \"We will win,\" she said.";
        assert_eq!(speaker_of(text, "We will win"), some("Ana Ruiz"));
        // The subject after a title's words and after an opening clause.
        let text = "Although it was far from the last word on the emails, Attorney General Rita Lane declined \
                    to prosecute Ann Cole. \"I met the agents,\" she said in a statement.";
        assert_eq!(speaker_of(text, "I met the agents"), some("Rita Lane"));
        // Not a name that qualifies the subject.
        let text = "After the results came in, Lee's campaign manager, Jeff Weaver, appeared on MSNBC. He \
                    said, \"We can still win.\"";
        assert_eq!(speaker_of(text, "We can still win"), some("Jeff Weaver"));
    }

    #[test]
    fn a_description_resolves_to_the_person_it_titled() {
        let text = "Mayor Helen Okafor opened the bridge on Friday. \"It is safe,\" the mayor said.";
        assert_eq!(speaker_of(text, "It is safe"), some("Helen Okafor"));
        // Not a person quoted later in the article.
        let text = "The regional grid operator asked residents to save power.\n\n\"We need help,\" \
                    grid operator spokeswoman Keisha Brandt said.";
        assert_eq!(speaker_of(text, "residents to save power"), None);
    }

    #[test]
    fn an_age_in_a_description_is_never_a_person_of_another_age() {
        let text = "\"I had no chance,\" said Marta Ferris, 29. Daniel Ng hit his shot into the water. \
                    \"That one hurts,\" the 24-year-old said.";
        assert_eq!(speaker_of(text, "That one hurts"), some("Daniel Ng"));
        // The person the story gave that age, wherever named.
        let text = "Daniel Ng, 24, led. \"I had no chance,\" said Marta Ferris. \"It hurts,\" the 24-year-old said.";
        assert_eq!(speaker_of(text, "It hurts"), some("Daniel Ng"));
    }

    #[test]
    fn an_organisation_s_description_resolves_to_the_organisation_last_named() {
        let text = "Acme Corp reported a loss on Monday. \"We expect a recovery next year,\" the company said.";
        assert_eq!(speaker_of(text, "We expect a recovery"), some("Acme Corp"));
        // A league is no club, nor a club a league.
        let text = "Kingsport Rovers beat Ashdown United. Tickets sold out in an hour, the league said.";
        assert_eq!(speaker_of(text, "Tickets sold out"), None);
        // Nor a club by its short name.
        let text =
            "Kingsport Rovers beat Ashdown United. Ashdown's coach left. Tickets sold out in an hour, the league said.";
        assert_eq!(speaker_of(text, "Tickets sold out"), None);
        let text = "Ashdown United was fined by the Premier League. \"We will appeal,\" the club said.";
        assert_eq!(speaker_of(text, "We will appeal"), some("Ashdown United"));
        // A business whatever describes it, and by the noun business news
        // uses for its trade, never a person named before it.
        let text = "Harwick Foods cut jobs, chief executive Priya Raman said. The Leeds-based snack maker \
                    said sales would fall.";
        assert_eq!(speaker_of(text, "sales would fall"), some("Harwick Foods"));
        let text = "Trion cut jobs. It posted on LinkedIn that sales fell. \"We will recover,\" the company said.";
        assert_eq!(speaker_of(text, "We will recover"), some("Trion"));
        let text = "Shares in Corvell Bank fell. The struggling lender said it had enough capital.";
        assert_eq!(speaker_of(text, "it had enough capital"), some("Corvell Bank"));
        // Never a body of another kind named since.
        let text = "Harwick Foods cut jobs. The Vell Dockers' Union met on Monday. The company said talks \
                    would resume.";
        assert_eq!(speaker_of(text, "talks would resume"), some("Harwick Foods"));
    }

    #[test]
    fn a_relative_pronoun_after_a_description_resolves_as_the_description() {
        let text = "Shares in Valemont Rail fell. The company, which reported a profit of $4 million, \
                    declined to comment.";
        assert_eq!(speaker_of(text, "a profit"), some("Valemont Rail"));
        // Not after a noun that names neither a body nor a person.
        let text = "Mary Cole spoke first. \"It failed,\" said an aide at the meeting, who added that \
                    the plan was dead.";
        assert_eq!(speaker_of(text, "the plan was dead"), None);
    }

    #[test]
    fn an_institution_s_description_resolves_to_it_not_to_the_last_person() {
        let text = "The Carver Maritime Museum closed on Wednesday. Mayor Helen Okafor opened talks. \
                    \"We are proud of our staff,\" the museum said.";
        assert_eq!(speaker_of(text, "We are proud"), some("Carver Maritime Museum"));
        // The holder of a body's office is the person the story described
        // so, not the body; no one when no one was.
        let text = "The head of the International Monetary Fund, Kristalina Georgieva, spoke. The IMF chief \
                    said growth would slow.";
        assert_eq!(speaker_of(text, "growth would slow"), some("Kristalina Georgieva"));
        let text = "Ohio Gov. John Kasich spoke first. The Ohio governor said taxes would fall.";
        assert_eq!(speaker_of(text, "taxes would fall"), some("John Kasich"));
        let text = "Voters in Ohio were split. The Ohio governor said taxes would fall.";
        assert_eq!(speaker_of(text, "taxes would fall"), None);
        // A description naming a party is not a person described with
        // another.
        let text = "Republican front-runner Tom Ray spoke. Democratic front-runner Ann Cole spoke too. Ann Cole \
                    left early. \"We will win,\" the GOP front-runner said.";
        assert_eq!(speaker_of(text, "We will win"), some("Tom Ray"));
        // A place of work is the body of that name, never a company.
        let text = "Analysts at Corvell Bank expect a rate cut. Doctors at the hospital said she was stable.";
        assert_eq!(speaker_of(text, "she was stable"), None);
        let text = "Exxon funded the articles. The university said it had not known.";
        assert_eq!(speaker_of(text, "it had not known"), None);
    }

    #[test]
    fn a_fuller_description_resolves_only_to_a_name_with_its_head() {
        let text = "Apple growers met in Carver on Monday. The state agriculture department said on Monday \
                    that the harvest was about 85 percent complete.";
        let found = quotes(text);
        let quote = found.iter().find(|q| q.text.starts_with("the harvest")).expect("the indirect quote");
        assert_eq!(quote.speaker, None);
    }

    #[test]
    fn a_role_before_the_name_is_a_descriptor_capitalised_or_not() {
        let text = "The court met on Monday. Prosecutor Adaeze Nwosu said her office would study the verdict.";
        assert_eq!(descriptors(text, "Adaeze Nwosu"), ["Prosecutor"]);
        let text = "The court met. Former federal prosecutor Glen Kopp said the verdict was fair.";
        assert_eq!(descriptors(text, "Glen Kopp"), ["Former federal prosecutor"]);
        // The tagger may take an office's title into the name; it is a
        // descriptor all the same.
        let text = "The court met. Justice Amara Okonjo said the ruling was final.";
        assert_eq!(descriptors(text, "Amara Okonjo"), ["Justice"]);
        let text = "The council met. Councillor Amara Osei said the vote was historic.";
        assert_eq!(descriptors(text, "Amara Osei"), ["Councillor"]);
        // Not a first name the tagger left out, nor an article.
        let text = "The court met. Oliver Ana Ruiz said the verdict was fair.";
        assert!(descriptors(text, "Ana Ruiz").is_empty());
        // A title within the sentence too, but not a headline's words nor
        // a role for the person (which is someone else's).
        let text = "\"He stole from them,\" District Attorney Grace Mbeki said.";
        assert_eq!(descriptors(text, "Grace Mbeki"), ["District Attorney"]);
        // (His title is his own, as a role before any name is.)
        let text = "\"It is over,\" a spokesman for Mayor Frank Jackson said.";
        assert_eq!(descriptors(text, "Frank Jackson"), ["Mayor"]);
    }

    #[test]
    fn a_description_of_a_thing_or_a_group_resolves_to_no_one() {
        for (text, content) in [
            ("Lena Moreau spoke first. The report said the port had been unsafe for years.", "the port had been"),
            ("Paul Reyes spoke on Monday. The polls suggest the race is close.", "the race is close"),
            ("Paul Reyes spoke on Monday. The candidates said the debate was unfair.", "the debate was unfair"),
        ] {
            assert_eq!(speaker_of(text, content), None, "{text}");
        }
        // A person's noun before what follows it still finds the person.
        let text = "Bernie Sanders spoke in Iowa. The senator from Vermont said the system was rigged.";
        assert_eq!(speaker_of(text, "the system was rigged"), some("Bernie Sanders"));
        let text = "Ana Ruiz, 46, spoke first. The 46-year-old said she would run again.";
        assert_eq!(speaker_of(text, "she would run again"), some("Ana Ruiz"));
    }

    #[test]
    fn groups_and_unnamed_sources_keep_their_words_but_no_entity() {
        let text = "\"The plan will fail within a year,\" officials said.";
        let found = quotes(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].speaker, None);
        assert_eq!(found[0].speaker_text.as_deref(), Some("officials"));
        // A group opening the clause speaks for a verb after `and`.
        let text = "Authorities arrested a demonstrator and said a curfew would continue through the weekend.";
        let found = quotes(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].speaker_text.as_deref(), Some("Authorities"));
    }
}
