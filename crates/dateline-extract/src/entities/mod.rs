//! Entity mentions: the tagger's PER/ORG/LOC/MISC names refined into news
//! types (GPE, LOC, FAC, EVENT, NORP, PRODUCT) by gazetteer and rule, plus
//! quoted titles as WORK.

use crate::doc::{Document, EntityType, Mention, Span};
use crate::lexicon::lexicon;
use crate::ner;
use crate::tokenize::TokenKind;
use crate::Stage;

mod names;

pub use names::{gender_of_title, is_organisation_head, names_a_club, names_a_company, surname, without_legal_form};
use names::{
    is_honorific, is_institution_head, is_name_particle, is_name_suffix, is_place, is_platform, is_street_head,
    refine_type, EVENT_WORDS, FACILITY_HEADS, ORGANISATION_HEADS, ORGANISATION_NOUNS, TITLES,
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
                if ner::tag_name(tag).ends_with("PER") {
                    first = past_office_titles(doc, first, last);
                }
                let span = doc.token_span(first, last);
                if !doc.in_title(span) && plausible_name(doc, first, last, i == 0) {
                    // `her Instagram Story`: the platform is the name.
                    let (last, span) =
                        if is_platform(doc.word(first)) { (first, doc.token_span(first, first)) } else { (last, span) };
                    let label = &ner::tag_name(tag)[2..];
                    let kind = refine_type(label, doc.slice(span));
                    mentions.push(Mention { span, tokens: first..last + 1, kind, entity: usize::MAX, name: None });
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
        add_bodies(doc, &mut mentions);
        add_platforms(doc, &mut mentions);
        organisations_by_appositive(doc, &mut mentions);
        mentions.sort_by_key(|m| m.span.start);
        employers_after_people(doc, &mut mentions);
        extend_over_heads(doc, &mut mentions);
        extend_over_suffixes(doc, &mut mentions);
        share_surnames(doc, &mut mentions);
        place_the_datelines(doc, &mut mentions);
        doc.mentions = merge_adjacent(doc, mentions);
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
    first
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
        let span = doc.token_span(first, k);
        mentions.push(Mention { span, tokens: first..k + 1, kind: EntityType::Fac, entity: usize::MAX, name: None });
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
        while first > 0
            && head - first < 3
            && !opens_sentence(first)
            && doc.tokens[first - 1].sentence == sentence
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
            if let Some(m) = mentions.iter_mut().find(|m| m.tokens == (start..end)).filter(|_| !headline_follows) {
                m.kind = EntityType::Gpe;
            }
        }
    }
    mentions.sort_by_key(|m| m.span.start);
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
            let prev_last = doc.word(prev.tokens.end - 1);
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

/// `Robert F. Kennedy Jr.`, `King Charles III`: a person's name takes the
/// generational suffix or regnal number after it ([`is_name_suffix`]),
/// which tells father from son.
fn extend_over_suffixes(doc: &Document<'_>, mentions: &mut [Mention]) {
    for k in 0..mentions.len() {
        let next = mentions[k].tokens.end;
        if mentions[k].kind != EntityType::Person || next >= doc.tokens.len() {
            continue;
        }
        let free = mentions.get(k + 1).is_none_or(|m| m.tokens.start > next);
        let suffix = is_name_suffix(doc.word(next));
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

/// `Voltline, a battery startup based in Port Callow,`, `Lumora, the
/// Berlin-based maker of smart lighting,`: a name that an appositive calls
/// a company (or another body) is an organisation, whatever the tagger
/// made of a name it had never seen, a person or a place it does not know.
fn organisations_by_appositive(doc: &Document<'_>, mentions: &mut [Mention]) {
    let unknown_place = |m: &Mention| m.kind == EntityType::Gpe && !is_place(doc.slice(m.span));
    for m in mentions.iter_mut().filter(|m| m.kind == EntityType::Person || unknown_place(m)) {
        let comma = m.tokens.end;
        if comma + 2 >= doc.tokens.len()
            || doc.word(comma) != ","
            || !matches!(doc.lower(comma + 1), "a" | "an" | "the")
        {
            continue;
        }
        // The noun phrase up to its first preposition or clause: words in
        // lower case, or a compound that ends so (`Berlin-based`). Its noun
        // is its last word, or the last before a participle (`a firm
        // focused on`), and must be one of the list (`the drug company
        // executive` is a person), owning nothing (`the company's founder`).
        let describing = |j: &usize| {
            let word = doc.word(*j);
            doc.tokens[*j].kind == TokenKind::Word
                && word.rsplit('-').next().is_some_and(|part| part.starts_with(char::is_lowercase))
                && !matches!(
                    word,
                    "of" | "in"
                        | "at"
                        | "for"
                        | "from"
                        | "on"
                        | "by"
                        | "to"
                        | "as"
                        | "with"
                        | "that"
                        | "which"
                        | "who"
                        | "whose"
                        | "where"
                        | "and"
                        | "or"
                        | "based"
                        | "founded"
                        | "owned"
                        | "run"
                        | "led"
                )
        };
        let phrase: Vec<usize> = (comma + 2..doc.tokens.len().min(comma + 7)).take_while(describing).collect();
        let possessive = |j: usize| j + 1 < doc.tokens.len() && matches!(doc.word(j + 1), "'s" | "’s" | "'" | "’");
        let ends_phrase = |k: usize| {
            k + 1 == phrase.len() || doc.word(phrase[k + 1]).ends_with("ed") || doc.word(phrase[k + 1]).ends_with("ing")
        };
        let head = (0..phrase.len())
            .find(|&k| ORGANISATION_NOUNS.contains(&doc.lower(phrase[k])) && ends_phrase(k) && !possessive(phrase[k]));
        if head.is_some() {
            m.kind = EntityType::Org;
        }
    }
}

/// `Jo Whitfield of Peel Hunt`, `Ann Lee at Corvell Bank`: a name right
/// after a person's and `of` or `at` is where that person works (or lives),
/// never a second person, whatever the tagger made of a name it had never
/// seen. `mentions` is in text order.
fn employers_after_people(doc: &Document<'_>, mentions: &mut [Mention]) {
    for k in 1..mentions.len() {
        let (before, after) = mentions.split_at_mut(k);
        let (person, m) = (&before[k - 1], &mut after[0]);
        let link = m.tokens.start.wrapping_sub(1);
        if m.kind == EntityType::Person
            && person.kind == EntityType::Person
            && person.tokens.end == link
            && matches!(doc.word(link), "of" | "at")
        {
            m.kind = if is_place(doc.slice(m.span)) { EntityType::Gpe } else { EntityType::Org };
        }
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
mod tests {
    use super::*;

    #[test]
    fn refines_tagger_labels_into_news_types() {
        assert_eq!(refine_type("LOC", "Los Angeles"), EntityType::Gpe);
        assert_eq!(refine_type("LOC", "Europe"), EntityType::Loc);
        assert_eq!(refine_type("LOC", "Hudson River"), EntityType::Loc);
        assert_eq!(refine_type("ORG", "Dolby Theatre"), EntityType::Fac);
        assert_eq!(refine_type("PER", "Carver Public Library"), EntityType::Fac);
        assert_eq!(refine_type("PER", "Arsenio Hall"), EntityType::Person);
        // A company's head word, whatever the tagger made of the name.
        assert_eq!(refine_type("PER", "Calder Ferries"), EntityType::Org);
        assert_eq!(refine_type("LOC", "Valemont Rail"), EntityType::Org);
        // A newspaper the tagger took for a place; not a person so named.
        assert_eq!(refine_type("LOC", "Des Moines Register"), EntityType::Org);
        assert_eq!(refine_type("PER", "Don Guardian"), EntityType::Person);
        assert_eq!(refine_type("ORG", "Mead Valley"), EntityType::Loc);
        assert_eq!(refine_type("MISC", "Billboard Music Awards"), EntityType::Event);
        assert_eq!(refine_type("MISC", "German"), EntityType::Norp);
        assert_eq!(refine_type("PER", "Kelly Clarkson"), EntityType::Person);
        // A place's head word after a word that is no first name.
        assert_eq!(refine_type("PER", "Kessler Pass"), EntityType::Loc);
        assert_eq!(refine_type("PER", "Arsenio Hall"), EntityType::Person);
        assert_eq!(refine_type("PER", "Kanye West"), EntityType::Person);
        // A league is a body, whatever the tagger called it.
        assert_eq!(refine_type("MISC", "Anti-Defamation League"), EntityType::Org);
        assert_eq!(refine_type("ORG", "Awami League"), EntityType::Org);
        assert_eq!(refine_type("MISC", "Democratic National Committee"), EntityType::Org);
        assert_eq!(refine_type("MISC", "Organisation of the Islamic Conference"), EntityType::Org);
        assert_eq!(refine_type("LOC", "Union of Soviet Socialist Republics"), EntityType::Gpe);
        // A body named after a building or a place stays a body; a park
        // or a lake the tagger took for one does not.
        assert_eq!(refine_type("ORG", "Crystal Palace"), EntityType::Org);
        assert_eq!(refine_type("ORG", "Nottingham Forest"), EntityType::Org);
        assert_eq!(refine_type("ORG", "Bipartisan Policy Center"), EntityType::Org);
        assert_eq!(refine_type("ORG", "FDR Park"), EntityType::Loc);
        // A body's head word makes a body of a name tagged a place, but
        // after a compass word or for heads that places share.
        assert_eq!(refine_type("LOC", "Corvell Bank"), EntityType::Org);
        assert_eq!(refine_type("LOC", "Shore Capital"), EntityType::Org);
        assert_eq!(refine_type("LOC", "West Bank"), EntityType::Gpe);
        assert_eq!(refine_type("LOC", "Soviet Union"), EntityType::Gpe);
    }

    #[test]
    fn the_title_of_an_office_is_no_part_of_a_person_s_name() {
        let start_of_name = |text: &str, last: usize| {
            let doc = Document::new(text, jiff::civil::Date::constant(2024, 11, 14));
            doc.word(past_office_titles(&doc, 0, last)).to_string()
        };
        assert_eq!(start_of_name("Councillor Amara Osei spoke.", 2), "Amara");
        assert_eq!(start_of_name("Prince Charles spoke.", 1), "Prince");
        // A title alone is left to the rule for lone titles.
        assert_eq!(start_of_name("Mayor spoke.", 0), "Mayor");
    }

    #[test]
    fn capitalised_words_before_a_body_s_head_are_a_body() {
        let found = mentions_of("A High Court judge on Tuesday blocked the rise.");
        assert!(found.contains(&("High Court".to_string(), EntityType::Org)), "{found:?}");
        let found = mentions_of("Terror Suspect Named By Police Before Briefing.");
        assert!(!found.iter().any(|(name, _)| name.ends_with("Police")), "{found:?}");
    }

    #[test]
    fn a_social_network_is_an_organisation_wherever_it_stands() {
        let found = mentions_of("Brandt posted a message on LinkedIn thanking departing staff.");
        assert!(found.contains(&("LinkedIn".to_string(), EntityType::Org)), "{found:?}");
    }

    #[test]
    fn names_side_by_side_join_when_the_second_brings_the_head_word() {
        let date = jiff::civil::Date::constant(1996, 8, 30);
        let joined =
            |text: &str, first: (std::ops::Range<usize>, EntityType), second: (std::ops::Range<usize>, EntityType)| {
                let doc = Document::new(text, date);
                let mentions = vec![mention(&doc, first.0, first.1), mention(&doc, second.0, second.1)];
                merge_adjacent(&doc, mentions).iter().map(|m| doc.slice(m.span).to_string()).collect::<Vec<_>>()
            };
        assert_eq!(
            joined("at the Berlin Grand Prix meeting", (2..3, EntityType::Gpe), (3..5, EntityType::Event)),
            ["Berlin Grand Prix"]
        );
        // Not an event's name before a club's, nor a people before a place,
        // nor over a line's end.
        assert_eq!(joined("UEFA Cup Lyngby v Brugge", (0..2, EntityType::Event), (2..3, EntityType::Org)).len(), 2);
        assert_eq!(
            joined("the Jewish West Bank settlements", (1..2, EntityType::Norp), (2..4, EntityType::Gpe)).len(),
            2
        );
        assert_eq!(
            joined("Aravinda de Silva\nNext Series match", (0..3, EntityType::Person), (3..5, EntityType::Event)).len(),
            2
        );
        // Nor after a word that only describes the name after it.
        let doc = Document::new("by Boston-based Harbour Group to", date);
        let based = doc.tokens.iter().position(|t| doc.text[t.start..t.end].ends_with("-based")).unwrap();
        let mentions =
            vec![mention(&doc, 1..based + 1, EntityType::Norp), mention(&doc, based + 1..based + 3, EntityType::Org)];
        assert_eq!(merge_adjacent(&doc, mentions).len(), 2);
    }

    #[test]
    fn a_lone_word_opening_a_sentence_is_no_name_when_the_article_writes_it_in_lower_case() {
        let doc = Document::new(
            "Court blocks fare rise\n\nOutside the court, Ashby waited.",
            jiff::civil::Date::constant(2026, 2, 11),
        );
        assert!(!plausible_name(&doc, 0, 0, true));
        let doc = Document::new("Court blocks fare rise\n\nAshby waited.", jiff::civil::Date::constant(2026, 2, 11));
        assert!(plausible_name(&doc, 0, 0, true));
        // Nor a participle before its preposition.
        let doc = Document::new("Born in Leeds, she studied zoology.", jiff::civil::Date::constant(2024, 9, 2));
        assert!(!plausible_name(&doc, 0, 0, true));
    }

    #[test]
    fn a_particle_joins_two_parts_of_a_person_s_name() {
        let doc = Document::new("Crown Prince Mohammed bin Salman said so.", jiff::civil::Date::constant(2024, 10, 23));
        let mentions = vec![mention(&doc, 2..3, EntityType::Person), mention(&doc, 4..5, EntityType::Person)];
        let merged = merge_adjacent(&doc, mentions);
        assert_eq!(merged.len(), 1);
        assert_eq!(doc.slice(merged[0].span), "Mohammed bin Salman");
        // Only between two parts the tagger called a person's.
        let doc = Document::new("Maria Lopez de Madrid spoke.", jiff::civil::Date::constant(2024, 10, 23));
        let mentions = vec![mention(&doc, 0..2, EntityType::Person), mention(&doc, 3..4, EntityType::Gpe)];
        assert_eq!(merge_adjacent(&doc, mentions).len(), 2);
    }

    #[test]
    fn the_capitalised_words_after_an_honorific_are_a_person() {
        let doc = Document::new(
            "Later Mr. Okonjo listened, and Dr. Cornel West spoke.",
            jiff::civil::Date::constant(2023, 3, 20),
        );
        // The tagger missed the first and took the second for a place.
        let mut mentions = vec![mention(&doc, 7..9, EntityType::Gpe)];
        people_after_honorifics(&doc, &mut mentions);
        let found: Vec<(&str, EntityType)> = mentions.iter().map(|m| (doc.slice(m.span), m.kind)).collect();
        assert_eq!(found, [("Cornel West", EntityType::Person), ("Okonjo", EntityType::Person)]);
        // An address is no name.
        let doc = Document::new("Mr. President, they gave you money.", jiff::civil::Date::constant(2023, 3, 20));
        let mut mentions = Vec::new();
        people_after_honorifics(&doc, &mut mentions);
        assert!(mentions.is_empty());
    }

    #[test]
    fn an_appositive_that_names_a_company_makes_an_organisation() {
        // The kind of a person's name opening `text`, after the rule.
        let kind_of_first = |text: &str| {
            let doc = Document::new(text, jiff::civil::Date::constant(2023, 3, 20));
            let mut mentions = [mention(&doc, 0..1, EntityType::Person)];
            organisations_by_appositive(&doc, &mut mentions);
            mentions[0].kind
        };
        assert_eq!(
            kind_of_first("Voltline, a battery startup based in Port Callow, said it would hire."),
            EntityType::Org
        );
        assert_eq!(kind_of_first("Haddad, a former engineer at a carmaker, said it would hire."), EntityType::Person);
        // `the` and a describing compound; the noun ends the phrase or
        // comes before a participle.
        assert_eq!(
            kind_of_first("Lumora, the Berlin-based maker of smart lighting, said it would cut jobs."),
            EntityType::Org
        );
        assert_eq!(kind_of_first("Realty, a firm focused on housing, said it would hire."), EntityType::Org);
        // A person's noun after the company's, or a company that owns it.
        assert_eq!(kind_of_first("Shkreli, the drug company executive, said no."), EntityType::Person);
        assert_eq!(kind_of_first("Glowhaus, the company's founder, said no."), EntityType::Person);
    }

    #[test]
    fn a_name_after_a_person_and_of_or_at_is_where_the_person_works() {
        // The kind of the second of two names each tagged a person, the
        // first of words 0..2 and the second of words `second`.
        let kind_of_second = |text: &str, second: std::ops::Range<usize>| {
            let doc = Document::new(text, jiff::civil::Date::constant(2024, 2, 9));
            let mut mentions = [mention(&doc, 0..2, EntityType::Person), mention(&doc, second, EntityType::Person)];
            employers_after_people(&doc, &mut mentions);
            mentions[1].kind
        };
        assert_eq!(kind_of_second("Jo Whitfield of Peel Hunt called it overdue.", 3..5), EntityType::Org);
        assert_eq!(kind_of_second("Ann Lee at Corvell Bank agreed.", 3..5), EntityType::Org);
        assert_eq!(kind_of_second("Tom Hale of Leeds agreed.", 3..4), EntityType::Gpe);
        // Not a second person named after a verb or `and`.
        assert_eq!(kind_of_second("Jo Whitfield and Peel Hunt agreed.", 3..5), EntityType::Person);
    }

    #[test]
    fn a_verb_opening_a_quote_before_its_object_is_no_name() {
        let doc = Document::new("\"See you on Saturday,\" Petrov said.", jiff::civil::Date::constant(2023, 5, 17));
        assert!(!plausible_name(&doc, 1, 1, false));
    }

    /// A mention of `kind` over tokens `tokens` of `doc`.
    fn mention(doc: &Document<'_>, tokens: std::ops::Range<usize>, kind: EntityType) -> Mention {
        let span = doc.token_span(tokens.start, tokens.end - 1);
        Mention { span, tokens, kind, entity: usize::MAX, name: None }
    }

    fn extended(text: &str, tokens: std::ops::Range<usize>, kind: EntityType) -> (String, EntityType) {
        let doc = Document::new(text, jiff::civil::Date::constant(2022, 11, 9));
        let mut mentions = [mention(&doc, tokens, kind)];
        extend_over_heads(&doc, &mut mentions);
        (doc.slice(mentions[0].span).to_string(), mentions[0].kind)
    }

    #[test]
    fn a_name_stretches_over_capitalised_words_up_to_a_head() {
        assert_eq!(
            extended("The Carver Public Library reopened.", 1..2, EntityType::Person),
            ("Carver Public Library".to_string(), EntityType::Fac)
        );
        assert_eq!(
            extended("He joined Acme Trading Company last year.", 2..3, EntityType::Org),
            ("Acme Trading Company".to_string(), EntityType::Org)
        );
        // Over a plural's apostrophe.
        assert_eq!(
            extended("The Ashby Rail Users' Group posted it.", 1..2, EntityType::Person),
            ("Ashby Rail Users' Group".to_string(), EntityType::Org)
        );
        // No head word: the name stays as the tagger found it.
        assert_eq!(
            extended("She met Jane Roe Smith today.", 2..3, EntityType::Person),
            ("Jane".to_string(), EntityType::Person)
        );
    }

    #[test]
    fn a_place_is_completed_whatever_its_case() {
        assert_eq!(
            extended("KUWAIT CITY (Wire) - Output rose.", 0..1, EntityType::Gpe),
            ("KUWAIT CITY".to_string(), EntityType::Gpe)
        );
        assert_eq!(
            extended("They flew to Los Angeles on Friday.", 3..4, EntityType::Gpe),
            ("Los Angeles".to_string(), EntityType::Gpe)
        );
    }

    #[test]
    fn a_name_never_swallows_the_next_mention() {
        let doc = Document::new("Smith Jones Bank", jiff::civil::Date::constant(2022, 11, 9));
        let mut mentions = [mention(&doc, 0..1, EntityType::Person), mention(&doc, 1..3, EntityType::Org)];
        extend_over_heads(&doc, &mut mentions);
        assert_eq!(doc.slice(mentions[0].span), "Smith");
    }

    fn mentions_of(text: &str) -> Vec<(String, EntityType)> {
        let mut doc = Document::new(text, jiff::civil::Date::constant(2021, 3, 5));
        EntityTagger.run(&mut doc);
        doc.mentions.iter().map(|m| (doc.slice(m.span).to_string(), m.kind)).collect()
    }

    #[test]
    fn a_capitalised_word_before_a_street_word_is_a_street() {
        let found = mentions_of("She owns a bakery on Front Street and a cafe.");
        assert!(found.contains(&("Front Street".to_string(), EntityType::Fac)), "{found:?}");
    }

    #[test]
    fn the_name_opening_a_wire_story_is_a_place() {
        let found = mentions_of("KUWAIT CITY (Wire) - The ministry said output rose.");
        assert_eq!(found.first(), Some(&("KUWAIT CITY".to_string(), EntityType::Gpe)), "{found:?}");
    }

    #[test]
    fn a_person_of_a_body_tagged_as_one_name_is_two() {
        let apart = |text: &str, tokens: std::ops::Range<usize>| {
            let doc = Document::new(text, jiff::civil::Date::constant(2025, 10, 6));
            let mut mentions = vec![mention(&doc, tokens, EntityType::Person)];
            people_apart_from_their_bodies(&doc, &mut mentions);
            mentions.iter().map(|m| (doc.slice(m.span).to_string(), m.kind)).collect::<Vec<_>>()
        };
        assert_eq!(
            apart("Friederike Otto of Imperial College London said so.", 0..6),
            [
                ("Friederike Otto".to_string(), EntityType::Person),
                ("Imperial College London".to_string(), EntityType::Org)
            ]
        );
        assert_eq!(
            apart("Ted Cruz of Texas said so.", 0..4),
            [("Ted Cruz".to_string(), EntityType::Person), ("Texas".to_string(), EntityType::Gpe)]
        );
        assert_eq!(apart("Marion County Board of Education met.", 0..5).len(), 1);
        assert_eq!(apart("Jewel of India won.", 0..3).len(), 1);
    }

    #[test]
    fn a_title_alone_before_a_name_is_no_one() {
        let doc = Document::new("Mayor Helen Okafor spoke.", jiff::civil::Date::constant(2021, 3, 5));
        let mut mentions = vec![mention(&doc, 0..1, EntityType::Person), mention(&doc, 1..3, EntityType::Person)];
        drop_lone_titles(&doc, &mut mentions);
        assert_eq!(mentions.len(), 1);
        assert_eq!(mentions[0].tokens, 1..3);
    }

    #[test]
    fn a_line_opening_with_a_place_and_the_filing_date_is_a_dateline() {
        let text =
            "Jones Medical completes acquisition .\nST. LOUIS 1996-08-30\nJones Medical Industries Inc said it closed.";
        let found = mentions_of(text);
        assert!(found.contains(&("ST. LOUIS".to_string(), EntityType::Gpe)), "{found:?}");
        let text = "SOCCER - BARATELLI TO COACH NICE .\nNICE , France 1996-08-30\nFormer goalkeeper Dominique Baratelli will coach Nice.";
        let found = mentions_of(text);
        assert!(found.contains(&("NICE".to_string(), EntityType::Gpe)), "{found:?}");
        assert!(!found.iter().any(|(name, _)| name == "SOCCER"), "{found:?}");
        let text = "Council backs tram extension\n\nWESTBRIDGE — The city council voted 7-4 to extend the tram line.";
        let found = mentions_of(text);
        assert!(found.contains(&("WESTBRIDGE".to_string(), EntityType::Gpe)), "{found:?}");
        // Not a section's name before a headline in capitals, nor a
        // table's row.
        let text = "RUGBY UNION - SPRINGBOKS FINALLY WIN .\nPRETORIA 1996-08-24\nSouth Africa won.";
        let found = mentions_of(text);
        assert!(!found.contains(&("RUGBY UNION".to_string(), EntityType::Gpe)), "{found:?}");
        let found = mentions_of("The latest indicators :\nCPI ( pct ) July +0.4 m / m");
        assert!(!found.iter().any(|(name, kind)| name.starts_with("CPI") && *kind == EntityType::Gpe), "{found:?}");
    }
}
