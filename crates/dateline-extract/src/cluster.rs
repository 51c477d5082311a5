//! In-article clustering: mentions that name the same thing become one
//! entity, with its fullest name, its other names (aliases), its handles and
//! its age when the article states it.
//!
//! Rules, from strict to loose:
//! 1. the same name (titles such as `Sen.` set aside) is the same entity;
//! 2. a one-word person name that is the last word of a fuller person name
//!    is that person's surname; the first word, that person's first name
//!    (the most recently named such person wins when several share it);
//! 3. a one-word name the tagger typed otherwise but that is a known
//!    person's surname is that person (a tagger slip, not a new entity);
//! 4. an all-capitals word that spells the initials of an organisation's
//!    name is its acronym.
//!
//! Then one sense per article: a capitalised word the tagger left out that
//! is a person's surname, or a one-word name, found elsewhere in the same
//! article, is a mention of that entity too.

use crate::doc::{AmountDraft, Document, EntityDraft, EntityType, Mention, Span};
use crate::entities::without_titles;
use crate::lexicon::lexicon;
use crate::tokenize::TokenKind;
use crate::Stage;

pub struct Clusterer;

impl Stage for Clusterer {
    fn name(&self) -> &'static str {
        "cluster"
    }

    fn run(&self, doc: &mut Document<'_>) {
        cluster(doc);
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
        (std::cmp::Reverse(words), doc.mentions[m].span.start)
    });
    let mut entities: Vec<EntityDraft> = Vec::new();
    // Where each entity was last named, for "most recent wins".
    let mut last_seen: Vec<usize> = Vec::new();
    for m in order {
        let span = without_titles(doc, &doc.mentions[m]);
        let name = doc.mentions[m].name.clone().unwrap_or_else(|| doc.slice(span).to_string());
        let name = name.as_str();
        let kind = doc.mentions[m].kind;
        let words = name_words(name);
        let found = entities
            .iter()
            .position(|e| e.name == name && (e.kind == kind || same_family(e.kind, kind)))
            .or_else(|| {
                if words.len() != 1 || kind == EntityType::Work {
                    return None;
                }
                let word = words[0];
                let persons = |last: bool| {
                    entities
                        .iter()
                        .enumerate()
                        .filter(|(_, e)| e.kind == EntityType::Person && name_words(&e.name).len() > 1)
                        .filter(|(_, e)| {
                            let words = name_words(&e.name);
                            let pick = if last { words.last() } else { words.first() };
                            pick == Some(&word)
                        })
                        .min_by_key(|(k, _)| distance(last_seen[*k], span.start))
                        .map(|(k, _)| k)
                };
                // A first name alone is the person's only when the tagger
                // saw a person, or when the word is a known first name.
                let first_name = kind == EntityType::Person || lexicon().first_names.contains_key(word);
                persons(true)
                    .or_else(|| if first_name { persons(false) } else { None })
                    .or_else(|| acronym_of(&entities, word))
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
                last_seen.push(span.start);
                entities.len() - 1
            }
        };
        let entity = &mut entities[k];
        if entity.kind != kind && entity.kind == EntityType::Person {
            doc.mentions[m].kind = EntityType::Person;
        }
        if name != entity.name && !entity.aliases.iter().any(|a| a == name) {
            entity.aliases.push(name.to_string());
        }
        entity.mentions.push(doc.mentions[m].span);
        last_seen[k] = last_seen[k].max(span.start);
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

/// Adds the mentions the tagger missed of names it found elsewhere in the
/// article (one sense per article).
fn add_missed_mentions(doc: &mut Document<'_>) {
    let mut names: rustc_hash::FxHashMap<&str, usize> = rustc_hash::FxHashMap::default();
    for (k, entity) in doc.entities.iter().enumerate() {
        let words = name_words(&entity.name);
        let key = match (entity.kind, words.as_slice()) {
            (EntityType::Person, [.., last]) if words.len() > 1 => *last,
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

fn distance(a: usize, b: usize) -> usize {
    a.abs_diff(b)
}

/// The tagger may type one name differently in two sentences; the name
/// still names one thing, unless one of them is a quoted title.
fn same_family(a: EntityType, b: EntityType) -> bool {
    a != EntityType::Work && b != EntityType::Work
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

/// `Legend, 41,` / `Luna, 4, and` / `Smith (41)` / `41-year-old John Smith`.
fn attach_ages(doc: &mut Document<'_>) {
    let mut found: Vec<(usize, Span, u32)> = Vec::new();
    for mention in &doc.mentions {
        if matches!(doc.entities[mention.entity].kind, EntityType::Work | EntityType::Event) {
            continue;
        }
        let after = mention.tokens.end;
        let open = doc.tokens.get(after).map(|_| doc.word(after));
        if !matches!(open, Some("," | "(")) {
            continue;
        }
        let Some(age) = doc.tokens.get(after + 1).filter(|t| t.kind == TokenKind::Number) else {
            continue;
        };
        let close = doc.tokens.get(after + 2).map(|_| doc.word(after + 2));
        let closes = match open {
            Some("(") => close == Some(")"),
            _ => matches!(close, Some("," | "." | ";") | None),
        };
        if let (true, Ok(value)) = (closes, doc.word(after + 1).parse::<u32>()) {
            if (1..=120).contains(&value) {
                found.push((mention.entity, Span::new(age.start, age.end), value));
            }
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
        let owner = doc.entities.iter().position(|e| {
            matches!(e.kind, EntityType::Person | EntityType::Org) && {
                let joined: String =
                    e.name.chars().filter(char::is_ascii_alphabetic).collect::<String>().to_lowercase();
                let surname = name_words(&e.name).last().map(|w| w.to_lowercase()).unwrap_or_default();
                key == joined || key.starts_with(&joined) || (e.kind == EntityType::Person && key == surname)
            }
        });
        if let Some(k) = owner {
            let handles = &mut doc.entities[k].handles;
            if !handles.iter().any(|h| h.eq_ignore_ascii_case(handle)) {
                handles.push(handle.to_string());
            }
        }
    }
}

/// One test per clustering rule, in the order of the module's
/// documentation, and for what the issue of clustering asks besides:
/// titles, possessives, handles, ages and descriptors used as speakers.
#[cfg(test)]
mod tests {
    use crate::record::{Entity, Record};
    use crate::testing::record;

    fn entity<'r>(record: &'r Record, name: &str) -> &'r Entity {
        record
            .entities
            .iter()
            .find(|e| e.name == name)
            .unwrap_or_else(|| panic!("no entity {name:?} in {:#?}", record.entities))
    }

    fn mentions_of(record: &Record, name: &str) -> Vec<String> {
        let text: Vec<char> = record.text.chars().collect();
        entity(record, name).mentions.iter().map(|m| text[m[0]..m[1]].iter().collect()).collect()
    }

    #[test]
    fn the_same_name_with_a_title_is_the_same_entity() {
        let record = record("Sen. Elizabeth Warren questioned the bank. Later, Elizabeth Warren left the room.");
        assert_eq!(mentions_of(&record, "Elizabeth Warren").len(), 2);
        assert_eq!(record.entities.iter().filter(|e| e.name.contains("Warren")).count(), 1);
    }

    #[test]
    fn a_surname_and_a_first_name_are_aliases_of_the_full_name() {
        let record = record(
            "Maria Alvarez closed the festival on Sunday. Alvarez thanked her band. Fans called for Maria \
             to return.",
        );
        let maria = entity(&record, "Maria Alvarez");
        assert!(maria.aliases.contains(&"Alvarez".to_string()), "{:?}", maria.aliases);
        assert!(maria.aliases.contains(&"Maria".to_string()), "{:?}", maria.aliases);
    }

    #[test]
    fn the_most_recently_named_person_owns_a_shared_surname() {
        let record = record(
            "Hillary Clinton spoke in Ohio. Bill Clinton spoke in Iowa on the same day. Clinton praised \
             the farmers there.",
        );
        assert_eq!(mentions_of(&record, "Bill Clinton").len(), 2, "{:#?}", record.entities);
    }

    #[test]
    fn a_surname_the_tagger_typed_otherwise_is_still_the_person() {
        // Wherever the tagger types a lone `Legend` (a common word), it is
        // the person named in full before it.
        let record = record("John Legend sang on Wednesday. Legend thanked the crowd, and Legend waved.");
        assert_eq!(record.entities.iter().filter(|e| e.name.contains("Legend")).count(), 1, "{:#?}", record.entities);
    }

    #[test]
    fn initials_in_capitals_are_the_organisation_s_acronym() {
        let record = record(
            "The National Transportation Safety Board opened an inquiry. The NTSB said the report would \
             take a year.",
        );
        let board = entity(&record, "National Transportation Safety Board");
        assert!(board.aliases.contains(&"NTSB".to_string()), "{:?}", board.aliases);
    }

    #[test]
    fn a_possessive_is_a_mention_of_the_name() {
        let record = record("Maria Alvarez closed the festival. Alvarez's new single opened the set.");
        assert_eq!(mentions_of(&record, "Maria Alvarez").len(), 2, "{:#?}", record.entities);
    }

    #[test]
    fn a_name_the_tagger_missed_once_is_found_by_one_sense_per_article() {
        let record = record(
            "Tom Whitfield farms near the river. Whitfield said the frost came early. Neighbors helped \
             Whitfield with the harvest.",
        );
        assert_eq!(mentions_of(&record, "Tom Whitfield").len(), 3, "{:#?}", record.entities);
    }

    #[test]
    fn an_age_after_a_name_belongs_to_its_entity() {
        let record = record("Grace Liu, 45, thanked the volunteers.");
        assert_eq!(entity(&record, "Grace Liu").age, Some(45));
    }

    #[test]
    fn a_handle_that_spells_a_name_belongs_to_its_entity() {
        let record = record("John Legend thanked fans on Twitter, where @johnlegend has millions of followers.");
        assert_eq!(entity(&record, "John Legend").handles, vec!["@johnlegend".to_string()]);
    }

    #[test]
    fn a_description_used_for_a_speaker_joins_its_descriptors() {
        let record = record("Mayor Helen Okafor opened the bridge on Friday. \"It is safe,\" the mayor said.");
        let okafor = entity(&record, "Helen Okafor");
        assert!(okafor.descriptors.contains(&"the mayor".to_string()), "{:?}", okafor.descriptors);
    }
}
