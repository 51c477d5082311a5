//! Where a name starts and ends: the titles the tagger ran into it, a
//! bracket it opened and never closed, and the words past its edges that
//! belong to it (a head word, a body's purpose, a generational suffix, a
//! possessive, a compound's tail, `Greater`, a newspaper's `The`).

use super::names::{
    is_name_suffix, is_office, is_organisation_head, is_place, is_publication_head, is_rank, COMPANY_HEADS,
    FACILITY_HEADS, LEGAL_FORMS, ORGANISATION_HEADS, TITLES,
};
use crate::doc::{Document, EntityType, Mention};
use crate::lexicon::lexicon;
use crate::timex::names_day_or_month;
use crate::tokenize::TokenKind;

/// The words `first..=last` the tagger called a name, without what a name
/// never starts or ends on: a mark that opens something at its end or
/// closes something at its start (`Smith (`; `Co.`, `C$` and `Mladost ( L
/// )` keep theirs, and double quotation marks the tagger never puts in a
/// name), nor a word that joins it to what follows (`the Freedom Front of
/// General Viljoen`, `Red Star of Yugoslavia`).
pub(super) fn within_edges(doc: &Document<'_>, mut first: usize, mut last: usize) -> (usize, usize) {
    let joins = |word: &str| matches!(word, "of" | "and" | "the" | "for" | "on" | "in" | "at" | "&" | ",");
    while first < last && (matches!(doc.word(last), "‘" | "(" | "[") || joins(doc.word(last))) {
        last -= 1;
    }
    while first < last && matches!(doc.word(first), "’" | ")" | "]") {
        first += 1;
    }
    (first, last)
}

/// `Hizbollah ( Party of God` tagged as one name: a bracket the name
/// opens and never closes sets a gloss apart, so the words either side
/// are two names; and a name that closes a bracket it never opened, `Tom
/// ) Seaver`, starts after it. Returns the token ranges `first..=last`
/// holds, one or two. (`Mladost ( L )` closes its own and stays whole.)
pub(super) fn split_at_open_brackets(doc: &Document<'_>, first: usize, last: usize) -> [Option<(usize, usize)>; 2] {
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
pub(super) fn past_office_titles(doc: &Document<'_>, mut first: usize, last: usize) -> usize {
    while first < last && TITLES.contains(&doc.word(first)) && !is_royal_title(doc.word(first)) {
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

/// A royal's or a pope's title, which is part of the name (`Prince
/// Charles`, `Queen of the South`, a club).
fn is_royal_title(word: &str) -> bool {
    matches!(word, "Pope" | "King" | "Queen" | "Prince" | "Princess" | "Sir" | "Dame" | "Lord" | "Lady")
}

/// `Mayor of London` tagged a body: an office and `of` before a place or
/// a body name that place or body, and the office is its holder's, not a
/// name. Returns where the name starts.
pub(super) fn past_an_office_of(doc: &Document<'_>, first: usize, last: usize) -> usize {
    let office_of = last >= first + 2
        && TITLES.contains(&doc.word(first))
        && !is_royal_title(doc.word(first))
        && doc.word(first + 1) == "of"
        && doc.word(first + 2).starts_with(char::is_uppercase);
    if office_of {
        first + 2
    } else {
        first
    }
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
pub(super) fn before_trailing_titles(doc: &Document<'_>, first: usize, mut last: usize, person: bool) -> Option<usize> {
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

/// Stretches a name over the capitalised words the tagger left out when
/// they end in a head word (`Carver` + `Public Library`) or complete a
/// known place (`KUWAIT` + `CITY`), and types it by that head or place.
/// Never over the next mention: two names side by side are joined, if at
/// all, by [`merge_adjacent`].
pub(super) fn extend_over_heads(doc: &Document<'_>, mentions: &mut [Mention]) {
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
                m.set_tokens(doc, m.tokens.start..next + 1);
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
pub(super) fn extend_over_purpose(doc: &Document<'_>, mentions: &mut Vec<Mention>) {
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
        let start = mentions[k].tokens.start;
        mentions[k].set_tokens(doc, start..end);
        // Names the tagger found inside go; one that runs on past the end
        // keeps what lies beyond, unless that is only a title's words.
        let covered = mentions[k].tokens.clone();
        let mut j = k + 1;
        while j < mentions.len() && mentions[j].tokens.start < covered.end {
            let rest = covered.end..mentions[j].tokens.end;
            if rest.clone().any(|i| capitalised(i) && !qualifier(i)) {
                mentions[j].set_tokens(doc, rest);
                j += 1;
            } else {
                mentions.remove(j);
            }
        }
        k += 1;
    }
}

/// `The New York Times reported`: a newspaper's capitalised `The` is part
/// of its name as printed on its masthead; the name it is known by, and
/// clustered under, leaves it out, so that `the New York Times` is the
/// same paper.
pub(super) fn newspapers_with_the(doc: &Document<'_>, mentions: &mut [Mention]) {
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
            m.set_tokens(doc, start - 1..m.tokens.end);
        }
    }
}

/// `the Greater Milwaukee Open`, `Greater Manchester`: a capitalised
/// `Greater` right before a name is the first word of it, which the
/// tagger, reading an adjective, may leave out.
pub(super) fn extend_over_greater(doc: &Document<'_>, mentions: &mut [Mention]) {
    for k in 0..mentions.len() {
        let start = mentions[k].tokens.start;
        let Some(before) = start.checked_sub(1) else { continue };
        let free = k == 0 || mentions[k - 1].tokens.end <= before;
        if matches!(doc.word(before), "Greater" | "GREATER")
            && free
            && doc.tokens[before].sentence == doc.tokens[start].sentence
        {
            let end = mentions[k].tokens.end;
            mentions[k].set_tokens(doc, before..end);
        }
    }
}

/// `U.S.-brokered`, `Wash.-based`: the tokens split a compound after an
/// abbreviation's point, and the tagger may stop after the hyphen; the
/// name runs on over the word joined to it. (Not `U.S.` before `-Mexico`,
/// where the tagger saw the country alone.)
pub(super) fn join_compounds(doc: &Document<'_>, mentions: &mut [Mention]) {
    let attached = |t: usize| t < doc.tokens.len() && doc.tokens[t].start == doc.tokens[t - 1].end;
    for m in mentions.iter_mut() {
        let end = m.tokens.end;
        if doc.word(end - 1) == "-" && attached(end) && doc.tokens[end].kind == TokenKind::Word {
            m.set_tokens(doc, m.tokens.start..end + 1);
        }
    }
}

/// `McDonald's` after `McDonald's Corp.`: where the article names a body
/// whose name opens on a word and a possessive, that word alone before a
/// possessive is the body's short name, the possessive part of it
/// (`McDonald's shares fell`), not `McDonald` owning shares. (Not the
/// owner of a body within another: `New York University's Brennan
/// Center`.) `mentions` is in text order.
pub(super) fn possessive_names(doc: &Document<'_>, mentions: &mut [Mention]) {
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
            let start = mentions[k].tokens.start;
            mentions[k].set_tokens(doc, start..next + 1);
        }
    }
}

/// `Boatmen's Bancshares Inc.`, `Macy's Inc.`: a company's name may open on
/// a possessive, which the tagger, reading an owner, may split into the
/// owner and a company (`Boatmen` + `Bancshares Inc.`). Two names around
/// `'s`, the second only a company's head words and legal form, no name
/// of its own, are one company (not `Thailand's Siam Commercial Bank Plc`,
/// nor `Apple's Beats Electronics`). `mentions` is in text order.
pub(super) fn companies_named_with_a_possessive(doc: &Document<'_>, mentions: &mut Vec<Mention>) {
    let mut k = 1;
    while k < mentions.len() {
        let (owner, company) = (&mentions[k - 1], &mentions[k]);
        let mark = owner.tokens.end;
        let generic = |t: usize| LEGAL_FORMS.contains(&doc.word(t)) || COMPANY_HEADS.contains(&doc.word(t));
        let joined = owner.tokens.len() == 1
            && company.tokens.start == mark + 1
            && matches!(doc.word(mark), "'s" | "’s")
            && company.tokens.clone().all(generic);
        if joined {
            let (start, end) = (owner.tokens.start, company.tokens.end);
            mentions[k - 1].set_tokens(doc, start..end);
            mentions[k - 1].kind = EntityType::Org;
            mentions.remove(k);
        } else {
            k += 1;
        }
    }
}

/// `U.S. Cardinal Bernardin says …` tagged one name: a place, a person's
/// title and a name are the place and the person, whom the title
/// describes. `mentions` is in text order.
pub(super) fn people_after_a_place_and_title(doc: &Document<'_>, mentions: &mut Vec<Mention>) {
    let mut k = 0;
    while k < mentions.len() {
        let tokens = mentions[k].tokens.clone();
        if tokens.len() < 3 {
            k += 1;
            continue;
        }
        let title = (tokens.start + 1..tokens.end - 1).find(|&t| {
            doc.word(t).starts_with(char::is_uppercase) && TITLES.contains(&doc.word(t)) && !is_royal_title(doc.word(t))
        });
        let place = title.filter(|&t| {
            let place = doc.slice(doc.token_span(tokens.start, t - 1));
            // (The gazetteer holds names, not abbreviations: `U.S.` is
            // asked of it by name here, as `add_place_adjectives` reads
            // abbreviations by their shape.)
            is_place(place) || matches!(place, "U.S." | "U.K." | "US" | "UK")
        });
        let named = place.is_some_and(|t| (t + 1..tokens.end).all(|n| doc.word(n).starts_with(char::is_uppercase)));
        if let (Some(title), true) = (place, named) {
            mentions[k].set_tokens(doc, tokens.start..title);
            mentions[k].kind = EntityType::Gpe;
            mentions.insert(k + 1, Mention::of_tokens(doc, title + 1..tokens.end, EntityType::Person));
            k += 1;
        }
        k += 1;
    }
}

/// `Euro 96`, `Windows 95`, `the Trofej Beograd 96 tournament`: an event's
/// or a product's name goes on over the year of its edition written in two
/// digits, a year near the article's (not `won the Fed Cup 12 times`, nor
/// a club's score, `Arsenal 2`).
pub(super) fn names_with_their_year(doc: &Document<'_>, mentions: &mut [Mention]) {
    let this_year = i32::from(doc.date.year()) % 100;
    let near = |word: &str| {
        word.len() == 2
            && word.parse::<i32>().is_ok_and(|year| {
                let apart = (year - this_year).rem_euclid(100);
                apart.min(100 - apart) <= 2
            })
    };
    for k in 0..mentions.len() {
        let next = mentions[k].tokens.end;
        let named = matches!(mentions[k].kind, EntityType::Event | EntityType::Product | EntityType::Org)
            && doc.word(next - 1).starts_with(char::is_alphabetic);
        if !named || next >= doc.tokens.len() || !near(doc.word(next)) {
            continue;
        }
        let free = mentions.get(k + 1).is_none_or(|m| m.tokens.start > next);
        // (Not a number that counts what follows: `News Corp. 18 months
        // ago`, `shooting Laquan McDonald 16 times`.)
        let counts = next + 1 < doc.tokens.len()
            && matches!(
                doc.word(next + 1),
                "times" | "years" | "months" | "weeks" | "days" | "hours" | "minutes" | "points" | "percent" | "people"
            );
        if free && !counts && doc.tokens[next].sentence == doc.tokens[next - 1].sentence {
            let start = mentions[k].tokens.start;
            mentions[k].set_tokens(doc, start..next + 1);
            // (A body's name and a year is what it makes: `Windows 95`.)
            if mentions[k].kind == EntityType::Org {
                mentions[k].kind = EntityType::Product;
            }
        }
    }
}

/// `Robert F. Kennedy Jr.`, `King Charles III`, `Queen Elizabeth I`: a
/// person's name takes the generational suffix or regnal number after it
/// ([`is_name_suffix`]), which tells father from son.
pub(super) fn extend_over_suffixes(doc: &Document<'_>, mentions: &mut [Mention]) {
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
            let start = mentions[k].tokens.start;
            mentions[k].set_tokens(doc, start..next + 1);
        }
    }
}

/// `James Leander ( Leo ) Nichols`, `Alan John Percivale ( A.J.P. ) Taylor`,
/// `he saw ( Tom ) Seaver`: a given name or initials in brackets inside a
/// person's name (a nickname, or what a quote's editor filled in) are part
/// of it, and the names either side are one person, whatever the tagger
/// made of the surname. The name the person goes by leaves the bracketed
/// words out (`James Leander Nichols`, `Tom Seaver`), so that `Nichols`
/// and `Seaver` find them. `mentions` is in text order.
pub(super) fn bracketed_given_names(doc: &Document<'_>, mentions: &mut Vec<Mention>) {
    let bracketed = |close: usize| {
        close >= 2
            && doc.word(close) == ")"
            && doc.word(close - 2) == "("
            && is_given_name_or_initials(doc.word(close - 1))
            && doc.tokens[close - 2].sentence == doc.tokens[close].sentence
    };
    let mut k = 0;
    while k < mentions.len() {
        let start = mentions[k].tokens.start;
        if start < 3 || !bracketed(start - 1) || doc.tokens[start - 1].sentence != doc.tokens[start].sentence {
            k += 1;
            continue;
        }
        // (The bracketed name the tagger found alone is part of this one.)
        let inner = (k > 0 && mentions[k - 1].tokens == (start - 2..start - 1)).then(|| k - 1);
        // (Not a rider's country between his name and his team: `Jean
        // Alesi ( France ) Benetton`.)
        if inner.is_some_and(|i| mentions[i].kind != EntityType::Person) || is_place(doc.word(start - 2)) {
            k += 1;
            continue;
        }
        let open = start - 3;
        let before = inner.unwrap_or(k).checked_sub(1).filter(|&b| mentions[b].tokens.end == open);
        match before {
            Some(b) if mentions[b].kind == EntityType::Person || mentions[k].kind == EntityType::Person => {
                let name = format!("{} {}", doc.slice(mentions[b].span), doc.slice(mentions[k].span));
                let end = mentions[k].tokens.end;
                let first = mentions[b].tokens.start;
                mentions[b].set_tokens(doc, first..end);
                mentions[b].kind = EntityType::Person;
                mentions[b].name = Some(name);
                mentions.remove(k);
                if let Some(inner) = inner {
                    mentions.remove(inner);
                }
                k = b + 1;
            }
            None if mentions[k].kind == EntityType::Person
                && (open == 0 || !doc.word(open - 1).starts_with(char::is_uppercase)) =>
            {
                let name = format!("{} {}", doc.word(open + 1), doc.slice(mentions[k].span));
                let end = mentions[k].tokens.end;
                mentions[k].set_tokens(doc, open..end);
                mentions[k].name = Some(name);
                if let Some(inner) = inner {
                    mentions.remove(inner);
                    k -= 1;
                }
                k += 1;
            }
            _ => k += 1,
        }
    }
}

/// A given name the name lists know (`Leo`), or initials (`A.J.P.`).
fn is_given_name_or_initials(word: &str) -> bool {
    lexicon().first_names.contains_key(word)
        || word.ends_with('.') && word.len() >= 2 && word.chars().all(|c| c == '.' || c.is_ascii_uppercase())
}

/// `Zeleznik ( B ) 4 1 0 3`, `Radnicki ( N ) - Spartak`: a club's name in a
/// results table takes the letters of its town after it in brackets, which
/// tell two clubs of one name apart. Not a gloss of the name's initials
/// (`Bank ( B )`), nor a party's letter after a person (`Smith ( R )`), nor
/// anything before a word in lower case (prose).
pub(super) fn clubs_with_their_town_letters(doc: &Document<'_>, mentions: &mut [Mention]) {
    for k in 0..mentions.len() {
        let m = &mentions[k];
        let end = m.tokens.end;
        if m.kind != EntityType::Org || m.tokens.len() != 1 || end + 2 >= doc.tokens.len() {
            continue;
        }
        let letters = doc.word(end + 1);
        let town_letters = letters.len() <= 2 && letters.chars().all(|c| c.is_ascii_uppercase());
        let initial = doc.word(end - 1).chars().next() == letters.chars().next();
        let free = mentions.get(k + 1).is_none_or(|next| next.tokens.start > end + 2);
        let in_prose = end + 3 < doc.tokens.len() && doc.word(end + 3).starts_with(char::is_lowercase);
        if doc.word(end) == "(" && doc.word(end + 2) == ")" && town_letters && !initial && free && !in_prose {
            let start = mentions[k].tokens.start;
            mentions[k].set_tokens(doc, start..end + 3);
        }
    }
}

/// `Yeltsin endorses Lebed Chechnya peace plan`: a headline sets names side
/// by side with no word between, and the tagger may read two as one
/// person. A person's name of two words is two names when the article
/// names the first as a person's surname (`Alexander Lebed`) and the
/// second alone as a place (`peace in Chechnya`), never as a surname.
/// (Not `Jack London` beside London: the article calls him `London`.)
pub(super) fn people_apart_from_places(doc: &Document<'_>, mentions: &mut Vec<Mention>) {
    let mut apart = Vec::new();
    for k in 0..mentions.len() {
        let m = &mentions[k];
        if m.kind != EntityType::Person || m.tokens.len() != 2 {
            continue;
        }
        let (first, second) = (doc.word(m.tokens.start), doc.word(m.tokens.start + 1));
        let place = mentions.iter().find(|o| {
            matches!(o.kind, EntityType::Gpe | EntityType::Loc)
                && o.tokens.len() == 1
                && doc.word(o.tokens.start) == second
        });
        let surname_of_another = |word: &str, whole: usize| {
            mentions.iter().enumerate().any(|(j, o)| {
                j != k && o.kind == EntityType::Person && o.tokens.len() >= whole && doc.word(o.tokens.end - 1) == word
            })
        };
        // (Not `Bernie Sanders`, whom the article calls `Sanders`, when the
        // tagger once took `Sanders` for a place; and the first word as a
        // surname, not a given name alone: not `Donald` for `Donald Trump`.)
        if let (Some(place), true, false) = (place, surname_of_another(first, 2), surname_of_another(second, 1)) {
            apart.push((k, place.kind));
        }
    }
    for &(k, kind) in apart.iter().rev() {
        let start = mentions[k].tokens.start;
        mentions[k].set_tokens(doc, start..start + 1);
        mentions.insert(k + 1, Mention::of_tokens(doc, start + 1..start + 2, kind));
    }
}

/// `the Gulf of Mexico`, `the Federal Republic of Yugoslavia`, `the Holy
/// City of Jerusalem`: a place's kind and `of` before a place is one name,
/// which the tagger, knowing the place better than the phrase, may split
/// in two (or leave the kind's word out, or call a body: `Isle of Man`). A
/// sea, a gulf or an island is a natural place; a republic or a city a
/// political one. (Not `the Bank of England`, whose head is a body's.)
/// `mentions` is in text order.
pub(super) fn places_named_by_their_kind(doc: &Document<'_>, mentions: &mut Vec<Mention>) {
    for m in mentions.iter_mut().filter(|m| m.kind != EntityType::Person && m.tokens.len() >= 3) {
        let start = m.tokens.start;
        if doc.word(start + 1) == "of" && doc.word(start + 2).starts_with(char::is_uppercase) {
            m.kind = kind_named(doc.word(start)).unwrap_or(m.kind);
        }
    }
    let mut k = 0;
    while k < mentions.len() {
        let place = matches!(mentions[k].kind, EntityType::Gpe | EntityType::Loc);
        let of = mentions[k].tokens.start.checked_sub(1).filter(|&of| of > 0 && doc.word(of) == "of");
        let (Some(of), Some(kind), true) = (of, of.and_then(|of| kind_named(doc.word(of - 1))), place) else {
            k += 1;
            continue;
        };
        let end = mentions[k].tokens.end;
        // The kind's words the tagger found (`Federal Republic`), or the
        // kind's word alone.
        let start = match k.checked_sub(1).filter(|&p| mentions[p].tokens.end == of) {
            Some(p) if mentions[p].kind != EntityType::Person => {
                let start = mentions[p].tokens.start;
                mentions.remove(p);
                k = p;
                start
            }
            Some(_) => {
                k += 1;
                continue;
            }
            None => of - 1,
        };
        mentions[k].set_tokens(doc, start..end);
        mentions[k].kind = kind;
        k += 1;
    }
}

/// The kind of place a word before `of` names: `Republic` a political
/// one, `Gulf` a natural one.
fn kind_named(word: &str) -> Option<EntityType> {
    if POLITICAL_KINDS.contains(&word) {
        Some(EntityType::Gpe)
    } else if NATURAL_KINDS.contains(&word) {
        Some(EntityType::Loc)
    } else {
        None
    }
}

/// What a state or a town calls itself before `of` (`Republic`, `City`).
const POLITICAL_KINDS: &[&str] =
    &["Republic", "Kingdom", "City", "State", "Commonwealth", "Principality", "Sultanate", "Emirate", "Duchy"];

/// Natural places named by their kind before `of` (`Gulf`, `Isle`).
const NATURAL_KINDS: &[&str] = &["Gulf", "Bay", "Sea", "Strait", "Straits", "Isle", "Island", "Lake", "Cape"];
