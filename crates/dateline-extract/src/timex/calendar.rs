//! Calendar arithmetic for TIMEX3 values: shifting the article date by whole
//! units and writing the value at the unit's granularity.

use jiff::civil::{Date, Weekday};
use jiff::Span as Duration;

/// The granularity of a time unit, as TIMEX3 writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Weekend,
    Week,
    /// Two weeks, as British news counts them.
    Fortnight,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

impl Unit {
    pub fn parse(word: &str) -> Option<Unit> {
        let singular = word.strip_suffix('s').unwrap_or(word);
        Some(match singular {
            "second" => Unit::Second,
            "minute" => Unit::Minute,
            "hour" => Unit::Hour,
            "day" => Unit::Day,
            "weekend" => Unit::Weekend,
            "week" => Unit::Week,
            "fortnight" => Unit::Fortnight,
            "month" => Unit::Month,
            "quarter" => Unit::Quarter,
            "year" => Unit::Year,
            "decade" => Unit::Decade,
            "century" | "centurie" => Unit::Century,
            _ => return None,
        })
    }

    /// A unit that makes a length when its number is not said (`for
    /// weeks`, `the early years`, `years ago`): not quarters or weekends,
    /// which a story counts as periods of the calendar.
    pub fn of_unknown_count(word: &str) -> Option<Unit> {
        Unit::parse(word).filter(|u| !matches!(u, Unit::Quarter | Unit::Weekend))
    }

    /// The letter of the unit in a duration (`P3Y`, `PT5H`).
    pub fn duration(self, amount: &str) -> String {
        match self {
            Unit::Second => format!("PT{amount}S"),
            Unit::Minute => format!("PT{amount}M"),
            Unit::Hour => format!("PT{amount}H"),
            Unit::Day => format!("P{amount}D"),
            Unit::Weekend => format!("P{amount}WE"),
            Unit::Week => format!("P{amount}W"),
            // TimeML has no fortnight: `a fortnight` is `P2W`.
            Unit::Fortnight => match amount.parse::<u32>() {
                Ok(n) => format!("P{}W", n * 2),
                Err(_) => format!("P{amount}W"),
            },
            Unit::Month => format!("P{amount}M"),
            Unit::Quarter => format!("P{amount}Q"),
            Unit::Year => format!("P{amount}Y"),
            // TimeML writes a counted decade in years: `a decade` → `P10Y`.
            Unit::Decade => match amount.parse::<u32>() {
                Ok(n) => format!("P{}Y", n * 10),
                Err(_) => format!("P{amount}DE"),
            },
            Unit::Century => format!("P{amount}CE"),
        }
    }
}

/// A year written with two digits (`FY13`, `10/14/97`): this
/// century's below 50, the last century's from 50.
pub fn two_digit_year(year: i32) -> i32 {
    if year < 50 {
        2000 + year
    } else {
        1900 + year
    }
}

/// The date `n` units after `date` (before, for negative `n`). A date has
/// no time of day, so units shorter than a day count in the whole days
/// they make: `two hours ago` is the date's own day, `48 hours ago` two
/// days before it.
pub fn shift(date: Date, unit: Unit, n: i64) -> Date {
    let whole_days = |seconds_each: i64| Duration::new().days(n.saturating_mul(seconds_each) / 86_400);
    let span = match unit {
        Unit::Day => Duration::new().days(n),
        Unit::Hour => whole_days(3_600),
        Unit::Minute => whole_days(60),
        Unit::Second => whole_days(1),
        Unit::Week | Unit::Weekend => Duration::new().weeks(n),
        Unit::Fortnight => Duration::new().weeks(2 * n),
        Unit::Month => Duration::new().months(n),
        Unit::Quarter => Duration::new().months(3 * n),
        Unit::Year => Duration::new().years(n),
        Unit::Decade => Duration::new().years(10 * n),
        Unit::Century => Duration::new().years(100 * n),
    };
    date.checked_add(span).unwrap_or(date)
}

/// The TIMEX3 value naming the `unit` that holds `date`.
pub fn value(date: Date, unit: Unit) -> String {
    let year = date.year();
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => date.to_string(),
        // (A fortnight is named by the week it holds the date in.)
        Unit::Week | Unit::Fortnight => {
            let iso = date.iso_week_date();
            format!("{:04}-W{:02}", iso.year(), iso.week())
        }
        Unit::Weekend => {
            let iso = date.iso_week_date();
            format!("{:04}-W{:02}-WE", iso.year(), iso.week())
        }
        Unit::Month => format!("{year:04}-{:02}", date.month()),
        Unit::Quarter => format!("{year:04}-Q{}", quarter(date)),
        Unit::Year => format!("{year:04}"),
        Unit::Decade => format!("{:03}", year / 10),
        Unit::Century => format!("{:02}", year / 100),
    }
}

pub fn quarter(date: Date) -> i8 {
    (date.month() - 1) / 3 + 1
}

/// The half of its year a date is in, 1 or 2.
pub fn half(date: Date) -> i8 {
    (date.month() - 1) / 6 + 1
}

/// The day named `weekday` nearest to `date` in the given direction; the
/// date itself when it is that weekday.
pub fn weekday_near(date: Date, weekday: Weekday, future: bool) -> Date {
    let today = date.weekday().to_monday_zero_offset() as i64;
    let target = weekday.to_monday_zero_offset() as i64;
    let days = if future { (target - today).rem_euclid(7) } else { -((today - target).rem_euclid(7)) };
    shift(date, Unit::Day, days)
}

/// Public holidays news writes by name, with the rule that dates each in a
/// given year. US holidays where the US and others differ (Thanksgiving,
/// Labor Day): the corpora dateline is measured on are American news.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holiday {
    NewYearsDay,
    NewYearsEve,
    MartinLutherKingDay,
    /// January 20 after a presidential election (March 4 before 1937).
    InaugurationDay,
    ValentinesDay,
    PresidentsDay,
    StPatricksDay,
    /// A feast a number of days from Easter Sunday: Good Friday is -2,
    /// Ash Wednesday -46, Pentecost 49.
    FromEaster(i16),
    MothersDay,
    MemorialDay,
    FathersDay,
    Juneteenth,
    IndependenceDay,
    BastilleDay,
    LaborDay,
    ColumbusDay,
    Halloween,
    ElectionDay,
    /// The day of most states' presidential primaries, in years of
    /// presidential elections only.
    SuperTuesday,
    VeteransDay,
    Thanksgiving,
    /// The shops' days after Thanksgiving: its Friday and the Monday after.
    BlackFriday,
    CyberMonday,
    ChristmasEve,
    Christmas,
    BoxingDay,
}

impl Holiday {
    /// The holiday's date in `year`.
    pub fn in_year(self, year: i16) -> Option<Date> {
        let nth = |month: i8, nth: i8, weekday: Weekday| {
            Date::new(year, month, 1).ok()?.nth_weekday_of_month(nth, weekday).ok()
        };
        match self {
            Holiday::NewYearsDay => Date::new(year, 1, 1).ok(),
            Holiday::NewYearsEve => Date::new(year, 12, 31).ok(),
            Holiday::MartinLutherKingDay => nth(1, 3, Weekday::Monday),
            Holiday::InaugurationDay => match year {
                _ if year % 4 != 1 => None,
                ..1937 => Date::new(year, 3, 4).ok(),
                _ => Date::new(year, 1, 20).ok(),
            },
            Holiday::ValentinesDay => Date::new(year, 2, 14).ok(),
            Holiday::PresidentsDay => nth(2, 3, Weekday::Monday),
            Holiday::StPatricksDay => Date::new(year, 3, 17).ok(),
            Holiday::FromEaster(days) => easter(year).map(|d| shift(d, Unit::Day, i64::from(days))),
            Holiday::MothersDay => nth(5, 2, Weekday::Sunday),
            Holiday::MemorialDay => nth(5, -1, Weekday::Monday),
            Holiday::FathersDay => nth(6, 3, Weekday::Sunday),
            Holiday::Juneteenth => Date::new(year, 6, 19).ok(),
            Holiday::IndependenceDay => Date::new(year, 7, 4).ok(),
            Holiday::BastilleDay => Date::new(year, 7, 14).ok(),
            Holiday::LaborDay => nth(9, 1, Weekday::Monday),
            Holiday::ColumbusDay => nth(10, 2, Weekday::Monday),
            Holiday::Halloween => Date::new(year, 10, 31).ok(),
            // The Tuesday after the first Monday of November.
            Holiday::ElectionDay => nth(11, 1, Weekday::Monday).map(|d| shift(d, Unit::Day, 1)),
            // The first Tuesday of March since 2000 (but February 5 in
            // 2008), the second before.
            Holiday::SuperTuesday => match year {
                _ if year % 4 != 0 => None,
                2008 => Date::new(2008, 2, 5).ok(),
                ..2000 => nth(3, 2, Weekday::Tuesday),
                _ => nth(3, 1, Weekday::Tuesday),
            },
            // (Armistice Day and Remembrance Day elsewhere.)
            Holiday::VeteransDay => Date::new(year, 11, 11).ok(),
            Holiday::Thanksgiving => nth(11, 4, Weekday::Thursday),
            Holiday::BlackFriday => nth(11, 4, Weekday::Thursday).map(|d| shift(d, Unit::Day, 1)),
            Holiday::CyberMonday => nth(11, 4, Weekday::Thursday).map(|d| shift(d, Unit::Day, 4)),
            Holiday::ChristmasEve => Date::new(year, 12, 24).ok(),
            Holiday::Christmas => Date::new(year, 12, 25).ok(),
            Holiday::BoxingDay => Date::new(year, 12, 26).ok(),
        }
    }

    /// The occurrence meant from `date`: the next one on or after it for an
    /// expression about the future; otherwise the last one, unless the
    /// next is only weeks away (`Election Day`, eight days before it, is
    /// the coming one whatever the verb). In a year of federal elections
    /// (an even one), `Election Day` before November is that November's:
    /// the whole year's news runs up to it.
    pub fn near(self, date: Date, future: bool) -> Option<Date> {
        let year = date.year();
        let next = [year, year + 1].map(|y| self.in_year(y)).into_iter().flatten().filter(|d| *d >= date).min();
        let election_year = self == Holiday::ElectionDay && year % 2 == 0 && next.is_some_and(|d| d.year() == year);
        if (future || election_year) && next.is_some() || next.is_some_and(|d| (d - date).get_days() <= 60) {
            return next;
        }
        self.before(date).or(next)
    }

    /// The last occurrence before `date`: `last Thanksgiving`.
    pub fn before(self, date: Date) -> Option<Date> {
        let year = date.year();
        [year - 1, year].map(|y| self.in_year(y)).into_iter().flatten().filter(|d| *d < date).max()
    }
}

/// Easter Sunday of the Gregorian calendar (the anonymous algorithm of
/// Meeus, Jones and Butcher).
fn easter(year: i16) -> Option<Date> {
    let y = i32::from(year);
    let (a, b, c) = (y % 19, y / 100, y % 100);
    let (d, e) = (b / 4, b % 4);
    let g = (8 * b + 13) / 25;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 19 * l) / 433;
    let month = (h + l - 7 * m + 90) / 25;
    let day = (h + l - 7 * m + 33 * month + 19) % 32;
    Date::new(year, month as i8, day as i8).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holidays_by_rule() {
        assert_eq!(Holiday::FromEaster(0).in_year(2000), Some(Date::constant(2000, 4, 23)));
        assert_eq!(Holiday::FromEaster(0).in_year(2024), Some(Date::constant(2024, 3, 31)));
        assert_eq!(Holiday::FromEaster(-2).in_year(2024), Some(Date::constant(2024, 3, 29)));
        assert_eq!(Holiday::FromEaster(-46).in_year(2013), Some(Date::constant(2013, 2, 13)));
        assert_eq!(Holiday::FromEaster(-7).in_year(2013), Some(Date::constant(2013, 3, 24)));
        assert_eq!(Holiday::Thanksgiving.in_year(1999), Some(Date::constant(1999, 11, 25)));
        assert_eq!(Holiday::ElectionDay.in_year(1998), Some(Date::constant(1998, 11, 3)));
        assert_eq!(Holiday::ElectionDay.in_year(2020), Some(Date::constant(2020, 11, 3)));
        assert_eq!(Holiday::MemorialDay.in_year(2021), Some(Date::constant(2021, 5, 31)));
        assert_eq!(Holiday::LaborDay.in_year(2021), Some(Date::constant(2021, 9, 6)));
        assert_eq!(Holiday::SuperTuesday.in_year(2016), Some(Date::constant(2016, 3, 1)));
        assert_eq!(Holiday::SuperTuesday.in_year(2008), Some(Date::constant(2008, 2, 5)));
        assert_eq!(Holiday::SuperTuesday.in_year(1996), Some(Date::constant(1996, 3, 12)));
        assert_eq!(Holiday::SuperTuesday.in_year(2017), None);
        assert_eq!(Holiday::BlackFriday.in_year(2012), Some(Date::constant(2012, 11, 23)));
        assert_eq!(Holiday::CyberMonday.in_year(2012), Some(Date::constant(2012, 11, 26)));
        assert_eq!(Holiday::InaugurationDay.in_year(2017), Some(Date::constant(2017, 1, 20)));
        assert_eq!(Holiday::InaugurationDay.in_year(1933), Some(Date::constant(1933, 3, 4)));
        assert_eq!(Holiday::InaugurationDay.in_year(2016), None);
        // Written in October of an election year, it is the coming one.
        let inauguration = Holiday::InaugurationDay.near(Date::constant(2016, 10, 2), false);
        assert_eq!(inauguration, Some(Date::constant(2017, 1, 20)));
    }

    #[test]
    fn the_holiday_meant_is_the_nearest_or_the_next() {
        let thanksgiving = Holiday::Thanksgiving;
        assert_eq!(thanksgiving.near(Date::constant(2000, 4, 3), false), Some(Date::constant(1999, 11, 25)));
        assert_eq!(thanksgiving.near(Date::constant(2000, 4, 3), true), Some(Date::constant(2000, 11, 23)));
        assert_eq!(Holiday::ElectionDay.near(Date::constant(1998, 10, 26), false), Some(Date::constant(1998, 11, 3)));
    }

    #[test]
    fn values_at_each_granularity() {
        let d = Date::constant(2020, 10, 14);
        assert_eq!(value(d, Unit::Day), "2020-10-14");
        assert_eq!(value(d, Unit::Week), "2020-W42");
        assert_eq!(value(d, Unit::Weekend), "2020-W42-WE");
        assert_eq!(value(d, Unit::Month), "2020-10");
        assert_eq!(value(d, Unit::Quarter), "2020-Q4");
        assert_eq!(value(d, Unit::Decade), "202");
        assert_eq!(value(shift(d, Unit::Month, -1), Unit::Month), "2020-09");
    }

    #[test]
    fn hours_and_minutes_shift_by_the_whole_days_they_make() {
        let d = Date::constant(2020, 10, 14);
        assert_eq!(shift(d, Unit::Hour, -2), d);
        assert_eq!(shift(d, Unit::Hour, -48), Date::constant(2020, 10, 12));
        assert_eq!(shift(d, Unit::Minute, 30), d);
        assert_eq!(shift(d, Unit::Day, -2), Date::constant(2020, 10, 12));
    }

    #[test]
    fn weekdays_resolve_by_direction() {
        let wednesday = Date::constant(2020, 10, 14);
        assert_eq!(weekday_near(wednesday, Weekday::Monday, false), Date::constant(2020, 10, 12));
        assert_eq!(weekday_near(wednesday, Weekday::Monday, true), Date::constant(2020, 10, 19));
        assert_eq!(weekday_near(wednesday, Weekday::Wednesday, false), wednesday);
    }
}
