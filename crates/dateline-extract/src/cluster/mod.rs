//! In-article clustering: mentions that name the same thing become one
//! entity, with its fullest name, its other names (aliases), its handles and
//! its age when the article states it.
//!
//! Rules, from strict to loose:
//! 1. the same name (titles such as `Sen.` set aside) is the same entity;
//! 2. a one-word person name that is the last word of a fuller person name
//!    is that person's surname; the first word, that person's first name
//!    (when several share it, one of the gender of the word's title wins,
//!    `Mrs. Clinton`, then the most recently named);
//! 3. a one-word name the tagger typed otherwise but that is a known
//!    person's surname is that person (a tagger slip, not a new entity);
//! 4. an all-capitals word that spells the initials of an organisation's
//!    name is its acronym;
//! 5. a one-word name that opens a county's (or a parish's, a borough's …)
//!    name is that place, unless it names a place of its own; one that
//!    opens a company's or a club's name (`Harwick` for `Harwick Foods
//!    Inc.`), or ends a club's (`Rovers`), is that company or club; an
//!    organisation's head word alone (`Union`, `the Commission`) is the one
//!    organisation of the article whose name ends with it.
//!
//! An organisation's name is the same with or without its legal form
//! (`Harwick Foods`, `Harwick Foods Inc.`).
//!
//! A title also gives its person a gender (`Mr. Putin`), over the name
//! lists, for the pronouns that follow.
//!
//! Then one sense per article: a capitalised word the tagger left out that
//! is a person's surname, or a one-word name, found elsewhere in the same
//! article, is a mention of that entity too.

use std::cmp::Reverse;

use crate::doc::{AmountDraft, Document, EntityDraft, EntityType, Mention, Span};
use crate::entities::{
    gender_of_title, is_organisation_head, is_place, names_a_club, names_a_company, surname, without_legal_form,
    without_titles,
};
use crate::lexicon::{lexicon, Gender};
use crate::tokenize::TokenKind;
use crate::Stage;

pub struct Clusterer;

impl Stage for Clusterer {
    fn name(&self) -> &'static str {
        "cluster"
    }

    fn run(&self, doc: &mut Document<'_>) {
        cluster(doc);
        gender_from_titles(doc);
        add_missed_mentions(doc);
        attach_ages(doc);
        attach_handles(doc);
    }
}

fn name_words(name: &str) -> Vec<&str> {
    name.split(' ').filter(|w| !w.is_empty()).collect()
}

fn cluster(doc: &mut Document<'_>) {
    // Fuller names first, so that a surname finds its full name wherever
    // in the article the two stand.
    let mut order: Vec<usize> = (0..doc.mentions.len()).collect();
    order.sort_by_key(|&m| {
        let span = without_titles(doc, &doc.mentions[m]);
        let words = match &doc.mentions[m].name {
            Some(name) => name_words(name).len(),
            None => name_words(doc.slice(span)).len(),
        };
        // (A name in a headline's capitals after the same name written
        // normally, which it then joins.)
        (Reverse(words), shouted(doc.slice(span)), doc.mentions[m].span.start)
    });
    let mut entities: Vec<EntityDraft> = Vec::new();
    for m in order {
        let span = without_titles(doc, &doc.mentions[m]);
        let name = doc.mentions[m].name.clone().unwrap_or_else(|| doc.slice(span).to_string());
        let name = name.as_str();
        let kind = doc.mentions[m].kind;
        let words = name_words(name);
        let shouting = shouted(name);
        let found = entities
            .iter()
            .position(|e| {
                // (`TEXAS` in a headline is `Texas`.)
                // (Only of the same type: the cricket team `LEICESTERSHIRE`
                // above the county's name is the team.)
                e.name == name && (e.kind == kind || same_family(e.kind, kind, name))
                    || e.kind == kind && shouting && e.name.to_uppercase() == name
            })
            .or_else(|| {
                // `Harwick Foods` after `Harwick Foods Inc.`.
                if kind != EntityType::Org {
                    return None;
                }
                let core = without_legal_form(name);
                entities.iter().position(|e| e.kind == EntityType::Org && without_legal_form(&e.name) == core)
            })
            .or_else(|| {
                if words.len() != 1 || kind == EntityType::Work {
                    return None;
                }
                let word = words[0];
                // (`Mr. Trump` after `Donald Trump` and `Ivanka Trump`: a
                // title's gender first, then the most recently named.)
                let titled = title_gender(doc, &doc.mentions[m]);
                let persons = |last: bool| {
                    entities
                        .iter()
                        .enumerate()
                        .filter(|(_, e)| e.kind == EntityType::Person && name_words(&e.name).len() > 1)
                        .filter(|(_, e)| {
                            let words = name_words(&e.name);
                            if last {
                                surname(&words) == Some(&word)
                            } else {
                                // (`Danny` after `Daniel Ng`: a first name
                                // or its familiar form.)
                                words.first().is_some_and(|first| lexicon().may_shorten_to(first, word))
                            }
                        })
                        .min_by_key(|(_, e)| {
                            (
                                // (The very name before its familiar form.)
                                !last && name_words(&e.name).first() != Some(&word),
                                titled.is_some() && e.gender != titled,
                                !named_whole(doc, e, word),
                                precedence(doc, e, span.start),
                            )
                        })
                        .map(|(k, _)| k)
                };
                // A first name alone is the person's only when the tagger
                // saw a person, or when the word is a known first name.
                let first_name = kind == EntityType::Person || lexicon().first_names.contains_key(word);
                // (`Harwick` before the story names `Ernest Harwick`, who
                // founded Harwick Foods: the company. A surname stands for
                // a person already named, or for a family: `the Koch
                // brothers`, before `Charles Koch`, are not Koch
                // Industries.)
                let next = doc.mentions[m].tokens.end;
                let family = next < doc.tokens.len()
                    && matches!(
                        doc.lower(next).trim_end_matches(['\'', '’']),
                        "brothers" | "sisters" | "family" | "twins" | "siblings" | "clan" | "dynasty"
                    );
                let company = company_short_for(&entities, word).filter(|_| !family);
                let named_after = |k: usize| entities[k].mentions.iter().all(|named| named.start > span.start);
                persons(true)
                    .or_else(|| if first_name { persons(false) } else { None })
                    .filter(|&k| company.is_none() || !named_after(k))
                    .or_else(|| acronym_of(&entities, word))
                    .or_else(|| place_short_for(&entities, word))
                    .or(company)
                    .or_else(|| {
                        let alone = kind == EntityType::Org && head_stands_alone(doc, &doc.mentions[m]);
                        alone.then(|| body_short_for(&entities, word)).flatten()
                    })
            });
        let k = match found {
            Some(k) => k,
            None => {
                let gender = match kind {
                    EntityType::Person => lexicon().first_names.get(words[0]).copied(),
                    _ => None,
                };
                entities.push(EntityDraft {
                    kind,
                    name: name.to_string(),
                    aliases: Vec::new(),
                    handles: Vec::new(),
                    descriptors: Vec::new(),
                    mentions: Vec::new(),
                    age: None,
                    gender,
                });
                entities.len() - 1
            }
        };
        let entity = &mut entities[k];
        if entity.kind != kind && matches!(entity.kind, EntityType::Person | EntityType::Gpe) {
            doc.mentions[m].kind = entity.kind;
        }
        // (`Hamish` of `Hamish and Euan Calder`, named `Hamish Calder`: the
        // word written is an alias too.)
        let written = doc.slice(span);
        let written = if words.contains(&written) { written } else { name };
        for alias in [name, written] {
            if alias != entity.name && !entity.aliases.iter().any(|a| a == alias) {
                entity.aliases.push(alias.to_string());
            }
        }
        entity.mentions.push(doc.mentions[m].span);
        doc.mentions[m].entity = k;
    }
    // Entities in order of first mention, so ids read top to bottom.
    let mut by_first: Vec<usize> = (0..entities.len()).collect();
    by_first.sort_by_key(|&k| entities[k].mentions.iter().map(|s| s.start).min());
    let mut renumber = vec![0; entities.len()];
    for (new, &old) in by_first.iter().enumerate() {
        renumber[old] = new;
    }
    for mention in &mut doc.mentions {
        mention.entity = renumber[mention.entity];
    }
    let mut slots: Vec<Option<EntityDraft>> = entities.into_iter().map(Some).collect();
    doc.entities = by_first.iter().map(|&k| slots[k].take().expect("each entity once")).collect();
    for entity in &mut doc.entities {
        entity.mentions.sort();
        // Aliases in the order they appear in the text.
        let text = doc.text;
        entity.aliases.sort_by_key(|a| text.find(a.as_str()));
    }
}

/// A name written in capitals (`TEXAS`, `WHITE HOUSE`), as headlines and
/// datelines shout: two letters or more, none lower case.
fn shouted(name: &str) -> bool {
    name.chars().filter(|c| c.is_alphabetic()).count() > 1 && !name.chars().any(char::is_lowercase)
}

/// The gender a title gives a person (`Mr. Putin`, `Ms. Patel`), so that a
/// pronoun finds them: the first title in the article wins, and it wins
/// over the name lists, which call `Lindsey` and `Jessie` women.
fn gender_from_titles(doc: &mut Document<'_>) {
    let mut titled = vec![false; doc.entities.len()];
    for mention in &doc.mentions {
        if mention.kind != EntityType::Person || titled[mention.entity] {
            continue;
        }
        if let Some(gender) = title_gender(doc, mention) {
            doc.entities[mention.entity].gender = Some(gender);
            titled[mention.entity] = true;
        }
    }
}

/// The gender of the title a person's mention opens with or follows, if
/// it has one (`Mr. Putin`, `Ms. Patel`).
fn title_gender(doc: &Document<'_>, mention: &Mention) -> Option<Gender> {
    let first = mention.tokens.start;
    [first.checked_sub(1), Some(first)].into_iter().flatten().find_map(|i| gender_of_title(doc.word(i)))
}

/// Adds the mentions the tagger missed of names it found elsewhere in the
/// article (one sense per article).
fn add_missed_mentions(doc: &mut Document<'_>) {
    let mut names: rustc_hash::FxHashMap<&str, usize> = rustc_hash::FxHashMap::default();
    for (k, entity) in doc.entities.iter().enumerate() {
        let words = name_words(&entity.name);
        let key = match (entity.kind, words.as_slice()) {
            (EntityType::Person, [_, _, ..]) => surname(&words).copied().unwrap_or_default(),
            (EntityType::Work, _) => continue,
            (_, [one]) => *one,
            _ => continue,
        };
        if key.chars().count() > 2 && key.starts_with(char::is_uppercase) {
            names.entry(key).or_insert(k);
        }
    }
    if names.is_empty() {
        return;
    }
    let mut added = Vec::new();
    for i in 0..doc.tokens.len() {
        let word = doc.word(i);
        let Some(&k) = names.get(word) else { continue };
        let span = Span::new(doc.tokens[i].start, doc.tokens[i].end);
        if doc.mentions.iter().any(|m| m.span.overlaps(span)) || doc.in_title(span) {
            continue;
        }
        added.push(Mention { span, tokens: i..i + 1, kind: doc.entities[k].kind, entity: k, name: None });
    }
    for mention in added {
        let word = doc.slice(mention.span).to_string();
        let entity = &mut doc.entities[mention.entity];
        entity.mentions.push(mention.span);
        entity.mentions.sort();
        if word != entity.name && !entity.aliases.contains(&word) {
            entity.aliases.push(word);
        }
        doc.mentions.push(mention);
    }
    doc.mentions.sort_by_key(|m| m.span.start);
}

/// Whether the article wrote `word` in a name of `entity`'s of more than
/// one word: `Hillary Clinton` was, `Bill Clinton` of `Bill and Hillary
/// Clinton` was not, and a lone `Clinton` is hers.
fn named_whole(doc: &Document<'_>, entity: &EntityDraft, word: &str) -> bool {
    entity.mentions.iter().any(|&span| {
        let written = doc.slice(span);
        written.contains(' ') && name_words(written).contains(&word)
    })
}

/// How strongly entity `e` is the one a short name at byte `at` means
/// (`Clinton`, `Mrs. Clinton`, `Dr. Eyre`), the smaller the stronger, in
/// this order:
/// - named before `at`, not only after (`Chelsea Clinton announced …
///   Clinton, 35, the daughter of former President Bill Clinton` is
///   Chelsea);
/// - already called by the short name: a story that has called one person
///   by the surname alone goes on doing so, and names the others of that
///   surname in full (`Mrs. Clinton`, after `Chelsea Clinton and her
///   husband` in a story about Hillary Clinton, is still Hillary);
/// - named earlier in the same paragraph (`Hillary Clinton spoke. Bill
///   Clinton spoke. Clinton praised the farmers` is Bill);
/// - named more often so far: the story's subject over a relative named
///   once (`Dr. Eyre`, after `her son, Thomas Eyre` in her obituary);
/// - named most recently before `at`.
fn precedence(doc: &Document<'_>, e: &EntityDraft, at: usize) -> (bool, bool, bool, Reverse<usize>, usize) {
    let before = || e.mentions.iter().filter(move |span| span.start < at);
    let Some(latest) = before().map(|span| span.start).max() else {
        let after = e.mentions.iter().map(|span| span.start.abs_diff(at)).min().unwrap_or(usize::MAX);
        return (true, true, true, Reverse(0), after);
    };
    // (Case aside: `HILLARY CLINTON` in a headline is her whole name.)
    let first = name_words(&e.name).first().map(|w| w.to_lowercase()).unwrap_or_default();
    let short = before().any(|span| !doc.slice(*span).to_lowercase().contains(&first));
    let paragraph = |offset: usize| doc.tokens[doc.token_at(offset)].paragraph;
    let same_paragraph = paragraph(latest) == paragraph(at);
    (false, !short, !same_paragraph, Reverse(before().count()), at - latest)
}

/// The tagger may type one name differently in two sentences; the name
/// still names one thing, unless one of them is a quoted title, or the
/// name is a town's written in the capitals of a results table and one of
/// them its club: in `KANSAS CITY AT DETROIT`, the second is where the
/// game is played, in `DETROIT 52 80` the club. (In prose a town typed
/// both ways is the tagger wavering, or the town for its council: `Cleveland
/// sets strict rules` is still Cleveland.)
fn same_family(a: EntityType, b: EntityType, name: &str) -> bool {
    let place = |k: EntityType| matches!(k, EntityType::Gpe | EntityType::Loc | EntityType::Fac);
    let town_and_club = place(a) && b == EntityType::Org || a == EntityType::Org && place(b);
    a != EntityType::Work && b != EntityType::Work && !(town_and_club && shouted(name) && is_place(name))
}

/// `Marlow` after `Marlow County`: a place's first word, when the rest only
/// says what kind of district it is, is the place's short name, unless
/// the word names a place of its own (`Mexico`; and so `City` is left out:
/// `Atlantic City` is not `Atlantic, Iowa`).
fn place_short_for(entities: &[EntityDraft], word: &str) -> Option<usize> {
    entities
        .iter()
        .position(|e| {
            e.kind == EntityType::Gpe
                && matches!(
                    e.name.split_once(' '),
                    Some((first, "County" | "Province" | "Parish" | "Borough" | "District" | "Township")) if first == word
                )
        })
        .filter(|_| !lexicon().places.contains_key(word))
}

/// `Harwick` after `Harwick Foods Inc.`: a company's first word alone is
/// the company, when its name ends as a company's does (not `Super` for a
/// `Super PAC`) and the word is no place of its own; a club's last word
/// too (`Rovers` for `Kingsport Rovers`).
fn company_short_for(entities: &[EntityDraft], word: &str) -> Option<usize> {
    entities
        .iter()
        .position(|e| {
            e.kind == EntityType::Org
                && e.name.contains(' ')
                && (e.name.split(' ').next() == Some(word) && names_a_company(&e.name)
                    || e.name.rsplit(' ').next() == Some(word) && names_a_club(&e.name))
        })
        .filter(|_| !lexicon().places.contains_key(word))
}

/// `Union` after `the Vell Dockers' Union`, `the Commission` after `the
/// European Commission`: an organisation's head word alone is the one
/// organisation of the article whose name ends with it; with two (`the
/// Senate Committee`, `the House Committee`) it is neither.
fn body_short_for(entities: &[EntityDraft], word: &str) -> Option<usize> {
    if !is_organisation_head(word) {
        return None;
    }
    let mut ending = entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EntityType::Org && e.name.rsplit_once(' ').is_some_and(|(_, last)| last == word));
    match (ending.next(), ending.next()) {
        (Some((k, _)), None) => Some(k),
        _ => None,
    }
}

/// Whether a head word tagged alone stands for a whole name: not when a
/// name goes on after it (`the Department of Education`, `the Institute
/// for the Study of Labor`), nor when a capitalised word before it was
/// left out of the name (`County Sheriff's Department`).
fn head_stands_alone(doc: &Document<'_>, mention: &Mention) -> bool {
    let tokens = &mention.tokens;
    let name_goes_on = tokens.end < doc.tokens.len() && matches!(doc.word(tokens.end), "of" | "for" | "on");
    // (`Sheriff's Department`: past a possessive.)
    let mut before = tokens.start;
    if before > 1 && matches!(doc.word(before - 1), "'s" | "’s") {
        before -= 1;
    }
    let name_began_before = before > 0
        && doc.tokens[before - 1].sentence == doc.tokens[tokens.start].sentence
        && doc.word(before - 1).starts_with(char::is_uppercase);
    !name_goes_on && !name_began_before
}

fn acronym_of(entities: &[EntityDraft], word: &str) -> Option<usize> {
    if word.len() < 2 || !word.chars().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    entities.iter().position(|e| {
        let words = name_words(&e.name);
        words.len() == word.len()
            && e.kind == EntityType::Org
            && words.iter().zip(word.chars()).all(|(w, c)| w.starts_with(c))
    })
}

/// `Legend, 41,` / `Luna, 4, and` / `Smith (41)` / `Ray, 52 years old,` /
/// `Lee, aged 52,` / `Bell, a 41-year-old engineer,` / `41-year-old John
/// Smith`.
fn attach_ages(doc: &mut Document<'_>) {
    let mut found: Vec<(usize, Span, u32)> = Vec::new();
    for mention in &doc.mentions {
        if matches!(doc.entities[mention.entity].kind, EntityType::Work | EntityType::Event) {
            continue;
        }
        if let Some((span, value)) = age_after_name(doc, mention.tokens.end) {
            found.push((mention.entity, span, value));
        }
    }
    for i in 0..doc.tokens.len() {
        let word = doc.word(i);
        let Some(years) = word.strip_suffix("-year-old") else { continue };
        let Ok(value) = years.parse::<u32>() else { continue };
        let sentence = doc.tokens[i].sentence;
        let next = doc
            .mentions
            .iter()
            .find(|m| m.tokens.start > i && m.tokens.start <= i + 4 && doc.tokens[m.tokens.start].sentence == sentence);
        if let Some(m) = next.filter(|m| doc.entities[m.entity].kind == EntityType::Person) {
            let t = &doc.tokens[i];
            found.push((m.entity, Span::new(t.start, t.start + years.len()), value));
        }
    }
    found.extend(ages_told_after(doc));
    for (entity, span, value) in found {
        // `Luna, 4,`: only people have ages in appositives.
        let place = lexicon().places.contains_key(doc.entities[entity].name.as_str());
        if doc.entities[entity].kind != EntityType::Person && !place {
            doc.entities[entity].kind = EntityType::Person;
            for m in doc.mentions.iter_mut().filter(|m| m.entity == entity) {
                m.kind = EntityType::Person;
            }
        }
        if doc.entities[entity].kind != EntityType::Person {
            continue;
        }
        doc.entities[entity].age.get_or_insert(value);
        doc.amounts.push(AmountDraft { span, value: f64::from(value), kind: "age", entity: Some(entity) });
    }
}

/// The age told just after a name that ends before token `after`: in
/// brackets (`(41)`), or between commas, alone (`, 41,`), in years
/// (`, 52 years old,`), after `aged` (`, aged 52,`) or in an appositive
/// that opens on it (`, a 41-year-old engineer,`). The number's span and
/// its value, a plausible age only.
fn age_after_name(doc: &Document<'_>, after: usize) -> Option<(Span, u32)> {
    let word = |k: usize| doc.tokens.get(k).map(|_| doc.word(k));
    let closes = |k: usize| matches!(word(k), Some("," | "." | ";") | None);
    let age = |k: usize, digits: &str| {
        let value = digits.parse::<u32>().ok().filter(|v| (1..=120).contains(v))?;
        let start = doc.tokens[k].start;
        Some((Span::new(start, start + digits.len()), value))
    };
    let number = |k: usize| doc.tokens.get(k).filter(|t| t.kind == TokenKind::Number).and_then(|_| age(k, doc.word(k)));
    match word(after)? {
        "(" if word(after + 2) == Some(")") => number(after + 1),
        "," => {
            let first = after + 1;
            match word(first)? {
                "aged" if closes(first + 2) => number(first + 1),
                "a" | "an" => age(first + 1, word(first + 1)?.strip_suffix("-year-old")?),
                _ => doc.age_after_comma(after).filter(|&(_, close)| closes(close)).and_then(|(at, _)| number(at)),
            }
        }
        _ => None,
    }
}

/// The ages told after a name: `She was 91.` (a sentence of its own, of the
/// person of that gender last named), `Margaret Eyre … dies at 91`, and a
/// sentence closing on its subject's age (`His father, Alan Harper, was
/// 81.`).
fn ages_told_after(doc: &Document<'_>) -> Vec<(usize, Span, u32)> {
    let mut found = Vec::new();
    let number = |i: usize| {
        doc.tokens.get(i).filter(|t| t.kind == TokenKind::Number).and_then(|t| {
            let value = doc.text[t.start..t.end].parse::<u32>().ok().filter(|v| (1..=120).contains(v))?;
            Some((Span::new(t.start, t.end), value))
        })
    };
    for (s, sentence) in doc.sentences.iter().enumerate() {
        // `She was 91.` (Four tokens, asked before any word is read.)
        let word = |k: usize| doc.word(sentence.start + k);
        let told = sentence.len() == 4 && matches!(word(0), "He" | "She") && word(1) == "was" && word(3) == ".";
        if told {
            let gender = if word(0) == "He" { Gender::Male } else { Gender::Female };
            let person = doc.mentions.iter().rev().find(|m| {
                // (Named in one of the two sentences before.)
                doc.tokens[m.tokens.start].sentence + 2 >= s
                    && m.tokens.end <= sentence.start
                    && m.kind == EntityType::Person
                    && doc.entities[m.entity].gender.is_none_or(|g| g == gender)
            });
            if let (Some(m), Some((span, value))) = (person, number(sentence.start + 2)) {
                found.push((m.entity, span, value));
            }
        }
        // `His father, Alan Harper, was 81.`, `Mary Cole, who died on
        // Monday, was 74.`: a sentence closing on its subject's age, the
        // subject a person's name opening it or set off before `was`.
        let n = sentence.len();
        let closes_on_age = (5..=24).contains(&n) && word(n - 3) == "was" && word(n - 1) == ".";
        if closes_on_age {
            let was = sentence.start + n - 3;
            // (Only the sentence's first name: not `… beat Tom Ray, who was 81.`)
            let subject = doc
                .mentions
                .iter()
                .find(|m| m.kind == EntityType::Person && sentence.contains(&m.tokens.start))
                .filter(|m| {
                    m.tokens.end == was
                        || doc.word(was - 1) == ","
                            && m.tokens.end < was
                            && doc.word(m.tokens.end) == ","
                            && (m.tokens.start == sentence.start || doc.word(m.tokens.start - 1) == ",")
                });
            if let (Some(m), Some((span, value))) = (subject, number(was + 1)) {
                found.push((m.entity, span, value));
            }
        }
        // `Margaret Eyre, pioneering marine biologist, dies at 91`.
        for k in sentence.clone() {
            if matches!(doc.word(k), "dies" | "died") && k + 2 < doc.tokens.len() && doc.word(k + 1) == "at" {
                let person =
                    doc.mentions.iter().find(|m| m.kind == EntityType::Person && sentence.contains(&m.tokens.start));
                if let (Some(m), Some((span, value))) = (person.filter(|m| m.tokens.end <= k), number(k + 2)) {
                    found.push((m.entity, span, value));
                }
            }
        }
    }
    found
}

/// A handle belongs to a person or organisation whose name it spells
/// (`@johnlegend`, `@JohnLegend2020`), or whose surname it is.
fn attach_handles(doc: &mut Document<'_>) {
    for i in 0..doc.tokens.len() {
        if doc.tokens[i].kind != TokenKind::Handle {
            continue;
        }
        let handle = doc.word(i);
        let key: String = handle[1..].chars().filter(char::is_ascii_alphabetic).collect::<String>().to_lowercase();
        if key.len() < 3 {
            continue;
        }
        // How well each name spells the handle: whole (`@JohnLegend`), or
        // its first word then the initials of the rest (`@AshbyRUG` for the
        // Ashby Rail Users' Group); a person's surname (`@legend`); else
        // the name and more (`@JohnLegendMusic`), or its first words.
        let letters = |w: &str| w.chars().filter(char::is_ascii_alphabetic).collect::<String>().to_lowercase();
        let fit = |e: &EntityDraft| {
            if !matches!(e.kind, EntityType::Person | EntityType::Org) {
                return 0;
            }
            let words = name_words(&e.name);
            let joined = letters(&e.name);
            let initialled: String = words
                .first()
                .map(|w| letters(w))
                .into_iter()
                .chain(words.iter().skip(1).filter_map(|w| letters(w).chars().next().map(String::from)))
                .collect();
            let surname = surname(&words).map(|w| letters(w)).unwrap_or_default();
            if key == joined || words.len() > 2 && key == initialled {
                3
            } else if e.kind == EntityType::Person && key == surname {
                2
            } else {
                // (`@VellDockers` for the Vell Dockers' Union: its first
                // words, two or more.)
                let first_words = words.iter().scan(String::new(), |spelled, w| {
                    spelled.push_str(&letters(w));
                    Some(spelled.clone())
                });
                let spells_first_words = first_words.skip(1).any(|spelled| spelled == key);
                u8::from(key.starts_with(&joined) || spells_first_words)
            }
        };
        let owner = doc
            .entities
            .iter()
            .enumerate()
            .map(|(k, e)| (fit(e), std::cmp::Reverse(k)))
            .filter(|&(fit, _)| fit > 0)
            .max()
            .map(|(_, std::cmp::Reverse(k))| k);
        if let Some(k) = owner {
            let handles = &mut doc.entities[k].handles;
            if !handles.iter().any(|h| h.eq_ignore_ascii_case(handle)) {
                handles.push(handle.to_string());
            }
        }
    }
}

#[cfg(test)]
mod tests;
