//! Years in every form news writes them (`2020`, `fiscal 2020`, `the
//! 1990s`, `the nineties`, `nineteen ninety-six`, `the 20th century`), the
//! end of a year, and holidays dated by their rule in the year the tense
//! points at.

use super::calendar::two_digit_year;
use super::words::{number_word, ordinal_number, DECADES, HOLIDAYS};
use super::{Hit, Scanner};
use crate::tokenize::TokenKind;

/// What may stand before a decade's two digits: an apostrophe, or the
/// opening quote word processors often put there (`the ‘90s`).
pub const DECADE_APOSTROPHES: [char; 3] = ['\'', '’', '‘'];

/// The first word of a holiday's name, lower-cased (as in [`HOLIDAYS`]).
pub(super) fn opens_holiday(word: &str) -> bool {
    matches!(
        word,
        "new"
            | "martin"
            | "mlk"
            | "valentine"
            | "presidents"
            | "president"
            | "st."
            | "columbus"
            | "mardi"
            | "shrove"
            | "ash"
            | "palm"
            | "maundy"
            | "holy"
            | "good"
            | "easter"
            | "pentecost"
            | "whit"
            | "july"
            | "bastille"
            | "armistice"
            | "remembrance"
            | "boxing"
            | "mother"
            | "memorial"
            | "father"
            | "independence"
            | "fourth"
            | "labor"
            | "halloween"
            | "election"
            | "super"
            | "veterans"
            | "thanksgiving"
            | "christmas"
            | "inauguration"
            | "juneteenth"
            | "black"
            | "cyber"
    )
}

impl Scanner<'_, '_> {
    /// A year in words at token `i`, and where it ends: `nineteen
    /// ninety-six`, `nineteen ninety`, `two thousand (and) one`.
    pub(super) fn spoken_year(&self, i: usize) -> Option<(i32, usize)> {
        let first = self.w(i);
        if matches!(first, "eighteen" | "nineteen") {
            let century = if first == "eighteen" { 1800 } else { 1900 };
            let rest = number_word(self.w(i + 1)).filter(|n| (10..=99).contains(n) && self.same_sentence(i, i + 1))?;
            return Some((century + rest as i32, i + 2));
        }
        if first == "two" && self.w(i + 1) == "thousand" {
            let mut end = i + 2;
            let and = usize::from(self.w(end) == "and");
            let rest =
                number_word(self.w(end + and)).filter(|n| (1..=99).contains(n) && self.same_sentence(i, end + and));
            if let Some(rest) = rest {
                end += and + 1;
                return Some((2000 + rest as i32, end));
            }
            return Some((2000, end));
        }
        None
    }

    /// `Christmas`, `Thanksgiving Day`, `last Easter`, `Election Day`:
    /// a holiday dated by its rule in the year the tense points at.
    pub(super) fn holiday(&self, i: usize) -> Option<Hit> {
        let (last, at) = if self.w(i) == "last" { (true, i + 1) } else { (false, i) };
        let first = self.w(at);
        if !self.raw(at).starts_with(char::is_uppercase) || !opens_holiday(first) {
            return None;
        }
        let word = |k: usize| match self.w(k) {
            "’s" => "'s",
            other => other,
        };
        let (words, holiday) = HOLIDAYS
            .iter()
            .filter(|(words, _)| {
                words.iter().enumerate().all(|(k, w)| word(at + k) == *w && self.same_sentence(at, at + k))
            })
            .max_by_key(|(words, _)| words.len())?;
        let end = at + words.len();
        // (`Super Tuesday 2`, `Christmas 2`: a sequel's name.)
        if self.same_sentence(at, end) && matches!(self.w(end), "2" | "ii" | "3" | "iii") {
            return None;
        }
        // `the 1988 Super Tuesday`: the holiday of the year named before it
        // (which is an expression of its own, the scan having passed it).
        let year_before = (!last && at > 0 && self.same_sentence(at - 1, at))
            .then(|| self.year_number(at - 1).filter(|_| self.doc.tokens[at - 1].kind == TokenKind::Number))
            .flatten();
        if let Some(year) = year_before {
            let date = i16::try_from(year).ok().and_then(|y| holiday.in_year(y))?;
            return self.hit(i, end, "DATE", date.to_string());
        }
        let date = if last { holiday.before(self.dct) } else { holiday.near(self.dct, self.is_future(at)) }?;
        self.hit(i, end, "DATE", date.to_string())
    }

    /// `year-end`, `year end`, `year's end`: the end of the article's year.
    pub(super) fn year_end(&self, i: usize) -> Option<Hit> {
        let end = match (self.w(i), self.w(i + 1), self.w(i + 2)) {
            ("year-end", _, _) => i + 1,
            ("year", "end", _) => i + 2,
            ("year", "'s" | "’s", "end") => i + 3,
            _ => return None,
        };
        let mut hit = self.hit(i, end, "DATE", format!("{:04}", self.dct.year()))?;
        hit.modifier = Some("END");
        Some(hit)
    }

    /// `the turn of the century`, `the turn of the 20th century`, `the
    /// turn of the millennium`: about the year the hundreds (or thousands)
    /// changed, the latest by the article's date unless the century is named.
    pub(super) fn turn_of_century(&self, i: usize) -> Option<Hit> {
        if (self.w(i), self.w(i + 1), self.w(i + 2), self.w(i + 3)) != ("the", "turn", "of", "the") {
            return None;
        }
        let this_year = i32::from(self.dct.year());
        let (year, end) = match self.w(i + 4) {
            "century" => (this_year / 100 * 100, i + 5),
            "millennium" => (this_year / 1000 * 1000, i + 5),
            named => {
                let n = ordinal_number(named).filter(|n| (1..=30).contains(n) && self.w(i + 5) == "century")?;
                ((n - 1) * 100, i + 6)
            }
        };
        let mut hit = self.hit(i, end, "DATE", format!("{year:04}")).filter(|_| self.same_sentence(i, end - 1))?;
        hit.modifier = Some("APPROX");
        Some(hit)
    }

    /// The latest decade with these tens (`90` → the 1990s) that has begun
    /// by the article's date, as TimeML writes it (`199`).
    pub(super) fn latest_decade(&self, tens: i32) -> String {
        let year = i32::from(self.dct.year());
        let century = if tens > year % 100 { year / 100 - 1 } else { year / 100 };
        format!("{century:02}{}", tens / 10)
    }

    /// Does the sentence of token `i` speak of temperatures, or of shares
    /// and ratings (`approval dipped into the mid-20s`), whose tens are
    /// degrees and points, not decades?
    pub(super) fn speaks_of_a_scale(&self, i: usize) -> bool {
        self.sentence_says(i, |w| {
            matches!(
                w,
                "temperature"
                    | "temperatures"
                    | "temps"
                    | "highs"
                    | "lows"
                    | "degrees"
                    | "mercury"
                    | "fahrenheit"
                    | "celsius"
                    | "percent"
                    | "%"
                    | "rating"
                    | "ratings"
                    | "approval"
                    | "poll"
                    | "polls"
            )
        })
    }

    /// `2020`, `fiscal 2020`, `the 1990s`, `the '90s`, `the nineties`,
    /// `the 20th century`.
    pub(super) fn year(&self, i: usize) -> Option<Hit> {
        let w = self.w(i);
        // (`the late seventies`, `the early 90s`: the decade after the
        // modifier, which `whole` joins to `the`.)
        let modified = i >= 2 && matches!(self.w(i - 1), "early" | "late" | "mid") && self.w(i - 2) == "the";
        if w == "the" || modified {
            // `the nineties`: the decade of the article's century.
            let at = if modified { i } else { i + 1 };
            let next = self.w(at);
            let decade = next.ends_with("ies").then(|| DECADES.iter().position(|d| *d == next)).flatten();
            if let Some(decade) = decade.filter(|_| self.same_sentence(i, at)) {
                return self.hit(i, at + 1, "DATE", self.latest_decade((decade as i32 + 2) * 10));
            }
        }
        // `the '90s`, written as one token or two, and with its apostrophe
        // `'90s` alone (`in '70s and '80s`): the latest such decade that
        // has begun by the article's date. (Word processors often turn the
        // apostrophe into an opening quote: `the ‘90s`.)
        let apostrophe = w.starts_with(DECADE_APOSTROPHES);
        // (`the 1960s and 70s`, `the 50s or 60s`: a second decade, in the
        // first one's century; the first must read as a decade itself, not
        // as ages in `their 30s, 40s and 50s`.)
        let first_decade = (i >= 3 && matches!(self.w(i - 1), "and" | "or" | "to" | "through"))
            .then(|| self.raw(i - 2).trim_start_matches(DECADE_APOSTROPHES).strip_suffix("0s"))
            .flatten()
            .filter(|d| {
                let own = d.len() == 3
                    || self.raw(i - 2).starts_with(DECADE_APOSTROPHES)
                    || self.w(i - 3) == "the"
                    || self.raw(i - 3).starts_with(DECADE_APOSTROPHES);
                own && d.bytes().all(|b| b.is_ascii_digit()) && self.same_sentence(i - 2, i)
            });
        if w == "the" || apostrophe || modified || first_decade.is_some() {
            let at = if w == "the" { i + 1 } else { i };
            // (`the 60's`, `the early 70's`: the plural's apostrophe.)
            let apostrophe_s = (w == "the" || modified) && matches!(self.w(at + 1), "'s" | "’s");
            let (decade, end) = match self.w(at) {
                "'" | "’" | "‘" => (self.w(at + 1), at + 2),
                next if apostrophe_s => (next, at + 2),
                next => (next.trim_start_matches(DECADE_APOSTROPHES), at + 1),
            };
            let digits = if apostrophe_s { Some(decade) } else { decade.strip_suffix('s') };
            let digits = digits.filter(|d| d.len() == 2 && d.ends_with('0'));
            if let Some(tens) = digits.and_then(|d| d.parse::<i32>().ok()).filter(|_| self.same_sentence(i, end - 1)) {
                // `highs in the 40s`: without an apostrophe, in a sentence
                // about the weather or a rating, a range of degrees or points.
                if !apostrophe && !self.raw(at).starts_with(DECADE_APOSTROPHES) && self.speaks_of_a_scale(i) {
                    return None;
                }
                // (`the 1990s and 2000s` is read as a year's decade below.)
                let value = match first_decade.filter(|d| d.len() == 3) {
                    Some(first) => {
                        let century: i32 = first[..2].parse().ok()?;
                        let first_tens: i32 = first[2..].parse().ok()?;
                        format!("{:02}{}", century + i32::from(tens / 10 < first_tens), tens / 10)
                    }
                    None => self.latest_decade(tens),
                };
                return self.hit(i, end, "DATE", value);
            }
        }
        // `the 20th century`, `the eleventh century`: the hundreds before it.
        let at = if w == "the" { i + 1 } else { i };
        if self.w(at + 1) == "century" && self.same_sentence(i, at + 1) {
            if let Some(n) = ordinal_number(self.w(at)).filter(|n| (1..=30).contains(n)) {
                return self.hit(i, at + 2, "DATE", format!("{:02}", n - 1));
            }
        }
        // `the year 2000`, `the year two thousand`.
        if w == "the" && self.w(i + 1) == "year" && self.same_sentence(i, i + 2) {
            let year = self.year_number(i + 2).map(|y| (y, i + 3)).or_else(|| self.spoken_year(i + 2));
            if let Some((year, end)) = year {
                return self.hit(i, end, "DATE", format!("{year:04}"));
            }
        }
        // `nineteen ninety-six`, as a broadcast transcript writes it.
        if matches!(w, "eighteen" | "nineteen") {
            if let Some((year, end)) = self.spoken_year(i) {
                return self.hit(i, end, "DATE", format!("{year:04}"));
            }
        }
        // `FY2013`, `FY13`: a fiscal year as a company's accounts write it.
        if let Some(year) = fiscal_year_code(w) {
            return self.hit(i, i + 1, "DATE", format!("{year:04}"));
        }
        // (`fiscal 2013`, `fiscal year 2013`, `FY 2013`: the year's own
        // words.)
        let at = match w {
            "fiscal" if self.w(i + 1) == "year" && self.year_number(i + 2).is_some() => i + 2,
            "the" | "fiscal" | "fy" => i + 1,
            _ => i,
        };
        let word = self.w(at);
        // (`a 1930s-era theater`: the decade; `the` before it goes with
        // the noun.)
        let decade_word = word.strip_suffix("-era").unwrap_or(word);
        if decade_word.len() < word.len() && at > i {
            return None;
        }
        if let Some(decade) = decade_word.strip_suffix('s').filter(|d| d.len() == 4 && d.ends_with('0')) {
            if decade.bytes().all(|b| b.is_ascii_digit()) {
                // `the 1800s` is the century, as people write it, before
                // the 2000s, which are the decade.
                let century = decade.ends_with("00") && decade < "2000";
                let value = if century { &decade[..2] } else { &decade[..3] };
                return self.hit(i, at + 1, "DATE", value.to_string());
            }
        }
        // `the 1970's`, `the early 1990’s`: a decade written with an
        // apostrophe (not `1990's budget`, a year's).
        let decade_before = at > 0 && matches!(self.w(at - 1), "the" | "early" | "late" | "mid");
        if decade_before && word.len() == 4 && word.ends_with('0') && matches!(self.w(at + 1), "'s" | "’s") {
            if let Some(year) = self.year_number(at) {
                return self.hit(i, at + 2, "DATE", format!("{}", year / 10));
            }
        }
        let year = self.year_number(at).filter(|_| self.doc.tokens[at].kind == TokenKind::Number)?;
        let before = if at > 0 { self.raw(at - 1) } else { "" };
        let after = self.w(at + 1);
        // A range of amounts (`from 1,500 to 2,000`, `1500-2000`), not of
        // years (`from 1991 to 1997`, `in 1980 to`, `the primary of 2008
        // to`) or a dash (`in 1984 --`).
        let next_is_year = self.year_number(at + 2).is_some_and(|y| (1900..=2100).contains(&y));
        let next_is_number = at + 2 < self.doc.tokens.len() && self.doc.tokens[at + 2].kind == TokenKind::Number;
        let range_of_amounts = match after {
            "to" => {
                let year_before =
                    matches!(before, "in" | "In" | "since") || before == "of" && (1900..=2100).contains(&year);
                !next_is_year && !year_before
            }
            "-" => next_is_number && !next_is_year,
            _ => false,
        };
        let amount = matches!(before, "$" | "#" | "No." | "€" | "£")
            || range_of_amounts
            || matches!(
                after,
                "%" | "percent"
                    | "people"
                    | "troops"
                    | "votes"
                    | "miles"
                    | "feet"
                    | "points"
                    | "units"
                    | "jobs"
                    | "metres"
                    | "meters"
                    | "yards"
                    | "tons"
                    | "tonnes"
                    | "shares"
                    | "barrels"
            )
            || !(1900..=2100).contains(&year) && !words_around_make_a_year(before, after);
        if amount {
            return None;
        }
        self.hit(if matches!(w, "fiscal" | "fy") { i } else { at }, at + 1, "DATE", format!("{year:04}"))
    }
}

/// Whether the words either side of a number out of the 20th and 21st
/// centuries make it a year: a preposition of time before it (`in 1066`),
/// or `the` before it and an event's noun after.
fn words_around_make_a_year(before: &str, after: &str) -> bool {
    matches!(before, "in" | "In" | "since" | "of" | "by" | "from" | "until" | "before" | "between" | "circa")
        || matches!(before, "the" | "The") && names_an_event(after)
}

/// A noun after `the` and a year out of the 20th and 21st centuries that
/// makes the number a year (`the 1828 presidential race`, `the 1876
/// election`), where `the 1800 block` is an address.
fn names_an_event(word: &str) -> bool {
    matches!(
        word,
        "election"
            | "elections"
            | "presidential"
            | "race"
            | "campaign"
            | "convention"
            | "war"
            | "revolution"
            | "rebellion"
            | "uprising"
            | "battle"
            | "treaty"
            | "census"
            | "constitution"
            | "act"
            | "law"
            | "pandemic"
            | "epidemic"
            | "famine"
            | "earthquake"
            | "fire"
            | "flood"
            | "riots"
            | "massacre"
            | "case"
            | "decision"
            | "ruling"
    )
}

/// The year of a lower-cased `fy2013`, `fy13` or `fy-13` (two digits as
/// [`two_digit_year`] reads them).
pub(super) fn fiscal_year_code(word: &str) -> Option<i32> {
    let digits = word.strip_prefix("fy")?.trim_start_matches('-');
    if !matches!(digits.len(), 2 | 4) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let year: i32 = digits.parse().ok()?;
    match digits.len() {
        2 => Some(two_digit_year(year)),
        _ => Some(year).filter(|y| (1900..=2100).contains(y)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fiscal_year_code_reads_two_or_four_digits() {
        assert_eq!(fiscal_year_code("fy2013"), Some(2013));
        assert_eq!(fiscal_year_code("fy13"), Some(2013));
        assert_eq!(fiscal_year_code("fy-97"), Some(1997));
        assert_eq!(fiscal_year_code("fy"), None);
        assert_eq!(fiscal_year_code("fy123"), None);
        assert_eq!(fiscal_year_code("fyi"), None);
    }

    #[test]
    fn every_holiday_opens_with_a_word_the_scanner_knows() {
        assert!(HOLIDAYS.iter().all(|(words, _)| opens_holiday(words[0])));
    }
}
