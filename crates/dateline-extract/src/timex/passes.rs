//! Passes over what the scan found, for what one expression alone cannot
//! say: a range of years, months or days written as one token, the quarter an earnings
//! report compares with, the day of a clock time named beside it.

use jiff::civil::Date;

use super::words::{is_year_before, month_number, ORDINALS};
use super::Scanner;
use crate::doc::{Document, Span, TimexDraft};

/// `on Wednesday at 10 p.m.`, `8 p.m. Eastern time on Thursday`: a clock
/// time with no day of its own is on the day named beside it, not the
/// article's.
pub(super) fn date_clock_times(doc: &Document<'_>, found: &mut [TimexDraft]) {
    let dct = doc.date.to_string();
    // (Not one whose own words name its day: `8:30 tonight`, `6 o'clock
    // this evening`.)
    let names_its_day = |t: &TimexDraft| {
        let words = doc.slice(t.span).to_lowercase();
        words.ends_with("tonight") || words.contains(" this ")
    };
    let is_clock =
        |t: &TimexDraft| t.kind == "TIME" && t.value.len() == 16 && t.value.starts_with(&dct) && !names_its_day(t);
    let is_day = |t: &TimexDraft| t.kind == "DATE" && t.value.len() == 10 && t.modifier.is_none();
    // Only a few words between, none that ends a clause.
    let near = |from: Span, to: Span| {
        let between = &doc.text[from.end..to.start];
        between.len() <= 20 && !between.contains(['.', ';', '"', '“', '”', '\n'])
    };
    for k in 0..found.len() {
        if !is_clock(&found[k]) {
            continue;
        }
        let before = k.checked_sub(1).filter(|&j| is_day(&found[j]) && near(found[j].span, found[k].span));
        // (Past the same time on another clock: `10:35 a.m. (0735 GMT)
        // Friday`.)
        let next = k
            + 1
            + usize::from(k + 2 < found.len() && is_clock(&found[k + 1]) && near(found[k].span, found[k + 1].span));
        let after =
            Some(next).filter(|&j| j < found.len() && is_day(&found[j]) && near(found[j - 1].span, found[j].span));
        if let Some(day) = before.or(after) {
            let time = found[k].value[10..].to_string();
            found[k].value = format!("{}{time}", found[day].value);
        }
    }
}

/// `2009-2013`, `1996-97`, `2015–16`, `1996/97`, `2008-9`: one token,
/// two years, each a date of its own as TimeML writes them.
pub(super) fn year_range(doc: &Document<'_>, i: usize) -> Option<[TimexDraft; 2]> {
    let word = doc.word(i);
    if !(6..=11).contains(&word.len()) || !word.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (first, second) = word.split_once(['-', '–', '/'])?;
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if first.len() != 4 || !matches!(second.len(), 1 | 2 | 4) || !digits(first) || !digits(second) {
        return None;
    }
    let from: i32 = first.parse().ok()?;
    let to: i32 = if second.len() == 4 {
        second.parse().ok()?
    } else {
        // The last one or two digits of a year after `from`.
        let scale = 10i32.pow(second.len() as u32);
        let to = from / scale * scale + second.parse::<i32>().ok()?;
        if to <= from {
            to + scale
        } else {
            to
        }
    };
    if !((1000..=2199).contains(&from) && from < to && to - from <= 100) {
        return None;
    }
    let start = doc.tokens[i].start;
    let second_start = doc.tokens[i].end - second.len();
    let year = |span: Span, year: i32| TimexDraft { span, kind: "DATE", value: format!("{year:04}"), modifier: None };
    Some([year(Span::new(start, start + 4), from), year(Span::new(second_start, doc.tokens[i].end), to)])
}

/// `January-June`, `the April-June quarter`, `March-May 1996`: one
/// token, two months, each a date of its own as TimeML writes them. The
/// second month takes the year it would take alone (or the year written
/// after it); the first the same, or the year before when it falls later
/// in the calendar (`November-February`). The token after, if a year was
/// read.
pub(super) fn month_range(scan: &Scanner<'_, '_>, i: usize) -> Option<([TimexDraft; 2], usize)> {
    let raw = scan.raw(i);
    if !raw.starts_with(char::is_uppercase) || !raw.contains('-') {
        return None;
    }
    let (first, second) = raw.split_once('-')?;
    // (`the October-to-December quarter`.)
    let second = second.strip_prefix("to-").or_else(|| second.strip_prefix("through-")).unwrap_or(second);
    let (from, to) = (month_number(first)?, month_number(second)?);
    let (year, next) = match scan.year_number(i + 1).filter(|_| scan.same_sentence(i, i + 1)) {
        Some(year) => (year, i + 2),
        None => {
            // `the January-June period of 2019`: the year named after the
            // noun the range qualifies.
            let of_year = (matches!(scan.w(i + 1), "period" | "quarter" | "half" | "months")
                && matches!(scan.w(i + 2), "of" | "in")
                && scan.same_sentence(i, i + 3))
            .then(|| scan.year_number(i + 3))
            .flatten();
            let alone = || scan.month_only(i, i + 1, to, second).and_then(|hit| hit.value[..4].parse().ok());
            (of_year.or_else(alone).unwrap_or_else(|| i32::from(scan.dct.year())), i + 1)
        }
    };
    let first_year = if from > to { year - 1 } else { year };
    let token = &scan.doc.tokens[i];
    let month = |span: Span, year: i32, month: i8| TimexDraft {
        span,
        kind: "DATE",
        value: format!("{year:04}-{month:02}"),
        modifier: None,
    };
    Some((
        [
            month(Span::new(token.start, token.start + first.len()), first_year, from),
            // (`May 1996` in `March-May 1996`: the year goes with it.)
            month(Span::new(token.end - second.len(), scan.doc.tokens[next - 1].end), year, to),
        ],
        next,
    ))
}

/// `May 13-22`, `Jan. 21-26, 2016`: a month and two of its days, the days
/// in one token; each day a date of its own, as TimeML writes them (and
/// as `May 13 to 22` is read). The token after, the year's if one was
/// written.
///
/// And `March 30-April 4`: the second day in a month of its own, the
/// month in the token (the tokenizer keeps `30-April` together). And
/// `16-17 March`, as British papers write it: the month after the days.
pub(super) fn day_range(scan: &Scanner<'_, '_>, i: usize) -> Option<([TimexDraft; 2], usize)> {
    let Some(month) = month_number(scan.raw(i)) else { return days_before_month(scan, i) };
    let days_at = i + 1;
    let (first, second) = scan.raw(days_at).split_once(['-', '–'])?;
    let from = day_of_month(first)?;
    // (`30-April 4`: the end's month, then its day, one token on.)
    let (end_month, to, end_at) = match month_number(second) {
        Some(end_month) if end_month != month => (end_month, day_of_month(scan.raw(days_at + 1))?, days_at + 1),
        Some(_) => return None,
        None if day_of_month(second)? > from => (month, day_of_month(second)?, days_at),
        None => return None,
    };
    if !scan.same_sentence(i, end_at) {
        return None;
    }
    let (year, next) = match (scan.raw(end_at + 1), scan.year_number(end_at + 2)) {
        (",", Some(year)) if scan.same_sentence(i, end_at + 2) => (year - i32::from(end_month < month), end_at + 3),
        _ => (scan.year_for(i, month, from), end_at + 1),
    };
    let tokens = &scan.doc.tokens;
    let end_year = year + i32::from(end_month < month);
    Some((
        [
            day_date(Span::new(tokens[i].start, tokens[days_at].start + first.len()), year, month, from)?,
            day_date(Span::new(tokens[days_at].end - second.len(), tokens[next - 1].end), end_year, end_month, to)?,
        ],
        next,
    ))
}

/// `16-17 March`, `16-17 March 2013`: the days in one token, the month
/// (and the year, if written) after them, which the second day's
/// expression takes in.
fn days_before_month(scan: &Scanner<'_, '_>, i: usize) -> Option<([TimexDraft; 2], usize)> {
    let (first, second) = scan.raw(i).split_once(['-', '–'])?;
    let (from, to) = (day_of_month(first)?, day_of_month(second)?);
    let month = month_number(scan.raw(i + 1)).filter(|_| to > from && scan.same_sentence(i, i + 1))?;
    let (year, next) = match scan.year_number(i + 2).filter(|_| scan.same_sentence(i, i + 2)) {
        Some(year) => (year, i + 3),
        None => (scan.year_for(i, month, from), i + 2),
    };
    let token = &scan.doc.tokens[i];
    Some((
        [
            day_date(Span::new(token.start, token.start + first.len()), year, month, from)?,
            day_date(Span::new(token.end - second.len(), scan.doc.tokens[next - 1].end), year, month, to)?,
        ],
        next,
    ))
}

/// `7`, `31`: a day of a month in one or two digits.
fn day_of_month(digits: &str) -> Option<i8> {
    (1..=2).contains(&digits.len()).then(|| digits.parse::<i8>().ok()).flatten().filter(|d| (1..=31).contains(d))
}

/// One day of a range, a date of its own.
fn day_date(span: Span, year: i32, month: i8, day: i8) -> Option<TimexDraft> {
    let value = Date::new(year as i16, month, day).ok()?.to_string();
    Some(TimexDraft { span, kind: "DATE", value, modifier: None })
}

/// `from June to September of 2018`, `moved from August to May in 2019`:
/// a month named alone takes the year of the month or the year named
/// right after it in the same phrase, not the one its tense would give it
/// alone. A range's start later in the calendar than its end (`from
/// November to February 2019`) is the year before; a change from one month
/// to another (`moved from August to May`) is not a range.
pub(super) fn share_range_years(doc: &Document<'_>, found: &mut [TimexDraft]) {
    let bare_month = |t: &TimexDraft| {
        t.kind == "DATE" && t.value.len() == 7 && t.modifier.is_none() && month_number(doc.slice(t.span)).is_some()
    };
    let changed_from = |t: &TimexDraft| {
        let before = doc.text[..t.span.start].trim_end().strip_suffix("from").unwrap_or("").trim_end();
        let verb = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        matches!(
            verb,
            "moved"
                | "move"
                | "moves"
                | "shifted"
                | "changed"
                | "postponed"
                | "delayed"
                | "pushed"
                | "rescheduled"
                | "switched"
                | "brought"
        )
    };
    for k in (0..found.len().saturating_sub(1)).rev() {
        if !bare_month(&found[k]) {
            continue;
        }
        let next = &found[k + 1];
        let between = doc.text[found[k].span.end..next.span.start].trim();
        let year = match (next.value.len(), between) {
            (4, "in" | "of") => next.value.parse::<i32>().ok(),
            (7, "to" | "and" | "through" | "until" | "or" | "-" | "–") if next.value.as_bytes()[4] == b'-' => {
                let (year, month) = (next.value[..4].parse::<i32>().ok(), next.value[5..].parse::<i32>().ok());
                let own_month = found[k].value[5..].parse::<i32>().ok();
                let wraps = |own: i32, month: i32| own > month && !changed_from(&found[k]);
                year.zip(month).zip(own_month).map(|((year, month), own)| year - i32::from(wraps(own, month)))
            }
            _ => None,
        };
        if let Some(year) = year.filter(|y| (1000..=2199).contains(y)) {
            found[k].value = format!("{year:04}{}", &found[k].value[4..]);
        }
    }
}

/// `from July 27 to August 12`, `Feb. 1 to March 1, 2012`: a range of
/// days shares one reading of the year. The end is the first such day on
/// or after the start, which takes the end's year if it names one; else
/// the start's verb dates both (`to` before the end reads as a deadline
/// and would move it on its own).
pub(super) fn share_range_day_years(doc: &Document<'_>, found: &mut [TimexDraft]) {
    let day = |t: &TimexDraft| t.kind == "DATE" && t.value.len() == 10 && t.modifier.is_none();
    let names_year = |t: &TimexDraft| doc.slice(t.span).split(|c: char| !c.is_ascii_digit()).any(|n| n.len() == 4);
    for k in 1..found.len() {
        let (start, end) = (&found[k - 1], &found[k]);
        let between = doc.text[start.span.end..end.span.start].trim();
        if !day(start) || !day(end) || names_year(start) || !matches!(between, "to" | "through" | "until" | "-" | "–")
        {
            continue;
        }
        let (Ok(first), Ok(last)) = (start.value.parse::<Date>(), end.value.parse::<Date>()) else { continue };
        let wraps = i16::from((last.month(), last.day()) < (first.month(), first.day()));
        let (at, date) = if names_year(end) {
            (k - 1, Date::new(last.year() - wraps, first.month(), first.day()))
        } else {
            (k, Date::new(first.year() + wraps, last.month(), last.day()))
        };
        if let Ok(date) = date {
            found[at].value = date.to_string();
        }
    }
}

/// An earnings report compares a quarter with the same quarter a year
/// before: after `the third quarter` (1989-Q3), `a year ago`, `a year
/// earlier`, `the year-ago period` and `the quarter a year ago` mean 1988-Q3, `the latest period`
/// 1989-Q3, and `the 1988 quarter` 1988-Q3. TimeML annotates them so; a
/// reader of the report means them so.
pub(super) fn anchor_to_reported_quarter(doc: &Document<'_>, found: &mut [TimexDraft]) {
    let mut reported: Option<(i32, u8)> = None;
    for timex in found.iter_mut().filter(|t| t.kind != "DURATION") {
        let value = &timex.value;
        if value.len() == 7 && &value[4..6] == "-Q" {
            reported = value[..4].parse().ok().zip(value[6..].parse().ok());
            continue;
        }
        let Some((year, quarter)) = reported else { continue };
        let text = doc.slice(timex.span).to_lowercase();
        let year_before = matches!(text.as_str(), "a year ago" | "a year earlier")
            || is_year_before(&text)
            || text.starts_with("the ") && text.split(' ').any(is_year_before)
            || text.starts_with("last year") && (text.ends_with(" quarter") || text.ends_with(" period"))
            || text.starts_with("the ")
                && [" a year ago", " a year earlier", " last year"].iter().any(|e| text.ends_with(e));
        let of_year = if year_before {
            Some(year - 1)
        } else if text.starts_with("the latest ") {
            Some(year)
        } else {
            text.strip_prefix("the ")
                .and_then(|rest| rest.strip_suffix(" period").or_else(|| rest.strip_suffix(" quarter")))
                .and_then(|y| y.parse().ok())
        };
        if let Some(of_year) = of_year {
            timex.value = format!("{of_year:04}-Q{quarter}");
            timex.kind = "DATE";
        }
    }
}

/// `the second and third quarters (of 2012)`, `the first and second
/// halves`: the first ordinal is a period of its own, of the same year as
/// the one whose noun it shares (the scan found only that one).
pub(super) fn coordinated_periods(doc: &Document<'_>, found: &mut Vec<TimexDraft>) {
    let mut k = 0;
    while k < found.len() {
        if let Some(first) = ordinal_sharing_the_noun(doc, &found[k]) {
            found.insert(k, first);
            k += 1;
        }
        k += 1;
    }
}

/// The period of the ordinal and `and` or `or` just before a quarter or a
/// half (`second` before `and third quarters`), if they stand there.
fn ordinal_sharing_the_noun(doc: &Document<'_>, period: &TimexDraft) -> Option<TimexDraft> {
    let value = &period.value;
    if !(value.len() == 7 && matches!(&value[4..6], "-Q" | "-H")) {
        return None;
    }
    let start = doc.token_at(period.span.start);
    let ordinal_at = start.checked_sub(2).filter(|_| matches!(doc.lower(start - 1), "and" | "or"))?;
    let n = ORDINALS.iter().position(|o| *o == doc.lower(ordinal_at))?;
    Some(TimexDraft {
        span: doc.token_span(ordinal_at, ordinal_at),
        kind: "DATE",
        value: format!("{}{}", &value[..6], n + 1),
        modifier: None,
    })
}
