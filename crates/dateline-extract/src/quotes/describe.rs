//! Who each person named is: the descriptors the story gives them wherever
//! it names them (set off by commas, or a role right before the name), and
//! the nouns that say a description is of a person at all, which the
//! speaker resolution shares.

use std::ops::Range;

use super::cues::{ends_phrase, is_adverb, PRONOUNS};
use super::phrases::{description_after, inside_any_quote, is_cue_at, says_something, sentence_range};
use crate::doc::{Document, EntityType, Span};
use crate::lexicon::lexicon;
use crate::tokenize::{is_determiner, is_possessive_mark, TokenKind};

/// Descriptors of people wherever they are named, not only as speakers:
/// set off by commas (`The finance minister, Elena Petrakis, flew to
/// Moscow`, `Brennan, 52, a former county prosecutor, has spent`) or a
/// role right before the name (`Prime Minister Daria Voss`, `captain Joe
/// Harlow`, `Rovers manager Steve Pike`). Only a description whose head
/// noun names a person (not `Smith, a move that angered many`). Run
/// before speakers are resolved, so that `the minister said` can find her.
pub(super) fn describe_people(doc: &mut Document<'_>) {
    let mut found: Vec<(usize, Span)> = Vec::new();
    for m in doc.mentions.iter().filter(|m| m.kind == EntityType::Person && !inside_any_quote(doc, m.tokens.start)) {
        let set_off = [description_before(doc, &m.tokens), description_after(doc, &m.tokens)]
            .into_iter()
            .flatten()
            .filter(|words| {
                names_a_person(&person_head(doc, words.clone()).to_lowercase()) && !says_something(doc, words.clone())
            });
        for words in set_off.chain(role_before(doc, m.tokens.start)) {
            found.push((m.entity, doc.token_span(words.start, words.end - 1)));
        }
    }
    for (e, span) in found {
        add_descriptor(doc, e, span);
    }
}

/// Gives entity `e` the descriptor the words at `span` make, unless it has
/// it already, or one it ends (`one victim` of `the son of one victim`,
/// where a speaker's phrase starts after `of`).
pub(super) fn add_descriptor(doc: &mut Document<'_>, e: usize, span: Span) {
    let text = doc.slice(span).to_string();
    let ends =
        |d: &String| d == &text || d.strip_suffix(text.as_str()).is_some_and(|rest| rest.ends_with([' ', '\u{a0}']));
    if !doc.entities[e].descriptors.iter().any(ends) {
        doc.entities[e].descriptors.push(text);
    }
}

/// `Prime Minister Daria Voss`, `captain Joe Harlow`, `Rovers manager
/// Steve Pike`, `Democratic presidential candidate Hillary Clinton`: up to
/// four words right before a name (at `name`), ending on a noun for a
/// person. The words are lower case, a title's capitals, or another kind
/// of name (`Rovers`, `Democratic`); they stop at an article, a verb, a
/// preposition or a person's name.
fn role_before(doc: &Document<'_>, name: usize) -> Option<Range<usize>> {
    let floor = sentence_range(doc, name).start;
    let mut start = name;
    while start > floor && name - start < 4 {
        let i = start - 1;
        let word = doc.word(i);
        // (`front-runner`: a hyphen inside a word.)
        let inner_hyphen = word == "-"
            && i > floor
            && doc.tokens[i - 1].end == doc.tokens[i].start
            && doc.tokens[i].end == doc.tokens[i + 1].start;
        let in_name = doc.mention_at(i).map(|m| m.kind);
        // (`Germany's Chancellor`: a place's or a body's possessive; after
        // a person's, the role is theirs alone.)
        let bodys_possessive = is_possessive_mark(word)
            && i > floor
            && doc.mention_at(i - 1).is_some_and(|m| m.kind != EntityType::Person);
        let fits = match in_name {
            Some(EntityType::Person) => false,
            Some(_) => true,
            None if inner_hyphen || bodys_possessive => true,
            None => {
                let lower = doc.lower(i);
                doc.tokens[i].kind == TokenKind::Word
                    && !is_determiner(lower)
                    && !ends_phrase(lower)
                    && !PRONOUNS.contains(&word)
                    && !is_cue_at(doc, i)
                    && !is_possessive_mark(word)
                    && (!is_adverb(lower) || lower == "first")
                    && !lower.ends_with("ed")
                    && !lower.ends_with("ing")
                    && !matches!(
                        lower,
                        "and"
                            | "or"
                            | "but"
                            | "of"
                            | "for"
                            | "by"
                            | "as"
                            | "said"
                            | "behind"
                            | "against"
                            | "among"
                            | "amid"
                            | "over"
                            | "under"
                            | "like"
                            | "unlike"
                            | "between"
                            | "toward"
                            | "towards"
                            | "well"
                    )
            }
        };
        if !fits {
            break;
        }
        start -= 1;
    }
    // (Whole names only: `Rovers manager`, not `Kingsport Rovers`' tail.
    // Before capitals, only words that qualify a title: `former Vermont
    // governor`, not `the way FBI Director James Comey`.)
    let qualifies_a_title = |i: usize| {
        let capitals_follow = (i + 1..name).any(|j| doc.word(j).starts_with(char::is_uppercase));
        !doc.word(i).starts_with(char::is_lowercase)
            || !capitals_follow
            || matches!(
                doc.lower(i),
                "former"
                    | "then"
                    | "fellow"
                    | "longtime"
                    | "late"
                    | "acting"
                    | "deputy"
                    | "interim"
                    | "presumptive"
                    | "likely"
                    | "prospective"
                    | "possible"
                    | "potential"
                    | "veteran"
                    | "current"
                    | "outgoing"
                    | "incoming"
                    | "state"
                    | "district"
                    | "reality"
                    | "top"
                    | "senior"
                    | "leading"
            )
    };
    while start < name
        && (doc.mention_at(start).is_some_and(|m| m.tokens.start < start)
            || !qualifies_a_title(start)
            || doc.tokens[start].kind == TokenKind::Punct
            || is_possessive_mark(doc.word(start)))
    {
        start += 1;
    }
    // (`19-year-old Tyler Grant`: an age alone is no description.)
    if start == name || start + 1 == name && doc.lower(start).ends_with("year-old") {
        return None;
    }
    // (A capitalised head is an office's or a trade's, `Governor`,
    // `Comedian`: not a name, as in `donor Luther Pate`.)
    let head = doc.lower(name - 1);
    let word = doc.word(name - 1);
    let names = lexicon();
    let a_name = word.starts_with(char::is_uppercase)
        && (names.first_names.contains_key(word) || names.last_names.contains(word))
        && !(OFFICES.contains(&head) || ROLE_NOUNS.contains(&head) || PERSON_NOUNS.contains(&head));
    // (`Gov. Greg Abbott`, `Sen. Ted Cruz`: an office's abbreviation.)
    let abbreviated = matches!(
        word,
        "Gov."
            | "Sen."
            | "Rep."
            | "Gen."
            | "Lt."
            | "Col."
            | "Sgt."
            | "Capt."
            | "Adm."
            | "Maj."
            | "Cmdr."
            | "Det."
            | "Supt."
    );
    (doc.mention_at(name - 1).is_none() && (names_a_person(head) && !a_name || abbreviated)).then_some(start..name)
}

/// `The finance minister, Elena Petrakis, flew`, `Brennan's campaign
/// manager, Lisa Ortega, called`, `Outside the court, the son of one
/// victim, David Harper, said`: a noun phrase that opens the sentence or
/// follows a comma, on a determiner or a possessive, then the name
/// between commas.
fn description_before(doc: &Document<'_>, name: &Range<usize>) -> Option<Range<usize>> {
    let comma = name.start.checked_sub(1).filter(|&c| doc.word(c) == ",")?;
    let closed = name.end < doc.tokens.len() && doc.word(name.end) == ",";
    let sentence_start = sentence_range(doc, name.start).start;
    let start = (sentence_start..comma).rev().find(|&i| doc.word(i) == ",").map_or(sentence_start, |c| c + 1);
    // (`And Florida's attorney general, Pam Bondi,`: past a conjunction.)
    let start = start + usize::from(matches!(doc.lower(start), "and" | "but" | "so" | "yet" | "or"));
    let words = start..comma;
    let opens = is_determiner(doc.lower(start)) || (start..comma).any(|i| is_possessive_mark(doc.word(i)));
    let noun_phrase = (2..=8).contains(&words.len())
        && words.clone().all(|i| doc.tokens[i].kind != TokenKind::Punct || is_possessive_mark(doc.word(i)))
        && !words.clone().any(|i| is_cue_at(doc, i));
    if closed && opens && noun_phrase {
        return Some(words);
    }
    // `according to a report by its finance director, Alan Birch.`: a
    // short noun phrase on a determiner right before the comma, ending a
    // longer clause, when the name closes the clause (not `In his
    // assessment of the real estate magnate, Calderon intimated`, where
    // the phrase is the opening's; nor `the daughter of the mayor, Jane
    // Roe,`, whose description is the whole).
    let ends = name.end >= doc.tokens.len() || matches!(doc.word(name.end), "," | "." | ";");
    let article = (comma.saturating_sub(5).max(sentence_start)..comma).rev().find(|&i| is_determiner(doc.lower(i)))?;
    let plain = (article + 1..comma).all(|i| {
        doc.word(i).starts_with(char::is_lowercase)
            && !is_cue_at(doc, i)
            && !matches!(doc.lower(i), "under" | "from" | "of" | "in" | "on" | "at" | "for" | "with" | "without" | "by")
    });
    let after_of = article > 0 && doc.lower(article - 1) == "of";
    (ends && plain && !after_of && comma > article + 1).then_some(article..comma)
}

/// Nouns for people, as in `a trader`, `one resident`, `the spokesman`.
pub(super) const PERSON_NOUNS: &[&str] = &[
    "man", "woman", "trader", "official", "spokesman", "spokeswoman", "spokesperson", "resident", "witness", "analyst",
    "farmer", "owner", "worker", "teacher", "student", "officer", "doctor", "lawyer", "voter", "fan", "viewer",
    "neighbor", "neighbour", "source", "aide", "diplomat", "executive", "employee", "nurse", "driver", "passenger",
    "visitor", "customer", "economist", "expert", "activist", "protester", "soldier", "survivor", "mother", "father",
    "parent", "girl", "boy", "player", "coach", "user", "reader", "listener", "caller",
];

/// The noun a description says the speaker is, before what follows it:
/// `former secretary of State` → `secretary`, `senator from Vermont` →
/// `senator`, `Democratic leader next year` → `leader`.
pub(super) fn person_head<'d>(doc: &'d Document<'_>, words: Range<usize>) -> &'d str {
    // (Not at the first word: `its finance director`.)
    let end = (words.start + 1..words.end).find(|&i| {
        let w = doc.word(i);
        ends_phrase(w)
            || matches!(w, "of" | "for" | "who" | "whom" | "that" | "which" | "whose" | "next" | "last" | "this")
    });
    doc.word(end.unwrap_or(words.end).max(words.start + 1) - 1)
}

/// Offices written as titles before a name (`Chancellor Angela Merkel`,
/// `Senate Minority Leader Harry Reid`) that are surnames too.
const OFFICES: &[&str] = &[
    "governor", "senator", "mayor", "chancellor", "speaker", "leader", "judge", "justice", "minister", "pastor",
    "marshal", "sheriff", "bishop", "dean", "chief", "president", "secretary", "director", "officer",
];

/// Role nouns that no ending in [`names_a_person`] gives away.
const ROLE_NOUNS: &[&str] = &[
    "candidate", "host", "judge", "lady", "magnate", "mogul", "star", "tycoon", "billionaire", "millionaire", "chief",
    "secretary", "king", "queen", "prince", "princess", "pope", "general", "colonel", "captain", "sheriff", "rabbi",
    "bishop", "priest", "cardinal", "veteran", "champion", "hopeful", "rival", "opponent", "attorney", "agent",
    "pundit", "guru", "celebrity", "actress", "heiress", "wife", "husband", "son", "mom", "dad", "friend", "colleague",
    "child", "kid", "teen", "suspect", "victim", "defendant", "plaintiff", "detective", "patient", "surgeon",
    "neurosurgeon", "model", "heir", "chair", "boss", "assistant", "consultant", "participant", "informant",
    "sergeant", "lieutenant", "incumbent", "president", "nominee", "appointee", "retiree", "detainee", "attendee",
    "referee", "justice", "head", "democrat", "republican", "ceo", "cfo", "coo", "cto", "substitute", "forward",
    "rookie",
];

/// Words with a person's ending (`-er`, `-or`, `-ist`, `-ian`) that name
/// a thing or a place.
const NOT_PERSONS: &[&str] = &[
    "center", "centre", "letter", "newsletter", "paper", "order", "number", "matter", "quarter", "corner", "border",
    "chapter", "power", "water", "summer", "winter", "computer", "poster", "flier", "flyer", "filer", "cover",
    "character", "after", "over", "under", "later", "earlier", "together", "other", "whether", "rather", "floor",
    "door", "error", "sector", "factor", "color", "colour", "favor", "behavior", "behaviour", "mirror", "terror",
    "motor", "major", "minor", "corridor", "labor", "labour", "honor", "humor", "list", "twist", "wrist", "mist",
    "gist", "median", "guardian", "former", "latter", "neither", "either", "another", "super", "checklist", "playlist",
    "shortlist", "blacklist", "waitlist", "wishlist", "setlist", "whatever", "wherever", "however", "whenever",
    "forever", "nor", "ouster",
];

/// True when a description's head (in lower case) names one person: `the
/// candidate`, `the spokeswoman`, `the 46-year-old`, `the developer`; not
/// a thing (`the agreement`, `the story`), a place (`the state`) or a
/// group (`the crowd`, `the candidates`), which are never the last person
/// named.
pub(super) fn names_a_person(head: &str) -> bool {
    if PERSON_NOUNS.contains(&head) || ROLE_NOUNS.contains(&head) {
        return true;
    }
    if NOT_PERSONS.contains(&head) {
        return false;
    }
    ["man", "woman", "person", "er", "or", "ist", "ian", "year-old"].iter().any(|ending| head.ends_with(ending))
}
