//! The words of time expressions: month, weekday, season and part-of-day
//! names, numbers written as words, the markers of a sentence's tense, and
//! the set of words that can open an expression at all.

use std::sync::OnceLock;

use jiff::civil::Weekday;
use rustc_hash::FxHashSet;

use super::calendar::Holiday;
use crate::lexicon::WordTable;

const MONTHS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
];

const MONTH_ABBREVIATIONS: &[(&str, i8)] = &[
    ("jan.", 1),
    ("feb.", 2),
    ("mar.", 3),
    ("apr.", 4),
    ("jun.", 6),
    ("jul.", 7),
    ("aug.", 8),
    ("sept.", 9),
    ("sep.", 9),
    ("oct.", 10),
    ("nov.", 11),
    ("dec.", 12),
    // Without a period (wire tables: `Jul 17`, `Sep 2`), which the
    // scanner takes as a month only before a day or a year (`Jun` and
    // `Mar` are names and words too).
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

const WEEKDAYS: &[(&str, Weekday)] = &[
    ("monday", Weekday::Monday),
    ("tuesday", Weekday::Tuesday),
    ("wednesday", Weekday::Wednesday),
    ("thursday", Weekday::Thursday),
    ("friday", Weekday::Friday),
    ("saturday", Weekday::Saturday),
    ("sunday", Weekday::Sunday),
];

pub const SEASONS: &[(&str, &str, i8)] =
    &[("spring", "SP", 3), ("summer", "SU", 6), ("fall", "FA", 9), ("autumn", "FA", 9), ("winter", "WI", 12)];

const PARTS_OF_DAY: &[(&str, &str)] =
    &[("morning", "MO"), ("afternoon", "AF"), ("evening", "EV"), ("night", "NI"), ("overnight", "NI")];

/// Words of weather that describe a month (`a wet May`, `a cold March`),
/// telling it from the verb and the name.
pub const WEATHER: &[&str] =
    &["cold", "warm", "hot", "mild", "wet", "dry", "rainy", "snowy", "sunny", "chilly", "cool", "stormy", "windy"];

pub const ORDINALS: &[&str] = &["first", "second", "third", "fourth"];

/// The weekday a lower-cased word names.
pub fn weekday(word: &str) -> Option<Weekday> {
    WEEKDAYS.iter().find(|(name, _)| *name == word).map(|&(_, day)| day)
}

/// The TIMEX3 code of the part of the day a lower-cased word names
/// (`night` → `NI`).
pub fn part_of_day(word: &str) -> Option<&'static str> {
    PARTS_OF_DAY.iter().find(|(name, _)| *name == word).map(|&(_, code)| code)
}

/// `year-ago`, `year-earlier`, `prior-year`: the adjectives an earnings
/// report gives the period a year before the one it reports.
pub fn is_year_before(word: &str) -> bool {
    matches!(word, "year-ago" | "year-earlier" | "prior-year")
}

/// A time zone written after a clock time (`9 a.m. EST`), lower-cased.
pub fn is_time_zone(word: &str) -> bool {
    matches!(word, "est" | "edt" | "et" | "cst" | "cdt" | "pst" | "pdt" | "gmt" | "utc")
}

/// The auxiliaries of the future and the conditional: `will`, `would`,
/// `'ll`, `shall`, and the `wo` of `won't`.
pub fn is_future_auxiliary(word: &str) -> bool {
    matches!(word, "will" | "would" | "'ll" | "’ll" | "shall" | "wo")
}

/// The modal verbs, after which a verb is in its plain form (`may put`).
pub fn is_modal(word: &str) -> bool {
    matches!(word, "can" | "could" | "may" | "might" | "must" | "should")
}

/// Words that say the clause around them speaks of the future, read by
/// the nearest-tense test. (Matches, not lists: they are asked of many
/// words.)
pub fn marks_future(word: &str) -> bool {
    matches!(
        word,
        "will"
            | "'ll"
            | "’ll"
            | "shall"
            | "wo"
            | "tomorrow"
            | "next"
            | "upcoming"
            | "scheduled"
            | "slated"
            | "plans"
            | "planned"
            | "planning"
            | "expect"
            | "expects"
            | "expected"
            | "coming"
            | "going"
            // (Not `projected`, `predicted`: `projected the supreme
            // confidence`, `was projected as the winner Tuesday`.)
            | "forecast"
            | "forecasts"
            | "predicts"
    )
}

/// Irregular past forms common in news, for the tense of a time expression.
pub fn is_past_form(word: &str) -> bool {
    matches!(
        word,
        "said"
            | "told"
            | "was"
            | "were"
            | "had"
            | "did"
            | "went"
            | "came"
            | "took"
            | "made"
            | "got"
            | "gave"
            | "won"
            | "lost"
            | "met"
            | "left"
            | "held"
            | "began"
            | "wrote"
            | "spoke"
            | "saw"
            | "found"
            | "fell"
            | "rose"
            | "sold"
            | "paid"
            | "sent"
            | "ran"
            | "led"
            | "struck"
            | "broke"
            | "flew"
            | "hit"
            | "put"
            | "set"
            | "shut"
            | "cut"
            | "quit"
            | "became"
            | "brought"
            | "bought"
            | "thought"
            | "sank"
            | "fought"
            | "caught"
            | "taught"
            | "sought"
            | "drove"
            | "rode"
            | "shot"
            | "stood"
            | "swore"
            | "threw"
            | "spent"
            | "felt"
            | "kept"
            | "heard"
            | "knew"
            | "grew"
            | "drew"
            | "chose"
            | "stole"
            | "shook"
            | "tore"
            | "woke"
            | "withdrew"
            | "overcame"
            | "undertook"
            | "understood"
            | "built"
            | "dealt"
            | "meant"
            | "fled"
            | "hid"
            | "slept"
            | "stuck"
            | "hung"
            | "ate"
            | "drank"
            | "froze"
            | "sat"
            | "arose"
            | "awoke"
            | "upheld"
            | "withheld"
            | "oversaw"
            | "overtook"
            | "overthrew"
            | "forgot"
            | "forgave"
            | "forbade"
            | "foresaw"
            | "blew"
            | "swam"
            | "sang"
            | "rang"
            | "sprang"
            | "shrank"
            | "strode"
            | "swept"
            | "wept"
            | "lent"
            | "bent"
            | "sped"
            | "slid"
            | "clung"
            | "swung"
            | "spun"
            | "dug"
            | "bore"
            | "wore"
    )
}

/// Holidays by the words that name them, lower-cased, a possessive `'s` a
/// word of its own. (`opens_holiday` in the scanner lists their first
/// words: keep the two together.)
pub const HOLIDAYS: &[(&[&str], Holiday)] = &[
    (&["new", "year", "'s", "day"], Holiday::NewYearsDay),
    (&["new", "year", "'s", "eve"], Holiday::NewYearsEve),
    (&["martin", "luther", "king", "day"], Holiday::MartinLutherKingDay),
    (&["martin", "luther", "king", "jr.", "day"], Holiday::MartinLutherKingDay),
    (&["martin", "luther", "king", "jr", ".", "day"], Holiday::MartinLutherKingDay),
    (&["mlk", "day"], Holiday::MartinLutherKingDay),
    (&["valentine", "'s", "day"], Holiday::ValentinesDay),
    (&["presidents", "day"], Holiday::PresidentsDay),
    (&["inauguration", "day"], Holiday::InaugurationDay),
    (&["presidents", "'", "day"], Holiday::PresidentsDay),
    (&["president", "'s", "day"], Holiday::PresidentsDay),
    (&["st.", "patrick", "'s", "day"], Holiday::StPatricksDay),
    (&["mardi", "gras"], Holiday::FromEaster(-47)),
    (&["shrove", "tuesday"], Holiday::FromEaster(-47)),
    (&["ash", "wednesday"], Holiday::FromEaster(-46)),
    (&["palm", "sunday"], Holiday::FromEaster(-7)),
    (&["maundy", "thursday"], Holiday::FromEaster(-3)),
    (&["holy", "thursday"], Holiday::FromEaster(-3)),
    (&["good", "friday"], Holiday::FromEaster(-2)),
    (&["holy", "saturday"], Holiday::FromEaster(-1)),
    (&["easter", "sunday"], Holiday::FromEaster(0)),
    (&["easter"], Holiday::FromEaster(0)),
    (&["easter", "monday"], Holiday::FromEaster(1)),
    (&["pentecost"], Holiday::FromEaster(49)),
    (&["pentecost", "sunday"], Holiday::FromEaster(49)),
    (&["whit", "sunday"], Holiday::FromEaster(49)),
    (&["mother", "'s", "day"], Holiday::MothersDay),
    (&["memorial", "day"], Holiday::MemorialDay),
    (&["father", "'s", "day"], Holiday::FathersDay),
    (&["juneteenth"], Holiday::Juneteenth),
    (&["independence", "day"], Holiday::IndependenceDay),
    (&["fourth", "of", "july"], Holiday::IndependenceDay),
    (&["july", "fourth"], Holiday::IndependenceDay),
    (&["bastille", "day"], Holiday::BastilleDay),
    (&["labor", "day"], Holiday::LaborDay),
    (&["columbus", "day"], Holiday::ColumbusDay),
    (&["halloween"], Holiday::Halloween),
    (&["election", "day"], Holiday::ElectionDay),
    (&["super", "tuesday"], Holiday::SuperTuesday),
    (&["veterans", "day"], Holiday::VeteransDay),
    (&["armistice", "day"], Holiday::VeteransDay),
    (&["remembrance", "day"], Holiday::VeteransDay),
    (&["thanksgiving", "day"], Holiday::Thanksgiving),
    (&["thanksgiving"], Holiday::Thanksgiving),
    (&["black", "friday"], Holiday::BlackFriday),
    (&["cyber", "monday"], Holiday::CyberMonday),
    (&["christmas", "eve"], Holiday::ChristmasEve),
    (&["christmas", "day"], Holiday::Christmas),
    (&["christmas"], Holiday::Christmas),
    (&["boxing", "day"], Holiday::BoxingDay),
];

/// A day of the month as an ordinal in figures or words (`21st`,
/// `twentieth`, `thirty-first`).
pub fn day_ordinal(word: &str) -> Option<i8> {
    let n = ordinal_number(word).or_else(|| match word {
        "thirtieth" => Some(30),
        "thirty-first" => Some(31),
        _ => {
            let ones = word.strip_prefix("twenty-")?;
            CENTURY_ORDINALS[..9].iter().position(|o| *o == ones).map(|k| k as i32 + 21)
        }
    })?;
    i8::try_from(n).ok().filter(|d| (1..=31).contains(d))
}

/// Decades in words, from the twenties: `the nineties` → `199`.
pub const DECADES: &[&str] =
    &["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];

/// Ordinals in words up to twenty-first, for centuries.
pub const CENTURY_ORDINALS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    "twentieth", "twenty-first",
];

/// An ordinal's number, in figures or in words up to twenty-first (`21st`,
/// `eighth`).
pub fn ordinal_number(word: &str) -> Option<i32> {
    ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|end| word.strip_suffix(end))
        .filter(|digits| !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|digits| digits.parse().ok())
        .or_else(|| CENTURY_ORDINALS.iter().position(|o| *o == word).map(|k| k as i32 + 1))
}

/// The last words of newspapers' and programmes' names that open on a time
/// word (`Sunday Times`, `Daily Post`, `Weekly Standard`, `Today Show`).
pub const PUBLICATION_HEADS: &[&str] = &[
    "Times", "Post", "Telegraph", "Mail", "Express", "Standard", "Herald", "News", "Star", "Mirror", "Journal",
    "Tribune", "Review", "Beast", "Show", "Record", "Independent", "Sport", "Business", "Planet", "Caller",
];

/// Every word that can open a time expression, lower-cased.
pub fn triggers() -> &'static WordTable<()> {
    static SET: OnceLock<WordTable<()>> = OnceLock::new();
    SET.get_or_init(|| {
        let mut set: FxHashSet<&'static str> = [
            "about", "around", "approximately", "roughly", "some", "almost", "nearly", "more", "less", "fewer",
            "under", "at", "up", "early", "earlier", "late", "later", "mid", "the", "today", "tonight", "yesterday",
            "tomorrow", "now", "currently", "nowadays", "recently", "lately", "formerly", "recent", "future",
            "current", "this", "last", "past", "previous", "next", "coming", "a", "an", "several", "few", "many",
            "numerous", "couple", "fiscal", "every", "each", "daily", "nightly", "weekly", "monthly", "annually",
            "yearly", "hourly", "weekends", "noon", "midday", "midnight", "midweek", "midyear", "midmonth",
            "midsummer", "midwinter", "first", "second", "third", "fourth", "seconds", "minutes", "hours", "days",
            "weeks", "months", "years", "decades", "centuries", "year-earlier", "year-ago", "prior-year", "prior",
            "summer", "winter", "autumn", "spring", "fall", "once", "twice", "q1", "q2", "q3", "q4", "h1", "h2", "fy",
            "dozen", "half-dozen", "dozens",
        ]
        .into_iter()
        .collect();
        set.extend(SMALL.iter().copied());
        // (`entered its fifth day`.)
        set.extend(CENTURY_ORDINALS.iter().copied());
        set.extend(TENS.iter().map(|(w, _)| *w));
        set.extend(MONTHS.iter().copied());
        set.extend(MONTH_ABBREVIATIONS.iter().map(|(a, _)| *a));
        set.extend(WEEKDAYS.iter().map(|(w, _)| *w));
        // (`on Sundays`: a set.)
        set.extend(["mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays"]);
        set.insert("year-end");
        set.into_iter().map(|word| (word, ())).collect()
    })
}

/// Numbers written as words, by value.
const SMALL: &[&str] = &[
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
];
const TENS: &[(&str, i64)] =
    &[("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90)];

pub fn number_word(word: &str) -> Option<i64> {
    if let Ok(n) = word.replace(',', "").parse::<i64>() {
        return Some(n);
    }
    if let Some(n) = SMALL.iter().position(|w| *w == word) {
        return Some(n as i64);
    }
    if let Some((_, n)) = TENS.iter().find(|(w, _)| *w == word) {
        return Some(*n);
    }
    let (tens, ones) = word.split_once('-')?;
    let tens = number_word(tens)?;
    let ones = number_word(ones)?;
    (tens >= 20 && tens % 10 == 0 && ones < 10).then_some(tens + ones)
}

/// Words for an unknown count: `several years` → `PXY`.
pub fn vague_count(word: &str) -> bool {
    matches!(word, "several" | "few" | "many" | "some" | "recent" | "the past few" | "numerous" | "couple")
}

/// Whether a word as written names a weekday or a month (`Friday`,
/// `Sept.`), for the passes before the scanner that must not read a date
/// as part of a name.
pub fn names_day_or_month(raw: &str) -> bool {
    month_number(raw).is_some() || weekday(&raw.to_lowercase()).is_some()
}

pub fn month_number(raw: &str) -> Option<i8> {
    // A month is written capitalised, and is never long: most words are
    // turned away before being lower-cased into a new string.
    if !raw.starts_with(char::is_uppercase) || raw.len() > 10 {
        return None;
    }
    let lower = raw.to_lowercase();
    if let Some(m) = MONTHS.iter().position(|m| *m == lower) {
        return raw.starts_with(char::is_uppercase).then_some(m as i8 + 1);
    }
    MONTH_ABBREVIATIONS
        .iter()
        .find(|(a, _)| *a == lower)
        .filter(|_| raw.starts_with(char::is_uppercase))
        .map(|(_, m)| *m)
}
