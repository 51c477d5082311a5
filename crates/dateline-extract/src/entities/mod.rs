//! Entity mentions: the tagger's PER/ORG/LOC/MISC names refined into news
//! types (GPE, LOC, FAC, EVENT, NORP, PRODUCT) by gazetteer and rule, plus
//! quoted titles as WORK.

use crate::doc::{Document, EntityType, Mention, Span};
use crate::lexicon::lexicon;
use crate::ner;
use crate::timex::names_day_or_month;
use crate::tokenize::TokenKind;
use crate::Stage;

mod context;
mod names;

use context::{
    companies_by_shares_and_boards, employers_after_people, kin_and_employers_by_their_nouns,
    organisations_by_appositive, people_in_lists, places_after_in, police_forces, storms_by_their_names,
    towns_before_their_country, vessels_by_their_nouns,
};

pub use names::{
    gender_of_title, is_organisation_head, is_place, names_a_club, names_a_company, surname, without_legal_form,
};
use names::{
    is_honorific, is_institution_head, is_name_particle, is_name_suffix, is_office, is_platform, is_publication_head,
    is_rank, is_street_head, refine_type, EVENT_WORDS, FACILITY_HEADS, ORGANISATION_HEADS, TITLES,
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
                let mut first = range.start + i;
                let mut last = range.start + j - 1;
                // A name neither ends on a mark that opens something nor
                // starts on one that closes it (`Smith (`); `Co.`, `C$` and
                // `Mladost ( L )` keep theirs. (Double quotation marks the
                // tagger never puts in a name.)
                while first < last && matches!(doc.word(last), "‘" | "(" | "[") {
                    last -= 1;
                }
                while first < last && matches!(doc.word(first), "’" | ")" | "]") {
                    first += 1;
                }
                for (first, last) in split_at_open_brackets(doc, first, last).into_iter().flatten() {
                    let is_person = ner::tag_name(tag).ends_with("PER");
                    let first = if is_person { past_office_titles(doc, first, last) } else { first };
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
                        // `Chicago` of `Chicago Cardinal`, is the town.)
                        let town = last < tagged_last && is_place(doc.slice(span));
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
        add_place_adjectives(doc, &mut mentions);
        add_bodies(doc, &mut mentions);
        add_platforms(doc, &mut mentions);
        organisations_by_appositive(doc, &mut mentions);
        companies_by_shares_and_boards(doc, &mut mentions);
        mentions.sort_by_key(|m| m.span.start);
        employers_after_people(doc, &mut mentions);
        places_after_in(doc, &mut mentions);
        people_in_lists(doc, &mut mentions);
        towns_before_their_country(doc, &mut mentions);
        storms_by_their_names(doc, &mut mentions);
        vessels_by_their_nouns(doc, &mut mentions);
        police_forces(doc, &mut mentions);
        kin_and_employers_by_their_nouns(doc, &mut mentions);
        extend_over_heads(doc, &mut mentions);
        extend_over_purpose(doc, &mut mentions);
        extend_over_suffixes(doc, &mut mentions);
        possessive_names(doc, &mut mentions);
        join_compounds(doc, &mut mentions);
        extend_over_greater(doc, &mut mentions);
        newspapers_with_the(doc, &mut mentions);
        share_surnames(doc, &mut mentions);
        place_the_datelines(doc, &mut mentions);
        doc.mentions = merge_adjacent(doc, mentions);
    }
}

/// `Hizbollah ( Party of God` tagged as one name: a bracket the name
/// opens and never closes sets a gloss apart, so the words either side
/// are two names; and a name that closes a bracket it never opened, `Tom
/// ) Seaver`, starts after it. Returns the token ranges `first..=last`
/// holds, one or two. (`Mladost ( L )` closes its own and stays whole.)
fn split_at_open_brackets(doc: &Document<'_>, first: usize, last: usize) -> [Option<(usize, usize)>; 2] {
    let mut first = first;
    if let Some(close) = (first..=last).find(|&t| doc.word(t) == ")") {
        if !(first..close).any(|t| doc.word(t) == "(") && close < last {
            first = close + 1;
        }
    }
    match (first..=last).rev().find(|&t| doc.word(t) == "(") {
        Some(open) if !(open..=last).any(|t| doc.word(t) == ")") && open > first && open < last => {
            [Some((first, open - 1)), Some((open + 1, last))]
        }
        _ => [Some((first, last)), None],
    }
}

/// `Councillor Amara Osei` tagged a person whole: the title of a person's
/// office is no part of the name (as CoNLL marks names) but what describes
/// them, and the quotes find it there; a royal's or a pope's is part of
/// it (`Prince Charles`). Returns where the name starts.
fn past_office_titles(doc: &Document<'_>, mut first: usize, last: usize) -> usize {
    let royal = |word: &str| {
        matches!(word, "Pope" | "King" | "Queen" | "Prince" | "Princess" | "Sir" | "Dame" | "Lord" | "Lady")
    };
    while first < last && TITLES.contains(&doc.word(first)) && !royal(doc.word(first)) {
        first += 1;
    }
    // `Singer Lila Moreno`, `Economist Karin Vogel`: a trade that opens the
    // sentence, and so its capital, before a first name.
    let trade_before_first_name = last >= first + 2
        && first == doc.sentences[doc.tokens[first].sentence].start
        && TRADES.contains(&doc.lower(first))
        && lexicon().first_names.contains_key(doc.word(first + 1));
    first + usize::from(trade_before_first_name)
}

/// Where a name ends once the title the tagger ran it into is left out, or
/// `None` when nothing but the title is left:
/// - a newsroom's title (`By Amelia Hart, Science Correspondent`; `NBC News
///   Senior Investigative Correspondent` names NBC News);
/// - for a name not taken for a person's, a person's title before their
///   name (`Chicago Cardinal Joseph Bernardin` names Chicago), and the
///   office a body's head holds,
///   and its rank, before that person's name (`Fed Chair Jerome Powell`,
///   `DNC Vice Chair Donna Brazile`) or before the office itself (`Senate
///   Majority Leader John Thune` names the Senate).
fn before_trailing_titles(doc: &Document<'_>, first: usize, mut last: usize, person: bool) -> Option<usize> {
    let word = |i: usize| doc.tokens.get(i).map_or("", |t| &doc.text[t.start..t.end]);
    if is_newsroom_title(word(last)) {
        let outlet = |w: &str| w.len() > 1 && w.chars().all(char::is_uppercase) || is_publication_head(w);
        while last > first && !outlet(word(last)) {
            last -= 1;
        }
        return outlet(word(last)).then_some(last);
    }
    if person {
        return Some(last);
    }
    // `Chicago Cardinal Joseph Bernardin`: a title before the person's name
    // the place or body ran into.
    if last > first && TITLES.contains(&word(last)) && word(last + 1).starts_with(char::is_uppercase) {
        return Some(last - 1);
    }
    if last > first && is_office(word(last)) && lexicon().first_names.contains_key(word(last + 1)) {
        last -= 1;
    } else if !is_office(word(last + 1)) {
        return Some(last);
    }
    while last > first && is_rank(word(last)) {
        last -= 1;
    }
    (!is_rank(word(last))).then_some(last)
}

/// The titles a newsroom gives its people (`Science Correspondent`).
fn is_newsroom_title(word: &str) -> bool {
    matches!(word.trim_end_matches('s'), "Correspondent" | "Editor" | "Reporter" | "Writer" | "Columnist" | "Critic")
}

/// Trades a story names before a person, as `singer Lila Moreno`.
const TRADES: &[&str] = &[
    "singer", "actor", "actress", "rapper", "comedian", "director", "author", "writer", "novelist", "poet", "artist",
    "painter", "designer", "chef", "model", "musician", "producer", "composer", "economist", "analyst", "lawyer",
    "activist", "journalist", "photographer", "filmmaker", "architect", "scientist", "researcher", "historian",
    "entrepreneur", "billionaire", "investor", "businessman", "businesswoman", "player", "striker", "goalkeeper",
    "midfielder", "defender", "quarterback", "pitcher", "golfer", "boxer", "swimmer", "sprinter", "cyclist",
];

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

/// Stretches a name over the capitalised words the tagger left out when
/// they end in a head word (`Carver` + `Public Library`) or complete a
/// known place (`KUWAIT` + `CITY`), and types it by that head or place.
/// Never over the next mention: two names side by side are joined, if at
/// all, by [`merge_adjacent`].
fn extend_over_heads(doc: &Document<'_>, mentions: &mut [Mention]) {
    for k in 0..mentions.len() {
        let limit = mentions.get(k + 1).map_or(doc.tokens.len(), |next| next.tokens.start);
        let m = &mut mentions[k];
        if m.kind == EntityType::Work {
            continue;
        }
        let sentence = doc.tokens[m.tokens.start].sentence;
        let mut next = m.tokens.end;
        // Three capitalised words at most, and a plural's apostrophe
        // between two (`Ashby` + `Rail Users' Group`).
        let mut reach = m.tokens.end + 3;
        while next < limit.min(reach) && doc.tokens[next].sentence == sentence {
            let word = doc.word(next);
            if matches!(word, "'" | "’") && doc.word(next - 1).ends_with('s') && next + 1 < limit {
                next += 1;
                reach += 1;
                continue;
            }
            if !word.starts_with(char::is_uppercase) {
                break;
            }
            let facility = FACILITY_HEADS.contains(&word);
            let kind = if facility {
                Some(EntityType::Fac)
            } else if ORGANISATION_HEADS.contains(&word) {
                Some(EntityType::Org)
            } else if next == m.tokens.end
                && (is_place(&doc.text[m.span.start..doc.tokens[next].end])
                    || (m.kind == EntityType::Gpe && doc.lower(next) == "city"))
            {
                // `Kuwait City`, `PANAMA CITY`: a city named after its
                // country or state.
                Some(EntityType::Gpe)
            } else {
                None
            };
            if let Some(kind) = kind {
                m.tokens.end = next + 1;
                m.span.end = doc.tokens[next].end;
                m.kind = kind;
                break;
            }
            next += 1;
        }
    }
}

/// `the Portuguese Institute for the Ocean and Atmosphere`, `the Council on
/// Foreign Relations`: a body's name goes on past its head word through
/// `for` or `on` and the capitalised words of its purpose (joined by `and`
/// or `of`, and `the`), over any names but a person's that the tagger
/// found there, as CoNLL marks them (`Bosnian Association for Refugees and
/// Displaced Persons`). It stops before a person and an office's title:
/// not `the Council on American-Islamic Relations National Executive
/// Director Nihad Awad`. `mentions` is in text order.
fn extend_over_purpose(doc: &Document<'_>, mentions: &mut Vec<Mention>) {
    // (Not `the Security Council on Friday`.)
    let people: Vec<usize> = mentions.iter().filter(|m| m.kind == EntityType::Person).map(|m| m.tokens.start).collect();
    let capitalised = |i: usize| {
        i < doc.tokens.len()
            && !people.contains(&i)
            && doc.word(i).starts_with(char::is_uppercase)
            && !names_day_or_month(doc.word(i))
            && !TITLES.contains(&doc.word(i))
            && !is_office(doc.word(i))
    };
    let mut k = 0;
    while k < mentions.len() {
        let m = &mentions[k];
        let head = doc.word(m.tokens.end - 1);
        let after = m.tokens.end;
        let opens = m.kind == EntityType::Org
            && (is_organisation_head(head) || matches!(head, "Center" | "Centre" | "Fund" | "Alliance" | "Coalition"))
            && after + 1 < doc.tokens.len()
            && matches!(doc.word(after), "for" | "on");
        let first = after + 1 + usize::from(opens && doc.word(after + 1) == "the");
        if !opens || !capitalised(first) || doc.tokens[first].sentence != doc.tokens[after].sentence {
            k += 1;
            continue;
        }
        let mut end = first + 1;
        loop {
            if capitalised(end) && doc.tokens[end].sentence == doc.tokens[first].sentence {
                end += 1;
            } else if end + 1 < doc.tokens.len()
                && matches!(doc.word(end), "and" | "&" | "of")
                && (capitalised(end + 1) || doc.word(end + 1) == "the" && capitalised(end + 2))
            {
                end += 1 + usize::from(doc.word(end + 1) == "the");
            } else {
                break;
            }
        }
        // (A title's first words: `… Relations National Executive Director`.)
        let qualifier = |i: usize| is_rank(doc.word(i));
        while end > first + 1 && qualifier(end - 1) {
            end -= 1;
        }
        mentions[k].tokens.end = end;
        mentions[k].span.end = doc.tokens[end - 1].end;
        // Names the tagger found inside go; one that runs on past the end
        // keeps what lies beyond, unless that is only a title's words.
        let covered = mentions[k].tokens.clone();
        let mut j = k + 1;
        while j < mentions.len() && mentions[j].tokens.start < covered.end {
            let rest = covered.end..mentions[j].tokens.end;
            if rest.clone().any(|i| capitalised(i) && !qualifier(i)) {
                mentions[j].tokens.start = rest.start;
                mentions[j].span.start = doc.tokens[rest.start].start;
                j += 1;
            } else {
                mentions.remove(j);
            }
        }
        k += 1;
    }
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
            // `Mohammed bin Salman`, `Ludwig van Beethoven`: a name's
            // particle between two parts of a person's name.
            let particle = prev.tokens.end + 1 == mention.tokens.start
                && is_name_particle(doc.word(prev.tokens.end))
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

/// `The New York Times reported`: a newspaper's capitalised `The` is part
/// of its name as printed on its masthead; the name it is known by, and
/// clustered under, leaves it out, so that `the New York Times` is the
/// same paper.
fn newspapers_with_the(doc: &Document<'_>, mentions: &mut [Mention]) {
    for m in
        mentions.iter_mut().filter(|m| m.kind == EntityType::Org && is_publication_head(doc.word(m.tokens.end - 1)))
    {
        let start = m.tokens.start;
        if doc.word(start) == "The" && m.tokens.len() > 2 {
            // (The tagger took the `The` in itself.)
            m.name = Some(doc.text[doc.tokens[start + 1].start..m.span.end].to_string());
        } else if start > 0
            && doc.word(start - 1) == "The"
            && doc.tokens[start - 1].sentence == doc.tokens[start].sentence
        {
            m.name = Some(doc.slice(m.span).to_string());
            m.tokens.start = start - 1;
            m.span.start = doc.tokens[start - 1].start;
        }
    }
}

/// `the Greater Milwaukee Open`, `Greater Manchester`: a capitalised
/// `Greater` right before a name is the first word of it, which the
/// tagger, reading an adjective, may leave out.
fn extend_over_greater(doc: &Document<'_>, mentions: &mut [Mention]) {
    for k in 0..mentions.len() {
        let start = mentions[k].tokens.start;
        let Some(before) = start.checked_sub(1) else { continue };
        let free = k == 0 || mentions[k - 1].tokens.end <= before;
        if matches!(doc.word(before), "Greater" | "GREATER")
            && free
            && doc.tokens[before].sentence == doc.tokens[start].sentence
        {
            mentions[k].tokens.start = before;
            mentions[k].span.start = doc.tokens[before].start;
        }
    }
}

/// `U.S.-brokered`, `Wash.-based`: the tokens split a compound after an
/// abbreviation's point, and the tagger may stop after the hyphen; the
/// name runs on over the word joined to it. (Not `U.S.` before `-Mexico`,
/// where the tagger saw the country alone.)
fn join_compounds(doc: &Document<'_>, mentions: &mut [Mention]) {
    let attached = |t: usize| t < doc.tokens.len() && doc.tokens[t].start == doc.tokens[t - 1].end;
    for m in mentions.iter_mut() {
        let end = m.tokens.end;
        if doc.word(end - 1) == "-" && attached(end) && doc.tokens[end].kind == TokenKind::Word {
            m.tokens.end = end + 1;
            m.span.end = doc.tokens[end].end;
        }
    }
}

/// `McDonald's` after `McDonald's Corp.`: where the article names a body
/// whose name opens on a word and a possessive, that word alone before a
/// possessive is the body's short name, the possessive part of it
/// (`McDonald's shares fell`), not `McDonald` owning shares. (Not the
/// owner of a body within another: `New York University's Brennan
/// Center`.) `mentions` is in text order.
fn possessive_names(doc: &Document<'_>, mentions: &mut [Mention]) {
    // (Not a bare apostrophe, which may close a quotation.)
    let possessive = |t: usize| t < doc.tokens.len() && matches!(doc.word(t), "'s" | "’s");
    let owners: Vec<&str> = mentions
        .iter()
        .filter(|m| m.kind != EntityType::Person)
        .filter(|m| m.tokens.len() > 2 && possessive(m.tokens.start + 1))
        .map(|m| doc.word(m.tokens.start))
        .collect();
    if owners.is_empty() {
        return;
    }
    for k in 0..mentions.len() {
        let m = &mentions[k];
        let next = m.tokens.end;
        let free = mentions.get(k + 1).is_none_or(|n| n.tokens.start > next);
        if m.kind != EntityType::Person && free && possessive(next) && owners.contains(&doc.word(next - 1)) {
            mentions[k].tokens.end = next + 1;
            mentions[k].span.end = doc.tokens[next].end;
        }
    }
}

/// `Robert F. Kennedy Jr.`, `King Charles III`, `Queen Elizabeth I`: a
/// person's name takes the generational suffix or regnal number after it
/// ([`is_name_suffix`]), which tells father from son.
fn extend_over_suffixes(doc: &Document<'_>, mentions: &mut [Mention]) {
    for k in 0..mentions.len() {
        let next = mentions[k].tokens.end;
        if mentions[k].kind != EntityType::Person || next >= doc.tokens.len() {
            continue;
        }
        let free = mentions.get(k + 1).is_none_or(|m| m.tokens.start > next);
        // (A lone `I` only after a monarch's title: `Queen Elizabeth I`.)
        let start = mentions[k].tokens.start;
        let crowned = [start, start.wrapping_sub(1)].iter().any(|&t| {
            t < doc.tokens.len()
                && matches!(doc.word(t), "King" | "Queen" | "Emperor" | "Empress" | "Tsar" | "Czar" | "Pope")
        });
        let suffix = is_name_suffix(doc.word(next)) || crowned && doc.word(next) == "I";
        if free && suffix && doc.tokens[next].sentence == doc.tokens[next - 1].sentence {
            mentions[k].tokens.end = next + 1;
            mentions[k].span.end = doc.tokens[next].end;
        }
    }
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
        m.span = doc.token_span(person.start, person.end - 1);
        m.tokens = person;
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
