//! Periods of a fixed shape: quarters and halves, the periods an earnings
//! report compares, and sets.

use super::*;

#[test]
fn an_earnings_report_compares_quarters() {
    let text = "Profit in the third quarter rose to $5 million from $4 million a year earlier. \
                Year-earlier sales were flat; in the 2019 quarter costs rose, as in the latest period.";
    assert_eq!(values(text), ["2020-Q3", "2019-Q3", "2019-Q3", "2019-Q3", "2020-Q3"]);
    assert_eq!(values("Sales rose from a year earlier."), ["2019"]);
    assert_eq!(values("Net rose in the third quarter. Sales for last year's quarter fell."), ["2020-Q3", "2019-Q3"]);
    let text = "Net rose in the third quarter; for the quarter a year ago, the corresponding period last \
                year and the comparable year-ago quarter it fell.";
    let found: Vec<String> = timexes(text).into_iter().map(|t| format!("{} {}", t.0, t.2)).collect();
    assert_eq!(
        found[1..],
        [
            "the quarter a year ago 2019-Q3",
            "the corresponding period last year 2019-Q3",
            "the comparable year-ago quarter 2019-Q3"
        ]
    );
}

#[test]
fn the_year_and_the_week_of_a_report() {
    // The article is dated 2020-10-14.
    assert_eq!(values("Sales for the full year rose 4%."), ["2020"]);
    assert_eq!(values("For the week, the index dropped 2%."), ["2020-W42"]);
    // A year's length, ended on a day.
    let found = timexes("Net income for the year ended June 30 fell.");
    assert_eq!((found[0].0.as_str(), found[0].1, found[0].2.as_str()), ("the year", "DURATION", "P1Y"));
    // Another year, and a title.
    assert_eq!(values("Profit fell from the year before."), Vec::<String>::new());
    assert_eq!(values("She was named Player of the Year."), Vec::<String>::new());
}

#[test]
fn a_quarter_with_its_year_before_the_ordinal() {
    assert_eq!(
        timexes("a charge in the 2019 second quarter")[0],
        ("the 2019 second quarter".into(), "DATE", "2019-Q2".into(), None)
    );
    assert_eq!(values("Net sales for this year's third quarter fell."), ["2020-Q3"]);
    assert_eq!(values("as early as next year's first quarter"), ["2021-Q1"]);
    assert_eq!(values("in the year-ago third quarter"), ["2019-Q3"]);
    assert_eq!(
        timexes("2019's second half was weak")[0],
        ("2019's second half".into(), "DATE", "2019-H2".into(), None)
    );
    assert_eq!(timexes("in the fiscal first quarter")[0].0, "the fiscal first quarter");
}

#[test]
fn the_article_before_a_quarter_used_as_an_adjective_goes_with_the_noun() {
    assert_eq!(timexes("A factor in the third-quarter loss")[0].0, "third-quarter");
    assert_eq!(timexes("in the third quarter")[0].0, "the third quarter");
}

#[test]
fn ordinals_sharing_a_plural_noun_are_periods_of_their_own() {
    let found = timexes("Losses narrowed in the second and third quarters.");
    assert_eq!(found[0], ("second".into(), "DATE", "2020-Q2".into(), None));
    assert_eq!(found[1], ("third quarters".into(), "DATE", "2020-Q3".into(), None));
    assert_eq!(values("Shares rose in the first and second halves of 2012."), ["2012-H1", "2012-H2"]);
    // A plural with no ordinal before it is no period.
    assert!(values("He played three quarters of the game.").is_empty());
}

#[test]
fn frequencies_halves_quarters_and_seasons_of_a_year() {
    assert_eq!(timexes("They meet once a week.")[0], ("once a week".into(), "SET", "P1W".into(), None));
    assert_eq!(values("twice a year, three times a day, every other week"), ["P1Y", "P1D", "P2W"]);
    assert_eq!(timexes("held every four years")[0], ("every four years".into(), "SET", "P4Y".into(), None));
    assert_eq!(values("every 10 days"), ["P10D"]);
    assert_eq!(timexes("by mid-decade")[0], ("mid-decade".into(), "DATE", "202".into(), Some("MID")));
    assert_eq!(values("a mid-century modern chair"), Vec::<String>::new());
    assert_eq!(values("by end-year, mid-week, end-October and end-1997"), ["2020", "2020-W42", "2020-10", "1997"]);
    // Degrees, not a decade; the decade with its apostrophe.
    assert!(values("Snow is likely, with highs in the 30s.").is_empty());
    assert_eq!(values("Temperatures were mild in the '60s. The music of the 60s sold."), ["196", "196"]);
    assert_eq!(timexes("Every few months it flares up.")[0], ("Every few months".into(), "SET", "PXM".into(), None));
    assert_eq!(values("every couple of weeks, every several years"), ["P2W", "PXY"]);
    assert_eq!(timexes("he ran every night")[0], ("every night".into(), "SET", "XXXX-XX-XXTNI".into(), None));
    assert_eq!(values("Each morning she swam."), ["XXXX-XX-XXTMO"]);
    assert_eq!(values("It took half a century and half an hour."), ["P50Y", "PT30M"]);
    assert_eq!(values("Profit rose in Q4 2015."), ["2015-Q4"]);
    // As analysts write them; and halves. Alone, only `Q3` is a quarter.
    assert_eq!(values("H1 2013 sales, 1Q13 results, 4Q 2012 profit."), ["2013-H1", "2013-Q1", "2012-Q4"]);
    assert!(values("He drove an H2 on Route 3Q.").is_empty());
}

#[test]
fn the_quarter_of_a_fiscal_year_and_the_last_quarter_of_a_year() {
    assert_eq!(
        values("The second quarter of fiscal 2013 and the first half of fiscal 2012 were weak."),
        ["2013-Q2", "2012-H1"]
    );
    assert_eq!(
        texts_and_values("The last quarter of 2012 beat the final quarter of the year."),
        [
            ("The last quarter of 2012".into(), "2012-Q4".into()),
            ("the final quarter of the year".into(), "2020-Q4".into())
        ]
    );
    assert!(values("He scored in the final quarter of the game.").is_empty());
    assert_eq!(values("spring 2016, the summer of 2015, winter of 2014"), ["2016-SP", "2015-SU", "2014-WI"]);
    let winter = |text: &str| (text.into(), "DATE", "2011-WI".into(), None);
    let found = timexes("It snowed in the winter of 2011-12, the winter of 2011/12.");
    assert_eq!(found, [winter("the winter of 2011-12"), winter("the winter of 2011/12")]);
    assert!(values("The fall of Rome.").is_empty());
}

#[test]
fn each_weekday_and_each_month_are_sets() {
    assert_eq!(values("flights depart each Thursday"), ["XXXX-WXX-4"]);
    assert_eq!(values("They march every July."), ["XXXX-07"]);
    assert_eq!(values("every week"), ["P1W"]);
}

#[test]
fn every_season_and_weekdays_in_the_plural_are_sets() {
    assert_eq!(values("Each spring they go; on Sundays it is closed."), ["XXXX-SP", "XXXX-WXX-7"]);
    assert_eq!(timexes("Mondays are slow.")[0].1, "SET");
}

#[test]
fn a_count_of_times_with_an_adverb_and_weekends_are_sets() {
    assert_eq!(timexes("The board meets twice yearly.")[0], ("twice yearly".into(), "SET", "P1Y".into(), None));
    assert_eq!(timexes("Take it three times daily.")[0].0, "three times daily");
    assert_eq!(timexes("She visits on weekends.")[0], ("weekends".into(), "SET", "XXXX-WXX-WE".into(), None));
    assert!(values("Weekends are busy. The annual report came.").is_empty());
    assert_eq!(
        timexes("The cap is set every fiscal year.")[0],
        ("every fiscal year".into(), "SET", "P1Y".into(), None)
    );
}

#[test]
fn a_quarter_beside_another_fraction_is_no_time() {
    assert!(values("Turnout fell by between a quarter and a third, or by a quarter to a half.").is_empty());
    assert_eq!(values("It took a quarter and a year."), ["P1Q", "P1Y"]);
}
