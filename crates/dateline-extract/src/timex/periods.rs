//! Periods and moments of a fixed shape: quarters and halves, the periods
//! an earnings report compares, sets (`daily`, `once a week`, `each
//! Thursday`) and clock times.

use super::calendar::{half, quarter, two_digit_year, value, Unit};
use super::words::{is_time_zone, is_year_before, month_number, number_word, part_of_day, weekday, ORDINALS, SEASONS};
use super::{Hit, Scanner};
use crate::tokenize::TokenKind;

impl Scanner<'_, '_> {
    /// Does the sentence of token `i` tell of a game being played, whose
    /// halves and quarters are the game's? (Words of play only: `goal`,
    /// `match` and `game` are also a business's.)
    fn speaks_of_a_game(&self, i: usize) -> bool {
        self.sentence_says(i, |w| {
            matches!(
                w,
                "scored"
                    | "scoring"
                    | "outscored"
                    | "touchdown"
                    | "touchdowns"
                    | "substitute"
                    | "striker"
                    | "equaliser"
                    | "equalizer"
                    | "penalty"
                    | "halftime"
                    | "half-time"
                    | "stretchered"
                    | "deadlock"
                    | "interception"
                    | "quarterback"
                    | "referee"
                    | "header"
                    | "inning"
                    | "innings"
            )
        })
    }

    /// Where the noun starts after `this year's`, `last year's` at `i`
    /// (`year's` one token or two).
    fn after_years_possessive(&self, i: usize) -> Option<usize> {
        match (self.w(i + 1), self.w(i + 2)) {
            ("year's" | "year’s", _) => Some(i + 2),
            ("year", "'s" | "’s") => Some(i + 3),
            _ => None,
        }
    }

    /// `Q3`, `H1` (capitalised), `3Q`, `1Q13`: the period's letter, its
    /// number and the year written into the code.
    fn period_code(&self, at: usize) -> Option<(char, i8, Option<i32>)> {
        let raw = self.raw(at);
        let bytes = raw.as_bytes();
        if bytes.len() < 2 {
            return None;
        }
        let (letter, digit, rest) = match (bytes[0], bytes[1]) {
            (b'Q' | b'H', d @ b'1'..=b'4') if raw.len() == 2 => (bytes[0], d, ""),
            (d @ b'1'..=b'4', b'Q') => (b'Q', d, &raw[2..]),
            _ => return None,
        };
        let n = (digit - b'0') as i8;
        if letter == b'H' && n > 2 {
            return None;
        }
        let short_year = match rest.len() {
            0 => None,
            2 if rest.bytes().all(|b| b.is_ascii_digit()) => Some(two_digit_year(rest.parse().ok()?)),
            _ => return None,
        };
        Some((letter as char, n, short_year))
    }

    /// `the third quarter`, `third-quarter`, `the first half`, `Q3`.
    ///
    /// The year may stand before the ordinal: `the 1988 second quarter`,
    /// `the year-ago third quarter`, `this year's third quarter`, `next
    /// year's first quarter`, `2019's second half`; and `fiscal` after `the`.
    pub(super) fn quarter(&self, i: usize) -> Option<Hit> {
        let w = self.w(i);
        let mut at = if w == "the" { i + 1 } else { i };
        let this_year = i32::from(self.dct.year());
        let mut named_year = None;
        if w == "the" {
            if let Some(year) = self.year_number(at) {
                named_year = Some(year);
                at += 1;
            } else if is_year_before(self.w(at)) {
                named_year = Some(this_year - 1);
                at += 1;
            }
            at += usize::from(self.w(at) == "fiscal");
        } else if let Some(year) = self.year_called(w) {
            if let Some(after) = self.after_years_possessive(i) {
                named_year = Some(year);
                at = after;
            }
        } else if let Some(year) = self.year_number(i).filter(|_| matches!(self.w(i + 1), "'s" | "’s")) {
            // `1990's first quarter`.
            named_year = Some(year);
            at = i + 2;
        }
        if !self.same_sentence(i, at) {
            return None;
        }
        // With no year named: this year's, unless it has not begun and the
        // sentence does not look ahead (`a review set for the second
        // quarter`, written in January, is this year's; `sales fell in the
        // second quarter`, last year's).
        let unnamed_year = |n: i8, current: i8| this_year - i32::from(n > current && !self.is_future(i));
        let word = self.w(at);
        // `Q3`, `Q4 2015`, `H1 2013`; as analysts write them, `3Q`, `1Q13`.
        if let Some((letter, n, short_year)) = self.period_code(at) {
            let current = if letter == 'H' { half(self.dct) } else { quarter(self.dct) };
            let (year, end) = match (short_year, self.year_number(at + 1).filter(|_| self.same_sentence(at, at + 1))) {
                (Some(year), _) => (year, at + 1),
                (None, Some(year)) => (year, at + 2),
                // (`H2` and `3Q` alone are as often a car or a route:
                // only `Q3` is read without its year.)
                (None, None) if letter == 'H' || !self.raw(at).starts_with('Q') => return None,
                (None, None) => (named_year.unwrap_or_else(|| unnamed_year(n, current)), at + 1),
            };
            return self.hit(i, end, "DATE", format!("{year:04}-{letter}{n}"));
        }
        let (ordinal, unit, end) = if let Some((ord, rest)) = word.split_once('-') {
            (ord, rest, at + 1)
        } else {
            (word, self.w(at + 1), at + 2)
        };
        // (`the last half of 1989`, `the latter half of the year`: the
        // second.)
        let after_of = self.w(end) == "of";
        // (`the last quarter of 2012`, `the final quarter of the year`:
        // the fourth, when a year follows.)
        let of_a_year = after_of
            && (self.year_number(end + 1).is_some()
                || self.w(end + 1) == "fiscal"
                || (self.w(end + 1), self.w(end + 2)) == ("the", "year"));
        let n = if matches!(ordinal, "last" | "latter") && unit == "half" && w == "the" && after_of {
            2
        } else if matches!(ordinal, "last" | "final") && unit == "quarter" && w == "the" && of_a_year {
            4
        } else {
            ORDINALS.iter().position(|o| *o == ordinal)? as i8 + 1
        };
        // `the second and third quarters`: the last ordinal's noun is
        // plural (the first's period is added by `coordinated_periods`).
        let coordinated = at >= 2 && matches!(self.w(at - 1), "and" | "or") && ORDINALS.contains(&self.w(at - 2));
        let unit = match unit {
            "quarters" if coordinated => "quarter",
            "halves" if coordinated => "half",
            _ => unit,
        };
        let is_half = unit == "half" && n <= 2;
        if unit != "quarter" && !is_half {
            return None;
        }
        let period_value = |year: i32| if is_half { format!("{year:04}-H{n}") } else { format!("{year:04}-Q{n}") };
        // (`the second quarter of fiscal 2013`.)
        let fiscal = usize::from(after_of && self.w(end + 1) == "fiscal");
        let explicit = after_of.then(|| self.year_number(end + 1 + fiscal)).flatten();
        if after_of && named_year.is_none() {
            // `the first half of the year`, `of next year`: the year after
            // `of` goes with the half.
            let the_year = (self.w(end + 1), self.w(end + 2)) == ("the", "year") && self.same_sentence(i, end + 2);
            let of_year = if the_year { Some(this_year) } else { self.year_named_after(i, end + 1) };
            if let Some(year) = of_year {
                return self.hit(i, end + 3, "DATE", period_value(year));
            }
            // `the second half of February`, `of the game`, `of the
            // season`: a half of something other than a year.
            if is_half && explicit.is_none() && self.w(end + 1) != "fiscal" {
                return None;
            }
        }
        if let (Some(year), None) = (named_year, explicit) {
            return self.hit(i, end, "DATE", period_value(year));
        }
        // `scored twice in the second half`, `a touchdown in the fourth
        // quarter`: a half or a quarter of a game, not of a year.
        if explicit.is_none() && self.speaks_of_a_game(i) {
            return None;
        }
        if at > i + 1 && named_year.is_none() && self.w(at - 1) != "fiscal" {
            return None;
        }
        let (year, end) = match explicit {
            Some(y) => (y, end + 2 + fiscal),
            None => {
                let current = if is_half { half(self.dct) } else { quarter(self.dct) };
                (unnamed_year(n, current), end)
            }
        };
        let value = period_value(year);
        // `the third-quarter loss`: the adjective is the expression, the
        // article goes with the noun.
        let start = if w == "the" && at == i + 1 && word.contains('-') { at } else { i };
        self.hit(start, end, "DATE", value)
    }

    /// The periods an earnings report compares: `the year-ago quarter`,
    /// `year-earlier` (results), `the latest period`, `the 1988 period`.
    /// Their value is the year here;
    /// [`anchor_to_reported_quarter`](super::passes::anchor_to_reported_quarter)
    /// makes it the quarter when the report names one.
    pub(super) fn report_period(&self, i: usize) -> Option<Hit> {
        let at = if self.w(i) == "the" { i + 1 } else { i };
        let alike = |k: usize| matches!(self.w(k), "same" | "corresponding" | "comparable");
        // (`the comparable year-ago quarter`.)
        let at = at + usize::from(at > i && alike(at) && self.w(at + 1).starts_with("year-"));
        let word = self.w(at);
        let period = matches!(self.w(at + 1), "period" | "quarter") && self.same_sentence(i, at + 1);
        let year = i32::from(self.dct.year());
        // `the quarter a year ago`, `the corresponding period last year`:
        // the same period a year before, one expression.
        let noun = at + usize::from(alike(at));
        if at > i && matches!(self.w(noun), "period" | "quarter") {
            let end = match (self.w(noun + 1), self.w(noun + 2), self.w(noun + 3)) {
                ("a", "year", "ago" | "earlier") => Some(noun + 4),
                ("last", "year", _) => Some(noun + 3),
                _ => None,
            };
            if let Some(end) = end.filter(|&end| self.same_sentence(i, end - 1)) {
                return self.hit(i, end, "DATE", format!("{:04}", year - 1));
            }
        }
        // `last year's quarter`, `last year's period`: the same, a year
        // before the reported one.
        if let Some(noun) = self.after_years_possessive(i).filter(|_| self.w(i) == "last") {
            if matches!(self.w(noun), "period" | "quarter") && self.same_sentence(i, noun) {
                return self.hit(i, noun + 1, "DATE", format!("{:04}", year - 1));
            }
        }
        match word {
            _ if is_year_before(word) && period && at > i => self.hit(i, at + 2, "DATE", format!("{:04}", year - 1)),
            _ if is_year_before(word) => self.hit(at, at + 1, "DATE", format!("{:04}", year - 1)),
            "latest" if period && at > i => self.hit(i, at + 2, "DATE", value(self.dct, Unit::Year)),
            _ if period && at > i && self.doc.tokens[at].kind == TokenKind::Number => {
                let year = self.year_number(at)?;
                self.hit(i, at + 2, "DATE", format!("{year:04}"))
            }
            _ => None,
        }
    }

    /// `daily`, `every week`, `each year`, `weekly`.
    pub(super) fn set(&self, i: usize) -> Option<Hit> {
        // `once a week`, `twice a year`, `three times a day`, `once every
        // month`: a frequency.
        let per = match (self.w(i), self.w(i + 1)) {
            ("once" | "twice", _) => Some(i + 1),
            (_, "times") if number_word(self.w(i)).is_some() => Some(i + 2),
            _ => None,
        };
        if let Some(per) = per.filter(|&per| matches!(self.w(per), "a" | "an" | "per" | "every" | "each")) {
            let unit = Unit::parse(self.w(per + 1)).filter(|_| self.same_sentence(i, per + 1))?;
            return self.hit(i, per + 2, "SET", unit.duration("1"));
        }
        // `twice yearly`, `three times daily`.
        if let Some(value) = per.and_then(|per| periodic(self.w(per)).filter(|_| self.same_sentence(i, per))) {
            return self.hit(i, per.unwrap_or(i) + 1, "SET", value.into());
        }
        // `on weekends`: every weekend.
        if self.w(i) == "weekends" && i > 0 && matches!(self.w(i - 1), "on" | "at" | "during" | "over") {
            return self.hit(i, i + 1, "SET", "XXXX-WXX-WE".into());
        }
        // `on Sundays`, `Mondays are slow`: every such day.
        let plural_day = self.w(i).strip_suffix('s').and_then(weekday);
        if let Some(day) = plural_day.filter(|_| self.raw(i).starts_with(char::is_uppercase)) {
            return self.hit(i, i + 1, "SET", format!("XXXX-WXX-{}", day.to_monday_one_offset()));
        }
        if let Some(value) = periodic(self.w(i)) {
            return self.hit(i, i + 1, "SET", value.into());
        }
        match self.w(i) {
            // `every other week`.
            "every" if self.w(i + 1) == "other" && self.same_sentence(i, i + 2) => {
                let unit = Unit::parse(self.w(i + 2))?;
                self.hit(i, i + 3, "SET", unit.duration("2"))
            }
            "every" | "each" if self.same_sentence(i, i + 1) => {
                // `each Thursday`, `every July`: TIMEX3 writes a set's
                // unnamed year and week as X (`XXXX-WXX-4`, `XXXX-07`).
                if let Some(day) = weekday(self.w(i + 1)) {
                    return self.hit(i, i + 2, "SET", format!("XXXX-WXX-{}", day.to_monday_one_offset()));
                }
                if let Some(month) = month_number(self.raw(i + 1)) {
                    return self.hit(i, i + 2, "SET", format!("XXXX-{month:02}"));
                }
                // `each spring`.
                if let Some((_, code, _)) = SEASONS.iter().find(|(name, _, _)| *name == self.w(i + 1)) {
                    return self.hit(i, i + 2, "SET", format!("XXXX-{code}"));
                }
                // `every morning`, `each night`.
                if let Some(part) = part_of_day(self.w(i + 1)) {
                    return self.hit(i, i + 2, "SET", format!("XXXX-XX-XXT{part}"));
                }
                // `every four years`, `every 10 days`, `every few months`,
                // `every couple of weeks`: a length, as `counted` reads
                // one, over and over.
                if let Some(length) = self.counted(i + 1).filter(|hit| hit.kind == "DURATION" && hit.start == i + 1) {
                    return self.hit(i, length.end, "SET", length.value);
                }
                // (`every fiscal year`, `each calendar quarter`.)
                let at = i + 1 + usize::from(matches!(self.w(i + 1), "fiscal" | "calendar"));
                let unit = Unit::parse(self.w(at)).filter(|_| self.same_sentence(i, at))?;
                self.hit(i, at + 1, "SET", unit.duration("1"))
            }
            _ => None,
        }
    }

    /// `a quarter to five`, `quarter past nine`, `half past two`, `ten
    /// minutes past noon`: the clock told in words (not `a quarter` of
    /// a year).
    fn clock_in_words(&self, i: usize) -> Option<Hit> {
        let (minutes, at) = match (self.w(i), self.w(i + 1)) {
            ("a", "quarter") => (15, i + 2),
            ("quarter", _) => (15, i + 1),
            ("half", "past") => (30, i + 1),
            (count, "minutes") => (number_word(count).filter(|n| (1..=59).contains(n))?, i + 2),
            _ => return None,
        };
        let sign = match self.w(at) {
            "past" => 1,
            "to" => -1,
            _ => return None,
        };
        let hour = match self.w(at + 1) {
            "noon" => 12,
            "midnight" => 24,
            word => number_word(word).filter(|h| (1..=12).contains(h))?,
        };
        // (Not an amount: `rose a quarter to 5 billion`.)
        let amount = matches!(self.w(at + 2), "%" | "percent" | "million" | "billion" | "thousand" | "points");
        if !self.same_sentence(i, at + 1) || amount {
            return None;
        }
        let total = (hour * 60 + sign * minutes).rem_euclid(24 * 60);
        self.hit(i, at + 2, "TIME", format!("{}T{:02}:{:02}", self.dct, total / 60, total % 60))
    }

    /// Whether the capitalised word at `i` goes with the capitalised word
    /// before it as a name (`High Noon`), rather than a headline's or a
    /// date's capitals (`Set For Noon`, `Friday Noon`).
    fn named_with_the_word_before(&self, i: usize) -> bool {
        if i == 0 || !self.same_sentence(i - 1, i) || !self.raw(i - 1).starts_with(char::is_uppercase) {
            return false;
        }
        let before = self.w(i - 1);
        let preposition = matches!(before, "at" | "by" | "until" | "till" | "before" | "after" | "from" | "for" | "on");
        !preposition && weekday(before).is_none() && month_number(self.raw(i - 1)).is_none()
    }

    /// `10 a.m.`, `10:30 p.m.`, `noon`, `midnight`.
    pub(super) fn clock(&self, i: usize) -> Option<Hit> {
        let w = self.w(i);
        let dct = self.dct;
        match w {
            // (Not a title's word: `High Noon`, `Blue Noon`; capitalised
            // after a capitalised word that is no day, month or
            // preposition, as `Friday Noon` or `Set For Noon` are.)
            "noon" if self.raw(i) == "Noon" && self.named_with_the_word_before(i) => return None,
            "noon" | "midday" => return self.hit(i, i + 1, "TIME", format!("{dct}T12:00")),
            // (`voted shortly after midnight`: past and after it, the
            // midnight that opened the day, not the one that ends it.)
            "midnight" if i > 0 && matches!(self.w(i - 1), "after" | "past") && !self.is_future(i) => {
                return self.hit(i, i + 1, "TIME", format!("{dct}T00:00"))
            }
            "midnight" => return self.hit(i, i + 1, "TIME", format!("{dct}T24:00")),
            _ => {}
        }
        if let Some(hit) = self.clock_in_words(i) {
            return Some(hit);
        }
        // `1800 GMT`, `0600 UTC`: the twenty-four-hour clock in four
        // digits, known for one by the time zone after it, or by `local
        // time`, or by `hours` after `at` (not `1400 hours of service`),
        // or by the zone's clock beside it: `0800 (0600 GMT)`.
        let four_digits = |w: &str| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit());
        let end = match self.w(i + 1) {
            "local" if self.w(i + 2) == "time" => i + 3,
            "hours" | "hrs" if i > 0 && matches!(self.w(i - 1), "at" | "by" | "until" | "from") => i + 2,
            "(" if four_digits(self.w(i + 2)) && is_time_zone(self.w(i + 3)) => i + 1,
            zone if is_time_zone(zone) => i + 2,
            _ => i,
        };
        if four_digits(w) && end > i && self.same_sentence(i, end - 1) {
            let (hour, minute) = (w[..2].parse::<u32>().ok()?, w[2..].parse::<u32>().ok()?);
            if hour < 24 && minute < 60 {
                return self.hit(i, end, "TIME", format!("{dct}T{hour:02}:{minute:02}"));
            }
        }
        // `9 o'clock`, `6 o'clock this evening`, `4 in the morning`,
        // `four this afternoon`: the hour, in digits or words, with its
        // part of the day if one follows (without one, only after
        // `o'clock`).
        if let Some(hour) = number_word(w).filter(|h| (1..=12).contains(h)) {
            let o_clock = matches!(self.w(i + 1), "o'clock" | "o’clock") && self.same_sentence(i, i + 1);
            let after = i + 1 + usize::from(o_clock);
            // (A bare number before `tonight` or `this evening` is a
            // clock only after a word that asks for one: `at 6 this
            // evening`, not `he has 4 tonight`.)
            let asks_for_a_clock = o_clock
                || self.w(after) == "in"
                || i > 0 && matches!(self.w(i - 1), "at" | "by" | "until" | "till" | "before" | "after" | "around");
            match self.part_of_day_after(after).filter(|_| asks_for_a_clock) {
                Some((pm, end)) => {
                    let hour = twenty_four(pm, hour as u32);
                    return self.hit(i, end, "TIME", format!("{dct}T{hour:02}:00"));
                }
                None if o_clock => return self.hit(i, after, "TIME", format!("{dct}T{hour:02}:00")),
                None => {}
            }
        }
        // `11pm`, `10:30am`: the meridiem joined to the number.
        let joined = ["a.m.", "p.m.", "am", "pm"]
            .into_iter()
            .find_map(|m| w.strip_suffix(m).filter(|n| n.starts_with(|c: char| c.is_ascii_digit())).map(|n| (n, m)));
        let (w, meridiem, end) = match joined {
            Some((number, meridiem)) => (number, meridiem, i + 1),
            None => (w, self.w(i + 1), i + 2),
        };
        // (`10.15 a.m.`, as British papers write it: only before the
        // meridiem, where it can be no decimal.)
        let dotted = matches!(meridiem, "a.m." | "p.m." | "am" | "pm")
            .then(|| w.split_once('.').filter(|(_, m)| m.len() == 2))
            .flatten();
        let (hour, minute) = match w.split_once(':').or(dotted) {
            Some((h, m)) => (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?),
            None => (w.parse::<u32>().ok()?, 0),
        };
        let pm = match meridiem {
            "a.m." | "am" => false,
            "p.m." | "pm" => true,
            // `between 1 and 3 p.m.`, `from 9 to 11 a.m.`: the first hour
            // takes the second's half of the day.
            "and" | "to" | "-" | "until"
                if i > 0
                    && matches!(self.w(i - 1), "between" | "from")
                    && self.doc.tokens[i + 2].kind == TokenKind::Number
                    && self.same_sentence(i, i + 3) =>
            {
                let pm = match self.w(i + 3) {
                    "a.m." | "am" => false,
                    "p.m." | "pm" => true,
                    _ => return None,
                };
                if !(1..=12).contains(&hour) || minute >= 60 {
                    return None;
                }
                let hour = twenty_four(pm, hour);
                return self.hit(i, i + 1, "TIME", format!("{dct}T{hour:02}:{minute:02}"));
            }
            _ if w.contains(':') && hour < 24 && minute < 60 && self.same_sentence(i, i + 1) => {
                // `8:30 tonight`, `7:15 this morning`: the part of the
                // day says which half of it.
                let (hour, end) = match self.part_of_day_after(i + 1).filter(|_| (1..=12).contains(&hour)) {
                    Some((pm, end)) => (twenty_four(pm, hour), end),
                    None => (hour, self.past_time_zone(i + 1)),
                };
                return self.hit(i, end, "TIME", format!("{dct}T{hour:02}:{minute:02}"));
            }
            _ => return None,
        };
        if !(1..=12).contains(&hour) || minute >= 60 {
            return None;
        }
        let hour = twenty_four(pm, hour);
        // `8 p.m. tonight`: one time, as `8 p.m. Friday` is.
        let end = self.past_time_zone(end);
        let end = self.part_of_day_after(end).map_or(end, |(_, end)| end);
        self.hit(i, end, "TIME", format!("{dct}T{hour:02}:{minute:02}"))
    }

    /// The part of the day said after an hour, from token `at`: whether it
    /// is after noon, and where it ends (`in the morning`, `this
    /// evening`, `tonight`).
    fn part_of_day_after(&self, at: usize) -> Option<(bool, usize)> {
        let (pm, len) = match (self.w(at), self.w(at + 1), self.w(at + 2)) {
            ("in", "the", "morning") => (false, 3),
            ("in", "the", "afternoon" | "evening") => (true, 3),
            ("this", "morning", _) => (false, 2),
            ("this", "afternoon" | "evening", _) => (true, 2),
            ("tonight", _, _) => (true, 1),
            _ => return None,
        };
        self.same_sentence(at - 1, at + len - 1).then_some((pm, at + len))
    }

    /// Where a clock time that ends before token `end` ends with the time
    /// zone written after it, which TimeML takes in (`4:30 p.m. ET`,
    /// `18:00 UTC`).
    fn past_time_zone(&self, end: usize) -> usize {
        end + usize::from(is_time_zone(self.w(end)) && self.same_sentence(end - 1, end))
    }
}

/// An hour of the twelve-hour clock on the twenty-four-hour one.
fn twenty_four(pm: bool, hour: u32) -> u32 {
    match (pm, hour) {
        (true, 12) => 12,
        (true, h) => h + 12,
        (false, 12) => 0,
        (false, h) => h,
    }
}

/// The set an adverb of frequency names: `daily`, `weekly`, `yearly`.
fn periodic(word: &str) -> Option<&'static str> {
    Some(match word {
        "daily" | "nightly" => "P1D",
        "weekly" => "P1W",
        "monthly" => "P1M",
        "annually" | "yearly" => "P1Y",
        "hourly" => "PT1H",
        _ => return None,
    })
}
