//! What a name's own words say of it, apart from any article: the head
//! words that make it a building, a place, an event, a company or a
//! newspaper; a person's surname, suffixes and particles; the titles that
//! stand before a person's name. The passes in the parent module ask these
//! of the names the tagger found.

use crate::doc::EntityType;
use crate::lexicon::{lexicon, place_kind, Gender, PlaceKind};

/// Last words that make a name a building or structure.
pub(super) const FACILITY_HEADS: &[&str] = &[
    "Theatre", "Theater", "Stadium", "Arena", "Airport", "Bridge", "Hall", "Tower", "Towers", "Palace", "Museum",
    "Square", "Center", "Centre", "Building", "Station", "Cathedral", "Church", "Mosque", "Temple", "Hotel", "Prison",
    "Gardens", "Garden", "Field", "Dam", "Highway", "Freeway", "Tunnel", "Pentagon", "Mall", "Plaza", "Coliseum",
    "Auditorium", "Library", "Street", "Avenue", "Road", "Boulevard", "Expressway", "Turnpike", "Hospital", "Clinic",
    "Ground",
];

/// Last words of the names of laws and treaties.
const LAW_HEADS: &[&str] = &["Act", "Treaty", "Accord", "Accords", "Protocol", "Amendment", "Agreement", "Code"];

/// Last words of natural and non-political places.
pub(super) const LOCATION_HEADS: &[&str] = &[
    "River", "Mountain", "Mountains", "Mount", "Lake", "Sea", "Ocean", "Valley", "Island", "Islands", "Peninsula",
    "Gulf", "Bay", "Coast", "Desert", "Forest", "Canyon", "Strait", "Alps", "Basin", "Beach", "Park", "Region", "East",
    "West", "Pass", "Peak", "Falls", "Creek", "Ridge", "Glacier",
];

/// Oceans, seas, ranges and regions a story names by one word, which
/// governs nothing (`the Atlantic`, `the Balkans`; not `Amazon`, which
/// news names as a company far more often than as a forest).
const REGIONS: &[&str] = &[
    "Atlantic", "Pacific", "Arctic", "Antarctic", "Mediterranean", "Baltic", "Caribbean", "Sahara", "Sahel", "Balkans",
    "Caucasus", "Himalayas", "Andes", "Arabia", "Scandinavia", "Siberia", "Patagonia",
];

/// Heads of natural places that are no common surname (unlike `West`,
/// `Park`, `Hall`), for names the tagger took for people.
pub(super) const NATURAL_HEADS: &[&str] = &[
    "Pass", "Peak", "Falls", "Creek", "Glacier", "River", "Mountain", "Mountains", "Valley", "Canyon", "Island",
    "Islands", "Peninsula", "Gulf", "Desert", "Strait", "Basin",
];

/// Words that make a name an event.
pub(super) const EVENT_WORDS: &[&str] = &[
    "Awards", "Award", "Olympics", "Olympic", "Games", "Cup", "Championship", "Championships", "War", "Festival",
    "Election", "Summit", "Conference", "Open", "Prix", "Series", "Bowl", "Oscars", "Grammys", "Emmys", "Marathon",
    "Tour", "Convention", "Revolution", "Crisis", "Week", "Expo", "Fair", "Derby", "Classic", "Tournament", "Trophy",
];

/// Words that end organisation names.
pub(super) const ORGANISATION_HEADS: &[&str] = &[
    "Inc.", "Corp.", "Co.", "Ltd.", "LLC", "Authority", "University", "College", "Department", "Ministry", "Agency",
    "Council", "Commission", "Committee", "Party", "Association", "Institute", "Foundation", "Bank", "Group",
    "Company", "Corporation", "Society", "Union", "Board", "Office", "Service", "Court", "Police", "League",
    "Organisation", "Organization", "Orchestra", "Philharmonic", "Ballet", "Choir",
];

/// Whether a word ends organisations' names (`Union`, `Commission`,
/// `Party`), so that it may stand alone for the one the article named.
pub fn is_organisation_head(word: &str) -> bool {
    ORGANISATION_HEADS.contains(&word) && !LEGAL_FORMS.contains(&word)
}

/// Last words of company names (`Calder Ferries`, `Valemont Rail`,
/// `Harbour Holdings`) that no common surname or place name ends with: a
/// name that ends with one is a company whatever the tagger saw in a name
/// it never met in training.
pub(super) const COMPANY_HEADS: &[&str] = &[
    "Airlines", "Airways", "Bancorp", "Bancshares", "Brewery", "Communications", "Ferries", "Foods", "Holdings",
    "Industries", "Insurance", "Investments", "Motors", "Networks", "Pharmaceuticals", "Rail", "Railways", "Railroad",
    "Securities", "Technologies", "Telecom", "Capital", "Partners", "Ventures", "Records", "Pharma", "Labs", "Energy",
    "Systems", "Software", "Therapeutics", "Biosciences", "Electric", "Electronics", "Chemicals", "Logistics",
    "Brands", "Mining", "Petroleum", "Semiconductor", "Entertainment",
];

/// A company's legal form at the end of its name (`Inc.`, `plc`).
pub(super) const LEGAL_FORMS: &[&str] = &[
    "Inc.", "Inc", "Corp.", "Corp", "Co.", "Ltd.", "Ltd", "Limited", "LLC", "plc", "Plc", "PLC", "AG", "SA", "S.A.",
    "N.V.", "NV", "ASA", "SpA", "GmbH",
];

/// `Harwick Foods Inc.` → `Harwick Foods`: an organisation's name without
/// its legal form, which the same article may give or leave out.
pub fn without_legal_form(name: &str) -> &str {
    match name.rsplit_once(' ') {
        Some((rest, last)) if LEGAL_FORMS.contains(&last) => rest.trim_end_matches(','),
        _ => name,
    }
}

/// Last words of newspapers' and journals' names (`The Des Moines
/// Register`, `The Lancet`): organisations, though `published in …` reads
/// like a place to the tagger.
const PUBLICATION_HEADS: &[&str] = &[
    "Times", "Post", "Journal", "Register", "Tribune", "Herald", "Gazette", "Chronicle", "Inquirer", "Lancet",
    "Telegraph", "Guardian", "Observer", "Examiner", "Courier", "Sentinel", "Dispatch", "Bulletin", "Standard",
    "Mirror",
];

/// Last words of sports clubs' names: `Kingsport Rovers` is also `Rovers`
/// and `Kingsport`.
pub(super) const CLUB_HEADS: &[&str] = &[
    "Rovers", "Athletic", "Wanderers", "Albion", "Rangers", "Hotspur", "Argyle", "Academical", "United", "City", "Town",
];

/// Whether an organisation's name of two words or more ends as a
/// company's or a club's does (`Harwick Foods Inc.`, `Calder Ferries`,
/// `Dunmore Athletic`), so that its first word alone may stand for it.
pub fn names_a_company(name: &str) -> bool {
    name.rsplit_once(' ').is_some_and(|(_, last)| {
        LEGAL_FORMS.contains(&last) || COMPANY_HEADS.contains(&last) || CLUB_HEADS.contains(&last)
    })
}

/// Whether a name ends with a club's head word, which alone stands for the
/// club too (`Rovers`).
pub fn names_a_club(name: &str) -> bool {
    name.rsplit_once(' ').is_some_and(|(_, last)| CLUB_HEADS.contains(&last))
}

/// Words that end the name of a street. (A `match`, not a list: it is asked
/// of every word.)
pub(super) fn is_street_head(word: &str) -> bool {
    matches!(word, "Street" | "Avenue" | "Road" | "Boulevard" | "Lane" | "Drive" | "Parkway")
}

/// A city, state or country of the gazetteer, however it is capitalised
/// (`KUWAIT CITY` in a dateline).
pub fn is_place(name: &str) -> bool {
    place_kind(name).is_some_and(|kind| kind != PlaceKind::Continent)
}

/// Whether the gazetteer knows the name as a country's (`Togo`, not
/// `Lome`): a country's team plays under its name.
pub(super) fn is_country(name: &str) -> bool {
    place_kind(name) == Some(PlaceKind::Country)
}

/// A person's surname: the last word of the name before any generational
/// suffix or regnal number (`Kennedy` in `Robert F. Kennedy Jr.`).
pub fn surname<'w, 'n>(words: &'w [&'n str]) -> Option<&'w &'n str> {
    words.iter().rev().find(|w| !is_name_suffix(w))
}

/// A generational suffix or a regnal number (`Jr.`, `Sr`, `III`), which
/// ends a person's name but is not the surname. (Not a lone `I`, `V` or
/// `X`: `… and I` is commoner in news than `Elizabeth I`.)
pub(super) fn is_name_suffix(word: &str) -> bool {
    matches!(word, "Jr." | "Jr" | "Sr." | "Sr") || word.len() >= 2 && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

/// Lower-case words inside a person's name (`bin`, `van`, `de la`'s `de`).
pub(super) fn is_name_particle(word: &str) -> bool {
    matches!(
        word,
        "bin"
            | "ibn"
            | "bint"
            | "al"
            | "el"
            | "abu"
            | "van"
            | "von"
            | "der"
            | "den"
            | "de"
            | "da"
            | "del"
            | "della"
            | "di"
            | "du"
            | "dos"
            | "das"
            | "ter"
            | "ten"
            | "la"
            | "le"
    )
}

/// Social networks and platforms, organisations whatever the tagger says.
pub(super) fn is_platform(first_word: &str) -> bool {
    matches!(
        first_word,
        "Twitter" | "Instagram" | "Facebook" | "TikTok" | "YouTube" | "Snapchat" | "LinkedIn" | "Reddit" | "WhatsApp"
    )
}

/// Chooses the news type of a name the tagger labelled PER, ORG, LOC or MISC.
pub(super) fn refine_type(label: &str, name: &str) -> EntityType {
    let last = name.rsplit(' ').next().unwrap_or(name);
    let has = |words: &[&str]| name.split(' ').any(|w| words.contains(&w));
    if is_platform(name.split(' ').next().unwrap_or(name)) {
        return EntityType::Org;
    }
    // `the Comprehensive Test Ban Treaty`, `the Affordable Care Act`, `the
    // Second Amendment`, `the Treaty of Baden`: a law or a treaty is a
    // named text, a work, not the body that made it nor a product.
    if name.contains(' ') && (LAW_HEADS.contains(&last) || name.starts_with("Treaty of ")) {
        return EntityType::Work;
    }
    // `the Organisation of the Islamic Conference`, `the League of Women
    // Voters`: a body's head word before `of` names a body.
    // (Not a place the tagger saw: `Union of Soviet Socialist Republics`.)
    // (So does a body's head before its purpose: `the National League for
    // Democracy`, `the Commission on Presidential Debates`.)
    let body_of = name.split_once(" of ").is_some_and(|(head, _)| ORGANISATION_HEADS.contains(&head));
    let body_for = name
        .split_once(" for ")
        .or_else(|| name.split_once(" on "))
        .is_some_and(|(head, _)| ORGANISATION_HEADS.contains(&head.rsplit(' ').next().unwrap_or(head)));
    if label != "LOC" && (body_of || body_for) {
        return EntityType::Org;
    }
    if EVENT_WORDS.contains(&last) && label != "PER" && name.contains(' ') {
        return EntityType::Event;
    }
    // `Kessler Pass` tagged as a person: a natural place's head word that
    // is no one's surname, after a word that is no first name.
    let first_name = lexicon().first_names.contains_key(name.split(' ').next().unwrap_or(name));
    let natural_place = name.contains(' ') && !first_name && NATURAL_HEADS.contains(&last);
    // `Carver Public Library` tagged as a person whole: a building's head
    // word that is no one's surname (not `Hall`, `Church`, `Street`).
    let facility = name.contains(' ') && FACILITY_HEADS.contains(&last) && !lexicon().last_names.contains(last);
    let company = name.contains(' ') && COMPANY_HEADS.contains(&last);
    // (Not a person's: `Marjorie Merriweather Post`, `Don Guardian`.)
    let publication = name.contains(' ') && PUBLICATION_HEADS.contains(&last);
    // `Corvell Bank`, `Harwick Group` tagged a place: a body's head word
    // makes a body, but after a compass word (`West Bank`) or for the
    // heads that places and buildings share (`Soviet Union`, `Stadium
    // Court`, `Oval Office`).
    let body = name.contains(' ')
        && ORGANISATION_HEADS.contains(&last)
        && !matches!(last, "Union" | "Court" | "Office")
        && !matches!(name.split(' ').next(), Some("West" | "East" | "North" | "South" | "Left"));
    // `Miller Street` tagged a person, `Marsh Lane` a place: a street's
    // head word after a word that is no first name (not `Nathan Lane`).
    let street = name.contains(' ') && is_street_head(last) && !first_name;
    // `Ashford United`, `Kingsport Rovers`: a club, wherever it plays (not
    // `City` or `Town`, which end the names of places too).
    let club = name.contains(' ') && CLUB_HEADS.contains(&last) && !matches!(last, "City" | "Town");
    // `the American League`, `the Super League` the tagger took for no
    // body: a sports league, read as its competition. (Where it saw a
    // body, `the National Football League`, a body.)
    if label == "MISC" && names_a_sports_league(name) {
        return EntityType::Event;
    }
    match label {
        "PER" | "LOC" if company || club => EntityType::Org,
        "PER" | "LOC" if street => EntityType::Fac,
        "LOC" if body => EntityType::Org,
        "LOC" if publication => EntityType::Org,
        "PER" if natural_place => EntityType::Loc,
        "PER" if facility => EntityType::Fac,
        "PER" => EntityType::Person,
        // A body the tagger saw may well be named after a building or a
        // place, as clubs and institutes are (`Crystal Palace`, `Nottingham
        // Forest`, `the National Hurricane Center`, `West Coast`): only a
        // head word no body ends with overrules it.
        "ORG" if FACILITY_HEADS.contains(&last) && !matches!(last, "Center" | "Centre" | "Palace" | "Pentagon") => {
            EntityType::Fac
        }
        // `the Mead Valley`, `the Hudson River`: places, not bodies.
        "ORG"
            if (NATURAL_HEADS.contains(&last) || matches!(last, "Lake" | "Sea" | "Ocean" | "Bay" | "Park"))
                && name.contains(' ') =>
        {
            EntityType::Loc
        }
        "ORG" => EntityType::Org,
        "LOC" => match lexicon().places.get(name) {
            Some(PlaceKind::Continent) => EntityType::Loc,
            Some(_) => EntityType::Gpe,
            None if FACILITY_HEADS.contains(&last) => EntityType::Fac,
            None if LOCATION_HEADS.contains(&last) || REGIONS.contains(&name) => EntityType::Loc,
            None => EntityType::Gpe,
        },
        _ if has(EVENT_WORDS) => EntityType::Event,
        // `the Anti-Defamation League`, `the Working Families Party`.
        _ if ORGANISATION_HEADS.contains(&last) && name.contains(' ') => EntityType::Org,
        _ if FACILITY_HEADS.contains(&last) => EntityType::Fac,
        // (`San Francisco-based`, `Texas-born`: a place made an adjective,
        // as a nationality is, whatever its words.)
        _ if !name.contains(' ') && names_a_thing(name) => EntityType::Product,
        _ if !name.contains(' ') || is_place_adjective(last) => EntityType::Norp,
        _ => EntityType::Product,
    }
}

/// `the American League`, `the Premier League`, `RUGBY LEAGUE`: a league
/// whose other words say a sport or a level of play, as a political
/// league's do not (`the Arab League`, `the Anti-Defamation League`).
fn names_a_sports_league(name: &str) -> bool {
    let Some((rest, last)) = name.rsplit_once(' ') else { return false };
    matches!(last, "League" | "LEAGUE")
        && rest.split(' ').all(|word| {
            matches!(
                word.to_lowercase().as_str(),
                "american"
                    | "national"
                    | "major"
                    | "minor"
                    | "super"
                    | "premier"
                    | "champions"
                    | "champions'"
                    | "rugby"
                    | "football"
                    | "soccer"
                    | "hockey"
                    | "basketball"
                    | "baseball"
                    | "cricket"
                    | "european"
                    | "english"
                    | "scottish"
                    | "irish"
                    | "europa"
                    | "nations"
                    | "'"
            )
        })
}

/// Whether a one-word name the tagger called neither person, place nor
/// body is a thing rather than a people, a faith or a side (which it is
/// most often: `German`, `Muslims`, `Democrats`, `GMT` as CoNLL counts
/// it): a brand in camel case (`iPhone`, `eBay`), a currency (`US$`), or a
/// programme, index or network news names by one word.
fn names_a_thing(word: &str) -> bool {
    // (Not `anti-Trump`, `pro-Israel`: a side.)
    word.starts_with(char::is_lowercase) && word.chars().any(char::is_uppercase) && !word.contains('-')
        || word.contains('$')
        || matches!(
            word,
            "Internet" | "Medicare" | "Medicaid" | "Obamacare" | "Nasdaq" | "NASDAQ" | "Dow" | "Windows" | "Android"
        )
}

/// `Berlin-based`, `Texas-born`, `Saudi-led`: a compound that makes a
/// place (or a people) into an adjective.
fn is_place_adjective(word: &str) -> bool {
    word.rsplit_once('-').is_some_and(|(_, tail)| {
        matches!(tail, "based" | "born" | "led" | "backed" | "owned" | "listed" | "made" | "headquartered" | "bred")
    })
}

/// Nouns an appositive uses for a company or another body.
pub(super) const ORGANISATION_NOUNS: &[&str] = &[
    "company", "startup", "start-up", "firm", "maker", "manufacturer", "retailer", "chain", "bank", "agency",
    "airline", "carrier", "developer", "publisher", "brand", "insurer", "lender", "nonprofit", "charity",
    "conglomerate", "subsidiary", "supplier", "distributor", "operator", "utility", "broadcaster", "newspaper",
    "website", "app", "restaurant", "bakery", "cafe", "café", "brewery", "winery", "label", "band", "club",
];

/// Titles that stand only before a person's name. (A `match`, not a list: it is asked of every word.)
pub(super) fn is_honorific(word: &str) -> bool {
    matches!(word, "Mr." | "Mrs." | "Ms." | "Mr" | "Mrs" | "Ms" | "Dr.")
}

/// The gender a title before a name says (`Mr.`, `Dame`); `Dr.` and
/// `Sen.` say none.
pub fn gender_of_title(word: &str) -> Option<Gender> {
    match word {
        "Mr." | "Mr" | "Sir" | "Lord" => Some(Gender::Male),
        "Mrs." | "Mrs" | "Ms." | "Ms" | "Miss" | "Dame" | "Lady" => Some(Gender::Female),
        _ => None,
    }
}

/// A newspaper's head word, or `News` (`NBC News`).
pub(super) fn is_publication_head(word: &str) -> bool {
    word == "News" || PUBLICATION_HEADS.contains(&word)
}

/// Offices a body's people hold, which the tagger may run into the body's
/// name (`Fed Chair`, `Senate Majority Leader`, `National Executive
/// Director`).
pub(super) fn is_office(word: &str) -> bool {
    matches!(
        word,
        "Leader"
            | "Whip"
            | "Chair"
            | "Chairman"
            | "Chairwoman"
            | "Secretary"
            | "Director"
            | "Governor"
            | "Officer"
            | "Spokesman"
            | "Spokeswoman"
            | "Executive"
    )
}

/// The rank or scope before such an office (`Vice Chair`, `Majority
/// Leader`, `National Executive Director`).
pub(super) fn is_rank(word: &str) -> bool {
    matches!(
        word,
        "Majority" | "Minority" | "Vice" | "Deputy" | "Acting" | "Assistant" | "Senior" | "Chief" | "National"
    )
}

/// Words that may stand before a person's name without being part of it.
pub(super) const TITLES: &[&str] = &[
    "Mr.", "Mrs.", "Ms.", "Miss", "Dr.", "Prof.", "Sen.", "Rep.", "Gov.", "Gen.", "Lt.", "Col.", "Sgt.", "Capt.",
    "President", "Senator", "Governor", "Sir", "Dame", "Lord", "Lady", "Judge", "Justice", "Rev.", "Pope", "King",
    "Queen", "Prince", "Princess", "Mayor", "Chancellor", "Minister", "Secretary", "Speaker", "Professor", "Coach",
    "Councillor", "Councilor", "Councilman", "Councilwoman", "Alderman", "Ambassador", "Commissioner", "Premier",
    "Cardinal", "Archbishop", "Bishop", "Rabbi", "Imam", "Ayatollah", "Colonel", "Lieutenant", "Sergeant", "Admiral",
    "Brigadier", "Marshal",
];

/// Whether a word ends the name of a body, a building, a place or a
/// newspaper, which may begin with a title's word (`Justice Department`,
/// `King County`) that is then part of the name.
pub(super) fn is_institution_head(word: &str) -> bool {
    ORGANISATION_HEADS.contains(&word)
        || COMPANY_HEADS.contains(&word)
        || FACILITY_HEADS.contains(&word)
        || LOCATION_HEADS.contains(&word)
        || PUBLICATION_HEADS.contains(&word)
        || word == "County"
}
