//! Time expressions (TimeML TIMEX3): found by a token scanner and resolved
//! against the article date.
//!
//! At each token the scanner reads an optional modifier (`about`, `early`,
//! `more than`, `earlier this` …) and then tries the core patterns: calendar
//! dates, weekdays, words that point at the article date (`today`, `now`),
//! units counted from it (`last week`, `two years ago`), quarters, seasons,
//! durations, sets and clock times. The longest match wins. Weekdays and
//! dates without a year are resolved by the tense of the clause they stand
//! in: `on Friday` told of the future is the coming Friday, otherwise the
//! last (`tense.rs`).

mod anaphora;
mod calendar;
mod dates;
mod passes;
mod periods;
mod relative;
mod tense;
mod words;
mod years;

pub(crate) use words::{is_past_form, names_day_or_month};

use jiff::civil::Date;

use crate::doc::{Document, TimexDraft};
use crate::tokenize::{is_quotation_mark, TokenKind};
use crate::Stage;
use anaphora::resolve_anaphora;
use calendar::{shift, value, weekday_near, Unit};
use passes::{
    anchor_to_reported_quarter, coordinated_periods, date_clock_times, day_range, month_range, share_range_day_years,
    share_range_years, year_range,
};
use words::{
    is_time_zone, month_number, number_word, part_of_day, triggers, vague_count, weekday, DECADES, ORDINALS,
    PUBLICATION_HEADS, SEASONS,
};
use years::{opens_holiday, DECADE_APOSTROPHES};

pub struct TimexTagger;

impl Stage for TimexTagger {
    fn name(&self) -> &'static str {
        "timex"
    }

    fn run(&self, doc: &mut Document<'_>) {
        let scan = Scanner::new(doc);
        let mut found = Vec::new();
        let mut i = 0;
        while i < doc.tokens.len() {
            if let Some(years) = year_range(doc, i) {
                found.extend(years);
                i += 1;
                continue;
            }
            if let Some((ranged, next)) = month_range(&scan, i).or_else(|| day_range(&scan, i)) {
                found.extend(ranged);
                i = next;
                continue;
            }
            match scan.whole(i) {
                Some(hit) => {
                    let second = scan.second_day(&hit);
                    i = second.as_ref().map_or(hit.end, |day| day.end);
                    for hit in std::iter::once(hit).chain(second) {
                        found.push(TimexDraft {
                            span: doc.token_span(hit.start, hit.end - 1),
                            kind: hit.kind,
                            value: hit.value,
                            modifier: hit.modifier,
                        });
                    }
                }
                None => i += 1,
            }
        }
        coordinated_periods(doc, &mut found);
        anchor_to_reported_quarter(doc, &mut found);
        share_range_years(doc, &mut found);
        share_range_day_years(doc, &mut found);
        date_clock_times(doc, &mut found);
        resolve_anaphora(doc.date, &mut found);
        doc.timexes = found;
    }
}

struct Hit {
    start: usize,
    /// One past the last token.
    end: usize,
    kind: &'static str,
    value: String,
    modifier: Option<&'static str>,
}

struct Scanner<'d, 't> {
    doc: &'d Document<'t>,
    dct: Date,
}

impl<'d, 't> Scanner<'d, 't> {
    fn new(doc: &'d Document<'t>) -> Scanner<'d, 't> {
        Scanner { doc, dct: doc.date }
    }

    #[inline]
    fn w(&self, i: usize) -> &str {
        if i < self.doc.tokens.len() {
            self.doc.lower(i)
        } else {
            ""
        }
    }

    #[inline]
    fn raw(&self, i: usize) -> &str {
        if i < self.doc.tokens.len() {
            self.doc.word(i)
        } else {
            ""
        }
    }

    /// True when tokens `i` and `j` are in one sentence.
    fn same_sentence(&self, i: usize, j: usize) -> bool {
        j < self.doc.tokens.len() && self.doc.tokens[i].sentence == self.doc.tokens[j].sentence
    }

    /// Does any word (lower-cased) of the sentence of token `i` pass `says`?
    fn sentence_says(&self, i: usize, says: impl Fn(&str) -> bool) -> bool {
        let sentence = &self.doc.sentences[self.doc.tokens[i].sentence];
        sentence.clone().any(|j| says(self.w(j)))
    }

    fn hit(&self, start: usize, end: usize, kind: &'static str, value: String) -> Option<Hit> {
        Some(Hit { start, end, kind, value, modifier: None })
    }

    /// Could a time expression start at token `i`? Most tokens cannot, and
    /// saying so from one lookup keeps the scanner off the hot path.
    fn may_start(&self, i: usize) -> bool {
        let w = self.w(i);
        if matches!(w, "the" | "a" | "an") {
            return self.may_follow_article(self.w(i + 1));
        }
        if w.starts_with(|c: char| c.is_ascii_digit()) || triggers().contains(w) {
            return true;
        }
        // `FY2013`.
        if years::fiscal_year_code(w).is_some() {
            return true;
        }
        // `'90s`, one token or two.
        let after_apostrophe = w.trim_start_matches(DECADE_APOSTROPHES);
        let decade = if after_apostrophe.is_empty() { self.w(i + 1) } else { after_apostrophe };
        if after_apostrophe.len() < w.len() && decade.starts_with(|c: char| c.is_ascii_digit()) {
            return true;
        }
        // The rarer openings, each behind a cheap test first: this runs on
        // every word.
        // `two-year`, `first-quarter`, `several-year`, `Tuesday-night`.
        let opens_compound = |first: &str| {
            number_word(first).is_some() || ORDINALS.contains(&first) || vague_count(first) || weekday(first).is_some()
        };
        // `mid-October`, `late-1990s`.
        w.contains('-')
            && (["mid-", "early-", "late-", "end-", "post-", "pre-"].iter().any(|p| w.starts_with(p))
                || w.ends_with("-long")
                || w.ends_with("-old")
                || w.split_once('-').is_some_and(|(first, _)| opens_compound(first)))
            // `year end`, `year's end` (`year` alone opens nothing).
            || w == "year" && matches!(self.w(i + 1), "end" | "'s" | "’s")
            // Common words that open an expression only before one word:
            // `that year`, `that same day`, `that night`, `at that time`, `these days`, `right now`,
            // `half an hour`, `as soon as possible`, `at present`.
            || match w {
                "that" => {
                    matches!(self.w(i + 1), "same" | "day" | "week" | "month" | "quarter" | "year" | "time")
                        || SEASONS.iter().any(|(name, _, _)| *name == self.w(i + 1))
                        || part_of_day(self.w(i + 1)).is_some()
                }
                "these" => self.w(i + 1) == "days",
                "present" => i > 0 && self.w(i - 1) == "at",
                "right" => self.w(i + 1) == "now",
                "half" => matches!(self.w(i + 1), "a" | "an" | "past"),
                "quarter" => matches!(self.w(i + 1), "past" | "to"),
                "no" => self.w(i + 1) == "more",
                "over" => matches!(self.w(i + 1), "a" | "an"),
                "as" => self.w(i + 1) == "soon",
                _ => false,
            }
            // `eleventh century`.
            || (w.ends_with("th") || w.ends_with("st")) && self.w(i + 1) == "century"
            // `Christmas`, `Good Friday` (capitalised: `new` and `good` are
            // words first).
            || self.raw(i).starts_with(|c: char| c.is_ascii_uppercase()) && opens_holiday(w)
    }

    /// Could an expression that opens with `the`, `a` or `an` go on with
    /// `next`? The articles are a tenth of all words and open an
    /// expression seldom; asking the word after them first spares the
    /// scanner all its patterns for nearly every one.
    fn may_follow_article(&self, next: &str) -> bool {
        next.starts_with(|c: char| c.is_ascii_digit() || DECADE_APOSTROPHES.contains(&c))
            || next.contains('-')
            || next.ends_with("th")
            || next.ends_with("st")
            || triggers().contains(next)
            || Unit::parse(next).is_some()
            || DECADES.contains(&next)
            || part_of_day(next).is_some()
            || matches!(
                next,
                "following"
                    | "final"
                    | "preceding"
                    | "turn"
                    | "other"
                    | "same"
                    | "corresponding"
                    | "comparable"
                    | "end"
                    | "beginning"
                    | "start"
                    | "middle"
                    | "near"
                    | "short"
                    | "distant"
                    | "immediate"
                    | "very"
                    | "foreseeable"
                    | "latest"
                    | "full"
                    | "additional"
                    | "extra"
                    | "latter"
                    | "while"
                    | "half"
            )
    }

    /// The word of a deadline just before token `i` (`until Friday`,
    /// `until at least mid-November`, `through January`, `by February`);
    /// none after `up until` or `not until`, which look back.
    fn deadline_before(&self, i: usize) -> Option<&str> {
        let mut j = i;
        if j >= 2 && (self.w(j - 2), self.w(j - 1)) == ("at", "least") {
            j -= 2;
        }
        let word = self.w(j.checked_sub(1)?);
        let looks_back = j > 1 && matches!(self.w(j - 2), "up" | "not");
        (matches!(word, "until" | "till" | "through" | "by") && !looks_back).then_some(word)
    }

    /// Where a clock time just before token `i` starts (`9 a.m. EST
    /// Tuesday`, `noon Saturday`), or `i` when there is none.
    fn clock_before(&self, i: usize) -> usize {
        let mut j = i;
        while j > 0 && is_time_zone(self.w(j - 1)) {
            j -= 1;
        }
        // (The clock time ends before the zone or, having taken it in, at `i`.)
        (j.saturating_sub(2)..j).find(|&k| self.clock(k).is_some_and(|clock| (j..=i).contains(&clock.end))).unwrap_or(i)
    }

    /// `the Sunday Times`, `the Daily Post`, `The Weekly Standard`: a
    /// capitalised time word before a publication's head word is part of
    /// its name.
    fn names_publication(&self, i: usize) -> bool {
        let raw = self.raw(i);
        if !raw.starts_with(char::is_uppercase) {
            return self.is_newspaper_noun(i);
        }
        let next_in_sentence = self.same_sentence(i, i + 1);
        // `USA Today`; `the Daily Gawker`, `Weekly Shonen Jump`, `the
        // People's Daily newspaper`: a capitalised `Daily` before another
        // capitalised word, or inside a sentence, is a name.
        let sentence_start = self.doc.sentences[self.doc.tokens[i].sentence].start;
        (self.w(i) == "today" && i > 0 && self.raw(i - 1) == "USA")
            || matches!(self.w(i), "daily" | "weekly" | "monthly")
                && (i > sentence_start || next_in_sentence && self.raw(i + 1).starts_with(char::is_uppercase))
            || next_in_sentence && PUBLICATION_HEADS.contains(&self.raw(i + 1))
    }

    /// `the Communist Party daily Granma`, `the daily Sueddeutsche
    /// Zeitung`, `Zycie Warszawy daily said`: `daily` or `weekly` in lower
    /// case as the noun for a newspaper, before its name or after it and
    /// before what it reported (not `attends daily Mass`, `rallies held
    /// daily`).
    fn is_newspaper_noun(&self, i: usize) -> bool {
        if !matches!(self.raw(i), "daily" | "weekly") || i == 0 || !self.same_sentence(i - 1, i + 1) {
            return false;
        }
        let capitalised = |k: usize| self.raw(k).starts_with(char::is_uppercase);
        // (Before a name, only `daily`, and not when the name is a
        // pollster's or a party's before the thing done each day: `the
        // daily Gallup tracking poll`, `the weekly GOP Power Rankings`.)
        let name_end = (i + 1..i + 5).find(|&k| !capitalised(k) || !self.same_sentence(i, k)).unwrap_or(i + 5);
        let thing_done_daily =
            matches!(self.w(name_end), "poll" | "polls" | "tracking" | "survey" | "briefing" | "index");
        let before_name = self.raw(i) == "daily"
            && capitalised(i + 1)
            && !thing_done_daily
            && (matches!(self.raw(i - 1), "the" | ",") || capitalised(i - 1));
        let after_name = capitalised(i - 1)
            && matches!(self.w(i + 1), "said" | "says" | "reported" | "reports" | "quoted" | "wrote" | "published");
        before_name || after_name
    }

    /// A time expression starting at token `i`, modifier included.
    fn at(&self, i: usize) -> Option<Hit> {
        if !self.may_start(i) || self.names_publication(i) {
            return None;
        }
        let w = self.w(i);
        let (modifier, skip): (Option<&'static str>, usize) = match (w, self.w(i + 1)) {
            ("about" | "around" | "approximately" | "roughly" | "some" | "almost" | "nearly", _) => (Some("APPROX"), 1),
            ("more", "than") => (Some("MORE_THAN"), 2),
            ("no", "more") if self.w(i + 2) == "than" => (Some("EQUAL_OR_LESS"), 3),
            // (`last over a week`; not `used over three years`, `over the
            // past 20 years`, where `over` means across.)
            ("over", "a" | "an") => (Some("MORE_THAN"), 1),
            ("less" | "fewer", "than") => (Some("LESS_THAN"), 2),
            ("under", _) => (Some("LESS_THAN"), 1),
            ("at", "least") => (Some("EQUAL_OR_MORE"), 2),
            ("up", "to") | ("at", "most") => (Some("EQUAL_OR_LESS"), 2),
            // `earlier in the year`, `late in the month`: its part of the
            // year or month (not `later in the day`, which TimeML writes
            // as `the day` alone, when at all).
            ("earlier" | "later" | "early" | "late", "in")
                if self.w(i + 2) == "the" && matches!(self.w(i + 3), "year" | "month" | "week") =>
            {
                (Some(if matches!(w, "earlier" | "early") { "START" } else { "END" }), 2)
            }
            ("early" | "earlier", _) => (Some("START"), 1),
            ("late" | "later", _) => (Some("END"), 1),
            ("mid", _) => (Some("MID"), if self.raw(i + 1) == "-" { 2 } else { 1 }),
            // `the last week of May`, `the first days of 2012`: that end of the month or year.
            ("the", edge @ ("first" | "last" | "final"))
                if self.w(i + 3) == "of" && matches!(self.w(i + 2), "week" | "weeks" | "days") =>
            {
                (Some(if edge == "first" { "START" } else { "END" }), 4)
            }
            // `the second half of July`, `the first half of the 20th
            // century`, `the latter half of the decade`: that end of it (a
            // year's halves are periods of their own, `2015-H1`).
            ("the", half @ ("first" | "second" | "latter"))
                if self.w(i + 2) == "half" && self.w(i + 3) == "of" && self.halves_by_its_ends(i + 4) =>
            {
                (Some(if half == "first" { "START" } else { "END" }), 4)
            }
            ("the", "end" | "beginning" | "start" | "middle") if self.w(i + 2) == "of" => (
                Some(if self.w(i + 1) == "end" {
                    "END"
                } else if self.w(i + 1) == "middle" {
                    "MID"
                } else {
                    "START"
                }),
                3,
            ),
            _ => (None, 0),
        };
        if let Some(modifier) = modifier {
            if self.same_sentence(i, i + skip) {
                if let Some(mut hit) = self.core(i + skip) {
                    // `nearly two years ago` is a date counted from now:
                    // approximate like the count.
                    let counted_from_now = matches!(self.w(hit.end - 1), "ago" | "earlier" | "later");
                    let fits = match modifier {
                        "START" | "END" | "MID" => hit.kind != "DURATION",
                        // `around 7:15 p.m.`, `around Nov. 1`: a moment
                        // named only roughly.
                        // (Not `get around Wednesday's ruling`.)
                        "APPROX" => {
                            hit.kind == "DURATION"
                                || counted_from_now
                                || w == "around" && hit.value.len() >= 7 && !matches!(self.w(hit.end), "'s" | "’s")
                        }
                        _ => hit.kind == "DURATION" || counted_from_now,
                    };
                    if fits {
                        // (`around 2:15 a.m. Saturday`: the day joined too.)
                        hit = self.joined(hit);
                        hit.start = i;
                        hit.modifier = Some(modifier);
                        return Some(hit);
                    }
                }
            }
        }
        // `mid-afternoon`, `mid afternoon`: a part of the article's day.
        let part = match w.strip_prefix("mid-") {
            Some(part) => Some((part, i + 1)),
            None if w == "mid" && self.same_sentence(i, i + 1) => Some((self.w(i + 1), i + 2)),
            None => None,
        };
        let code = part.and_then(|(part, end)| {
            let code = part_of_day(part).filter(|_| matches!(part, "morning" | "afternoon"))?;
            Some((code, end))
        });
        if let Some((code, end)) = code {
            return Some(Hit { start: i, end, kind: "TIME", value: format!("{}T{code}", self.dct), modifier: None });
        }
        // `post-1959`, `pre-1990`: the year, after or before it.
        let side = match w.strip_prefix("post-") {
            Some(year) => Some((year, "AFTER")),
            None => w.strip_prefix("pre-").map(|year| (year, "BEFORE")),
        };
        if let Some((year, side)) = side.filter(|(year, _)| year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()))
        {
            return Some(Hit { start: i, end: i + 1, kind: "DATE", value: year.to_string(), modifier: Some(side) });
        }
        // `mid-October`, `late-November`, `end-October`, `mid-1996`,
        // `early-1990s`, `late-summer` as one token.
        // (And `midweek`, `midyear`, `midsummer` without a hyphen.)
        let joined_modifier = [("mid-", "MID"), ("early-", "START"), ("late-", "END"), ("end-", "END"), ("mid", "MID")]
            .into_iter()
            .find(|(prefix, _)| w.starts_with(prefix));
        if let Some((prefix, modifier)) = joined_modifier {
            let rest = &self.raw(i)[prefix.len()..];
            // (`mid-May last year`: the year named after it.)
            let named_year = month_number(rest).and_then(|_| self.year_named_after(i, i + 1));
            let value = if let Some(month) = month_number(rest) {
                match named_year {
                    Some(year) => Some(format!("{year:04}-{month:02}")),
                    None => self.month_only(i, i + 1, month, rest).map(|hit| hit.value),
                }
            } else if rest.len() == 4 && rest.bytes().all(|b| b.is_ascii_digit()) {
                Some(rest.to_string())
            } else if let Some(&(_, code, start_month)) =
                SEASONS.iter().find(|(name, _, _)| *name == &w[prefix.len()..])
            {
                // `a late-summer swoon`: the season as it would be alone.
                let year = self.year_of_unnamed_season(Some(self.is_future(i)), code, start_month);
                Some(format!("{year:04}-{code}"))
            } else if let Some(unit @ (Unit::Week | Unit::Month | Unit::Year | Unit::Decade | Unit::Century)) =
                Unit::parse(rest).filter(|_| !rest.ends_with('s') && self.w(i + 1) != "modern")
            {
                // `by mid-decade`, `mid-century`, `end-year`, `mid-week`:
                // the one the article's date is in (not `mid-century
                // modern`, a style).
                Some(value(self.dct, unit))
            } else {
                let decade =
                    rest.strip_suffix('s').filter(|d| d.ends_with('0') && d.bytes().all(|b| b.is_ascii_digit()));
                match decade {
                    Some(d) if d.len() == 4 => Some(d[..3].to_string()),
                    // `the mid-90s` (not `in the mid-90s` of a weather
                    // report or a poll: degrees, points).
                    Some(d) if d.len() == 2 && i > 0 && self.w(i - 1) == "the" && !self.speaks_of_a_scale(i) => {
                        d.parse().ok().map(|tens| self.latest_decade(tens))
                    }
                    _ => None,
                }
            };
            if let Some(value) = value {
                let end = if named_year.is_some() { i + 3 } else { i + 1 };
                return Some(Hit { start: i, end, kind: "DATE", value, modifier: Some(modifier) });
            }
        }
        // `the end of the year`, `the beginning of the month`, `the end of
        // the decade`: the unit the article's date is in.
        if let (Some(modifier), "the") = (modifier, self.w(i + skip)) {
            let unit_word = self.w(i + skip + 1);
            if let Some(unit @ (Unit::Year | Unit::Month | Unit::Week | Unit::Decade | Unit::Century)) =
                Unit::parse(unit_word)
            {
                if !unit_word.ends_with('s') && self.same_sentence(i, i + skip + 1) {
                    let value = value(self.dct, unit);
                    return Some(Hit { start: i, end: i + skip + 2, kind: "DATE", value, modifier: Some(modifier) });
                }
            }
        }
        self.core(i).map(|hit| self.joined(hit))
    }

    /// Is the period at `i` one whose halves TimeML writes as its start and
    /// end: a month, a decade or a century?
    fn halves_by_its_ends(&self, i: usize) -> bool {
        let at = i + usize::from(self.w(i) == "the");
        let word = self.w(at);
        month_number(self.raw(i)).is_some()
            || matches!(word, "decade" | "century")
            || self.w(at + 1) == "century"
            || word.ends_with("0s") && word.trim_start_matches(DECADE_APOSTROPHES).len() >= 3
    }

    /// [`Scanner::at`], with what TimeML puts around an expression: `the`
    /// before `the late 1970s`, `or so` after `a week or so`.
    fn whole(&self, i: usize) -> Option<Hit> {
        let mut hit = if self.w(i) == "the"
            && (matches!(self.w(i + 1), "early" | "late" | "mid")
                || ["mid-", "early-", "late-"].iter().any(|p| self.w(i + 1).starts_with(p)))
        {
            // (`the late 1970s`, `the early summer`: a decade, a year or a
            // season with its modifier.)
            let fits = |hit: &Hit| {
                hit.value.len() <= 4
                    || hit.value.len() == 7 && SEASONS.iter().any(|(_, code, _)| hit.value[5..] == **code)
            };
            match self.at(i + 1).filter(|hit| hit.modifier.is_some() && fits(hit)) {
                Some(mut hit) => {
                    hit.start = i;
                    hit
                }
                None => self.at(i)?,
            }
        } else {
            self.at(i)?
        };
        // `mid-afternoon yesterday`: a part of the day on the day after it.
        let day_after = match self.w(hit.end) {
            "yesterday" => Some(-1),
            "today" => Some(0),
            "tomorrow" => Some(1),
            _ => None,
        };
        let part_of_today = hit.kind == "TIME" && hit.value.len() == 13 && hit.value.starts_with(&self.dct.to_string());
        if let Some(days) = day_after.filter(|_| part_of_today && self.same_sentence(hit.start, hit.end)) {
            let day = shift(self.dct, Unit::Day, days);
            hit.value = format!("{day}{}", &hit.value[10..]);
            hit.end += 1;
        }
        // `a week or so`, `1994 or later`, `1990 and beyond`.
        let open_end = match (self.w(hit.end), self.w(hit.end + 1)) {
            ("or", "so") => Some(hit.modifier),
            ("or", "later") | ("and", "beyond") => Some(Some("ON_OR_AFTER")),
            ("or", "earlier") => Some(Some("ON_OR_BEFORE")),
            _ => None,
        };
        if let Some(modifier) = open_end.filter(|_| self.same_sentence(hit.start, hit.end + 1)) {
            hit.end += 2;
            hit.modifier = modifier;
        }
        // `sometime next year`.
        if hit.start > 0 && self.w(hit.start - 1) == "sometime" && hit.kind == "DATE" {
            hit.start -= 1;
        }
        // `37 years old` is an age: the record has it as one, and TimeML
        // leaves it out (as it does `a 41-year-old man`).
        if self.w(hit.end) == "old" && self.w(hit.end - 1).starts_with("year") && hit.kind == "DURATION" {
            return None;
        }
        (!self.names_title(hit.end - 1)).then_some(hit)
    }

    /// `ABC's "This Week"`, `CBS's "60 Minutes"`, `VOA Today`: a word of
    /// time capitalised inside a sentence written in lower case is part
    /// of a title. (Not in a headline in title case, `Bush To Visit Next
    /// Week`, nor a holiday's `Day`.)
    fn names_title(&self, i: usize) -> bool {
        let raw = self.raw(i);
        let sentence = self.doc.sentences[self.doc.tokens[i].sentence].clone();
        // (The first word after an opening quotation mark, or a colon, is
        // capitalised anyway.)
        let opens = (sentence.start..i).all(|k| self.doc.tokens[k].kind == TokenKind::Punct)
            || i > 0 && (is_quotation_mark(self.raw(i - 1)) || self.raw(i - 1) == ":");
        if opens
            || !raw.starts_with(char::is_uppercase)
            || !matches!(
                self.w(i),
                "today" | "tonight" | "week" | "weekend" | "month" | "year" | "minutes" | "hours" | "days" | "now"
            )
        {
            return false;
        }
        sentence
            .filter(|&k| k != i)
            .any(|k| self.raw(k).len() > 3 && self.raw(k).starts_with(|c: char| c.is_ascii_lowercase()))
    }

    /// `April 24 and 25`, `June 3 to 5`: the second day of a pair, in the
    /// first one's month. The first must end on its day's number: a
    /// weekday has none to pair with (`sentenced on Friday to 30 years`).
    fn second_day(&self, hit: &Hit) -> Option<Hit> {
        let whole_day = hit.kind == "DATE" && hit.value.len() == 10 && hit.modifier.is_none();
        let ends_on_a_number = self.doc.tokens[hit.end - 1].kind == TokenKind::Number;
        let (joiner, day) = (hit.end, hit.end + 1);
        if !whole_day
            || !ends_on_a_number
            || !matches!(self.w(joiner), "and" | "or" | "to" | "-" | "through")
            || !self.same_sentence(hit.start, day)
        {
            return None;
        }
        let n: u8 = self.w(day).parse().ok().filter(|n| (1..=31).contains(n))?;
        // (`April 24 and 25 percent`, `May 3 to 5 p.m.`, `June 1 and 2,000`.)
        let after = self.w(day + 1);
        if self.doc.tokens[day].kind != TokenKind::Number
            || matches!(after, "%" | "percent" | "p.m." | "a.m." | "pm" | "am" | "points" | "people")
            || Unit::parse(after).is_some()
            || month_number(self.raw(day + 1)).is_some()
        {
            return None;
        }
        let value = format!("{}-{n:02}", &hit.value[..7]);
        Some(Hit { start: day, end: day + 1, kind: "DATE", value, modifier: None })
    }

    /// A clock time or a weekday joined with the day that follows it:
    /// `10 p.m. Wednesday`, `noon EST Thursday`, `Saturday, April 25`. One
    /// expression in TimeML, and the day makes the time's value whole.
    fn joined(&self, hit: Hit) -> Hit {
        // `2020-10-14T22:00`: a day and a clock time (not `…TNI`).
        let clock = hit.value.get(10..).filter(|t| t.len() == 6 && t.as_bytes()[3] == b':');
        let is_weekday = hit.end == hit.start + 1 && weekday(self.w(hit.start)).is_some();
        if clock.is_none() && !is_weekday {
            return hit;
        }
        let mut next = hit.end;
        while (is_time_zone(self.w(next)) || matches!(self.w(next), "local" | "time" | ",")) && next < hit.end + 3 {
            next += 1;
        }
        if !self.same_sentence(hit.start, next) {
            return hit;
        }
        // A whole calendar day, `YYYY-MM-DD`.
        let Some(day) = self.core(next).filter(|d| d.kind == "DATE" && d.value.len() == 10) else { return hit };
        let value = match clock {
            Some(time) => format!("{}{time}", day.value),
            None => day.value,
        };
        Hit { start: hit.start, end: day.end, kind: hit.kind, value, modifier: hit.modifier }
    }

    /// The longest expression any core pattern finds at token `i`.
    fn core(&self, i: usize) -> Option<Hit> {
        let w = self.w(i);
        let raw = self.raw(i);
        if w.is_empty() || self.doc.tokens[i].kind == TokenKind::Punct && !matches!(w, "'" | "’" | "‘") {
            return None;
        }
        let weekday = || {
            // (`his Tuesday-night victories`: the part of the day joined.)
            let (day, part) = match w.split_once('-') {
                Some((day, part)) => (day, Some(part_of_day(part)?)),
                None => (w, None),
            };
            let named = weekday(day)?;
            // `Super Tuesday` is the day of many primaries, a holiday of
            // its own ([`Scanner::holiday`]), not this week's Tuesday.
            if i > 0 && self.raw(i - 1) == "Super" {
                return None;
            }
            // `Saturday Night Live`, `Monday Night Football`: a show's name.
            let capitalised = |k: usize| self.same_sentence(i, k) && self.raw(k).starts_with(char::is_uppercase);
            if part.is_none() && capitalised(i + 1) && part_of_day(self.w(i + 1)).is_some() && capitalised(i + 2) {
                let next = self.w(i + 2);
                if !matches!(next, "in" | "at" | "on" | "and" | "for" | "with" | "to" | "of" | "the" | "as" | "after") {
                    return None;
                }
            }
            // `closed until at least Friday`: a deadline lies ahead
            // whatever the verb's tense.
            // (`Until Thursday, they had not called him a suspect` looks
            // back.)
            // (`until 9 a.m. EST Tuesday`: the clock time before the day
            // is part of it.)
            let from = self.clock_before(i);
            let deadline =
                matches!(self.deadline_before(from), Some("until" | "till")) && self.tense_after(from) != Some(false);
            let future = deadline || self.is_future(from);
            let date = weekday_near(self.dct, named, future);
            if let Some(code) = part {
                return self.hit(i, i + 1, "TIME", format!("{date}T{code}"));
            }
            Some(self.with_part_of_day(i, i + 1, date))
        };
        let candidates = [
            self.numeric_date(i, raw),
            month_number(raw).and_then(|month| self.month_date(i, month)),
            self.day_month(i),
            self.day_before_day_month(i),
            self.week_of(i),
            weekday(),
            self.deictic(i),
            self.counted_day(i),
            // (Before `relative`, which would count `the next day` from
            // today: of two as long, the first wins.)
            self.following(i),
            self.day_beside(i),
            self.relative(i),
            self.counted(i),
            self.quarter(i),
            self.set(i),
            self.clock(i),
            self.year(i),
            self.report_period(i),
            self.holiday(i),
            self.year_end(i),
            self.turn_of_century(i),
            self.season(i),
        ];
        let mut best: Option<Hit> = None;
        for hit in candidates.into_iter().flatten() {
            if best.as_ref().is_none_or(|b| hit.end > b.end) {
                best = Some(hit);
            }
        }
        best
    }
}

#[cfg(test)]
mod tests;
