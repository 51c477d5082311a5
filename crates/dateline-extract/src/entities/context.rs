//! Passes that type a name by the words around it, where the tagger,
//! meeting a name it never saw in training, guessed: an appositive that
//! calls it a company, its shares traded, a person's employer after `of`
//! or `at`, a relative's noun before it, a storm's word, `in` before a
//! town. Each takes the mentions in text order and changes their types
//! (and, for a police force, its first word), never their number.

use super::names::{is_institution_head, is_place, ORGANISATION_NOUNS};
use crate::doc::{Document, EntityType, Mention};
use crate::lexicon::{lexicon, place_kind, PlaceKind};
use crate::timex::is_past_form;
use crate::tokenize::{is_determiner, is_possessive_mark, TokenKind};

/// `Voltline, a battery startup based in Port Callow,`, `Lumora, the
/// Berlin-based maker of smart lighting,`: a name that an appositive calls
/// a company (or another body) is an organisation, whatever the tagger
/// made of a name it had never seen, a person or a place it does not know.
pub(super) fn organisations_by_appositive(doc: &Document<'_>, mentions: &mut [Mention]) {
    for m in mentions.iter_mut().filter(|m| m.kind == EntityType::Person || is_unknown_place(doc, m)) {
        if is_named_after_its_noun(doc, m) {
            m.kind = EntityType::Org;
            continue;
        }
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
        let possessive = |j: usize| j + 1 < doc.tokens.len() && is_possessive_mark(doc.word(j + 1));
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

/// `his second restaurant, Ostra,`, `a Leeds startup, Voltline.`: a name
/// set off by commas after a noun phrase whose noun is a company's (or
/// another body's) is that body's name. Not a name with a first name or a
/// surname of the lists (`At the firm, Smith, 45,`), nor one the sentence
/// goes on to make say or do something.
fn is_named_after_its_noun(doc: &Document<'_>, m: &Mention) -> bool {
    let start = m.tokens.start;
    if start < 3
        || doc.word(start - 1) != ","
        || !matches!(doc.tokens.get(m.tokens.end).map(|_| doc.word(m.tokens.end)), Some("," | "."))
    {
        return false;
    }
    let noun = start - 2;
    if !ORGANISATION_NOUNS.contains(&doc.word(noun)) {
        return false;
    }
    // The noun phrase: a determiner or a possessive (`Quinn's label`),
    // then a few words.
    let opens = (noun.saturating_sub(4)..noun)
        .rev()
        .take_while(|&j| doc.tokens[j].kind == TokenKind::Word)
        .find(|&j| is_determiner(doc.word(j)) || is_possessive_mark(doc.word(j)));
    let lex = lexicon();
    let first = doc.word(start);
    opens.is_some() && !lex.first_names.contains_key(first) && !lex.last_names.contains(first)
}

/// `shares of Amazon`, `Amazon stock`, `Corvell shareholders`, `Corvell's
/// board`, `Corvell's profits`, `chief executive officer of Corvell`: a
/// name the tagger took for a place or a person, that no gazetteer or name
/// list knows, is a company where the article trades its shares, names its
/// board and managers or reports its sales and profits, and so is every
/// mention of that name. (`Tokyo stocks`, `Frankfurt shares`: a city's
/// market is the city; a company has stock, a market stocks. Not
/// `Hollywood executives`: a place has those too.)
pub(super) fn companies_by_shares_and_boards(doc: &Document<'_>, mentions: &mut [Mention]) {
    let word = |i: usize| if i < doc.tokens.len() { doc.lower(i) } else { "" };
    let traded = |m: &Mention| {
        // (`Brightline's shares`: past a possessive.)
        let end =
            m.tokens.end + usize::from(m.tokens.end < doc.tokens.len() && is_possessive_mark(doc.word(m.tokens.end)));
        let (after, market) = (word(end), word(end + 1));
        let before = (m.tokens.start >= 2).then(|| (word(m.tokens.start - 2), word(m.tokens.start - 1)));
        let managed = matches!(after, "chairman" | "chairwoman" | "board")
            || after == "general" && market == "manager"
            || matches!(
                before,
                Some((
                    "officer" | "executive" | "manager" | "chairman" | "chairwoman" | "shareholders" | "board",
                    "of"
                ))
            );
        // (`Comelf's six-month output`, `El Al's head office`: what only a
        // business has, past a possessive and a word.)
        let business = |w: &str| {
            matches!(w, "output" | "profit" | "profits" | "sales" | "revenue" | "revenues" | "earnings" | "turnover")
        };
        let possessed = end > m.tokens.end;
        let owns_business = possessed && (business(after) || business(market) || after == "head" && market == "office");
        managed
            || owns_business
            || matches!(after, "shares" | "stock" | "shareholders" | "stockholders")
                && !matches!(market, "exchange" | "market" | "markets" | "index")
            || matches!(before, Some(("shares" | "stock", "of")))
    };
    // (`U.S. stocks`, `the Montreal stock exchange`: a market's; and the
    // gazetteer writes `Montréal`.)
    let unknown_place = |m: &Mention| is_unknown_place(doc, m) && !doc.slice(m.span).contains('.');
    // (`Brightline unveiled …`: one word no name list knows, taken for a
    // person, is as often a company.)
    let unknown_person = |m: &Mention| {
        let word = doc.slice(m.span);
        let names = &lexicon();
        m.kind == EntityType::Person
            && m.tokens.len() == 1
            && !names.first_names.contains_key(word)
            && !names.last_names.contains(word)
    };
    let unknown = |m: &Mention| unknown_place(m) || unknown_person(m);
    let companies: Vec<&str> = mentions.iter().filter(|m| unknown(m) && traded(m)).map(|m| doc.slice(m.span)).collect();
    if companies.is_empty() {
        return;
    }
    for m in mentions.iter_mut().filter(|m| unknown(m) && companies.contains(&doc.slice(m.span))) {
        m.kind = EntityType::Org;
    }
}

/// A name the tagger took for a place that the gazetteer does not know:
/// as often a company or a body it never saw in training, which what the
/// article says of it may show.
fn is_unknown_place(doc: &Document<'_>, m: &Mention) -> bool {
    matches!(m.kind, EntityType::Gpe | EntityType::Loc) && !is_place(doc.slice(m.span))
}

/// `Jo Whitfield of Peel Hunt`, `Ann Lee at Corvell Bank`: a name right
/// after a person's and `of` or `at` is where that person works (or lives),
/// never a second person, whatever the tagger made of a name it had never
/// seen. `mentions` is in text order.
pub(super) fn employers_after_people(doc: &Document<'_>, mentions: &mut [Mention]) {
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

/// `over Lockerbie, Scotland`, `in Bistrita, Romania`: a one-word name no
/// list knows as a person's, set before a comma and a country or a state,
/// is a town there, whatever the tagger took it for. `mentions` is in
/// text order.
pub(super) fn towns_before_their_country(doc: &Document<'_>, mentions: &mut [Mention]) {
    let lex = lexicon();
    for k in 0..mentions.len() {
        let m = &mentions[k];
        let (at, comma) = (m.tokens.start, m.tokens.end);
        let Some(country) = mentions.get(k + 1) else { continue };
        if m.tokens.len() != 1
            || !matches!(m.kind, EntityType::Person | EntityType::Org)
            || doc.word(comma) != ","
            || country.tokens.start != comma + 1
        {
            continue;
        }
        let word = doc.word(at);
        let after = country.tokens.end;
        // (Not a list of names: `Smith, Scotland and Wales`.)
        let closes = after >= doc.tokens.len() || matches!(doc.word(after), "," | "." | ";" | ")");
        if closes
            && !lex.first_names.contains_key(word)
            && !lex.last_names.contains(word)
            && matches!(place_kind(doc.slice(country.span)), Some(PlaceKind::Country | PlaceKind::State))
        {
            mentions[k].kind = EntityType::Gpe;
        }
    }
}

/// `a two-year-old son, Mateo`: a name set off after a relative's noun is
/// a person; `chief economist at Nordbank`: a name after a trade's noun
/// and `at` is where that person works. Either way a name the tagger took
/// for a place that no gazetteer knows.
pub(super) fn kin_and_employers_by_their_nouns(doc: &Document<'_>, mentions: &mut [Mention]) {
    // (A name with a body's or a building's head word is typed by it.)
    let headed = |m: &Mention| is_institution_head(doc.word(m.tokens.end - 1));
    for m in mentions.iter_mut().filter(|m| is_unknown_place(doc, m) && !headed(m)) {
        let at = m.tokens.start;
        let word_before = |back: usize| if at >= back { doc.lower(at - back) } else { "" };
        let kin = word_before(1) == ","
            && matches!(
                word_before(2),
                "son"
                    | "daughter"
                    | "wife"
                    | "husband"
                    | "brother"
                    | "sister"
                    | "mother"
                    | "father"
                    | "child"
                    | "grandson"
                    | "granddaughter"
                    | "nephew"
                    | "niece"
                    | "partner"
                    | "fiancé"
                    | "fiancée"
                    | "boyfriend"
                    | "girlfriend"
                    | "widow"
                    | "widower"
            );
        // (`Analysts at Jefferies said`: a learned trade plural, and
        // capitalised only as a sentence's first word; not `summers at
        // Walker's Point`, `officers at Pride`.)
        let word = word_before(2);
        let learned_plural = ["ists", "ysts", "ians"].iter().any(|ending| word.ends_with(ending));
        let trade = if learned_plural { &word[..word.len() - 1] } else { word };
        let employer = word_before(1) == "at"
            && at >= 2
            && (doc.word(at - 2).starts_with(char::is_lowercase)
                || doc.sentences[doc.tokens[at - 2].sentence].start == at - 2)
            && ["ist", "yst", "er", "or", "ian", "ant"].iter().any(|ending| trade.ends_with(ending))
            // (`last year's winner at Longchamp`: a course, not an employer.)
            && !matches!(trade, "winner" | "runner" | "finisher" | "player" | "starter");
        if kin {
            m.kind = EntityType::Person;
        } else if employer {
            m.kind = EntityType::Org;
        }
    }
}

/// `the aircraft carrier Carl Vinson`, `the tanker Sea Empress`, `USS
/// Cole`: a name after a vessel's noun or a navy's prefix is the ship, a
/// thing, not the person it may be named after. (Not `the carrier
/// EgyptAir`: an airline is a carrier too.)
pub(super) fn vessels_by_their_nouns(doc: &Document<'_>, mentions: &mut [Mention]) {
    for m in mentions.iter_mut().filter(|m| m.tokens.start > 0) {
        let at = m.tokens.start;
        let before = doc.word(at - 1);
        let vessel = matches!(
            before,
            "warship"
                | "frigate"
                | "destroyer"
                | "submarine"
                | "tanker"
                | "ferry"
                | "liner"
                | "yacht"
                | "freighter"
                | "cruiser"
                | "battleship"
                | "trawler"
                | "USS"
                | "HMS"
                | "RMS"
                | "HMAS"
                | "HMCS"
                | "USNS"
                | "MV"
        ) || matches!(before, "carrier" | "carriers") && at >= 2 && doc.word(at - 2) == "aircraft";
        if vessel {
            m.kind = EntityType::Product;
        }
    }
}

/// `at Charles de Gaulle airport`, `the Heysel stadium`, `an El Al
/// freighter`: a name before a noun in lower case that says what it names.
/// A name before an airport's, a stadium's or a prison's noun is that
/// place, not a person or a body; one taken for a person before an
/// aircraft's noun is the airline. (A town's name stays the town:
/// `Istanbul airport`, `a Sudan plane`.)
pub(super) fn names_before_their_nouns(doc: &Document<'_>, mentions: &mut [Mention]) {
    let mut airlines = Vec::new();
    for m in mentions.iter_mut().filter(|m| matches!(m.kind, EntityType::Person | EntityType::Org)) {
        let next = m.tokens.end;
        if next >= doc.tokens.len() {
            continue;
        }
        // (The noun first: a gazetteer lookup costs more than a match.)
        match doc.word(next) {
            "airport" | "airbase" | "stadium" | "racecourse" | "prison" | "hospital"
                if !is_place(doc.slice(m.span)) =>
            {
                m.kind = EntityType::Fac;
            }
            "flight" | "jet" | "airliner" | "jetliner" | "plane" | "freighter"
                if m.kind == EntityType::Person && !is_place(doc.slice(m.span)) =>
            {
                airlines.push(doc.slice(m.span));
            }
            _ => {}
        }
    }
    // (The airline in every mention: `El Al's head office` too.)
    for m in mentions.iter_mut().filter(|m| m.kind == EntityType::Person && airlines.contains(&doc.slice(m.span))) {
        m.kind = EntityType::Org;
    }
}

/// `20-year-old Tiger Woods shot 67`: a name after an age is a person's,
/// whatever the tagger made of a name it never saw. (Not a place's, a
/// body's or a nationality: `the 20-year-old Chicago native`, `the
/// 50-year-old Carver Library`, `the 26-year-old Italian`.)
pub(super) fn people_by_their_age(doc: &Document<'_>, mentions: &mut [Mention]) {
    let kinds = |m: &Mention| !matches!(m.kind, EntityType::Person | EntityType::Norp);
    for m in mentions.iter_mut().filter(|m| m.tokens.start > 0 && kinds(m)) {
        let age = doc.word(m.tokens.start - 1);
        let aged =
            age.strip_suffix("-year-old").is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
        let last = doc.word(m.tokens.end - 1);
        let thing = is_place(doc.slice(m.span)) || is_institution_head(last) || last == "Club";
        // The name ends the phrase, or a verb follows it: not a name that
        // describes the noun after it (`the 36-year-old Aston Villa
        // player`, `a 19-year-old Cessna pilot`), nor a model's number
        // (`a 19-year-old Cessna 750`).
        let next = m.tokens.end;
        let verb_or_end = next >= doc.tokens.len()
            || !doc.word(next).starts_with(char::is_lowercase) && doc.tokens[next].kind != TokenKind::Number
            || is_past_form(doc.word(next))
            || doc.word(next).ends_with("ed")
            || matches!(doc.word(next), "is" | "has" | "says" | "will" | "would" | "can" | "could" | "who");
        if aged && !thing && verb_or_end {
            m.kind = EntityType::Person;
        }
    }
}

/// `Storm Ingrid`, `Hurricane Edouard`: a storm's name is the storm, an
/// event, not a person (and, as CoNLL marks it, without the word before).
pub(super) fn storms_by_their_names(doc: &Document<'_>, mentions: &mut [Mention]) {
    for m in mentions.iter_mut().filter(|m| m.tokens.start > 0) {
        let before = doc.word(m.tokens.start - 1);
        if matches!(before, "Storm" | "Hurricane" | "Typhoon" | "Cyclone" | "STORM" | "HURRICANE" | "TYPHOON") {
            m.kind = EntityType::Event;
        }
    }
}

/// `Police Scotland said`: a force named for the country it polices is a
/// body, not the country.
pub(super) fn police_forces(doc: &Document<'_>, mentions: &mut [Mention]) {
    for m in mentions.iter_mut().filter(|m| m.kind == EntityType::Gpe && m.tokens.start > 0) {
        let police = m.tokens.start - 1;
        let alone = police == 0 || !doc.word(police - 1).starts_with(char::is_uppercase);
        if doc.word(police) == "Police" && alone {
            m.set_tokens(doc, police..m.tokens.end);
            m.kind = EntityType::Org;
        }
    }
}

/// `a hospital in Leeds`: a town or country alone after `in` is the place,
/// though the article names a body after it (`Leeds Crown Court`) and the
/// tagger, reading every occurrence together, took the town for the body.
/// On CoNLL train and dev, 500 of 504 such names are places. (Not `shares
/// in Slough`, a company; nor `in Metz's 3-1 victory`, a club.) And what a
/// town's noun names is the town, known or not: `the mining town of
/// Moengo`.
pub(super) fn places_after_in(doc: &Document<'_>, mentions: &mut [Mention]) {
    for m in mentions.iter_mut().filter(|m| matches!(m.kind, EntityType::Org | EntityType::Person)) {
        let at = m.tokens.start;
        let town = at >= 2
            && doc.word(at - 1) == "of"
            && matches!(doc.word(at - 2), "town" | "city" | "village" | "port" | "province" | "district" | "island")
            && !is_institution_head(doc.word(m.tokens.end - 1));
        if town {
            m.kind = EntityType::Gpe;
        }
    }
    for m in mentions.iter_mut().filter(|m| m.kind == EntityType::Org && m.tokens.len() == 1) {
        let at = m.tokens.start;
        let after_in =
            at >= 2 && doc.word(at - 1) == "in" && !matches!(doc.lower(at - 2), "shares" | "stake" | "stakes");
        let possessed = at + 1 < doc.tokens.len() && is_possessive_mark(doc.word(at + 1));
        if after_in && !possessed && is_place(doc.slice(m.span)) {
            m.kind = EntityType::Gpe;
        }
    }
}

/// `The team is as follows: Given, Breen, Staunton, Irwin, McAteer`: in a
/// list of four names or more, most of them people's, a one-word name the
/// tagger typed a place (a surname that is also a town) is a person too.
/// `mentions` is in text order.
pub(super) fn people_in_lists(doc: &Document<'_>, mentions: &mut [Mention]) {
    let listed_after = |before: &Mention, after: &Mention| {
        let (end, start) = (before.tokens.end, after.tokens.start);
        match start.checked_sub(end) {
            Some(1) => matches!(doc.word(end), "," | "and"),
            Some(2) => doc.word(end) == "," && doc.word(end + 1) == "and",
            _ => false,
        }
    };
    let mut start = 0;
    while start < mentions.len() {
        let mut end = start + 1;
        while end < mentions.len() && listed_after(&mentions[end - 1], &mentions[end]) {
            end += 1;
        }
        let run = &mut mentions[start..end];
        let people = run.iter().filter(|m| m.kind == EntityType::Person).count();
        if run.len() >= 4 && people * 4 >= run.len() * 3 {
            let place = |m: &Mention| matches!(m.kind, EntityType::Gpe | EntityType::Loc | EntityType::Fac);
            for m in run.iter_mut().filter(|m| m.tokens.len() == 1 && place(m)) {
                m.kind = EntityType::Person;
            }
        }
        start = end;
    }
}
