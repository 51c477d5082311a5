use jiff::civil::{Date, DateTime};

/// Parses a publication date: an ISO 8601 date (`2020-10-14`) or date-time
/// with or without a zone (`2020-10-14T21:05:00`, `…Z`, `…+02:00`,
/// `…[Europe/Paris]`). The calendar date is the one written, not converted to
/// UTC: a paper dated the 14th in its own zone stays dated the 14th.
pub fn parse_date(raw: &str) -> Result<Date, String> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err("empty date".into());
    }
    let date_part = raw.get(..10).unwrap_or(raw);
    let date = date_part.parse::<Date>().map_err(|e| format!("bad date {raw:?}: {}", first_line(&e.to_string())))?;
    let rest = &raw[date_part.len()..];
    if rest.is_empty() {
        return Ok(date);
    }
    if !rest.starts_with(['T', 't', ' ']) {
        return Err(format!("bad date {raw:?}: unexpected text after the date"));
    }
    // A bracketed time zone name (RFC 9557) says where, not when: the offset
    // before it is what matters here.
    let raw_time = match raw.find('[') {
        Some(i) if raw.ends_with(']') => &raw[..i],
        _ => raw,
    };
    let ok = raw_time.parse::<DateTime>().is_ok()
        || raw_time.parse::<jiff::Timestamp>().is_ok()
        || zone_suffix_only(raw_time);
    if ok {
        Ok(date)
    } else {
        Err(format!("bad date {raw:?}: not an ISO 8601 date-time"))
    }
}

/// `2020-10-14T10:00+0200` and `2020-10-14 10:00:00 +00:00` are common in
/// feeds; jiff's strict parsers reject some of them, so the time and zone are
/// checked here with a simpler rule: a valid civil time, then an optional
/// zone of `Z` or `±HH[:]MM`.
fn zone_suffix_only(raw: &str) -> bool {
    let body = raw.trim_end_matches(['Z', 'z']);
    let (civil, zone) = match body.rfind(['+', '-']) {
        Some(i) if i > 10 => (&body[..i], &body[i + 1..]),
        _ => (body, ""),
    };
    let civil = civil.trim_end().replacen(' ', "T", 1);
    let zone_ok = zone.is_empty() || {
        let digits: String = zone.chars().filter(|c| *c != ':').collect();
        digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit())
    };
    zone_ok && civil.parse::<DateTime>().is_ok()
}

fn first_line(s: &str) -> &str {
    s.lines().next().unwrap_or(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_iso_dates_and_date_times() {
        for raw in [
            "2020-10-14",
            "2020-10-14T21:05:00",
            "2020-10-14T21:05:00Z",
            "2020-10-14T21:05:00+02:00",
            "2020-10-14T21:05:00.123-05:00",
            "2020-10-14 21:05:00",
            "2020-10-14T21:05+0200",
            "2020-10-14T21:05:00+02:00[Europe/Paris]",
        ] {
            assert_eq!(parse_date(raw), Ok(Date::constant(2020, 10, 14)), "{raw}");
        }
    }

    #[test]
    fn rejects_impossible_and_malformed_dates() {
        for raw in ["", "2020-02-30", "2020-13-01", "14/10/2020", "2020-10-14X", "2020-10-14T25:00"] {
            assert!(parse_date(raw).is_err(), "{raw}");
        }
    }
}
