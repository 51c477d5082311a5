//! Clock times: on the day named beside them, with their zone, on the
//! twenty-four-hour clock, and on the side of noon the part of the day
//! after them says.

use super::*;

#[test]
fn a_clock_time_is_on_the_day_named_beside_it() {
    assert_eq!(values("He spoke on Monday at 10 p.m."), ["2020-10-12", "2020-10-12T22:00"]);
    assert_eq!(values("The vote is set for 8 p.m. Eastern time on Thursday."), ["2020-10-15T20:00", "2020-10-15"]);
    // One expression with the day after it, a rough time too.
    assert_eq!(
        timexes("It began around 2:15 a.m. Saturday.")[0],
        ("around 2:15 a.m. Saturday".into(), "TIME", "2020-10-10T02:15".into(), Some("APPROX"))
    );
    // Not across a sentence.
    assert_eq!(values("He left on Monday. At 10 p.m. she called."), ["2020-10-12", "2020-10-14T22:00"]);
}

#[test]
fn clock_times_with_their_zone_on_twenty_four_hours_and_o_clock() {
    assert_eq!(
        texts_and_values("Markets closed at 4:30 p.m. ET and the vote began at 18:00 UTC."),
        [("4:30 p.m. ET".into(), "2020-10-14T16:30".into()), ("18:00 UTC".into(), "2020-10-14T18:00".into())]
    );
    assert_eq!(values("It ended at 0600 GMT. The blast came at 9 o'clock."), ["2020-10-14T06:00", "2020-10-14T09:00"]);
    // Four digits are a clock before `local time`, after `at` before
    // `hours`, and beside the zone's clock; not a year before `local`.
    assert_eq!(
        texts_and_values("Play resumes at 1445 local time; lunch at 1230 hours. It landed at 1503 (1203 GMT)."),
        [
            ("1445 local time".into(), "2020-10-14T14:45".into()),
            ("1230 hours".into(), "2020-10-14T12:30".into()),
            ("1503".into(), "2020-10-14T15:03".into()),
            ("1203 GMT".into(), "2020-10-14T12:03".into()),
        ]
    );
    assert!(values("He logged 1400 hours of service.").is_empty());
}

#[test]
fn the_clock_told_in_words() {
    assert_eq!(
        values("At a quarter to five, then half past two, quarter past nine and ten minutes past noon."),
        ["2020-10-14T04:45", "2020-10-14T02:30", "2020-10-14T09:15", "2020-10-14T12:10"]
    );
    // (Not an amount, whatever `a quarter` is read as there.)
    assert!(timexes("Sales rose a quarter to 5 billion.").iter().all(|t| t.1 != "TIME"));
    // With the part of the day after it, one time, on its side of noon.
    assert_eq!(
        timexes("It should be done by 6 o'clock this afternoon.")[0],
        ("6 o'clock this afternoon".into(), "TIME", "2020-10-14T18:00".into(), None)
    );
    assert_eq!(
        values("We meet at 9 tonight; at three o’clock in the morning."),
        ["2020-10-14T21:00", "2020-10-14T03:00"]
    );
    assert_eq!(values("He has 4 tonight."), ["2020-10-14TNI"]);
    let times = texts_and_values("He speaks at 8:30 tonight, left at 7:15 this morning and calls at 8 p.m. tonight.");
    assert_eq!(
        times,
        [
            ("8:30 tonight".into(), "2020-10-14T20:30".into()),
            ("7:15 this morning".into(), "2020-10-14T07:15".into()),
            ("8 p.m. tonight".into(), "2020-10-14T20:00".into())
        ]
    );
    assert!(values("He scored 2000 points.").is_empty());
    // Both clocks are on the day named after them.
    assert_eq!(
        values("It struck at about 10:35 a.m. (0735 GMT) Friday."),
        ["2020-10-09T10:35", "2020-10-09T07:35", "2020-10-09"]
    );
    // Not one whose own words name its day.
    assert_eq!(values("On Friday, at 8:30 tonight"), ["2020-10-09", "2020-10-14T20:30"]);
    // The zone taken in, a deadline still looks ahead.
    assert_eq!(values("They have until 9 a.m. EST Friday to sign."), ["2020-10-16T09:00"]);
}

#[test]
fn the_first_hour_of_a_range_takes_the_seconds_half_of_the_day() {
    assert_eq!(values("Polls are open between 1 and 3 p.m."), ["2020-10-14T13:00", "2020-10-14T15:00"]);
    assert_eq!(values("from 1:30 to 3 p.m."), ["2020-10-14T13:30", "2020-10-14T15:00"]);
    assert!(values("Support rose from 2 to 3 percent.").is_empty());
}
