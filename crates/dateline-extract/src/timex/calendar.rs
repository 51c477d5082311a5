//! Calendar arithmetic for TIMEX3 values: shifting the article date by whole
//! units and writing the value at the unit's granularity.

use jiff::civil::{Date, Weekday};
use jiff::Span as Duration;

/// The granularity of a time unit, as TIMEX3 writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Weekend,
    Week,
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
            "month" => Unit::Month,
            "quarter" => Unit::Quarter,
            "year" => Unit::Year,
            "decade" => Unit::Decade,
            "century" | "centurie" => Unit::Century,
            _ => return None,
        })
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

/// The date `n` units after `date` (before, for negative `n`).
pub fn shift(date: Date, unit: Unit, n: i64) -> Date {
    let span = match unit {
        Unit::Day | Unit::Second | Unit::Minute | Unit::Hour => Duration::new().days(n),
        Unit::Week | Unit::Weekend => Duration::new().weeks(n),
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
        Unit::Week => {
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

/// The day named `weekday` nearest to `date` in the given direction; the
/// date itself when it is that weekday.
pub fn weekday_near(date: Date, weekday: Weekday, future: bool) -> Date {
    let today = date.weekday().to_monday_zero_offset() as i64;
    let target = weekday.to_monday_zero_offset() as i64;
    let days = if future { (target - today).rem_euclid(7) } else { -((today - target).rem_euclid(7)) };
    shift(date, Unit::Day, days)
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn weekdays_resolve_by_direction() {
        let wednesday = Date::constant(2020, 10, 14);
        assert_eq!(weekday_near(wednesday, Weekday::Monday, false), Date::constant(2020, 10, 12));
        assert_eq!(weekday_near(wednesday, Weekday::Monday, true), Date::constant(2020, 10, 19));
        assert_eq!(weekday_near(wednesday, Weekday::Wednesday, false), wednesday);
    }
}
