//! Expressions counted from the last time the story named rather than
//! from the article's date (`the following year`, `that quarter`, `at
//! that time`, `the month`): the scan marks them with [`ANAPHOR`], and
//! [`resolve_anaphora`] fills in their values once every expression of the
//! article is known, in the order the story tells them.

use jiff::civil::Date;

use super::calendar::{quarter, shift, value, Unit};
use super::words::{part_of_day, SEASONS};
use super::{Hit, Scanner};
use crate::doc::TimexDraft;

/// The value a scan gives an expression that counts from the time the
/// story last named (`the following year`), for [`resolve_anaphora`].
pub(super) const ANAPHOR: &str = "ANAPHOR ";

/// What follows [`ANAPHOR`] for `that time`, which names no unit: it is
/// the time last named, whatever its unit.
const THAT_TIME: &str = "that time";

/// What follows [`ANAPHOR`] for `the month`: the month the story last
/// named as a month (`In October, … during the month`), else the
/// article's; a day named last says nothing of which month the story
/// means (`the primary on June 7 … by the end of the month`, written in
/// April).
const THE_MONTH: &str = "the month";

/// `On May 22, 1995, he was made a general, and the following year …`:
/// `the following year` is 1996 (and `two years later` 1997, `a year
/// earlier` 1994), counted from the last date named before it, or from the
/// article's date when none was.
pub(super) fn resolve_anaphora(dct: Date, found: &mut [TimexDraft]) {
    // The anchor, and how much of it the story named: a day after
    // `October` is some day of October, `1998-10-XX`.
    let mut anchor = (dct, Unit::Day);
    let mut named_any = false;
    for timex in found.iter_mut() {
        if timex.value.strip_prefix(ANAPHOR) == Some(THAT_TIME) {
            // `at that time`: the time last named, as much of it as was
            // named; some time past when none was.
            timex.value = if named_any { value(anchor.0, anchor.1) } else { "PAST_REF".into() };
            continue;
        }
        if timex.value.strip_prefix(ANAPHOR) == Some(THE_MONTH) {
            let month = if named_any && anchor.1 == Unit::Month { anchor.0 } else { dct };
            timex.value = value(month, Unit::Month);
            continue;
        }
        if let Some(counted) = timex.value.strip_prefix(ANAPHOR) {
            // A count, a unit, and for a season (`that summer`) its code
            // or for a part of the day (`that night`) its time code.
            let mut parts = counted.split(' ');
            let count = parts.next().and_then(|c| c.parse().ok()).expect("the scan writes a count");
            let unit = parts.next().and_then(Unit::parse).expect("the scan writes a unit");
            let part = parts.next();
            // (`the year` of a report, then `four days earlier`: a period
            // that holds the article's date is counted from that date.)
            let (from, known) = if holds(anchor, dct) { (dct, Unit::Day) } else { anchor };
            // (Days counted from a year or month named without its day are
            // counted from its middle: `the previous day` after `2012` is
            // some day of 2012, not of 2011; `60 days later` after June is
            // in August.)
            let from = match (known, unit) {
                (Unit::Month, Unit::Day) => Date::new(from.year(), from.month(), 15).unwrap_or(from),
                (Unit::Year, Unit::Day | Unit::Month) => Date::new(from.year(), 7, 1).unwrap_or(from),
                _ => from,
            };
            let date = shift(from, unit, count);
            let named = match (known, unit) {
                (Unit::Month, Unit::Day) => format!("{}-XX", value(date, Unit::Month)),
                (Unit::Year, Unit::Day) => format!("{}-XX-XX", value(date, Unit::Year)),
                (Unit::Year, Unit::Month) => format!("{}-XX", value(date, Unit::Year)),
                _ => value(date, unit),
            };
            timex.value = match part {
                Some(time) if time.starts_with('T') => format!("{named}{time}"),
                Some(season) => format!("{}-{season}", value(date, Unit::Year)),
                None => named,
            };
            anchor = (date, unit.max(known));
            named_any = true;
            continue;
        }
        let v = timex.value.as_str();
        let parsed = match v.len() {
            10 => v.parse::<Date>().ok().map(|d| (d, Unit::Day)),
            7 if v.as_bytes()[4] == b'-' && v[5..].bytes().all(|b| b.is_ascii_digit()) => {
                format!("{v}-01").parse::<Date>().ok().map(|d| (d, Unit::Month))
            }
            // `the second quarter of 1988 … that quarter`
            7 if v.as_bytes()[4] == b'-' && v[5..].starts_with('Q') => {
                let first_month = v[6..].parse::<i8>().ok().filter(|q| (1..=4).contains(q)).map(|q| (q - 1) * 3 + 1);
                first_month
                    .and_then(|m| format!("{}-{m:02}-01", &v[..4]).parse::<Date>().ok())
                    .map(|d| (d, Unit::Quarter))
            }
            4 if v.bytes().all(|b| b.is_ascii_digit()) => {
                format!("{v}-01-01").parse::<Date>().ok().map(|d| (d, Unit::Year))
            }
            _ => None,
        };
        if let Some(named) = parsed.filter(|_| timex.kind == "DATE") {
            anchor = named;
            named_any = true;
        }
    }
}

/// Whether the period named by `anchor` (a date and how much of it was
/// named) holds `date`.
fn holds((from, known): (Date, Unit), date: Date) -> bool {
    match known {
        Unit::Year => from.year() == date.year(),
        Unit::Quarter => (from.year(), quarter(from)) == (date.year(), quarter(date)),
        Unit::Month => (from.year(), from.month()) == (date.year(), date.month()),
        _ => from == date,
    }
}

impl Scanner<'_, '_> {
    /// `the following year`, `the following month`: counted from the last
    /// date the story named, which [`resolve_anaphora`] fills in.
    /// So are `that same day`, `the next day` and `the next morning` (the
    /// day after the one named; `the next year` is as often counted from
    /// today, and is read by [`Scanner::relative`]).
    pub(super) fn following(&self, i: usize) -> Option<Hit> {
        let (first, second) = (self.w(i), self.w(i + 1));
        // `at that time`, `by that time`, `during that time` (not `that
        // time of year`, `at that time when`).
        if (first, second) == ("that", "time")
            && i > 0
            && self.same_sentence(i, i + 1)
            && matches!(
                self.w(i - 1),
                "at" | "by" | "during" | "since" | "until" | "till" | "from" | "after" | "before" | "around"
            )
            && !matches!(self.w(i + 2), "of" | "when" | "that")
        {
            return Some(Hit {
                start: i,
                end: i + 2,
                kind: "DATE",
                value: format!("{ANAPHOR}{THAT_TIME}"),
                modifier: None,
            });
        }
        // `that year`: the one the story named; `that summer`: the season
        // of the year the story named; `that night`: a part of the day the
        // story named, a time.
        if first == "that" && self.same_sentence(i, i + 1) {
            let (kind, value) = if let Some((_, code, _)) = SEASONS.iter().find(|(name, _, _)| *name == second) {
                ("DATE", Some(format!("{ANAPHOR}0 year {code}")))
            } else if let Some(code) = part_of_day(second).filter(|_| second != "overnight" && self.names_a_time(i)) {
                ("TIME", Some(format!("{ANAPHOR}0 day T{code}")))
            } else {
                let is_unit = matches!(second, "day" | "week" | "month" | "quarter" | "year");
                ("DATE", is_unit.then(|| format!("{ANAPHOR}0 {second}")))
            };
            if let Some(value) = value {
                return Some(Hit { start: i, end: i + 2, kind, value, modifier: None });
            }
        }
        // `jobs added during the month`, `by the end of the month`: see
        // [`THE_MONTH`]. (Not `the month of March`, `the month before`,
        // `Player of the Month`.)
        if (first, second) == ("the", "month")
            && self.raw(i + 1) == "month"
            && self.same_sentence(i, i + 1)
            && !matches!(self.w(i + 2), "of" | "before" | "after" | "earlier" | "later")
        {
            return Some(Hit {
                start: i,
                end: i + 2,
                kind: "DATE",
                value: format!("{ANAPHOR}{THE_MONTH}"),
                modifier: None,
            });
        }
        if !self.same_sentence(i, i + 2) {
            return None;
        }
        let unit = self.w(i + 2);
        let is_unit = matches!(unit, "day" | "week" | "month" | "year");
        let part_of_day = matches!(unit, "morning" | "afternoon" | "evening" | "night");
        let value = match (first, second) {
            ("the", "following") if is_unit => format!("{ANAPHOR}1 {unit}"),
            ("the", "next" | "following") if part_of_day => format!("{ANAPHOR}1 day"),
            ("the", "next") if unit == "day" => format!("{ANAPHOR}1 day"),
            ("the", "previous" | "prior" | "preceding") if unit == "day" || part_of_day => format!("{ANAPHOR}-1 day"),
            ("the" | "that", "same") if is_unit => format!("{ANAPHOR}0 {unit}"),
            _ => return None,
        };
        Some(Hit { start: i, end: i + 3, kind: "DATE", value, modifier: None })
    }

    /// `the day after Christmas`, `the night before Tuesday`: a day beside
    /// a day named after it, one expression. `the day before the vote`,
    /// `he had left the day before`: beside a moment the story names in
    /// words, counted from the last date it named ([`resolve_anaphora`]).
    pub(super) fn day_beside(&self, i: usize) -> Option<Hit> {
        let unit = self.w(i + 1);
        let code = part_of_day(unit).filter(|_| unit != "overnight");
        let is_unit = matches!(unit, "day" | "week");
        let count: i64 = match self.w(i + 2) {
            "before" => -1,
            "after" => 1,
            _ => return None,
        };
        // (`the day after tomorrow` is read as a day of its own.)
        if self.w(i) != "the" || !(is_unit || code.is_some()) || matches!(self.w(i + 3), "tomorrow" | "yesterday") {
            return None;
        }
        // (`later in the day before returning home`: the day is today's,
        // `later in the day` a phrase of its own.)
        let later_in =
            i >= 2 && self.w(i - 1) == "in" && matches!(self.w(i - 2), "later" | "earlier" | "late" | "early");
        if !self.same_sentence(i, i + 2) || later_in {
            return None;
        }
        let named = self.at(i + 3).filter(|hit| hit.kind == "DATE" && hit.value.len() == 10 && hit.modifier.is_none());
        if let Some((date, end)) = named.and_then(|hit| Some((hit.value.parse::<Date>().ok()?, hit.end))) {
            let date = shift(date, if unit == "week" { Unit::Week } else { Unit::Day }, count);
            let (kind, value) = match code {
                Some(code) => ("TIME", format!("{date}T{code}")),
                None if unit == "week" => ("DATE", value(date, Unit::Week)),
                None => ("DATE", date.to_string()),
            };
            return Some(Hit { start: i, end, kind, value, modifier: None });
        }
        // Beside an event: `the day` alone, as TimeBank most often marks
        // it; `the day before` whole where nothing follows.
        let ends_phrase = !self.same_sentence(i, i + 3) || !self.raw(i + 3).starts_with(char::is_alphanumeric);
        let end = if ends_phrase { i + 3 } else { i + 2 };
        // (`Oct. 12, the day before the plunge`: in apposition, the date
        // just named is that day.)
        let apposition = i >= 3 && self.w(i - 1) == "," && self.day_number(i - 2).is_some();
        let count = if apposition { 0 } else { count };
        let (kind, value) = match code {
            Some(code) => ("TIME", format!("{ANAPHOR}{count} day T{code}")),
            None => ("DATE", format!("{ANAPHOR}{count} {unit}")),
        };
        Some(Hit { start: i, end, kind, value, modifier: None })
    }

    /// Whether `that` at `i`, before a part of the day, points at one
    /// (`That night, police came`; `later that evening`; `left that
    /// morning.`) rather than opening a clause (`said that morning
    /// was the best time`; `knew that evening meals ran late`): it opens
    /// its sentence or follows a word that leads into a time, or the part
    /// of the day ends a phrase.
    fn names_a_time(&self, i: usize) -> bool {
        let opens_sentence = i == 0 || !self.same_sentence(i - 1, i);
        let leads_in = i > 0
            && matches!(
                self.w(i - 1),
                "later"
                    | "earlier"
                    | "early"
                    | "late"
                    | "on"
                    | "by"
                    | "until"
                    | "from"
                    | "since"
                    | "during"
                    | "for"
                    | "of"
                    | "and"
                    | ","
                    | "("
                    | "--"
                    | "—"
            );
        let after = self.w(i + 2);
        let phrase_ends = !after.starts_with(char::is_alphanumeric)
            || matches!(
                after,
                "he" | "she"
                    | "they"
                    | "we"
                    | "i"
                    | "it"
                    | "the"
                    | "a"
                    | "an"
                    | "at"
                    | "in"
                    | "on"
                    | "with"
                    | "to"
                    | "and"
                    | "but"
                    | "as"
                    | "when"
                    | "after"
                    | "before"
                    | "while"
                    | "until"
                    | "around"
                    | "about"
            );
        opens_sentence || leads_in || phrase_ends
    }
}
