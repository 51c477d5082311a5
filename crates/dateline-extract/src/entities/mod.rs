//! Entity mentions: the tagger's PER/ORG/LOC/MISC names refined into news
//! types (GPE, LOC, FAC, EVENT, NORP, PRODUCT) by gazetteer and rule, plus
//! quoted titles as WORK.

use crate::doc::{Document, EntityType, Mention, Span};
use crate::lexicon::lexicon;
use crate::ner;
use crate::tokenize::TokenKind;
use crate::Stage;

mod bounds;
mod context;
mod names;
mod tables;

use bounds::{
    before_trailing_titles, bracketed_given_names, clubs_with_their_town_letters, companies_named_with_a_possessive,
    extend_over_greater, extend_over_heads, extend_over_purpose, extend_over_suffixes, join_compounds,
    names_with_their_year, newspapers_with_the, past_an_office_of, past_office_titles, people_after_a_place_and_title,
    people_apart_from_places, places_named_by_their_kind, possessive_names, split_at_open_brackets, within_edges,
};
use context::{
    companies_by_shares_and_boards, employers_after_people, kin_and_employers_by_their_nouns, names_before_their_nouns,
    organisations_by_appositive, people_by_their_age, people_in_lists, places_after_in, police_forces,
    storms_by_their_names, towns_before_their_country, vessels_by_their_nouns,
};
use tables::{clubs_before_country_and_score, clubs_in_fixtures, sides_in_results_lines, venues_opening_results};

pub use names::{
    gender_of_title, is_organisation_head, is_place, names_a_club, names_a_company, surname, without_legal_form,
};
use names::{
    is_honorific, is_institution_head, is_name_particle, is_platform, is_street_head, refine_type, EVENT_WORDS,
    ORGANISATION_HEADS, TITLES,
};

pub struct EntityTagger;

impl Stage for EntityTagger {
    fn name(&self) -> &'static str {
        "entities"
    }

    fn run(&self, doc: &mut Document<'_>) {
        let tags = ner::model().tag_document(doc);
        let mut mentions = Vec::new();
        for range in &doc.sentences {
            let tags = &tags[range.clone()];
            let mut i = 0;
            while i < tags.len() {
                let tag = tags[i];
                if tag == 0 {
                    i += 1;
                    continue;
                }
                let mut j = i + 1;
                while j < tags.len() && tags[j] == tag + (tag % 2) {
                    j += 1;
                }
                let (first, last) = within_edges(doc, range.start + i, range.start + j - 1);
                for (first, last) in split_at_open_brackets(doc, first, last).into_iter().flatten() {
                    let is_person = ner::tag_name(tag).ends_with("PER");
                    let tagged_first = first;
                    let first = if is_person {
                        past_office_titles(doc, first, last)
                    } else {
                        past_an_office_of(doc, first, last)
                    };
                    let tagged_last = last;
                    let Some(last) = before_trailing_titles(doc, first, last, is_person) else { continue };
                    let span = doc.token_span(first, last);
                    if !doc.in_title(span) && plausible_name(doc, first, last, i == 0) {
                        // `her Instagram Story`: the platform is the name.
                        let (last, span) = if is_platform(doc.word(first)) {
                            (first, doc.token_span(first, first))
                        } else {
                            (last, span)
                        };
                        let label = &ner::tag_name(tag)[2..];
                        // (A town left once its person's title is cut,
                        // `Chicago` of `Chicago Cardinal` or `Mayor of
                        // London`, is the town.)
                        let cut = last < tagged_last || !is_person && first > tagged_first;
                        let town = cut && is_place(doc.slice(span));
                        let kind = if town { EntityType::Gpe } else { refine_type(label, doc.slice(span)) };
                        mentions.push(Mention { span, tokens: first..last + 1, kind, entity: usize::MAX, name: None });
                    }
                }
                i = j;
            }
        }
        drop_lone_titles(doc, &mut mentions);
        people_after_honorifics(doc, &mut mentions);
        people_apart_from_their_bodies(doc, &mut mentions);
        people_apart_from_places(doc, &mut mentions);
        people_after_a_place_and_title(doc, &mut mentions);
        let nicknames = nicknames(doc, &mut mentions);
        doc.titles.retain(|t| !nicknames.contains(t));
        for &title in &doc.titles {
            let first = doc.token_at(title.start);
            let last = doc.token_at(title.end).saturating_sub(1).max(first);
            mentions.push(Mention {
                span: title,
                tokens: first..last + 1,
                kind: EntityType::Work,
                entity: usize::MAX,
                name: None,
            });
        }
        add_street_names(doc, &mut mentions);
        add_numbered_roads(doc, &mut mentions);
        add_italian_leagues(doc, &mut mentions);
        sides_in_results_lines(doc, &mut mentions);
        clubs_before_country_and_score(doc, &mut mentions);
        clubs_in_fixtures(doc, &mut mentions);
        venues_opening_results(doc, &mut mentions);
        add_place_adjectives(doc, &mut mentions);
        add_bodies(doc, &mut mentions);
        add_platforms(doc, &mut mentions);
        add_acronyms_beside_their_names(doc, &mut mentions);
        organisations_by_appositive(doc, &mut mentions);
        companies_by_shares_and_boards(doc, &mut mentions);
        mentions.sort_by_key(|m| m.span.start);
        employers_after_people(doc, &mut mentions);
        places_after_in(doc, &mut mentions);
        people_in_lists(doc, &mut mentions);
        towns_before_their_country(doc, &mut mentions);
        storms_by_their_names(doc, &mut mentions);
        vessels_by_their_nouns(doc, &mut mentions);
        people_by_their_age(doc, &mut mentions);
        names_before_their_nouns(doc, &mut mentions);
        police_forces(doc, &mut mentions);
        kin_and_employers_by_their_nouns(doc, &mut mentions);
        add_shouted_names_from_the_body(doc, &mut mentions);
        extend_over_heads(doc, &mut mentions);
        extend_over_purpose(doc, &mut mentions);
        extend_over_suffixes(doc, &mut mentions);
        names_with_their_year(doc, &mut mentions);
        companies_named_with_a_possessive(doc, &mut mentions);
        possessive_names(doc, &mut mentions);
        join_compounds(doc, &mut mentions);
        bracketed_given_names(doc, &mut mentions);
        clubs_with_their_town_letters(doc, &mut mentions);
        extend_over_greater(doc, &mut mentions);
        places_named_by_their_kind(doc, &mut mentions);
        newspapers_with_the(doc, &mut mentions);
        share_surnames(doc, &mut mentions);
        place_the_datelines(doc, &mut mentions);
        doc.mentions = merge_adjacent(doc, mentions);
    }
}

/// A name starts with a letter or digit, and a lone capitalised word that
/// opens a sentence or a quote is a name only if it is not a common word
/// (`“Best night of my life”`): sentiment words are never names, nor words
/// the article writes in lower case too, nor a participle before its
/// preposition (`Born in Leeds`).
fn plausible_name(doc: &Document<'_>, first: usize, last: usize, opens_sentence: bool) -> bool {
    let word = doc.word(first);
    if !word.starts_with(char::is_alphanumeric) {
        return false;
    }
    let opens = opens_sentence || first > 0 && matches!(doc.word(first - 1), "\"" | "“" | "‘" | "'");
    // (`"See you on Saturday"`, `Thank you`: a verb before its object.)
    let before_object = || {
        doc.tokens.get(last + 1).is_some()
            && matches!(doc.word(last + 1), "you" | "me" | "him" | "her" | "us" | "them" | "it")
    };
    if first == last && opens && before_object() {
        return false;
    }
    // (`Born in Leeds on March 3, 1933, …`, `Raised in Ohio, she …`: a
    // participle opening a clause before its preposition.)
    let participle = word.len() > 5 && word.ends_with("ed") || matches!(word, "Born" | "Known" | "Given" | "Seen");
    let before_preposition = || {
        doc.tokens.get(last + 1).is_some() && matches!(doc.word(last + 1), "in" | "on" | "at" | "by" | "as" | "from")
    };
    if first == last && opens && participle && before_preposition() {
        return false;
    }
    // (`a Section 114 notice`: a numbered part of a law, not a body.)
    let numbered = || doc.tokens.get(last + 1).is_some_and(|t| t.kind == TokenKind::Number);
    if first == last && matches!(word, "Section" | "Chapter" | "Clause" | "Paragraph") && numbered() {
        return false;
    }

    if first == last && opens {
        let lex = lexicon();
        if lex.first_names.contains_key(word) || lex.places.contains_key(word) {
            return true;
        }
        let lower = word.to_lowercase();
        // (`Court blocks fare rise` over a story of `the court`: a word
        // the article writes in lower case too.)
        return !lex.valence.contains(&lower) && !(0..doc.tokens.len()).any(|t| doc.word(t) == lower);
    }
    true
}

/// `Maria “The Rocket” Alvarez`: a quoted title between two parts of a
/// name is a nickname. The name around it becomes one person mention, and
/// the nickname is not a work. Returns the nicknames' spans.
fn nicknames(doc: &Document<'_>, mentions: &mut Vec<Mention>) -> Vec<Span> {
    let mut found = Vec::new();
    for &title in &doc.titles {
        let open = doc.token_at(title.start).saturating_sub(1);
        let close = doc.token_at(title.end);
        let before = mentions.iter().position(|m| m.tokens.end == open);
        let after = mentions.iter().position(|m| m.tokens.start == close + 1);
        let (Some(b), Some(a)) = (before, after) else { continue };
        let is_person =
            |m: &Mention| m.kind == EntityType::Person || lexicon().first_names.contains_key(doc.word(m.tokens.start));
        if !(is_person(&mentions[b]) || is_person(&mentions[a])) {
            continue;
        }
        let name = format!("{} {}", doc.slice(mentions[b].span), doc.slice(mentions[a].span));
        let merged = Mention {
            span: Span::new(mentions[b].span.start, mentions[a].span.end),
            tokens: mentions[b].tokens.start..mentions[a].tokens.end,
            kind: EntityType::Person,
            entity: usize::MAX,
            name: Some(name),
        };
        mentions[b] = merged;
        mentions.remove(a);
        found.push(title);
    }
    found
}

/// `a bakery on Front Street`: a capitalised word before a street word is a
/// street, even where the tagger, seeing a common word, found no name.
fn add_street_names(doc: &Document<'_>, mentions: &mut Vec<Mention>) {
    for k in 1..doc.tokens.len() {
        if !is_street_head(doc.word(k)) {
            continue;
        }
        let named = |i: usize| mentions.iter().any(|m| m.tokens.contains(&i));
        let first = k - 1;
        let opens_sentence = first == 0 || doc.tokens[first - 1].sentence != doc.tokens[first].sentence;
        if doc.tokens[first].sentence != doc.tokens[k].sentence
            || opens_sentence
            || !doc.word(first).starts_with(char::is_uppercase)
            || named(first)
            || named(k)
        {
            continue;
        }
        mentions.push(Mention::of_tokens(doc, first..k + 1, EntityType::Fac));
    }
}

/// `Minneapolis-based First Bank`, `Mo.-based`, `St. Louis-based`: where
/// a company is based is a name of its own (NORP, as `German` is), found
/// where the tagger passed over it. (Only `-based`: CoNLL's annotators
/// took these and left `-born` and `-backed` out as often as not.)
fn add_place_adjectives(doc: &Document<'_>, mentions: &mut Vec<Mention>) {
    let mut found = Vec::new();
    for k in 0..doc.tokens.len() {
        let word = doc.word(k);
        if doc.tokens[k].kind != TokenKind::Word || !word.starts_with(char::is_uppercase) {
            continue;
        }
        // (`Mo.-based`: an abbreviation's point keeps the hyphen and the
        // participle tokens of their own.)
        let attached = |t: usize| t < doc.tokens.len() && doc.tokens[t].start == doc.tokens[t - 1].end;
        // (A place the gazetteer knows or an abbreviation's: not
        // `Corn-based ethanol`.)
        let based = |w: &str| {
            w.split_once('-').is_some_and(|(place, rest)| {
                rest == "based"
                    && (is_place(place) || place.ends_with('.') || place.chars().all(|c| c.is_ascii_uppercase()))
            })
        };
        let last = if based(word) {
            k
        } else if word.ends_with('.')
            && attached(k + 1)
            && doc.word(k + 1) == "-"
            && attached(k + 2)
            && doc.word(k + 2) == "based"
        {
            k + 2
        } else {
            continue;
        };
        // (`St. Louis-based`: the town's first word before.)
        let first =
            if k > 0 && matches!(doc.word(k - 1), "St." | "St" | "San" | "New" | "Los" | "Las") { k - 1 } else { k };
        if !mentions.iter().any(|m| m.tokens.start <= last && first < m.tokens.end) {
            found.push(Mention::of_tokens(doc, first..last + 1, EntityType::Norp));
        }
    }
    mentions.extend(found);
}

/// `Interstate 95`, `Route 66`, `Highway 1`: a road's word and its number
/// are a road, a facility, whatever the tagger made of the word alone (a
/// body, or nothing).
fn add_numbered_roads(doc: &Document<'_>, mentions: &mut Vec<Mention>) {
    for k in 0..doc.tokens.len().saturating_sub(1) {
        let number = k + 1;
        let numbered = doc.tokens[number].kind == TokenKind::Number
            && doc.word(number).len() <= 4
            && doc.word(number).bytes().all(|b| b.is_ascii_digit())
            && doc.tokens[number].sentence == doc.tokens[k].sentence;
        if !matches!(doc.word(k), "Interstate" | "Route" | "Highway") || !numbered {
            continue;
        }
        let first = match mentions.iter().find(|m| m.tokens.end == k + 1) {
            Some(m) => m.tokens.start,
            None => k,
        };
        mentions.retain(|m| m.tokens.end <= first || m.tokens.start > number);
        mentions.push(Mention::of_tokens(doc, first..number + 1, EntityType::Fac));
    }
}

/// `WOODS MAKES PRO DEBUT` over a story of `Tiger Woods`, `ALL BLACK SPELL`
/// over `the All Blacks`: a headline in capitals gives the tagger no case
/// to go by, and it may miss a name the story names. Words of a headline
/// in capitals that spell a name the story has in its body (or a person's
/// surname) are that name, of its kind.
fn add_shouted_names_from_the_body(doc: &Document<'_>, mentions: &mut Vec<Mention>) {
    let shouted = |range: &std::ops::Range<usize>| {
        let words = || range.clone().filter(|&t| doc.tokens[t].kind == TokenKind::Word);
        words().next().is_some() && words().all(|t| !doc.word(t).chars().any(char::is_lowercase))
    };
    let headlines: Vec<std::ops::Range<usize>> = doc.sentences.iter().filter(|r| shouted(r)).cloned().collect();
    if headlines.is_empty() {
        return;
    }
    let in_headline = |t: usize| headlines.iter().any(|r| r.contains(&t));
    let mut known: Vec<(String, EntityType)> = Vec::new();
    for m in mentions.iter().filter(|m| !in_headline(m.tokens.start)) {
        known.push((doc.slice(m.span).to_uppercase(), m.kind));
        if m.kind == EntityType::Person && m.tokens.len() > 1 {
            known.push((doc.word(m.tokens.end - 1).to_uppercase(), m.kind));
        }
    }
    let mut added = Vec::new();
    for range in &headlines {
        let mut t = range.start;
        while t < range.end {
            let found = (1..=3).rev().filter(|n| t + n <= range.end).find_map(|n| {
                let span = doc.token_span(t, t + n - 1);
                let free = !mentions.iter().any(|m| m.tokens.start < t + n && t < m.tokens.end);
                let kind = known.iter().find(|(name, _)| name == doc.slice(span)).map(|(_, kind)| *kind);
                kind.filter(|_| free && doc.tokens[t].kind == TokenKind::Word).map(|kind| (n, kind))
            });
            match found {
                Some((n, kind)) => {
                    added.push(Mention::of_tokens(doc, t..t + n, kind));
                    t += n;
                }
                None => t += 1,
            }
        }
    }
    if !added.is_empty() {
        mentions.extend(added);
        mentions.sort_by_key(|m| m.span.start);
    }
}

/// `loaned to serie A club Atalanta`: Italy's football leagues, which the
/// wires write with a small `serie`, are a competition, an event, like any
/// sports league (see `names_a_sports_league`).
fn add_italian_leagues(doc: &Document<'_>, mentions: &mut Vec<Mention>) {
    for k in 0..doc.tokens.len().saturating_sub(1) {
        let league = matches!(doc.word(k), "serie" | "Serie") && matches!(doc.word(k + 1), "A" | "B");
        if league && !mentions.iter().any(|m| m.tokens.contains(&k) || m.tokens.contains(&(k + 1))) {
            mentions.push(Mention::of_tokens(doc, k..k + 2, EntityType::Event));
        }
    }
}

/// `A High Court judge`, `the Transport Committee`: capitalised words
/// before a body's head word, inside a sentence, are a body, even where
/// the tagger found no name.
fn add_bodies(doc: &Document<'_>, mentions: &mut Vec<Mention>) {
    for head in 1..doc.tokens.len() {
        if !ORGANISATION_HEADS.contains(&doc.word(head)) || mentions.iter().any(|m| m.tokens.contains(&head)) {
            continue;
        }
        let sentence = doc.tokens[head].sentence;
        let opens_sentence = |t: usize| t == 0 || doc.tokens[t - 1].sentence != sentence;
        let mut first = head;
        while head - first < 3
            && !opens_sentence(first)
            && doc.tokens[first - 1].kind == TokenKind::Word
            && doc.word(first - 1).starts_with(char::is_uppercase)
            // (Nor an article or, as in a headline in title case, a
            // preposition: `Suspect Named By Police`.)
            && !matches!(
                doc.word(first - 1),
                "A" | "An" | "The" | "This" | "That" | "Its" | "His" | "Her" | "Their" | "By" | "Of" | "In" | "For" | "To"
                    | "And" | "On" | "At" | "With" | "From"
            )
            && !mentions.iter().any(|m| m.tokens.contains(&(first - 1)))
        {
            first -= 1;
        }
        if first == head || opens_sentence(first) {
            continue;
        }
        let span = doc.token_span(first, head);
        mentions.push(Mention { span, tokens: first..head + 1, kind: EntityType::Org, entity: usize::MAX, name: None });
    }
}

/// `a message on LinkedIn`: a social network's name is an organisation
/// wherever it stands, even where the tagger, trained on news from before
/// them all, found no name.
fn add_platforms(doc: &Document<'_>, mentions: &mut Vec<Mention>) {
    for k in 0..doc.tokens.len() {
        if is_platform(doc.word(k)) && !mentions.iter().any(|m| m.tokens.contains(&k)) {
            let span = doc.token_span(k, k);
            mentions.push(Mention { span, tokens: k..k + 1, kind: EntityType::Org, entity: usize::MAX, name: None });
        }
    }
}

/// `KDP ( Kurdistan Democratic Party )`, `the Patriotic Union of Kurdistan
/// (PUK)`: a word in capitals that spells the initials of the name it
/// stands in brackets beside is that name's acronym, a name of the same
/// kind, even where the tagger, never having seen it, found no name.
fn add_acronyms_beside_their_names(doc: &Document<'_>, mentions: &mut Vec<Mention>) {
    let mut added = Vec::new();
    for m in mentions.iter().filter(|m| m.kind != EntityType::Person) {
        let (start, end) = (m.tokens.start, m.tokens.end);
        // Before the bracket that holds the name, or inside the one after it.
        let before = (start >= 2 && doc.word(start - 1) == "(" && end < doc.tokens.len() && doc.word(end) == ")")
            .then(|| start - 2);
        let after = (end + 2 < doc.tokens.len() && doc.word(end) == "(" && doc.word(end + 2) == ")").then_some(end + 1);
        for k in [before, after].into_iter().flatten() {
            let free = !mentions.iter().any(|o| o.tokens.contains(&k));
            if free && spells_initials(doc.word(k), doc.slice(m.span)) {
                added.push(Mention::of_tokens(doc, k..k + 1, m.kind));
            }
        }
    }
    if !added.is_empty() {
        mentions.extend(added);
        mentions.sort_by_key(|m| m.span.start);
    }
}

/// `KDP` of `Kurdistan Democratic Party`, `PUK` of `Patriotic Union of
/// Kurdistan`: two to six capitals, the first letters of the name's
/// capitalised words.
fn spells_initials(word: &str, name: &str) -> bool {
    let initials = name.split(' ').filter_map(|w| w.chars().next()).filter(|c| c.is_uppercase());
    (2..=6).contains(&word.len()) && word.chars().all(|c| c.is_ascii_uppercase()) && word.chars().eq(initials)
}

/// `KUWAIT CITY (Wire) -`, `ST. LOUIS 1996-08-30`, `NICE , France
/// 1996-08-30`: the name in capitals that opens a wire story, or a line of
/// it, before the wire's name or the filing date, is where the story was
/// filed, whatever the tagger took it for or however it split it.
fn place_the_datelines(doc: &Document<'_>, mentions: &mut Vec<Mention>) {
    let shouted = |w: &str| w.chars().any(char::is_uppercase) && !w.chars().any(char::is_lowercase);
    let dated = |k: usize| {
        k < doc.tokens.len() && doc.tokens[k].kind == TokenKind::Number && doc.word(k).matches('-').count() == 2
    };
    for start in 0..doc.tokens.len() {
        if !doc.opens_paragraph(start) || !shouted(doc.word(start)) {
            continue;
        }
        // The words in capitals, with the point of `ST.`.
        let mut end = start;
        while end < doc.tokens.len() && end < start + 5 {
            let word = doc.word(end);
            let abbreviation_point = word == "." && end > start && doc.word(end - 1).len() <= 3;
            if !(doc.tokens[end].kind == TokenKind::Word && shouted(word) || abbreviation_point) {
                break;
            }
            end += 1;
        }
        let next = (end < doc.tokens.len()).then(|| doc.word(end));
        // `NICE , France 1996-08-30`: the country between.
        let country_then_date = next == Some(",")
            && (end + 2..end + 5)
                .any(|k| dated(k) && (end + 1..k).all(|j| doc.word(j).starts_with(char::is_uppercase)));
        // `KUWAIT CITY (Wire) -`: the wire's name in brackets, then a
        // dash (not a table's row, `CPI ( pct )`, `LONG GILT ( SEP )`).
        let wire_then_dash = next == Some("(")
            && doc.tokens.get(end + 3).is_some()
            && doc.word(end + 2) == ")"
            && matches!(doc.word(end + 3), "-" | "—" | "–");
        if wire_then_dash || dated(end) || country_then_date {
            mentions.retain(|m| m.tokens.end <= start || m.tokens.start >= end);
            let span = doc.token_span(start, end - 1);
            mentions.push(Mention { span, tokens: start..end, kind: EntityType::Gpe, entity: usize::MAX, name: None });
        } else if doc.tokens[start].paragraph <= 1 && matches!(next, Some("-" | "—" | "–" | ",")) {
            // `KUWAIT CITY - …` opening the story, or its first paragraph
            // after the headline: a name the tagger found. Not a section
            // before a headline in capitals (`RUGBY UNION - SPRINGBOKS
            // WIN`).
            let headline_follows = doc.tokens.get(end + 1).is_some_and(|_| shouted(doc.word(end + 1)));
            // (Nor a wire's code before its headline: `RTRS - Budget cuts …`.)
            let wire = end == start + 1 && is_wire_code(doc.word(start));
            if let Some(m) =
                mentions.iter_mut().find(|m| m.tokens == (start..end)).filter(|_| !headline_follows && !wire)
            {
                m.kind = EntityType::Gpe;
            }
        }
    }
    mentions.sort_by_key(|m| m.span.start);
}

/// The codes news wires file under, in capitals (`RTRS` is Reuters').
fn is_wire_code(word: &str) -> bool {
    matches!(
        word,
        "RTRS"
            | "AP"
            | "AFP"
            | "UPI"
            | "DPA"
            | "PA"
            | "ANSA"
            | "EFE"
            | "KYODO"
            | "XINHUA"
            | "TASS"
            | "PTI"
            | "IANS"
            | "YONHAP"
            | "BERNAMA"
            | "ANTARA"
    )
}

/// Joins names the tagger split in two when together they name an event or
/// a building (`Billboard` + `Music Awards`): such names are long and
/// CoNLL's newswire rarely has them.
fn merge_adjacent(doc: &Document<'_>, mentions: Vec<Mention>) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
    for mention in mentions {
        if let Some(prev) = out.last_mut() {
            // `Mohammed bin Salman`, `Ludwig van Beethoven`, `Zine
            // al-Abidine Ben Ali`: a name's particle, or a word joined to
            // one, between two parts of a person's name.
            let between = doc.word(prev.tokens.end);
            let joined_to_particle = between
                .split_once('-')
                .is_some_and(|(particle, rest)| is_name_particle(particle) && rest.starts_with(char::is_uppercase));
            let particle = prev.tokens.end + 1 == mention.tokens.start
                && (is_name_particle(between) || joined_to_particle)
                && prev.kind == EntityType::Person
                && mention.kind == EntityType::Person
                && doc.tokens[prev.tokens.end].sentence == doc.tokens[mention.tokens.start].sentence;
            if particle {
                prev.span = Span::new(prev.span.start, mention.span.end);
                prev.tokens.end = mention.tokens.end;
                continue;
            }
            let joined = Span::new(prev.span.start, mention.span.end);
            // (Not over a line's end, `Aravinda de Silva` + `Next Series`,
            // nor onto a place: `Jewish` + `West Bank` is no bank.)
            let only_space = prev.tokens.end == mention.tokens.start
                && doc.text[prev.span.end..mention.span.start].bytes().all(|b| b == b' ')
                && !matches!(mention.kind, EntityType::Gpe | EntityType::Loc);
            // (Nor after a word that only describes what follows:
            // `Los Angeles-based`, `anti-Rangoon`.)
            let prev_text = doc.slice(prev.span);
            let prev_last = prev_text.rsplit(' ').next().unwrap_or(prev_text);
            let modifier =
                prev_last.contains('-') && prev_last.split('-').any(|part| part.starts_with(char::is_lowercase));
            if only_space && !modifier && prev.kind != EntityType::Work && mention.kind != EntityType::Work {
                let joined_name = doc.slice(joined);
                let last = joined_name.rsplit(' ').next().unwrap_or(joined_name);
                let kind =
                    if ORGANISATION_HEADS.contains(&last) { EntityType::Org } else { refine_type("MISC", joined_name) };
                // The second name brings the head word that makes the
                // whole an event (`Berlin` + `Grand Prix`), not an event's
                // name before another (`UEFA Cup` + `Lyngby`).
                let headed = kind != EntityType::Event || EVENT_WORDS.contains(&last);
                if headed && matches!(kind, EntityType::Event | EntityType::Fac | EntityType::Org) {
                    prev.span = joined;
                    prev.tokens.end = mention.tokens.end;
                    prev.kind = kind;
                    continue;
                }
            }
        }
        out.push(mention);
    }
    out
}

/// `Hamish and Euan Calder`, `Peter, Paul and Mary Jones`: first names
/// joined to a person's full name by `and` (and commas) share its surname.
/// Each is a person named with it (`Hamish Calder`), whether the tagger
/// found it a person alone or, when it is a known first name, not at all.
/// Not a word that names someone else: after a title (`President Obama
/// and Hillary Clinton`), in a fuller name elsewhere in the article
/// (`Hillary and Huma Abedin` beside `Hillary Clinton`), a common surname
/// the lists do not know as a first name, or a name the tagger gave
/// another type (`Marco Rubio of Florida and Jeb Bush`). `mentions` is in
/// text order.
fn share_surnames(doc: &Document<'_>, mentions: &mut Vec<Mention>) {
    let lex = lexicon();
    let in_fuller_name = |word: &str| {
        mentions.iter().any(|m| {
            m.kind == EntityType::Person && m.tokens.len() > 1 && m.tokens.clone().any(|t| doc.word(t) == word)
        })
    };
    let may_share = |t: usize, tagged_person: bool| {
        let word = doc.word(t);
        let after_title = t > 0 && TITLES.contains(&doc.word(t - 1));
        (lex.first_names.contains_key(word) || tagged_person && !lex.last_names.contains(word))
            && !after_title
            && !in_fuller_name(word)
    };
    let mut renamed = Vec::new();
    let mut added = Vec::new();
    for full in mentions.iter() {
        if full.kind != EntityType::Person || full.tokens.len() < 2 || full.name.is_some() {
            continue;
        }
        let words: Vec<&str> = full.tokens.clone().map(|t| doc.word(t)).skip_while(|w| TITLES.contains(w)).collect();
        if words.len() < 2 {
            continue;
        }
        let Some(surname) = surname(&words).filter(|w| !ORGANISATION_HEADS.contains(w)) else { continue };
        let sentence = doc.tokens[full.tokens.start].sentence;
        let mut joiner = full.tokens.start;
        // Back over `X and`, then `X ,` for as long as the list goes: each
        // X with the mention that is it alone, if there is one.
        let mut sharing: Vec<(usize, Option<usize>)> = Vec::new();
        let mut separators: &[&str] = &["and", "&"];
        while joiner >= 2 && separators.contains(&doc.word(joiner - 1)) {
            let t = joiner - 2;
            if doc.tokens[t].sentence != sentence || !doc.word(t).starts_with(char::is_uppercase) {
                break;
            }
            match mentions.iter().position(|m| m.tokens.contains(&t)) {
                Some(m)
                    if mentions[m].tokens.len() == 1
                        && mentions[m].kind == EntityType::Person
                        && may_share(t, true) =>
                {
                    sharing.push((t, Some(m)))
                }
                None if may_share(t, false) => sharing.push((t, None)),
                _ => break,
            }
            joiner = t;
            separators = &[","];
        }
        // `Panetta and Biden and Susan Rice`: a list of people each named
        // as the article knows them.
        if joiner >= 1 && matches!(doc.word(joiner - 1), "and" | "&") {
            continue;
        }
        for (t, mention) in sharing {
            let name = format!("{} {surname}", doc.word(t));
            match mention {
                Some(m) => renamed.push((m, name)),
                None => added.push(Mention {
                    span: doc.token_span(t, t),
                    tokens: t..t + 1,
                    kind: EntityType::Person,
                    entity: usize::MAX,
                    name: Some(name),
                }),
            }
        }
    }
    for (m, name) in renamed {
        mentions[m].name = Some(name);
    }
    if !added.is_empty() {
        mentions.extend(added);
        mentions.sort_by_key(|m| m.span.start);
    }
}

/// `Friederike Otto of Imperial College London` tagged one name: a person's
/// name (two or three capitalised words, no body's head among them, tagged
/// a person or opening with a first name) before `of` is the person, and
/// the rest where they work or live.
/// (`Marion County Board of Education`, `Jewel of India` stay whole.)
fn people_apart_from_their_bodies(doc: &Document<'_>, mentions: &mut Vec<Mention>) {
    let mut apart = Vec::new();
    for m in mentions.iter_mut() {
        let Some(of) = (m.tokens.start + 2..m.tokens.end.saturating_sub(1)).find(|&t| doc.word(t) == "of") else {
            continue;
        };
        let person = m.tokens.start..of;
        let name_like = |t: usize| {
            let word = doc.word(t);
            word.chars().next().is_some_and(char::is_uppercase)
                && word.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.')
                && !is_institution_head(word)
        };
        if person.len() > 3
            || !(m.kind == EntityType::Person || lexicon().first_names.contains_key(doc.word(person.start)))
            || !person.clone().all(name_like)
            || !doc.word(of + 1).starts_with(char::is_uppercase)
        {
            continue;
        }
        let body = of + 1..m.tokens.end;
        let body_span = doc.token_span(body.start, body.end - 1);
        let kind =
            if is_place(doc.slice(body_span)) { EntityType::Gpe } else { refine_type("ORG", doc.slice(body_span)) };
        apart.push(Mention { span: body_span, tokens: body, kind, entity: usize::MAX, name: None });
        m.set_tokens(doc, person);
        m.kind = EntityType::Person;
    }
    if !apart.is_empty() {
        mentions.extend(apart);
        mentions.sort_by_key(|m| m.span.start);
    }
}

/// `Mayor` tagged a person of its own before `Helen Okafor`: a title alone
/// right before a name is no one.
fn drop_lone_titles(doc: &Document<'_>, mentions: &mut Vec<Mention>) {
    let names_follow: Vec<usize> =
        mentions.iter().filter(|m| m.kind == EntityType::Person).map(|m| m.tokens.start).collect();
    mentions.retain(|m| {
        let lone_title = m.kind == EntityType::Person && m.tokens.clone().all(|t| TITLES.contains(&doc.word(t)));
        !(lone_title && names_follow.contains(&m.tokens.end))
    });
}

/// `Mr. Okonjo listened.`: the capitalised words after an honorific are a
/// person's name, whether the tagger missed them or typed them otherwise
/// (a lone surname it never saw in training, in a sentence that says
/// little).
fn people_after_honorifics(doc: &Document<'_>, mentions: &mut Vec<Mention>) {
    let capitalised = |t: usize| {
        t < doc.tokens.len() && doc.tokens[t].kind == TokenKind::Word && doc.word(t).starts_with(char::is_uppercase)
    };
    for i in 0..doc.tokens.len().saturating_sub(1) {
        // (`Mr. President` is an address, no name.)
        if !is_honorific(doc.word(i)) || !capitalised(i + 1) || TITLES.contains(&doc.word(i + 1)) {
            continue;
        }
        let sentence = doc.tokens[i].sentence;
        match mentions.iter_mut().find(|m| m.tokens.contains(&(i + 1))) {
            Some(m) => {
                if m.tokens.start == i + 1 && m.kind != EntityType::Work {
                    m.kind = EntityType::Person;
                }
            }
            None => {
                let mut end = i + 2;
                while end < i + 4 && capitalised(end) && doc.tokens[end].sentence == sentence {
                    end += 1;
                }
                if mentions.iter().any(|m| m.tokens.start < end && i + 1 < m.tokens.end) {
                    continue;
                }
                let span = doc.token_span(i + 1, end - 1);
                mentions.push(Mention {
                    span,
                    tokens: i + 1..end,
                    kind: EntityType::Person,
                    entity: usize::MAX,
                    name: None,
                });
            }
        }
    }
}

/// The span of a mention without leading titles (`Sen. Warren` → `Warren`),
/// but for the name of an institution, a building or a place that begins
/// with one (`Justice Department`, `King Solomon Baptist Church`, `Lord &
/// Taylor`), unless the tagger saw a person.
pub fn without_titles(doc: &Document<'_>, mention: &Mention) -> Span {
    let last = doc.word(mention.tokens.end - 1);
    let institution = mention.kind != EntityType::Person
        && (is_institution_head(last)
            || (mention.tokens.start + 1 < mention.tokens.end && doc.word(mention.tokens.start + 1) == "&"));
    if institution {
        return mention.span;
    }
    let mut first = mention.tokens.start;
    while first + 1 < mention.tokens.end && TITLES.contains(&doc.word(first)) {
        first += 1;
    }
    Span::new(doc.tokens[first].start, mention.span.end)
}

#[cfg(test)]
mod tests;
