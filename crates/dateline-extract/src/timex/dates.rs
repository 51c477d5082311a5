//! Calendar dates as news writes them (`October 14, 2020`, `Oct. 14`,
//! `14 October`, `the 3rd of March`, `10/14/2020`, a month alone) and the
//! year a date given without one belongs to, which the tense decides.

use jiff::civil::Date;

use super::calendar::{two_digit_year, value, Unit};
use super::words::{day_ordinal, month_number, part_of_day, weekday, WEATHER};
use super::{Hit, Scanner};

impl Scanner<'_, '_> {
    /// `2020-10-14`, `10/14/2020`, `14/10/2020`, `10-14-2020`. (Not
    /// `10/14` alone: as likely a fraction or a score as a day.)
    pub(super) fn numeric_date(&self, i: usize, raw: &str) -> Option<Hit> {
        if !raw.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        if !raw.contains(['-', '/']) {
            return self.dotted_date(i, raw);
        }
        let parts: Vec<&str> = raw.split(['-', '/']).collect();
        if parts.len() < 2 || !parts.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())) {
            return None;
        }
        let n: Vec<i32> = parts.iter().map(|p| p.parse().unwrap_or(0)).collect();
        let date = match (raw.contains('-'), n.as_slice()) {
            (true, [y, m, d]) if parts[0].len() == 4 => Date::new(*y as i16, *m as i8, *d as i8).ok()?,
            // (`10-29-99`, `10-29-1999`: an American date with hyphens,
            // its day in two digits, so that no score such as `3-2-1` reads
            // as one, nor a price such as `3-11/16`.)
            (hyphens, [first, second, y])
                if !hyphens || !raw.contains('/') && parts[1].len() == 2 && matches!(parts[2].len(), 2 | 4) =>
            {
                let y = if parts[2].len() == 2 { two_digit_year(*y) } else { *y };
                // Month first, as American papers write it; day first
                // where the first can be no month (`21/03/2013`).
                let (m, d) = if *first > 12 { (second, first) } else { (first, second) };
                Date::new(y as i16, *m as i8, *d as i8).ok()?
            }
            _ => return None,
        };
        self.hit(i, i + 1, "DATE", date.to_string())
    }

    /// `26.7.1996`, `12.04.2013`, `17.8.90`: day first, as Europe writes
    /// it. (A two-digit year only after a two-digit day: `1.2.16` is more
    /// likely a version than a date.)
    fn dotted_date(&self, i: usize, raw: &str) -> Option<Hit> {
        let mut parts = raw.split('.');
        let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
        let digits = |p: &str, lengths: &[usize]| lengths.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit());
        if parts.next().is_some() || !digits(d, &[1, 2]) || !digits(m, &[1, 2]) || !digits(y, &[2, 4]) {
            return None;
        }
        if y.len() == 2 && d.len() == 1 {
            return None;
        }
        let year: i32 = y.parse().ok()?;
        let year = if y.len() == 2 { two_digit_year(year) } else { year };
        let date = Date::new(year as i16, m.parse().ok()?, d.parse().ok()?).ok()?;
        self.hit(i, i + 1, "DATE", date.to_string())
    }

    /// `October 14, 2020`, `Oct. 14`, `October 2020`, `October`.
    pub(super) fn month_date(&self, i: usize, month: i8) -> Option<Hit> {
        let day = self.day_number(i + 1).filter(|_| self.same_sentence(i, i + 1));
        if let Some(day) = day {
            let mut end = i + 2;
            let explicit_year = if self.raw(end) == "," && self.year_number(end + 1).is_some() {
                end += 2;
                self.year_number(end - 1)
            } else if self.year_number(end).is_some() && self.doc.tokens[end].space_before {
                end += 1;
                self.year_number(end - 1)
            } else {
                // `May 30 next year`, `December 1, last year`.
                let at = end + usize::from(self.raw(end) == ",");
                self.year_named_after(i, at).inspect(|_| end = at + 2)
            };
            let year = explicit_year.unwrap_or_else(|| self.year_for(i, month, day));
            let date = Date::new(year as i16, month, day).ok()?;
            return Some(self.with_part_of_day(i, end, date));
        }
        // The year may follow after `of`: `June of 2006`, `December of
        // last year`.
        let at = i + 1 + usize::from(self.w(i + 1) == "of" && self.raw(i).starts_with(char::is_uppercase));
        if let Some(year) = self.year_number(at).filter(|_| self.same_sentence(i, at)) {
            return self.hit(i, at + 1, "DATE", format!("{year:04}-{month:02}"));
        }
        if let Some((year, end)) = self.spoken_year(at).filter(|_| self.same_sentence(i, at)) {
            return self.hit(i, end, "DATE", format!("{year:04}-{month:02}"));
        }
        // `January this year`, `June last year`.
        if let Some(year) = self.year_named_after(i, at).filter(|_| self.raw(i).starts_with(char::is_uppercase)) {
            return self.hit(i, at + 2, "DATE", format!("{year:04}-{month:02}"));
        }
        self.month_only(i, i + 1, month, self.raw(i))
    }

    /// The year `this year`, `last year` or `next year` at token `at`
    /// names, in the sentence of the expression starting at `i`.
    pub(super) fn year_named_after(&self, i: usize, at: usize) -> Option<i32> {
        (self.w(at + 1) == "year" && self.same_sentence(i, at + 1)).then(|| self.year_called(self.w(at))).flatten()
    }

    /// The year `this`, `last` or `next` calls it.
    pub(super) fn year_called(&self, word: &str) -> Option<i32> {
        let offset = match word {
            "this" => 0,
            "last" => -1,
            "next" => 1,
            _ => return None,
        };
        Some(i32::from(self.dct.year()) + offset)
    }

    /// A month named alone: `in March`. `May` and `March` are also a verb
    /// and a name, so a lone month needs a word of time before it.
    pub(super) fn month_only(&self, i: usize, end: usize, month: i8, raw: &str) -> Option<Hit> {
        // `Jan` without its period is a name as often as a month.
        if !raw.starts_with(char::is_uppercase)
            || raw.len() <= 4 && !raw.ends_with('.') && raw != "May" && raw != "June" && raw != "July"
        {
            return None;
        }
        let before = if i > 0 { self.w(i - 1) } else { "" };
        // (`mid-May`: the prefix joined to it asks for a time.)
        let joined = self.raw(i).len() > raw.len();
        let temporal = joined
            || matches!(
                before,
                "in" | "since"
                    | "until"
                    | "by"
                    | "through"
                    | "from"
                    | "of"
                    | "last"
                    | "next"
                    | "this"
                    | "early"
                    | "late"
                    | "mid"
                    | "-"
                    | "during"
                    | "before"
                    | "after"
                    | "till"
                    | "between"
                    | "and"
                    | "to"
                    | "throughout"
            )
            || before == "into"
                && !(i >= 2
                    && matches!(self.w(i - 2), "ran" | "run" | "runs" | "running" | "bumped" | "crashed" | "walked"));
        // (`well into May`, not `ran into May`, a person.) `scheduled for
        // May`, `the figures for March`: `for` names a month after a word
        // of planning or reporting (not `voted for May`, `support for
        // May`).
        let planned_for = before == "for"
            && i >= 2
            && matches!(
                self.w(i - 2),
                "scheduled"
                    | "set"
                    | "slated"
                    | "planned"
                    | "due"
                    | "expected"
                    | "pencilled"
                    | "penciled"
                    | "targeted"
                    | "postponed"
                    | "delayed"
                    | "moved"
                    | "rescheduled"
                    | "called"
                    | "booked"
                    | "figures"
                    | "data"
                    | "results"
                    | "sales"
                    | "forecast"
            );
        // `February or March`: a month beside another.
        let beside_a_month = before == "or" && i >= 2 && month_number(self.raw(i - 2)).is_some();
        // `the March primary`, `Florida's May election`, `a March speech`:
        // a month before the noun it dates.
        let dates_noun = matches!(before, "the" | "a" | "'s" | "’s" | "her" | "his" | "their" | "its" | "our")
            && self.same_sentence(i, end)
            && self.raw(end).starts_with(|c: char| c.is_ascii_lowercase())
            && !matches!(self.w(end), "of" | "for" | "to" | "and" | "on" | "in");
        // `the warmest March on record`, `a wet May`: a month its weather or
        // a superlative describes. (Not `the annual March for Life`.)
        let described = i >= 2
            && matches!(self.w(i - 2), "the" | "a" | "an")
            && self.raw(i - 1).starts_with(|c: char| c.is_ascii_lowercase())
            && (before.len() > 5 && before.ends_with("est") || WEATHER.contains(&before));
        if matches!(raw, "May" | "March") && !temporal && !planned_for && !dates_noun && !beside_a_month && !described {
            return None;
        }
        // `the March on Washington`, `March on the RNC`, `the March of
        // Dimes`: a name.
        let named = |k: usize| {
            self.raw(k).starts_with(char::is_uppercase)
                && month_number(self.raw(k)).is_none()
                && weekday(self.w(k)).is_none()
        };
        if raw == "March"
            && matches!(self.w(end), "on" | "of")
            && (named(end + 1) || self.w(end + 1) == "the" && named(end + 2))
            && self.same_sentence(i, end + 1)
        {
            return None;
        }
        // `between July and December 1995`: the year the pair names.
        if matches!(self.w(end), "and" | "to" | "through" | "-" | "until")
            && month_number(self.raw(end + 1)).is_some()
            && self.same_sentence(i, end + 2)
        {
            if let Some(year) = self.year_number(end + 2) {
                return self.hit(i, end, "DATE", format!("{year:04}-{month:02}"));
            }
        }
        // The nearest such month, unless the tense says which side: `sales
        // fell in November`, written in October, is last November.
        let (mut year, current) = (self.dct.year(), i16::from(self.dct.month()));
        let gap = i16::from(month) - current;
        // `until mid-November`, `through January`, `by February`: a
        // deadline lies ahead, whatever the verb's tense.
        let deadline = self.deadline_before(i).is_some() && (1..=6).contains(&((gap + 12) % 12));
        let tense = if deadline { Some(true) } else { self.tense(i).or_else(|| self.tense_after(i)) };
        let future = tense.unwrap_or_else(|| self.nearest_tense(i));
        if future && gap < -6 || tense == Some(true) && gap < 0 {
            year += 1;
        } else if !future && gap >= 6 || tense == Some(false) && gap > 0 {
            year -= 1;
        }
        self.hit(i, end, "DATE", format!("{year:04}-{month:02}"))
    }

    /// `the week of March 6`: the week that day is in, one expression.
    pub(super) fn week_of(&self, i: usize) -> Option<Hit> {
        if (self.w(i), self.w(i + 1), self.w(i + 2)) != ("the", "week", "of") || !self.same_sentence(i, i + 3) {
            return None;
        }
        let day = month_number(self.raw(i + 3)).and_then(|month| self.month_date(i + 3, month))?;
        let date: Date = day.value.parse().ok().filter(|_| day.kind == "DATE")?;
        self.hit(i, day.end, "DATE", value(date, Unit::Week))
    }

    /// `14 October 2020`, `14th October`.
    /// And `the 3rd of March`, `17th of March`.
    pub(super) fn day_month(&self, i: usize) -> Option<Hit> {
        let ordinal = |k: usize| self.w(k).ends_with(['t', 'h', 'd']);
        let (at, of) = match (self.w(i), self.w(i + 1), self.w(i + 2)) {
            ("the", _, "of") if ordinal(i + 1) => (i + 1, 1),
            (_, "of", _) if ordinal(i) => (i, 1),
            _ => (i, 0),
        };
        // (`the twentieth of May`: in words too, after `the`.)
        let day = self.day_number(at).or_else(|| day_ordinal(self.w(at)).filter(|_| of == 1))?;
        let month = month_number(self.raw(at + 1 + of)).filter(|_| self.same_sentence(i, at + 1 + of))?;
        let month_at = at + 1 + of;
        let (end, year) = match self.year_number(month_at + 1) {
            Some(y) => (month_at + 2, y),
            None => (month_at + 1, self.year_for(i, month, day)),
        };
        let date = Date::new(year as i16, month, day).ok()?;
        self.hit(i, end, "DATE", date.to_string())
    }

    /// `12` in `from 12 to 14 March`, `the 16th` in `the 16th and 17th of
    /// March`: a day whose month is written only after the day that ends
    /// the pair, a date in that day's month and year.
    pub(super) fn day_before_day_month(&self, i: usize) -> Option<Hit> {
        let at = i + usize::from(self.w(i) == "the");
        let day = self.day_number(at)?;
        if !matches!(self.w(at + 1), "and" | "or" | "to" | "through" | "until" | "-" | "–") {
            return None;
        }
        let second = self.day_month(at + 2).filter(|hit| hit.kind == "DATE" && hit.value.len() == 10)?;
        let second: Date = second.value.parse().ok()?;
        let date = Date::new(second.year(), second.month(), day).ok()?;
        self.hit(i, at + 1, "DATE", date.to_string())
    }

    pub(super) fn day_number(&self, i: usize) -> Option<i8> {
        let w = self.w(i);
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &w[digits.len()..];
        if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") || digits.is_empty() || digits.len() > 2 {
            return None;
        }
        digits.parse::<i8>().ok().filter(|d| (1..=31).contains(d))
    }

    pub(super) fn year_number(&self, i: usize) -> Option<i32> {
        let w = self.w(i);
        (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
            .then(|| w.parse().ok())
            .flatten()
            .filter(|y| (1000..=2199).contains(y))
    }

    /// The year of a month and day given without one: the article's year,
    /// unless the tense puts it more than a month the other side.
    pub(super) fn year_for(&self, i: usize, month: i8, day: i8) -> i32 {
        let year = i32::from(self.dct.year());
        let Ok(date) = Date::new(year as i16, month, day) else { return year };
        let gap = (date - self.dct).get_days();
        // A verb right before it says which side: `he was last seen Nov.
        // 3`, written in May, was last November's.
        // (Not a deadline moved: `was extended to Nov. 16`.) Before a part
        // of the day, the verb before that: `sank on the morning of Sept. 3`.
        let lead = match i.checked_sub(3) {
            Some(the) if self.w(the) == "the" && part_of_day(self.w(the + 1)).is_some() && self.w(the + 2) == "of" => {
                the
            }
            _ => i,
        };
        let close_past =
            (lead.saturating_sub(4)..lead).any(|j| self.is_past_verb(j)) && self.w(i.wrapping_sub(1)) != "to";
        let tense = self.tense(i);
        if close_past && tense == Some(false) && gap > 30 {
            return year - 1;
        }
        // And the other way: `takes effect Jan. 1` or `will be held March
        // 2`, written in late March, is next year's.
        if tense == Some(true) && gap < -30 {
            return year + 1;
        }
        match self.is_future(i) {
            true if gap < -183 => year + 1,
            false if gap > 183 => year - 1,
            _ => year,
        }
    }

    /// Adds `night`, `morning` … after a day: `Wednesday night` → `TNI`.
    pub(super) fn with_part_of_day(&self, start: usize, end: usize, date: Date) -> Hit {
        if let Some(code) = part_of_day(self.w(end)).filter(|_| self.same_sentence(start, end)) {
            return Hit { start, end: end + 1, kind: "TIME", value: format!("{date}T{code}"), modifier: None };
        }
        Hit { start, end, kind: "DATE", value: date.to_string(), modifier: None }
    }
}
