//! Days: ranges of days written in one token or around their month, and
//! days counted from the date the story last named (`the next day`, `a
//! year earlier`, `the day before the vote`).

use super::*;

#[test]
fn later_and_the_same_day_count_from_the_date_the_story_named() {
    assert_eq!(values("Obama won the state in 2008 but lost it four years later."), ["2008", "2012"]);
    // A decade so counted is ten years, not the decade's span.
    assert_eq!(values("She took over in 2005. A decade later, the halls are full."), ["2005", "2015"]);
    assert_eq!(values("On May 22, 1995, he was hurt. He was in court the next morning."), ["1995-05-22", "1995-05-23"]);
    assert_eq!(values("In October 1998 he was hurt. That same day he left."), ["1998-10", "1998-10-XX"]);
    // With no date named before, from the article's.
    assert_eq!(values("He left the next day."), ["2020-10-15"]);
}

#[test]
fn a_day_beside_a_day_or_a_moment_named_after_it() {
    assert_eq!(
        texts_and_values("They met the day after Christmas and the night before Tuesday's vote."),
        [
            ("the day after Christmas".into(), "2019-12-26".into()),
            ("the night before Tuesday".into(), "2020-10-12TNI".into())
        ]
    );
    // Beside an event, counted from the date last named; at a phrase's
    // end, whole; in apposition to a date, that date.
    assert_eq!(
        timexes("On May 4 he left. He spoke the day before the vote.")[1],
        ("the day".into(), "DATE", "2020-05-03".into(), None)
    );
    assert_eq!(timexes("On May 4 he left. He had called the day before.")[1].0, "the day before");
    assert_eq!(values("He was last seen Nov. 3, the day before police came."), ["2020-11-03", "2020-11-03"]);
    // Not `later in the day`, nor the day after tomorrow.
    assert!(values("He spoke later in the day before leaving.").is_empty());
    assert_eq!(values("It opens the day after tomorrow."), ["2020-10-16"]);
}

#[test]
fn earlier_counts_back_from_the_date_the_story_named() {
    assert_eq!(values("In 2019 the plant closed; a year earlier it had been sold."), ["2019", "2018"]);
    assert_eq!(values("Sales were down in July, compared to a month earlier."), ["2020-07", "2020-06"]);
    assert_eq!(values("The poll in August 2016 found that, relative to two years earlier, ..."), ["2016-08", "2014"]);
    // A period that holds the article's date counts from the date itself.
    assert_eq!(
        values("The debate drew the most viewers of the year, more than one four days earlier."),
        ["2020", "2020-10-10"]
    );
    assert_eq!(values("He had left two days earlier."), ["2020-10-12"]);
    // Days counted from a month or year named without its day count from
    // its middle: one day back stays in it.
    assert_eq!(values("In January 2019 it rose, from a day earlier."), ["2019-01", "2019-01-XX"]);
    assert_eq!(values("In 2012 it was bad. The previous day he had left."), ["2012", "2012-XX-XX"]);
    assert_eq!(values("In June 2016 he spoke. Sixty days later he won."), ["2016-06", "2016-08-XX"]);
}

#[test]
fn prior_and_preceding_are_previous() {
    assert_eq!(
        values("Sales fell from the prior year and the prior quarter; the preceding week was calm."),
        ["2019", "2020-Q3", "2020-W41"]
    );
    assert_eq!(values("Prior-year results; over the prior three years."), ["2019", "P3Y"]);
    assert_eq!(values("Prior to Monday, he said nothing."), ["2020-10-12"]);
}

#[test]
fn two_days_of_a_month_in_one_token_are_two_dates() {
    assert_eq!(
        texts_and_values("The poll ran May 13-22 and Jan. 21-26, 2016."),
        [
            ("May 13".into(), "2020-05-13".into()),
            ("22".into(), "2020-05-22".into()),
            ("Jan. 21".into(), "2016-01-21".into()),
            ("26, 2016".into(), "2016-01-26".into()),
        ]
    );
    // Not a score, nor a day the month lacks.
    assert_eq!(values("In May 5-3 wins; on June 30-31."), ["2020-05", "2020-06"]);
    // Across two months; and two months joined by `-to-`.
    assert_eq!(values("It polled March 30-April 4."), ["2020-03-30", "2020-04-04"]);
    assert_eq!(values("It polled Sept. 28-Oct. 3 in three states."), ["2020-09-28", "2020-10-03"]);
    assert_eq!(values("the October-to-December quarter"), ["2020-10", "2020-12"]);
}

#[test]
fn days_written_before_their_month_share_it() {
    assert_eq!(
        texts_and_values("Talks on 16-17 March 2019 failed."),
        [("16".into(), "2019-03-16".into()), ("17 March 2019".into(), "2019-03-17".into())]
    );
    assert_eq!(
        values("From 12 to 14 March it rained; between 2 and 4 April it snowed."),
        ["2020-03-12", "2020-03-14", "2020-04-02", "2020-04-04"]
    );
    assert_eq!(
        timexes("It fell on the 16th and 17th of March.").into_iter().map(|t| t.0).collect::<Vec<_>>(),
        ["the 16th", "17th of March"]
    );
    // Not a score before a date.
    assert_eq!(values("They won 3-1 March 4."), ["2020-03-04"]);
}
