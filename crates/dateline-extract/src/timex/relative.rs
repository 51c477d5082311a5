//! Expressions counted from a moment: from the article's date (`today`,
//! `last week`, `two years ago`, `the coming months`, `the year` of a
//! report) or, through [`super::anaphora`], from the last date the story
//! named (`two years later`), and lengths of time (`two weeks`, `2 1/2
//! years`).

use super::anaphora::ANAPHOR;
use super::calendar::{shift, value, weekday_near, Unit};
use super::passes::year_range;
use super::words::{month_number, number_word, ordinal_number, part_of_day, vague_count, weekday, SEASONS};
use super::{Hit, Scanner};
use crate::tokenize::TokenKind;

impl Scanner<'_, '_> {
    /// A part of the article's day at `at`, after `early` or `late` if one
    /// stands there, the expression starting at `start`: `the morning`,
    /// `late afternoon` (the end of it), `the early evening`.
    fn part_of_today(&self, at: usize, start: usize) -> Option<Hit> {
        let modifier = match self.w(at) {
            "early" => Some("START"),
            "late" => Some("END"),
            _ => None,
        };
        let part = at + usize::from(modifier.is_some());
        let code =
            part_of_day(self.w(part)).filter(|_| self.w(part) != "overnight" && self.same_sentence(start, part))?;
        let value = format!("{}T{code}", self.dct);
        Some(Hit { start, end: part + 1, kind: "TIME", value, modifier })
    }

    /// `today is the eighth day of the strike`, `it's the second day of
    /// an offensive`, `the walkout entered its 10th day`: a day counted
    /// within an event, said of the day of writing. (TBAQ train marks all
    /// three it has so, with the article date; `was the fifth day`, `the
    /// third consecutive month` and `for the first time` it leaves alone,
    /// and so does this.)
    pub(super) fn counted_day(&self, i: usize) -> Option<Hit> {
        if ordinal_number(self.w(i)).is_none() || i < 2 {
            return None;
        }
        let said_of_today = matches!(self.w(i - 1), "the" | "its" | "their")
            && matches!(self.w(i - 2), "is" | "'s" | "’s" | "enters" | "entered" | "into" | "marks" | "marked");
        let day = i + 1 + usize::from(matches!(self.w(i + 1), "straight" | "consecutive"));
        (said_of_today && self.w(day) == "day" && self.same_sentence(i, day))
            .then(|| self.hit(i, day + 1, "DATE", self.dct.to_string()))
            .flatten()
    }

    /// Words that point at the article date: `today`, `now`, `tonight`.
    pub(super) fn deictic(&self, i: usize) -> Option<Hit> {
        let dct = self.dct;
        let day = |offset: i64| shift(dct, Unit::Day, offset);
        let w = self.w(i);
        let next = self.w(i + 1);
        match w {
            "today" => self.hit(i, i + 1, "DATE", dct.to_string()),
            "tonight" => self.hit(i, i + 1, "TIME", format!("{dct}TNI")),
            // `the day after tomorrow`, `the day before yesterday`.
            "the" if next == "day" && matches!(self.w(i + 3), "tomorrow" | "yesterday") => {
                let offset = match (self.w(i + 2), self.w(i + 3)) {
                    ("after", "tomorrow") => 2,
                    ("before", "yesterday") => -2,
                    _ => return None,
                };
                self.hit(i, i + 4, "DATE", day(offset).to_string())
            }
            "yesterday" | "tomorrow" => {
                let date = day(if w == "yesterday" { -1 } else { 1 });
                Some(self.with_part_of_day(i, i + 1, date))
            }
            "now" | "currently" | "nowadays" => self.hit(i, i + 1, "DATE", "PRESENT_REF".into()),
            "as" if (next, self.w(i + 2), self.w(i + 3)) == ("soon", "as", "possible") => {
                self.hit(i, i + 4, "DATE", "FUTURE_REF".into())
            }
            "recently" | "lately" | "formerly" => self.hit(i, i + 1, "DATE", "PAST_REF".into()),
            // `recent comments`, `the recent attacks`: the past, with or
            // without a determiner (TBAQ train marks 2 of 3 without one);
            // not `most recent`, a superlative of order.
            "recent" if Unit::parse(next).is_none() && !(i > 0 && matches!(self.w(i - 1), "most" | "more")) => {
                self.hit(i, i + 1, "DATE", "PAST_REF".into())
            }
            "future"
                if i > 0
                    && matches!(
                        self.w(i - 1),
                        "in" | "near" | "distant" | "foreseeable" | "immediate" | "not-too-distant"
                    )
                    && next != "of" =>
            {
                self.hit(i, i + 1, "DATE", "FUTURE_REF".into())
            }
            "current" if Unit::parse(next).is_none() && next != "fiscal" => {
                self.hit(i, i + 1, "DATE", "PRESENT_REF".into())
            }
            // `recent years`: the past, as TimeBank most often writes it
            // (3 of 5 in TBAQ train; `recent months` and `weeks` it
            // writes as lengths).
            "recent" if next == "years" => self.hit(i, i + 2, "DATE", "PAST_REF".into()),
            // `recent months`, `coming months`, `the coming weeks`, `past
            // years`, `previous years`: an unknown number of units.
            "recent" | "coming" | "past" | "previous" | "prior"
                if matches!(next, "years" | "quarters" | "months" | "weeks" | "days" | "decades") =>
            {
                let unit = Unit::parse(next)?;
                self.hit(i, i + 2, "DURATION", unit.duration("X"))
            }
            "the"
                if next == "coming"
                    && matches!(self.w(i + 2), "years" | "quarters" | "months" | "weeks" | "days" | "decades") =>
            {
                let unit = Unit::parse(self.w(i + 2))?;
                self.hit(i, i + 3, "DURATION", unit.duration("X"))
            }
            // (Not `the future of the party`: what becomes of it.)
            "the" if next == "future" && self.w(i + 2) != "of" => self.hit(i, i + 2, "DATE", "FUTURE_REF".into()),
            // `the near future`, `the very near future`, `the short term`
            // (`the long term` is as often no time at all: `we invest for
            // the long term`); `the recent past`, `the distant past`.
            "the" if self.near_or_far(i).is_some() => {
                let (end, value) = self.near_or_far(i)?;
                self.hit(i, end, "DATE", value.into())
            }
            "more" if next == "recently" => self.hit(i, i + 2, "DATE", "PAST_REF".into()),
            "right" if next == "now" => self.hit(i, i + 2, "DATE", "PRESENT_REF".into()),
            "these" if next == "days" => self.hit(i, i + 2, "DATE", "PRESENT_REF".into()),
            // `at present` (TimeML leaves the preposition out; not `at
            // present value`).
            "present" if i > 0 && self.w(i - 1) == "at" && next != "value" => {
                self.hit(i, i + 1, "DATE", "PRESENT_REF".into())
            }
            "the" if (next, self.w(i + 2)) == ("other", "day") => self.hit(i, i + 3, "DATE", "PAST_REF".into()),
            "a" if (next, self.w(i + 2)) == ("later", "date") => self.hit(i, i + 3, "DATE", "FUTURE_REF".into()),
            // `for a while`, `for some time`: a length no one counted.
            "a" if next == "while" => self.hit(i, i + 2, "DURATION", "PXX".into()),
            "some" if next == "time" && i > 0 && self.w(i - 1) == "for" => self.hit(i, i + 2, "DURATION", "PXX".into()),
            // `over the years`, `over the decades`, `the weeks ahead`; and
            // `in the weeks before the shooting`, where TimeML marks the
            // unit alone.
            "the" if matches!(next, "years" | "months" | "weeks" | "days" | "decades" | "centuries") => {
                let unit = Unit::parse(next)?;
                match self.w(i + 2) {
                    "ahead" => self.hit(i, i + 3, "DURATION", unit.duration("X")),
                    "before" | "after" | "since" | "following" | "leading" => {
                        self.hit(i + 1, i + 2, "DURATION", unit.duration("X"))
                    }
                    _ if next == "years" || i > 0 && self.w(i - 1) == "over" => {
                        self.hit(i, i + 2, "DURATION", unit.duration("X"))
                    }
                    _ => None,
                }
            }
            // `in the morning`, `in the late afternoon`: of the article's
            // day.
            "the" if i > 0 && matches!(self.w(i - 1), "in" | "during") && self.part_of_today(i + 1, i).is_some() => {
                self.part_of_today(i + 1, i)
            }
            // `by late afternoon`, `until early evening`: after a word that
            // asks for a time (not `early morning raids`, `late night
            // shows`).
            "early" | "late"
                if i > 0
                    && matches!(
                        self.w(i - 1),
                        "by" | "in" | "until" | "till" | "since" | "from" | "through" | "after" | "before"
                    )
                    && self.same_sentence(i - 1, i)
                    && self.part_of_today(i, i).is_some() =>
            {
                self.part_of_today(i, i)
            }
            "the" if next == "past" && Unit::parse(self.w(i + 2)).is_none() && number_word(self.w(i + 2)).is_none() => {
                self.hit(i, i + 2, "DATE", "PAST_REF".into())
            }
            "this" | "last" if part_of_day(next).is_some() => {
                let code = part_of_day(next)?;
                let date = if w == "this" { dct } else { day(-1) };
                self.hit(i, i + 2, "TIME", format!("{date}T{code}"))
            }
            _ => None,
        }
    }

    /// `the (very) near future`, `the short term`, `the recent past`:
    /// where it ends, and the fuzzy value it names.
    fn near_or_far(&self, i: usize) -> Option<(usize, &'static str)> {
        let at = i + 1 + usize::from(self.w(i + 1) == "very");
        let value = match (self.w(at), self.w(at + 1)) {
            ("near" | "distant" | "foreseeable" | "immediate" | "not-too-distant" | "not-so-distant", "future")
            | ("near" | "short", "term") => "FUTURE_REF",
            ("recent" | "distant", "past") => "PAST_REF",
            _ => return None,
        };
        (self.same_sentence(i, at + 1) && self.w(at + 2) != "of").then_some((at + 2, value))
    }

    /// A season named alone (`a rocky summer`, `late summer`, `by winter`):
    /// the article's year's, or the year before when a story of what was
    /// done names one not yet begun. (`spring` and `fall` are words first:
    /// only [`Scanner::relative`] reads them, after `the`, `this`, `last`.)
    pub(super) fn season(&self, i: usize) -> Option<Hit> {
        let &(_, code, start_month) = SEASONS.iter().find(|(name, _, _)| *name == self.w(i))?;
        // `spring 2016`, `winter of 2014`: the year named.
        if let Some((year, end)) = self.year_of_season(i + 1) {
            return self.hit(i, end, "DATE", format!("{year:04}-{code}"));
        }
        if !(matches!(self.w(i), "summer" | "winter" | "autumn") || self.names_spring_or_fall(i)) || self.names_event(i)
        {
            return None;
        }
        let year = self.year_of_unnamed_season(Some(self.is_future(i)), code, start_month);
        self.hit(i, i + 1, "DATE", format!("{year:04}-{code}"))
    }

    /// The year of a season named without one (`by winter`, `in the
    /// fall`): the one running, or else the next in a story of what will
    /// be and the last in a story of what was (`since taking over in the
    /// fall`, written in May). A winter is named by the year it begins in,
    /// so in January 2023 the winter running is 2022's.
    /// `future` is the tense the sentence says, if it says one: with none
    /// the season is the article's year's.
    pub(super) fn year_of_unnamed_season(&self, future: Option<bool>, code: &str, start_month: i8) -> i32 {
        let (year, month) = (i32::from(self.dct.year()), self.dct.month());
        match future {
            _ if code == "WI" && month < 3 => year - 1,
            Some(true) => year + i32::from(month >= start_month + 3),
            Some(false) => year - i32::from(month < start_month),
            None => year,
        }
    }

    /// `spring` or `fall` as a season, where no verb or noun of the same
    /// spelling stands: after a word that asks for a time (`by fall`,
    /// `until spring`, `late fall`, `it may be spring`, `come fall`).
    /// So is one after another season and `and` or `or` (`during summer
    /// and fall`, `the spring or fall`).
    fn names_spring_or_fall(&self, i: usize) -> bool {
        let after_a_season =
            i > 1 && matches!(self.w(i - 1), "and" | "or") && SEASONS.iter().any(|(name, _, _)| *name == self.w(i - 2));
        matches!(self.w(i), "spring" | "fall")
            && i > 0
            && self.same_sentence(i - 1, i)
            && (after_a_season
                || matches!(
                    self.w(i - 1),
                    "by" | "until" | "till" | "early" | "late" | "mid" | "be" | "come" | "before"
                ))
    }

    /// `the fall` at `i` as the season: after a word that asks for a time
    /// and before no `of` or `in` that would make it a drop.
    fn names_the_fall(&self, i: usize) -> bool {
        i > 0
            && matches!(self.w(i - 1), "in" | "during" | "through" | "by" | "until" | "till" | "into" | "before")
            && !matches!(self.w(i + 2), "of" | "in" | "from" | "to")
    }

    /// The year after a season, `2016`, `of 2016` or `of nineteen
    /// ninety-four`, and where it ends. A winter written across two years
    /// (`the winter of 2011-12`) is named by the year it begins in.
    fn year_of_season(&self, at: usize) -> Option<(i32, usize)> {
        let at = at + usize::from(self.w(at) == "of");
        if !self.same_sentence(at - 1, at) {
            return None;
        }
        if let Some([first, second]) = year_range(self.doc, at) {
            let (from, to): (i32, i32) = (first.value.parse().ok()?, second.value.parse().ok()?);
            return (to == from + 1).then_some((from, at + 1));
        }
        self.year_number(at).map(|year| (year, at + 1)).or_else(|| self.spoken_year(at))
    }

    /// `the Summer Olympics`, `Winter Park`: a capitalised season before a
    /// capitalised word is part of a name.
    fn names_event(&self, i: usize) -> bool {
        self.raw(i).starts_with(char::is_uppercase)
            && self.same_sentence(i, i + 1)
            && self.raw(i + 1).starts_with(char::is_uppercase)
    }

    /// A count of dozens at `at` and where its unit stands: `a dozen`
    /// (12), `half a dozen` or `a half-dozen` (6), `dozens of` (unknown).
    fn dozen(&self, at: usize) -> Option<(Option<i64>, usize)> {
        match (self.w(at), self.w(at + 1), self.w(at + 2)) {
            ("a", "dozen", _) => Some((Some(12), at + 2)),
            ("half", "a", "dozen") => Some((Some(6), at + 3)),
            ("a", "half-dozen", _) => Some((Some(6), at + 2)),
            ("half-dozen", _, _) => Some((Some(6), at + 1)),
            ("dozens", "of", _) => Some((None, at + 2)),
            _ => None,
        }
    }

    /// `this week`, `last month`, `next year`, `last Friday`, `this summer`,
    /// `the past year`, `the weekend`.
    pub(super) fn relative(&self, i: usize) -> Option<Hit> {
        let w = self.w(i);
        let (direction, skip) = match (w, self.w(i + 1)) {
            ("this" | "current" | "the", "current") => (0, 2),
            ("this", "past") => (-1, 2),
            ("this", "coming") => (1, 2),
            ("this" | "current", _) => (0, 1),
            ("last" | "past" | "previous", _) => (-1, 1),
            // (`prior year`, `prior quarter`; not `prior to`.)
            ("prior", unit) if Unit::parse(unit).is_some() && !unit.ends_with('s') => (-1, 1),
            ("next" | "coming", _) => (1, 1),
            ("the", "past" | "last" | "previous" | "prior" | "preceding" | "latest") => (-1, 2),
            ("the", "next" | "coming") => (1, 2),
            ("the", "weekend") => (0, 1),
            // `the summer`: the article's year's. `the fall` only with its
            // year or where [`Scanner::names_the_fall`] finds the season
            // (`in the fall`, `into the fall campaign`; not `the fall of
            // Rome`, `the fall in prices`, `since the fall of communism`).
            ("the", "summer" | "winter" | "spring" | "autumn") => (0, 1),
            ("the", "fall") if self.year_of_season(i + 2).is_some() || self.names_the_fall(i) => (0, 1),
            // `the quarter` in a report is the last one closed.
            ("the", "quarter") => (-1, 1),
            // `sales for the year`, `the week's most active session`,
            // `the fiscal year`: the article's.
            ("the", "year" | "week") => (0, 1),
            ("the", "fiscal" | "full") if self.w(i + 2) == "year" => (0, 2),
            _ => return None,
        };
        let at = i + skip;
        if !self.same_sentence(i, at) {
            return None;
        }
        // `last fiscal year`, `the current fiscal year`: a year, whenever
        // the company's begins.
        let at = at + usize::from(self.w(at) == "fiscal" && self.w(at + 1) == "year" && self.same_sentence(i, at + 1));
        let word = self.w(at);
        let end = at + 1;
        if w == "the" && matches!(word, "year" | "week") {
            // (`Player of the Year` is a title; `the year before` another
            // year's.)
            if self.raw(at) != word || matches!(self.w(end), "before" | "after" | "earlier" | "later") {
                return None;
            }
            // `the year ended June 30`: a year's length, not this year.
            if word == "year" && matches!(self.w(end), "ended" | "ending" | "through" | "to") {
                return self.hit(i, end, "DURATION", "P1Y".into());
            }
            // `the year ahead`, `the week ahead`: the length to come, as
            // `the weeks ahead` is.
            if self.w(end) == "ahead" && self.same_sentence(i, end) {
                let unit = Unit::parse(word)?;
                return self.hit(i, end + 1, "DURATION", unit.duration("1"));
            }
        }
        if let Some(unit) = Unit::parse(word).filter(|_| !word.ends_with('s')) {
            if unit == Unit::Quarter {
                let date = shift(self.dct, Unit::Quarter, direction.min(0));
                return self.hit(i, end, "DATE", value(date, Unit::Quarter));
            }
            if matches!(unit, Unit::Second | Unit::Minute | Unit::Hour) {
                return None;
            }
            // `over the weekend` in a story of what was done, written on a
            // weekday, is the weekend before (not `ahead of the weekend`).
            let weekday = self.dct.weekday().to_monday_one_offset();
            let ahead = i > 1 && matches!((self.w(i - 2), self.w(i - 1)), ("ahead", "of") | (_, "before" | "until"));
            let past_weekend = unit == Unit::Weekend && direction == 0 && weekday <= 5 && !ahead && !self.is_future(i);
            let date = shift(self.dct, unit, if past_weekend { -1 } else { direction });
            return self.hit(i, end, "DATE", value(date, unit));
        }
        if let Some(named) = weekday(word) {
            let date = match direction {
                -1 => weekday_near(shift(self.dct, Unit::Day, -1), named, false),
                1 => weekday_near(shift(self.dct, Unit::Day, 1), named, true),
                _ => weekday_near(self.dct, named, self.is_future(i)),
            };
            return Some(self.with_part_of_day(i, end, date));
        }
        if let Some(&(_, code, start_month)) = SEASONS.iter().find(|(name, _, _)| *name == word) {
            if self.names_event(at) {
                return None;
            }
            // `the summer of 2015`.
            if let Some((year, end)) = self.year_of_season(end).filter(|_| w == "the") {
                return self.hit(i, end, "DATE", format!("{year:04}-{code}"));
            }
            // (`the summer` is the one a verb beside it points at, `over
            // the summer` last year's when said in February; `this
            // summer` the article's year's.)
            if w == "the" {
                let year = self.year_of_unnamed_season(self.said_tense(i), code, start_month);
                return self.hit(i, end, "DATE", format!("{year:04}-{code}"));
            }
            let mut year = i32::from(self.dct.year());
            let month = self.dct.month();
            match direction {
                -1 => year -= i32::from(month < start_month + 3),
                1 => year += i32::from(month >= start_month),
                _ => {}
            }
            // A winter is named by the year it begins in: in January 2023
            // `this winter` is 2022-WI, and `last winter` 2021-WI.
            if code == "WI" && month < 3 && direction <= 0 {
                year -= 1;
            }
            return self.hit(i, end, "DATE", format!("{year:04}-{code}"));
        }
        if let Some(month) = month_number(self.raw(at)).filter(|_| w != "the") {
            let mut year = i32::from(self.dct.year());
            // The nearest such month on that side: `last April` written in
            // October is this year's.
            match direction {
                -1 => year -= i32::from(month >= self.dct.month()),
                1 => year += i32::from(month <= self.dct.month()),
                _ => {}
            }
            return self.hit(i, end, "DATE", format!("{year:04}-{month:02}"));
        }
        None
    }

    /// Does token `k` end an amount: a count (`$5`, `four`), a count's
    /// scale or unit (`$3.2 million`, `5%`, `five percent`), or a plural
    /// after a count (`50,000 CDs`, `four flights`)?
    fn ends_an_amount(&self, k: usize) -> bool {
        let w = self.w(k);
        let counted_plural = k > 0
            && w.len() >= 3
            && w.ends_with('s')
            && !matches!(w, "was" | "has" | "is" | "does")
            && (self.is_count(k - 1) || k > 1 && !self.w(k - 1).ends_with('s') && self.ends_an_amount(k - 1));
        self.is_count(k)
            || matches!(w, "hundred" | "thousand" | "million" | "billion" | "trillion" | "%" | "percent" | "cents")
                && k > 0
                && self.is_count(k - 1)
            || counted_plural
    }

    /// Is token `k` a count, in digits or words (`4,500`, `five`)?
    fn is_count(&self, k: usize) -> bool {
        self.doc.tokens[k].kind == TokenKind::Number || number_word(self.w(k)).is_some()
    }

    /// Counted units: `two weeks`, `a month`, `10-year`, `41-year-old`,
    /// `three years ago`, `a year earlier`, `the past three years`.
    pub(super) fn counted(&self, i: usize) -> Option<Hit> {
        let w = self.w(i);
        // One token: `10-year`, `two-week`, `41-year-old`.
        // (`41-year-old` is an age: TimeML leaves it out, and the record
        // has it as an amount.)
        // `a decade-long silence`, `a weeks-long strike`, `a
        // three-decades-long war`.
        if let Some(lasted) = w.strip_suffix("-long") {
            let (count, unit_word) = lasted.rsplit_once('-').map_or((None, lasted), |(c, u)| (Some(c), u));
            let unit = Unit::parse(unit_word)?;
            let count = match count {
                Some(count) => number_word(count)?.to_string(),
                None if unit_word.ends_with('s') => "X".to_string(),
                None => "1".to_string(),
            };
            return self.hit(i, i + 1, "DURATION", unit.duration(&count));
        }
        // `an 8-month-old truce`, `the two-week-old strike`, `a
        // decade-old law`, `a years-old slump`: how long something has
        // lasted (not `41-year-old` or `a 6-month-old son`, a person's
        // age).
        let of_a_person = || {
            matches!(
                self.w(i + 1),
                "son"
                    | "daughter"
                    | "baby"
                    | "boy"
                    | "girl"
                    | "child"
                    | "infant"
                    | "twins"
                    | "grandson"
                    | "granddaughter"
            )
        };
        if let Some(lasted) = w.strip_suffix("-old").filter(|_| !of_a_person()) {
            let (count, unit_word) = lasted.split_once('-').map_or((None, lasted), |(c, u)| (Some(c), u));
            let unit = Unit::parse(unit_word)?;
            let amount = match count {
                Some(count) if unit != Unit::Year && !unit_word.ends_with('s') => number_word(count)?.to_string(),
                None if unit_word.ends_with('s') => "X".to_string(),
                None if unit != Unit::Year => "1".to_string(),
                _ => return None,
            };
            return self.hit(i, i + 1, "DURATION", unit.duration(&amount));
        }
        if let Some((count, rest)) = w.split_once('-') {
            // (`a several-year tenure`: of an unknown number.)
            let n = number_word(count).map(|n| n.to_string()).or_else(|| vague_count(count).then(|| "X".to_string()));
            if let (Some(n), Some(unit)) = (n, Unit::parse(rest)) {
                if !rest.ends_with('s') {
                    // `a three-year period`: TimeML takes the noun in.
                    if i > 0 && matches!(self.w(i - 1), "a" | "an") && self.w(i + 1) == "period" {
                        return self.hit(i - 1, i + 2, "DURATION", unit.duration(&n));
                    }
                    return self.hit(i, i + 1, "DURATION", unit.duration(&n));
                }
            }
        }
        let (span_start, at) = match (w, self.w(i + 1)) {
            (
                "the",
                "past" | "last" | "next" | "coming" | "first" | "previous" | "prior" | "preceding" | "latest" | "early"
                | "year-earlier" | "year-ago" | "prior-year",
            ) => (i, i + 2),
            ("the", _) => (i, i + 1),
            _ => (i, i),
        };
        let count_word = self.w(at);
        // `half a century`, `half an hour`: the unit's half, in the unit
        // below it.
        if count_word == "half"
            && matches!(self.w(at + 1), "a" | "an")
            && self.w(at + 2) != "dozen"
            && self.same_sentence(i, at + 2)
        {
            let value = match Unit::parse(self.w(at + 2))? {
                Unit::Century => "P50Y",
                Unit::Decade => "P5Y",
                Unit::Year => "P6M",
                Unit::Day => "PT12H",
                Unit::Hour => "PT30M",
                Unit::Minute => "PT30S",
                _ => return None,
            };
            return self.hit(span_start, at + 3, "DURATION", value.into());
        }
        // `a half-hour`, `a half hour`, `the past half hour`: thirty
        // minutes.
        {
            let half_at = if matches!(count_word, "a" | "an") { at + 1 } else { at };
            let end = match (self.w(half_at), self.w(half_at + 1)) {
                ("half-hour", _) => Some(half_at + 1),
                ("half", "hour") => Some(half_at + 2),
                _ => None,
            };
            // (After `a` or `the past`, not `the half-hour show`.)
            let counted = half_at == at + 1 || at == i + 2;
            if let Some(end) = end.filter(|&end| counted && self.same_sentence(i, end - 1)) {
                return self.hit(span_start, end, "DURATION", "PT30M".into());
            }
        }
        // `the first hours`, `the early years`: an unknown number of them.
        // (Not `the early hours of Thursday`: a part of that day, not a
        // length; `the first hours of the war` is one.)
        if at == i + 2 && matches!(self.w(i + 1), "first" | "early") && count_word.ends_with('s') {
            if self.w(i + 1) == "early"
                && count_word == "hours"
                && self.w(at + 1) == "of"
                && self.same_sentence(i, at + 2)
            {
                return None;
            }
            let unit = Unit::of_unknown_count(count_word)?;
            return self.hit(i, at + 1, "DURATION", unit.duration("X"));
        }
        let (count, unit_at) = if count_word == "couple" && (at == i + 2 || self.w(at + 1) == "of") {
            // `the next couple of years`, `every couple of weeks`.
            (Some(2), at + if self.w(at + 1) == "of" { 2 } else { 1 })
        } else if count_word == "a" && self.w(at + 1) == "few" {
            (None, at + 2)
        } else if count_word == "a" && self.w(at + 1) == "couple" {
            // `a couple of years`, `a couple weeks`: two.
            (Some(2), at + if self.w(at + 2) == "of" { 3 } else { 2 })
        } else if let Some((count, unit_at)) = self.dozen(at) {
            (count, unit_at)
        } else if matches!(count_word, "a" | "an") {
            (Some(1), at + 1)
        } else if matches!(count_word, "quarter-century" | "half-century") {
            // (`the past half-century`: one, read below.)
            (Some(1), at)
        } else if vague_count(count_word) {
            (None, at + 1)
        } else if let Some(n) = ["-1/2", ".5", "-and-a-half"]
            .into_iter()
            .find_map(|half| count_word.strip_suffix(half))
            .and_then(number_word)
        {
            // `3-1/2 years`, as the wires write three and a half; `1.5
            // years`; `one-and-a-half hours`.
            (Some(n), at + 1)
        } else if count_word.split_once('-').is_some_and(|(low, high)| {
            let (low, high) = (number_word(low), number_word(high));
            low.zip(high).is_some_and(|(low, high)| low < high) && Unit::parse(self.w(at + 1)).is_some()
        }) {
            // `3-4 years ago`, `2-3 weeks`: a range, as `two to three weeks`.
            (None, at + 1)
        } else if let Some(n) = number_word(count_word).filter(|n| (0..=1000).contains(n)) {
            let next = self.w(at + 1);
            let ones =
                number_word(next).filter(|o| (1..=9).contains(o) && next.bytes().all(|b| b.is_ascii_alphabetic()));
            match ones {
                // `twenty four hours`.
                Some(ones)
                    if n >= 20 && n % 10 == 0 && n < 100 && count_word.bytes().all(|b| b.is_ascii_alphabetic()) =>
                {
                    (Some(n + ones), at + 2)
                }
                // `two dozen years`.
                _ if next == "dozen" => (Some(n * 12), at + 2),
                // `two to three weeks`, `12 to 18 months`, `a year or two`
                // (below): a range, of a count TimeML leaves unknown.
                _ if matches!(next, "to" | "or")
                    && number_word(self.w(at + 2)).is_some_and(|m| m > n)
                    && Unit::parse(self.w(at + 3)).is_some() =>
                {
                    (None, at + 3)
                }
                _ => (Some(n), at + 1),
            }
        } else if at == i && count_word.ends_with('s') {
            // Units without a count: an unknown number of them.
            let unit = Unit::of_unknown_count(count_word)?;
            let before = if i > 0 { self.w(i - 1) } else { "" };
            // `years ago`, `just weeks ago`: no day to name (as `several
            // years ago`, read from `several`; never a count the scan did
            // not read, `4,500 years ago`).
            if self.w(i + 1) == "ago" && !(i > 0 && (vague_count(before) || self.is_count(i - 1))) {
                return self.hit(i, i + 2, "DATE", "PAST_REF".to_string());
            }
            // `for weeks`, `in years`; `it took months`, `it could be
            // years before`, `follows months of talks`; `days after the
            // attack`, `weeks later`.
            let measured = matches!(
                before,
                "for"
                    | "over"
                    | "within"
                    | "in"
                    | "after"
                    | "took"
                    | "take"
                    | "takes"
                    | "taking"
                    | "lasted"
                    | "last"
                    | "lasts"
                    | "spent"
                    | "spend"
                    | "be"
                    | "been"
                    | "follows"
                    | "followed"
                    | "waited"
                    | "wait"
            ) || matches!(self.w(i + 1), "after" | "before" | "later" | "earlier")
                    && self.same_sentence(i, i + 2)
                    // (`a matter of days before`: how soon, not how long.)
                    && before != "of";
            if measured {
                return self.hit(i, i + 1, "DURATION", unit.duration("X"));
            }
            return None;
        } else {
            return None;
        };
        // `a hundred years`, `two thousand years`.
        let (count, unit_at) = match (count, self.w(unit_at)) {
            (Some(n), "hundred") => (Some(n * 100), unit_at + 1),
            (Some(n), "thousand") => (Some(n * 1000), unit_at + 1),
            _ => (count, unit_at),
        };
        // `two more weeks`, `an additional year`, `a few more days`; `14
        // straight years`, `three consecutive quarters`.
        let unit_at = unit_at
            + usize::from(matches!(
                self.w(unit_at),
                "more" | "additional" | "extra" | "straight" | "consecutive" | "successive"
            ));
        // `2 1/2 years`, `5½ hours`: and a half.
        let half_joined =
            count.is_some() && ["-1/2", ".5", "-and-a-half"].iter().any(|half| count_word.ends_with(half));
        let half = if count.is_none() {
            0
        } else if matches!(self.w(unit_at), "1/2" | "½") {
            1
        } else if let ("1", "/", "2") | ("and", "a", "half") =
            (self.w(unit_at), self.w(unit_at + 1), self.w(unit_at + 2))
        {
            // (`two and a half years`.)
            3
        } else {
            0
        };
        let unit_at = unit_at + half;
        // `a minute and a half`, `a year or two`: after the unit.
        let half_after =
            count.is_some() && (self.w(unit_at + 1), self.w(unit_at + 2), self.w(unit_at + 3)) == ("and", "a", "half");
        let range_after = count == Some(1)
            && self.w(unit_at + 1) == "or"
            && number_word(self.w(unit_at + 2)).is_some_and(|m| (2..=10).contains(&m));
        if !self.same_sentence(i, unit_at) {
            return None;
        }
        // `eight trading days`, `three business days`.
        let unit_at = unit_at
            + usize::from(
                count.is_some()
                    && matches!(self.w(unit_at), "trading" | "business" | "working")
                    && matches!(self.w(unit_at + 1), "days" | "day" | "weeks" | "week"),
            );
        // `a quarter century`, `the past half-century`: 25 and 50 years
        // (not a quarter, nor half of one).
        let century_share = match (self.w(unit_at), self.w(unit_at + 1)) {
            ("quarter-century", _) => Some((25, unit_at + 1)),
            ("half-century", _) => Some((50, unit_at + 1)),
            ("quarter", "century") => Some((25, unit_at + 2)),
            ("half", "century") => Some((50, unit_at + 2)),
            _ => None,
        };
        if let Some((years, end)) = century_share.filter(|&(_, end)| count == Some(1) && self.same_sentence(i, end - 1))
        {
            if self.w(end) == "ago" && at == i {
                return self.hit(i, end + 1, "DATE", format!("{:04}", i32::from(self.dct.year()) - years));
            }
            return self.hit(span_start, end, "DURATION", format!("P{years}Y"));
        }
        let unit_word = self.w(unit_at);
        let unit = Unit::parse(unit_word)?;
        let amount = count.map_or("X".to_string(), |n| n.to_string());
        // `a week or so ago`: the hedge sits between the length and `ago`.
        let hedge = if (self.w(unit_at + 1), self.w(unit_at + 2)) == ("or", "so") { 2 } else { 0 };
        let after = self.w(unit_at + 1 + hedge);
        // `a second attack` is an ordinal, not a length of time.
        if unit == Unit::Second
            && count_word == "a"
            && after.starts_with(char::is_alphabetic)
            && !matches!(after, "later" | "earlier" | "ago" | "before" | "after" | "or" | "and" | "longer")
        {
            return None;
        }
        // `a quarter of the vote`, `three quarters of them`: a share, not
        // three months (`several quarters of losses` are months; `the
        // first two quarters of 1990` a date).
        if unit == Unit::Quarter && after == "of" && at == i && matches!(count, Some(1 | 3)) {
            return None;
        }
        let dir = match after {
            "ago" | "earlier" => -1,
            "later" | "hence" => 1,
            "from" if self.w(unit_at + hedge + 2) == "now" => 1,
            _ => 0,
        };
        if dir != 0 && at == i {
            let end = unit_at + hedge + if after == "from" { 3 } else { 2 };
            // `several years ago`, `a few weeks from now`: no day to name.
            // (`a few weeks later` counts from a moment the story names,
            // not from today: only its length is given.)
            let Some(n) = count else {
                let reference = match after {
                    // (Its length is still a duration: `a few days`.)
                    "later" => return self.hit(span_start, unit_at + 1, "DURATION", unit.duration("X")),
                    _ if dir < 0 => "PAST_REF",
                    _ => "FUTURE_REF",
                };
                return self.hit(i, end, "DATE", reference.to_string());
            };
            let granularity = if matches!(unit, Unit::Second | Unit::Minute | Unit::Hour) { Unit::Day } else { unit };
            // `four years later`, `a month earlier` count from the last
            // date the story named (`won the state in 2008 but lost it
            // four years later`, `down in July, compared to a month
            // earlier`), which [`resolve_anaphora`] knows. (Of the 14 such
            // `earlier`s this changed on PolNeAR and CoNLL train, 10 came
            // right, 1 went wrong and 3 were wrong either way.)
            if matches!(after, "later" | "earlier") && granularity == unit {
                // (`in 2015 … a decade later` is 2025, a year: counted in
                // years, not the 2020s.)
                let (n, unit_word) = match unit {
                    Unit::Decade => (n * 10, "year"),
                    _ => (n, self.w(unit_at).trim_end_matches('s')),
                };
                let value = format!("{ANAPHOR}{} {unit_word}", dir * n);
                return self.hit(i, end, "DATE", value);
            }
            let date = shift(self.dct, unit, dir * n);
            return self.hit(i, end, "DATE", value(date, granularity));
        }
        if at == i + 1 && count.is_none() {
            return None;
        }
        // `a year` after an amount is part of a rate (`$5 a year`, `$3.2
        // million a day`, `50,000 CDs a year`, `5% a year`), not a length
        // of time; so is `an hour` in a wage, `$15 an hour`. (TimeML would
        // call it a set, but TBAQ's annotators left 8 of 11 such rates
        // out, and a rate is read with its amount.)
        if matches!(count_word, "a" | "an") && i > 0 && self.ends_an_amount(i - 1) {
            return None;
        }
        // `between a quarter and a third`: a fraction.
        let fraction = |k: usize| matches!(self.w(k), "third" | "half" | "fifth" | "tenth" | "thirds");
        if count_word == "a"
            && unit == Unit::Quarter
            && (i > 0 && self.w(i - 1) == "between"
                || matches!(self.w(unit_at + 1), "and" | "or" | "to")
                    && (fraction(unit_at + 2) || fraction(unit_at + 3)))
        {
            return None;
        }
        if range_after {
            return self.hit(span_start, unit_at + 3, "DURATION", unit.duration("X"));
        }
        if half > 0 || half_after || half_joined {
            // TimeML writes the half in the next unit down.
            let value = match unit {
                Unit::Year => format!("P{amount}Y6M"),
                Unit::Day => format!("P{amount}DT12H"),
                Unit::Hour => format!("PT{amount}H30M"),
                Unit::Minute => format!("PT{amount}M30S"),
                _ => unit.duration(&amount),
            };
            return self.hit(span_start, unit_at + 1 + if half_after { 3 } else { 0 }, "DURATION", value);
        }
        self.hit(span_start, unit_at + 1, "DURATION", unit.duration(&amount))
    }
}
