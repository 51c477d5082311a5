//! The scanner's patterns and values, article dated 2020-10-14 unless a
//! test says otherwise.

use super::*;

fn timexes(text: &str) -> Vec<(String, &'static str, String, Option<&'static str>)> {
    timexes_dated(Date::constant(2020, 10, 14), text)
}

fn timexes_dated(date: Date, text: &str) -> Vec<(String, &'static str, String, Option<&'static str>)> {
    let mut doc = Document::new(text, date);
    TimexTagger.run(&mut doc);
    doc.timexes.iter().map(|t| (doc.slice(t.span).to_string(), t.kind, t.value.clone(), t.modifier)).collect()
}

/// Each expression's words and value.
fn texts_and_values(text: &str) -> Vec<(String, String)> {
    timexes(text).into_iter().map(|t| (t.0, t.2)).collect()
}

fn values(text: &str) -> Vec<String> {
    timexes(text).into_iter().map(|t| t.2).collect()
}

mod clock;
mod days;
mod periods;
mod tense;

#[test]
fn a_time_word_naming_a_publication_is_no_time() {
    assert!(values("He told the Sunday Times that he would run.").is_empty());
    assert!(values("According to the Daily Post, aides were stunned.").is_empty());
    assert!(values("The Weekly Standard agreed.").is_empty());
    assert_eq!(values("He wrote on Sunday. Times change."), ["2020-10-11"]);
    assert!(values("USA Today's reporting found it.").is_empty());
    // Nor a film's; but a capitalised noon after a day or a preposition is one.
    assert!(values("He showed a still from ``High Noon.''").is_empty());
    assert_eq!(values("Talks Resume At Noon."), ["2020-10-14T12:00"]);
    assert!(values("The deadline was Friday Noon.").iter().any(|v| v.ends_with("T12:00")));
    assert!(values("She read the Daily Gawker.").is_empty());
    assert_eq!(values("Prices rose daily. Daily Mail readers shrugged."), ["P1D"]);
    assert!(values("The People's Daily newspaper calls it a pearl.").is_empty());
    // Nor `daily` in lower case as the noun for a newspaper.
    assert!(
        values("He told the daily Le Monde. The Communist Party daily Granma and O Globo daily said so.").is_empty()
    );
    assert_eq!(values("He attends daily Mass; he led the daily Gallup tracking poll."), ["P1D", "P1D"]);
    // Nor a march's or a charity's name.
    assert_eq!(values("He was at the March on Washington in 1963."), ["1963"]);
    assert!(values("A leader of March on the RNC spoke.").is_empty());
    assert!(values("The March of Dimes signed the letter.").is_empty());
    assert_eq!(
        values("It happened in March of 2015 and again in March on Tuesday."),
        ["2015-03", "2020-03", "2020-10-13"]
    );
}

#[test]
fn an_ordinal_or_a_share_is_no_length_of_time() {
    assert_eq!(values("A second attack came an hour after."), ["PT1H"]);
    assert_eq!(values("It paused for a second, then went on."), ["PT1S"]);
    assert!(values("About a quarter of citizens and three quarters of voters agreed.").is_empty());
    assert_eq!(values("after several quarters of losses"), ["PXQ"]);
}

#[test]
fn the_weekend_of_a_story_told_on_a_weekday_is_the_last_one() {
    // 2020-10-14 is a Wednesday, in ISO week 42.
    assert_eq!(values("Over the weekend, officials confirmed it."), ["2020-W41-WE"]);
    assert_eq!(values("He will rest over the weekend."), ["2020-W42-WE"]);
    assert_eq!(values("Traders sold ahead of the weekend."), ["2020-W42-WE"]);
}

#[test]
fn relative_units_and_modifiers() {
    assert_eq!(values("last week"), ["2020-W41"]);
    // A fortnight, two weeks.
    assert_eq!(values("in a fortnight; two fortnights; a fortnight ago"), ["P2W", "P4W", "2020-W40"]);
    assert_eq!(values("next month"), ["2020-11"]);
    assert_eq!(values("this year"), ["2020"]);
    assert_eq!(
        timexes("Earlier this month, she wrote.")[0],
        ("Earlier this month".into(), "DATE", "2020-10".into(), Some("START"))
    );
    assert_eq!(timexes("for about a month.")[0], ("about a month".into(), "DURATION", "P1M".into(), Some("APPROX")));
    assert_eq!(values("two years ago"), ["2018"]);
    assert_eq!(timexes("nearly two years ago")[0].0, "nearly two years ago");
    // An unknown number of units ago: no date to name.
    assert_eq!(timexes("It rose several years ago.")[0], ("several years ago".into(), "DATE", "PAST_REF".into(), None));
    assert_eq!(timexes("It was founded just months ago.")[0], ("months ago".into(), "DATE", "PAST_REF".into(), None));
    assert_eq!(timexes("I remember some months ago.")[0], ("some months ago".into(), "DATE", "PAST_REF".into(), None));
    // (Never a count read as none: `4,500 years ago` is not `years ago`.)
    assert!(timexes("a pyramid built 4,500 years ago").iter().all(|t| t.0 != "years ago"));
    assert_eq!(values("two hours ago"), ["2020-10-14"]);
    assert_eq!(
        timexes("It was delayed earlier in the year.")[0],
        ("earlier in the year".into(), "DATE", "2020".into(), Some("START"))
    );
    assert_eq!(timexes("It rose later in the month.")[0].3, Some("END"));
    assert_eq!(
        timexes("secrets kept for more than two thousand years")[0],
        ("more than two thousand years".into(), "DURATION", "P2000Y".into(), Some("MORE_THAN"))
    );
    assert_eq!(values("as it has for almost a hundred years"), ["P100Y"]);
    assert_eq!(values("It will end a few weeks from now."), ["FUTURE_REF"]);
    assert_eq!(values("It lasted a couple of years."), ["P2Y"]);
    let dozens = values("It took a dozen years, half a dozen days, two dozen hours and dozens of years; a dozen eggs.");
    assert_eq!(dozens, ["P12Y", "P6D", "PT24H", "PXY"]);
    assert_eq!(values("A dozen years ago, over the past half-dozen days."), ["2008", "P6D"]);
    assert_eq!(timexes("for two more weeks")[0].0, "two more weeks");
    assert_eq!(values("for an additional year"), ["P1Y"]);
    assert_eq!(timexes("Talks resume in the summer.")[0], ("the summer".into(), "DATE", "2020-SU".into(), None));
    assert!(values("after the fall of the city").is_empty());
    // `the fall` is the season only where a word asks for a time.
    assert_eq!(values("He may lose in the fall. By the fall, it will end."), ["2020-FA", "2020-FA"]);
    assert_eq!(values("Polls moved in the fall of 2016."), ["2016-FA"]);
    assert_eq!(values("Unions campaigned throughout the summer and fall."), ["2020-SU", "2020-FA"]);
    assert_eq!(timexes("Trump's late-summer swoon")[0], ("late-summer".into(), "DATE", "2020-SU".into(), Some("END")));
    assert!(values("Prices rise and fall.").is_empty());
    assert!(values("The fall in prices hurt. It recalls the fall of Rome and a rise in the fall in rates.").is_empty());
    assert_eq!(timexes("It lasted a couple weeks.")[0].0, "a couple weeks");
    assert_eq!(values("the past three years"), ["P3Y"]);
    assert_eq!(values("a two-year contract"), ["P2Y"]);
    assert!(values("It runs four flights a week.").is_empty());
    // An age is an amount of the record, not a time expression.
    assert!(values("a 41-year-old man").is_empty());
}

#[test]
fn calendar_dates_with_and_without_year() {
    assert_eq!(values("on Oct. 1, 2019,"), ["2019-10-01"]);
    assert_eq!(values("on October 1"), ["2020-10-01"]);
    assert_eq!(values("in December"), ["2020-12"]);
    assert_eq!(values("last December"), ["2019-12"]);
    assert_eq!(values("last April"), ["2020-04"]);
    assert_eq!(values("It happened in May."), ["2020-05"]);
    // A wire table's abbreviations without a period, before a day or a
    // year only (`Jun` is a given name as well).
    assert_eq!(values("The high was on Jul 17, the low on Apr 26 2019."), ["2020-07-17", "2019-04-26"]);
    assert!(values("Jun said Mar was right.").is_empty());
    assert_eq!(values("in the third quarter"), ["2020-Q3"]);
    assert_eq!(values("in the 1990s"), ["199"]);
    // A hundred years before the 2000s, which are the decade.
    assert_eq!(values("in the 1800s"), ["18"]);
    assert_eq!(values("in the late 1900s"), ["19"]);
    assert_eq!(values("in the 2000s"), ["200"]);
    assert_eq!(values("at 10:30 p.m."), ["2020-10-14T22:30"]);
    assert_eq!(timexes("at 10 p.m. Monday,")[0].0, "10 p.m. Monday");
    assert_eq!(values("at 10 p.m. Monday,"), ["2020-10-12T22:00"]);
    assert_eq!(values("on Saturday, Oct. 10, he"), ["2020-10-10"]);
}

#[test]
fn years_in_words_as_transcripts_write_them() {
    assert_eq!(values("It began in nineteen ninety-six."), ["1996"]);
    assert_eq!(values("It was January nineteen ninety-seven."), ["1997-01"]);
    assert_eq!(values("Computers may fail in the year two thousand."), ["2000"]);
}

#[test]
fn a_month_with_this_or_last_year() {
    assert_eq!(values("In January this year, prices rose."), ["2020-01"]);
    assert_eq!(values("It sets May 30 next year for elections."), ["2021-05-30"]);
    assert_eq!(timexes("He spoke on December 1, last year.")[0].0, "December 1, last year");
    assert_eq!(values("He spoke on December 1, last year."), ["2019-12-01"]);
    assert_eq!(values("In June last year, the pact fell apart."), ["2019-06"]);
    let found = timexes("It opened mid-May last year and closes mid-March.");
    assert_eq!((found[0].0.as_str(), found[0].2.as_str()), ("mid-May last year", "2019-05"));
    assert_eq!(found[1].2, "2021-03");
    assert_eq!(timexes("Talks resumed midweek.")[0], ("midweek".into(), "DATE", "2020-W42".into(), Some("MID")));
    assert!(values("In the midst of the midterm races, the Midwest voted.").is_empty());
    // The article is dated 2020-10-14. A deadline lies ahead whatever the
    // verb's tense; a passive after `be` says no tense.
    assert_eq!(values("The government gave the company until mid-November to reply."), ["2020-11"]);
    assert_eq!(values("The banks extended the loans through January."), ["2021-01"]);
    assert_eq!(values("He added that the rules to be published in November will decide it."), ["2020-11"]);
    assert_eq!(values("Sales fell in November."), ["2019-11"]);
    // The year after `of`.
    assert_eq!(values("It was the first rise since June of 2006."), ["2006-06"]);
    assert_eq!(timexes("Talks began in December of last year.")[0].0, "December of last year");
    assert_eq!(values("Talks began in December of last year."), ["2019-12"]);
}

#[test]
fn months_in_a_range_each_a_date() {
    // The article is dated 2020-10-14.
    let found = timexes("Its January-June report and the March-May 2019 figures came out.");
    let found: Vec<(&str, &str)> = found.iter().map(|t| (t.0.as_str(), t.2.as_str())).collect();
    assert_eq!(found, [("January", "2020-01"), ("June", "2020-06"), ("March", "2019-03"), ("May 2019", "2019-05")]);
    assert_eq!(values("in the January-June period of 2019"), ["2019-01", "2019-06", "2019"]);
    assert_eq!(values("The November-February season was wet."), ["2019-11", "2020-02"]);
    assert!(values("The Ali-Frazier fight.").is_empty());
    // Days in a range share a year: the start's verb's, or the end's own.
    assert_eq!(values("The games ran from Dec. 1 to Dec. 20."), ["2019-12-01", "2019-12-20"]);
    assert_eq!(values("The fair ran Dec. 20 to Jan. 5, 2012."), ["2011-12-20", "2012-01-05"]);
}

#[test]
fn years_in_a_range_or_before_a_dash_and_amounts_in_a_range() {
    assert_eq!(values("He was arrested twice from 1991 to 1997."), ["1991", "1997"]);
    assert_eq!(values("Visitors rose from 1,000 in 1980 to 3,000 last year."), ["1980", "2019"]);
    assert_eq!(values("Sites fell from 400 in the primary of 2008 to 60."), ["2008"]);
    assert_eq!(values("It sold its stake in 1984 -- part of a plan."), ["1984"]);
    assert_eq!(values("Crowds grew from 1500 to 2500 people."), Vec::<String>::new());
    // A year before 1900 after `the` only before an event's noun.
    assert_eq!(values("In the 1828 presidential race and the 1876 election."), ["1828", "1876"]);
    assert!(values("Police came to the 1800 block of Main Street.").is_empty());
}

#[test]
fn the_following_year_counts_from_the_last_date_named() {
    let text = "On May 22, 1995, Farkas was made a general, and the following year he was appointed attache.";
    assert_eq!(values(text), ["1995-05-22", "1996"]);
    // With none named, from the article's date (2020-10-14).
    assert_eq!(values("The company put itself up for sale the following month."), ["2020-11"]);
}

#[test]
fn the_second_day_of_a_pair() {
    // The article is dated 2020-10-14.
    assert_eq!(values("The summit will be held on November 24 and 25."), ["2020-11-24", "2020-11-25"]);
    // (Sales that rose on November 24, told in October, rose last year.)
    assert_eq!(values("Sales rose on November 24 and 25 percent of it was online."), ["2019-11-24"]);
    // A weekday names no day of the month to pair with, and a number that
    // counts a unit is a length.
    assert_eq!(values("She was sentenced on Friday to 30 years in prison."), ["2020-10-09", "P30Y"]);
    let freed = values("He was jailed on November 2 and 30 days later freed.");
    assert!(!freed.iter().any(|v| v.ends_with("-11-30")), "{freed:?}");
}

#[test]
fn halves_and_unknown_numbers_of_coming_units() {
    assert_eq!(values("They lived in the camps for 2 1/2 years."), ["P2Y6M"]);
    assert_eq!(values("The flight took 5 1/2 hours."), ["PT5H30M"]);
    assert_eq!(values("The economy will slow in coming months."), ["PXM"]);
    assert_eq!(values("It will buy equipment in the coming years."), ["PXY"]);
    assert_eq!(values("It bodes ill for coming quarters and the coming quarters."), ["PXQ", "PXQ"]);
    // (`recent years` is the past as TimeBank writes it; `recent months`
    // a length.)
    assert_eq!(values("Kidnappings rose in recent years and in recent months."), ["PAST_REF", "PXM"]);
    assert_eq!(values("Eight trading days after the crash, shares rose."), ["P8D"]);
    let found = timexes("A few days later, the company announced the sale.");
    assert_eq!((found[0].0.as_str(), found[0].2.as_str()), ("A few days", "PXD"));
    // A half of a month or a game is no half of a year.
    assert_eq!(values("Turnout rose in the second half of November."), ["2019-11"]);
    assert!(timexes("They scored twice in the second half of the game.").is_empty());
    assert_eq!(values("Sales rose in the first half of 2015."), ["2015-H1"]);
    // The year after `of` goes with the half or the quarter.
    let found = timexes("Losses grew in the latter half of the year and in the third quarter of last year.");
    let found: Vec<(&str, &str)> = found.iter().map(|t| (t.0.as_str(), t.2.as_str())).collect();
    assert_eq!(found, [("the latter half of the year", "2020-H2"), ("the third quarter of last year", "2019-Q3")]);
    // A clock time written with a dot, before its meridiem only.
    assert_eq!(values("It landed at 10.15 a.m., up 10.15 percent."), ["2020-10-14T10:15"]);
    // The early hours of a day are a part of it; the first hours of a war,
    // a length.
    assert_eq!(values("Police came in the early hours of Thursday morning."), ["2020-10-08TMO"]);
    assert_eq!(values("Many fled in the first hours of the war."), ["PTXH"]);
}

#[test]
fn next_to_a_place_says_nothing_of_time() {
    // The article is dated 2020-10-14, a Wednesday.
    assert_eq!(values("The blasts next to the embassies on Monday killed twelve."), ["2020-10-12"]);
}

#[test]
fn holidays_by_their_rule_and_the_tense() {
    // The article is dated 2020-10-14.
    assert_eq!(values("Stores will open on Thanksgiving Day."), ["2020-11-26"]);
    assert_eq!(values("Voters go to the polls on Election Day."), ["2020-11-03"]);
    let edges = timexes("It fell in the last week of May and the first days of 2019.");
    let edges: Vec<(String, String, Option<&str>)> = edges.into_iter().map(|t| (t.0, t.2, t.3)).collect();
    let last_week = ("the last week of May".to_string(), "2020-05".to_string(), Some("END"));
    assert_eq!(edges, [last_week, ("the first days of 2019".into(), "2019".into(), Some("START"))]);
    // A shopping day is one expression, not a weekday of its own.
    assert_eq!(values("Crowds will come on Black Friday and buy on Cyber Monday."), ["2020-11-27", "2020-11-30"]);
    assert_eq!(
        values("He must have a plan before Inauguration Day. Juneteenth is a holiday."),
        ["2021-01-20", "2020-06-19"]
    );
    assert_eq!(values("Sales fell last Christmas."), ["2019-12-25"]);
    assert_eq!(values("The church was full at Easter."), ["2020-04-12"]);
    // Feasts counted from Easter, and a few more fixed days.
    let dated = |text| timexes_dated(Date::constant(2013, 3, 21), text);
    assert_eq!(
        dated("He will say Mass on Palm Sunday; Ash Wednesday fell in February.")
            .into_iter()
            .map(|t| (t.0, t.2))
            .collect::<Vec<_>>(),
        [
            ("Palm Sunday".into(), "2013-03-24".into()),
            ("Ash Wednesday".into(), "2013-02-13".into()),
            ("February".into(), "2013-02".into())
        ]
    );
    assert_eq!(values("July Fourth parades went ahead, as on Boxing Day."), ["2020-07-04", "2019-12-26"]);
    assert!(values("A palm tree stood in the holy city.").is_empty());
    // In a year of federal elections, Election Day is the coming one all
    // year; in another year, the last one unless the next is near.
    let dated = |date, text| timexes_dated(date, text).into_iter().map(|t| t.2).collect::<Vec<_>>();
    assert_eq!(dated(Date::constant(2016, 2, 17), "Turnout on Election Day matters."), ["2016-11-08"]);
    assert_eq!(dated(Date::constant(2015, 2, 17), "Turnout on Election Day mattered."), ["2014-11-04"]);
    // Super Tuesday comes in a year of presidential elections only, and
    // after it in that year a future tense still means it.
    assert_eq!(dated(Date::constant(2015, 11, 1), "He hopes to win on Super Tuesday."), ["2016-03-01"]);
    assert_eq!(dated(Date::constant(2016, 6, 1), "He will recall Super Tuesday."), ["2016-03-01"]);
    assert_eq!(dated(Date::constant(2016, 5, 18), "It took part in the 1988 Super Tuesday."), ["1988", "1988-03-08"]);
    assert!(dated(Date::constant(2016, 3, 14), "Before Super Tuesday 2 she fell.").is_empty());
}

#[test]
fn centuries_decades_and_joined_modifiers() {
    // The article is dated 2020-10-14.
    assert_eq!(values("It was built in the 11th century."), ["10"]);
    assert_eq!(values("Music of the twentieth century."), ["19"]);
    assert_eq!(values("It peaked in the nineties."), ["199"]);
    let found = timexes("Sales fell in mid-1996 and again in late-November.");
    assert_eq!(found[0], ("mid-1996".to_string(), "DATE", "1996".to_string(), Some("MID")));
    assert_eq!(found[1].2, "2019-11");
    let end = timexes("The deal should close by the end of the year.");
    assert_eq!(end, vec![("the end of the year".to_string(), "DATE", "2020".to_string(), Some("END"))]);
    // A decade with its apostrophe needs no `the`.
    assert_eq!(values("Victims abused in '70s and '80s sued."), ["197", "198"]);
    // A part of the day joined to its day; `as soon as possible`.
    let found = timexes("After his Tuesday-night wins, he said he would act as soon as possible.");
    assert_eq!(found[0], ("Tuesday-night".to_string(), "TIME", "2020-10-13TNI".to_string(), None));
    assert_eq!(found[1], ("as soon as possible".to_string(), "DATE", "FUTURE_REF".to_string(), None));
}

#[test]
fn the_end_of_the_year() {
    let found = timexes("Talks should end by year-end.");
    assert_eq!(found, vec![("year-end".to_string(), "DATE", "2020".to_string(), Some("END"))]);
    // A half of a month is that end of it; a half of the year its own period.
    let found = timexes("It is in the second half of July 2021, after the first half of 2021.");
    assert_eq!(found[0], ("the second half of July 2021".into(), "DATE", "2021-07".into(), Some("END")));
    assert_eq!(found[1].2, "2021-H1");
    let found = timexes("through the first half of the 20th century and the latter half of the 1990s");
    assert_eq!(
        (found[0].2.as_str(), found[0].3, found[1].2.as_str(), found[1].3),
        ("19", Some("START"), "199", Some("END"))
    );
}

#[test]
fn the_turn_of_a_century_is_about_its_first_year() {
    assert_eq!(
        timexes("Since the turn of the century, and at the turn of the 20th century, jobs moved.")
            .into_iter()
            .map(|t| (t.0, t.2, t.3))
            .collect::<Vec<_>>(),
        [
            ("the turn of the century".into(), "2000".into(), Some("APPROX")),
            ("the turn of the 20th century".into(), "1900".into(), Some("APPROX")),
        ]
    );
    assert!(values("It was the turn of the tide.").is_empty());
}

#[test]
fn ambiguous_words_are_left_alone() {
    assert!(values("You May go. They March on.").is_empty());
    assert!(values("It cost $2020 and 2020 people came.").is_empty());
    assert_eq!(values("now"), ["PRESENT_REF"]);
}

#[test]
fn seasons_alone_fiscal_years_and_months_before_nouns() {
    // 2020-10-14: summer is over; a story of what was done means this one.
    assert_eq!(
        timexes("By late summer, she looked vulnerable.")[0],
        ("late summer".into(), "DATE", "2020-SU".into(), Some("END"))
    );
    assert_eq!(values("It came after a rocky summer."), ["2020-SU"]);
    // `spring` and `fall` where a time is asked for, and nowhere else.
    assert_eq!(values("It may be spring before a vote, and by late fall a ruling."), ["2021-SP", "2020-FA"]);
    assert!(values("Deals may spring up. The fall of Rome. He will fall.").is_empty());
    assert!(values("She won gold at the Summer Olympics.").is_empty());
    // A game's halves and quarters are no year's.
    assert!(
        values("Leo Marchetti scored twice in the second half. A touchdown in the fourth quarter won it.").is_empty()
    );
    assert_eq!(values("Profit rose in the second half."), ["2020-H2"]);
    assert!(values("He hosted \"Saturday Night Live\" and watched Monday Night Football.").is_empty());
    assert_eq!(values("Protesters Rallied Saturday Night In Ohio"), ["2020-10-10TNI"]);
    assert_eq!(values("Sales fell last fiscal year and will rise this fiscal year."), ["2019", "2020"]);
    assert_eq!(timexes("in the current fiscal year")[0].0, "the current fiscal year");
    assert_eq!(
        timexes("Profit rose in fiscal year 2012.")[0],
        ("fiscal year 2012".into(), "DATE", "2012".into(), None)
    );
    assert_eq!(values("Florida's March presidential primary and the May elections"), ["2020-03", "2020-05"]);
    assert!(values("The March of Dimes gave.").is_empty());
    // A month its weather or a superlative describes; not a march so described.
    assert_eq!(values("It was the warmest March on record after a wet May."), ["2020-03", "2020-05"]);
    assert!(values("At the annual March for Life, the best May win.").is_empty());
    // After a word of planning, `for`; `into` and `throughout`.
    assert_eq!(values("It is set for May. Talks will go well into March."), ["2021-05", "2021-03"]);
    assert!(values("He voted for May. They ran into May at lunch.").is_empty());
}

#[test]
fn more_holidays_and_super_tuesday() {
    assert_eq!(values("on Martin Luther King Jr. Day"), ["2020-01-20"]);
    assert_eq!(values("before Presidents' Day"), ["2020-02-17"]);
    assert_eq!(values("on Columbus Day"), ["2020-10-12"]);
    // Not this week's Tuesday: the day of the primaries, 2020's.
    assert_eq!(values("He swept Super Tuesday."), ["2020-03-03"]);
}

#[test]
fn that_season_is_the_season_of_the_year_the_story_named() {
    assert_eq!(values("The firm was founded in 1998. That summer, it hired its first engineer."), ["1998", "1998-SU"]);
    assert_eq!(values("He won in 2012 and brokered a truce that fall."), ["2012", "2012-FA"]);
    // With no year named, the article's.
    assert_eq!(values("We are still in that summer lull."), ["2020-SU"]);
}

#[test]
fn after_midnight_in_the_past_is_the_midnight_that_opened_the_day() {
    assert_eq!(values("The council voted shortly after midnight."), ["2020-10-14T00:00"]);
    assert_eq!(values("She wrote on X, formerly Twitter, shortly after midnight."), ["PAST_REF", "2020-10-14T00:00"]);
    assert_eq!(values("The council voted at midnight."), ["2020-10-14T24:00"]);
    assert_eq!(values("The law takes effect after midnight."), ["2020-10-14T24:00"]);
}

#[test]
fn a_range_of_years_in_one_token_is_two_dates() {
    assert_eq!(timexes("She served from 2009-2013.")[1].0, "2013");
    assert_eq!(values("She served from 2009-2013."), ["2009", "2013"]);
    assert_eq!(values("the 1999-00 season"), ["1999", "2000"]);
    assert!(values("They won 3-1 and 2013-2009 makes no range.").is_empty());
}

#[test]
fn what_timeml_puts_around_an_expression() {
    assert_eq!(timexes("in the late 1970s")[0].0, "the late 1970s");
    assert_eq!(timexes("by the mid-1990s")[0].0, "the mid-1990s");
    assert_eq!(timexes("over the next year or so")[0].0, "the next year or so");
    assert_eq!(
        timexes("Then, a week or so ago, he left.")[0],
        ("a week or so ago".into(), "DATE", "2020-W41".into(), None)
    );
    assert_eq!(timexes("this past spring")[0], ("this past spring".into(), "DATE", "2020-SP".into(), None));
    assert_eq!(timexes("More recently it grew.")[0].0, "More recently");
    assert_eq!(timexes("right now")[0].0, "right now");
    assert_eq!(values("in the near term, the short term and the near future"), ["FUTURE_REF"; 3]);
    assert!(values("It shapes the future of the party and the immediate future of its leader.").is_empty());
    let found = timexes("in the very near future, unlike the recent past");
    assert_eq!(
        (found[0].0.as_str(), found[1].0.as_str(), found[1].2.as_str()),
        ("the very near future", "the recent past", "PAST_REF")
    );
    assert_eq!(values("these days"), ["PRESENT_REF"]);
}

#[test]
fn that_night_is_a_time_on_the_day_the_story_named() {
    assert_eq!(
        timexes("Polls closed on March 3. That night, Sanders spoke.")[1],
        ("That night".into(), "TIME", "2020-03-03TNI".into(), None)
    );
    assert_eq!(values("The rally began on June 7 and ended later that evening."), ["2020-06-07", "2020-06-07TEV"]);
    assert_eq!(values("He left that morning."), ["2020-10-14TMO"]);
    // `that` opening a clause names no time.
    assert!(values("He said that morning was the best time to run.").is_empty());
    assert!(values("She knew that evening meals ran late.").is_empty());
}

#[test]
fn a_fiscal_year_code_is_the_year() {
    assert_eq!(timexes("Profit rose in FY2012.")[0], ("FY2012".into(), "DATE", "2012".into(), None));
    assert_eq!(timexes("It will fall in FY 2013.")[0], ("FY 2013".into(), "DATE", "2013".into(), None));
    assert_eq!(values("FY-97 was good. An FYI note."), ["1997"]);
}

#[test]
fn that_year_is_the_year_the_story_named() {
    assert_eq!(values("He fled in June 1998 and returned later that year."), ["1998-06", "1998"]);
    // So is `that quarter`, and a quarter named is itself an anchor.
    assert_eq!(
        values("It earned $5 million in the second quarter of 1988. Results for that quarter included a charge."),
        ["1988-Q2", "1988-Q2"]
    );
    assert_eq!(values("The second quarter of 1988 was weak, and the following year too."), ["1988-Q2", "1989"]);
}

#[test]
fn around_a_moment_names_it_roughly() {
    assert_eq!(
        timexes("It happened around 7:15 p.m.")[0],
        ("around 7:15 p.m.".into(), "TIME", "2020-10-14T19:15".into(), Some("APPROX"))
    );
    assert_eq!(timexes("to be completed around Nov. 1")[0].0, "around Nov. 1");
    assert_eq!(timexes("They looked for ways to get around Wednesday's ruling.")[0].0, "Wednesday");
}

#[test]
fn a_title_or_an_age_is_no_time() {
    assert!(values("Baker, speaking on ABC News' \"This Week,\" said so.").is_empty());
    assert!(values("Gonzalez said on CBS's \"60 Minutes\" that he would wait.").is_empty());
    assert_eq!(values("\"Today, I'm here to tell you,\" he said."), ["2020-10-14"]);
    assert_eq!(values("Bush To Visit Next Week"), ["2020-W43"]);
    assert!(values("Mr. Reupke, 52 years old, will retire.").is_empty());
    assert_eq!(values("He served 52 years."), ["P52Y"]);
}

#[test]
fn counts_in_two_words_halves_after_the_unit_and_ranges() {
    assert_eq!(timexes("In the last twenty four hours it fell.")[0].0, "the last twenty four hours");
    assert_eq!(
        timexes("A minute and a half later he called.")[0],
        ("A minute and a half".into(), "DURATION", "PT1M30S".into(), None)
    );
    assert_eq!(timexes("within two to three weeks")[0], ("two to three weeks".into(), "DURATION", "PXW".into(), None));
    // In digits joined by a hyphen; not a score.
    assert_eq!(values("It took 2-3 weeks, less than 3-4 years ago. They won 7-6."), ["PXW", "PAST_REF"]);
    // And `previous years`, `prior years`, like `past years`.
    assert_eq!(values("It was lower than in previous years and prior years."), ["PXY", "PXY"]);
    assert_eq!(timexes("in a year or two")[0].0, "a year or two");
}

#[test]
fn clock_times_written_as_one_word() {
    assert_eq!(values("He arrived at 11pm and left at 10:30am."), ["2020-10-14T23:00", "2020-10-14T10:30"]);
    assert_eq!(timexes("at 7PM")[0].0, "7PM");
}

#[test]
fn the_day_of_a_month_the_previous_evening_and_parts_of_the_day() {
    assert_eq!(values("on the 3rd of March and the 21st of June 2015"), ["2020-03-03", "2015-06-21"]);
    assert_eq!(values("by the twenty-third of June, the first of many"), ["2020-06-23"]);
    assert_eq!(values("He was hurt on May 2. The previous evening he drank."), ["2020-05-02", "2020-05-01"]);
    assert_eq!(
        timexes("Dealers bought in the morning.")[0],
        ("the morning".into(), "TIME", "2020-10-14TMO".into(), None)
    );
    assert_eq!(timexes("He will leave at 4 in the morning.")[0].0, "4 in the morning");
    assert_eq!(values("In the past he sang."), ["PAST_REF"]);
    // Early or late in one, after a word that asks for a time.
    assert_eq!(
        timexes("It rained in the late afternoon.")[0],
        ("the late afternoon".into(), "TIME", "2020-10-14TAF".into(), Some("END"))
    );
    assert_eq!(
        timexes("By early evening, polls had closed.")[0],
        ("early evening".into(), "TIME", "2020-10-14TEV".into(), Some("START"))
    );
    assert!(values("Early morning raids hit the city; he works late afternoon shifts.").is_empty());
    assert_eq!(values("In the future and in the coming months"), ["FUTURE_REF", "PXM"]);
    assert_eq!(timexes("At present, no one knows.")[0].0, "present");
    assert_eq!(values("I saw him the other day. On the other hand, a present value."), ["PAST_REF"]);
}

#[test]
fn decades_with_an_apostrophe_lengths_as_adjectives_and_a_month_after_a_possessive() {
    assert_eq!(values("not seen since the '60s"), ["196"]);
    assert_eq!(values("since the ’90s"), ["199"]);
    // A second decade in the first one's century, not among degrees.
    assert_eq!(values("in the 1890s and 20s, the '60s and 70s"), ["189", "192", "196", "197"]);
    assert_eq!(timexes("in the early 1970's")[0], ("the early 1970's".into(), "DATE", "197".into(), Some("START")));
    // In two digits too; not degrees.
    assert_eq!(values("In the 60's he sang; in the early 70's he wrote."), ["196", "197"]);
    assert!(values("Highs will be in the 60's with rain.").is_empty());
    assert!(values("Temperatures were in the 50s and 60s. Men in their 30s, 40s and 50s came.").is_empty());
    assert_eq!(values("a weeks-long strike and their day-long meeting"), ["PXW", "P1D"]);
    assert_eq!(values("a three-decades-long war in a 1930s-era hall"), ["P30Y", "193"]);
    assert_eq!(values("after her March comment"), ["2020-03"]);
    assert_eq!(values("He said in a statement: \"Tonight, we won.\""), ["2020-10-14TNI"]);
}

#[test]
fn lengths_no_one_counted() {
    assert_eq!(
        timexes("They will live without it for a while.")[0],
        ("a while".into(), "DURATION", "PXX".into(), None)
    );
    assert_eq!(timexes("in the gulf region for some time")[0].0, "some time");
    assert!(values("at some time").is_empty());
    assert_eq!(timexes("Over the years, it grew.")[0].0, "the years");
    assert_eq!(timexes("in the weeks ahead")[0].0, "the weeks ahead");
    assert_eq!(timexes("The year ahead looks hard.")[0], ("The year ahead".into(), "DURATION", "P1Y".into(), None));
    assert_eq!(values("It grew over the years, over the decades and over the centuries."), ["PXY", "PXDE", "PXCE"]);
    assert!(values("The months passed.").is_empty());
    assert_eq!(timexes("seen in the weeks before the shooting")[0], ("weeks".into(), "DURATION", "PXW".into(), None));
    assert!(values("The days are long.").is_empty());
    // After a verb of lasting, or before `after`, `later`.
    assert_eq!(values("It took months to fix, and it could be years before a cure."), ["PXM", "PXY"]);
    assert_eq!(values("The deal follows months of talks."), ["PXM"]);
    assert_eq!(values("She crossed the border days after the attack. Weeks later, he left."), ["PXD", "PXW"]);
    assert!(values("It is a matter of days before he goes.").is_empty());
    assert_eq!(timexes("We need a few more days.")[0].0, "a few more days");
}

#[test]
fn a_season_or_fiscal_year_written_with_a_slash_is_two_years() {
    assert_eq!(values("Profits in 1996/97 rose; the 2009/2010 budget."), ["1996", "1997", "2009", "2010"]);
    assert_eq!(values("The crisis of 2008-9 and the 2019-0 season."), ["2008", "2009", "2019", "2020"]);
}

#[test]
fn a_quarter_or_half_century_the_day_after_tomorrow_and_late_in_the_year() {
    assert_eq!(
        values("For a quarter century he ruled; the past half-century; a quarter-century ago."),
        ["P25Y", "P50Y", "1995"]
    );
    assert_eq!(values("A quarter of voters agreed.").len(), 0);
    assert_eq!(values("The day after tomorrow, not the day before yesterday."), ["2020-10-16", "2020-10-12"]);
    assert_eq!(
        timexes("Late in the year, sales fell.")[0],
        ("Late in the year".into(), "DATE", "2020".into(), Some("END"))
    );
}

#[test]
fn a_month_named_alone_takes_the_year_named_with_it() {
    assert_eq!(values("It ran from June to September of 2018."), ["2018-06", "2018-09"]);
    assert_eq!(values("From November to February 2019 it snowed."), ["2018-11", "2019-02"]);
    assert_eq!(values("The festival was moved from August to May in 2019."), ["2019-08", "2019-05", "2019"]);
    // Not across a sentence.
    assert_eq!(values("He left in May. In 2019, it rained."), ["2020-05", "2019"]);
}

#[test]
fn how_long_something_has_lasted_unless_a_persons_age() {
    assert_eq!(values("The 8-month-old truce and a decade-old law ended a years-old slump."), ["P8M", "P10Y", "PXY"]);
    assert!(values("A 41-year-old man and their 6-month-old son.").is_empty());
}

#[test]
fn a_half_joined_to_the_count_by_a_hyphen() {
    assert_eq!(values("It emerged after 3-1/2 years; it took 2-1/2 hours."), ["P3Y6M", "PT2H30M"]);
    assert_eq!(values("It's been seven-and-a-half years; about four-and-a-half hours."), ["P7Y6M", "PT4H30M"]);
}

#[test]
fn a_half_hour_is_thirty_minutes() {
    assert_eq!(
        texts_and_values(
            "It came a half-hour later, after a half hour, in less than a half-hour, over the past half hour."
        ),
        [
            ("a half-hour".into(), "PT30M".into()),
            ("a half hour".into(), "PT30M".into()),
            ("less than a half-hour".into(), "PT30M".into()),
            ("the past half hour".into(), "PT30M".into()),
        ]
    );
    // Not a show's length as its name.
    assert!(values("He hosts the half-hour show.").is_empty());
}

#[test]
fn a_half_written_in_words_or_as_a_decimal() {
    assert_eq!(
        values("It lasted two and a half years, then 1.5 years; the talks took one and a half hours."),
        ["P2Y6M", "P1Y6M", "PT1H30M"]
    );
}

#[test]
fn recent_as_an_adjective_with_or_without_a_determiner() {
    assert_eq!(values("He was under fire over recent comments and the recent attacks."), ["PAST_REF", "PAST_REF"]);
    assert!(values("It was the most recent poll.").is_empty());
}

#[test]
fn a_decade_after_an_opening_quote_in_place_of_the_apostrophe() {
    assert_eq!(values("Like Germany in the \u{2018}30s, or in \u{2018}90s."), ["193", "199"]);
}

#[test]
fn a_month_beside_another_or_before_a_noun_after_a() {
    let dated = |text| timexes_dated(Date::constant(2016, 4, 10), text);
    assert_eq!(dated("It was not over in February or March.")[1].2, "2016-03");
    assert_eq!(dated("He gave a March speech.")[0].2, "2016-03");
    assert!(dated("They joined a March for Life.").is_empty());
}

#[test]
fn the_month_is_the_month_last_named() {
    assert_eq!(
        values("In October, the economy added 161,000 jobs during the month."),
        values("In October, the economy added 161,000 jobs during October.")
    );
    assert!(values("It came in the month of rain, the month after.").is_empty());
}

#[test]
fn a_count_of_units_in_a_row() {
    assert_eq!(values("Prices rose for 14 straight years and three consecutive quarters."), ["P14Y", "P3Q"]);
}

#[test]
fn a_numeric_date_is_day_first_where_the_first_can_be_no_month() {
    assert_eq!(values("Signed on 21/03/2013 and on 03/21/2013."), ["2013-03-21", "2013-03-21"]);
    // With dots, day first; not a version number.
    assert_eq!(values("OJ L 187 of 26.7.1996; Berlin 17.8.90."), ["1996-07-26", "1990-08-17"]);
    assert!(values("Version 1.2.16 shipped.").is_empty());
    // With hyphens, month first, the day in two digits.
    assert_eq!(values("Filed 10-29-99 and 10-29-1999."), ["1999-10-29", "1999-10-29"]);
    assert!(values("They won 3-2-1; shares ended at 3-11/16.").is_empty());
}

#[test]
fn a_year_after_an_amount_is_part_of_a_rate() {
    assert!(values("It will save $33 million a year and costs $3.2 million a day.").is_empty());
    assert!(values("They sell 50,000 CDs a year; prices rose 5% a year; four flights a week.").is_empty());
    assert_eq!(values("He was a year older."), ["P1Y"]);
    assert_eq!(values("She earns $15 an hour for an hour of work."), ["PT1H"]);
}

#[test]
fn that_time_is_the_time_last_named() {
    assert_eq!(values("The deal was signed in June 2011. By that time, Fiat had paid."), ["2011-06", "2011-06"]);
    assert_eq!(values("At that time he was 40."), ["PAST_REF"]);
    assert!(values("That time of year is busy. I knew that time was short.").is_empty());
}

#[test]
fn the_end_of_the_decade_is_the_articles_decade() {
    assert_eq!(
        timexes("By the end of the decade, it will end.")[0],
        ("the end of the decade".into(), "DATE", "202".into(), Some("END"))
    );
}

#[test]
fn modifiers_more_than_a_length_and_a_length_before_an_event() {
    assert_eq!(
        timexes("a tour likely to last over a week")[0],
        ("over a week".into(), "DURATION", "P1W".into(), Some("MORE_THAN"))
    );
    assert_eq!(timexes("money used over three years")[0].0, "three years");
    assert_eq!(timexes("for no more than sixty days")[0].1, "DURATION");
    assert_eq!(timexes("for no more than sixty days")[0].0, "no more than sixty days");
    assert_eq!(timexes("launched more than four decades ago")[0].0, "more than four decades ago");
    // Before an event, not before today: only the length is named.
    assert_eq!(
        timexes("must wait at least 30 days before closing")[0],
        ("at least 30 days".into(), "DURATION", "P30D".into(), Some("EQUAL_OR_MORE"))
    );
}

#[test]
fn what_else_timeml_takes_in() {
    assert_eq!(timexes("appear on the market sometime next year")[0].0, "sometime next year");
    assert_eq!(
        timexes("not profitable until 1994 or later")[0],
        ("1994 or later".into(), "DATE", "1994".into(), Some("ON_OR_AFTER"))
    );
    assert_eq!(timexes("cash flow for 1990 and beyond")[0].0, "1990 and beyond");
    assert_eq!(timexes("over a three-year period")[0].0, "a three-year period");
    assert_eq!(timexes("from the low levels of the early summer")[0].0, "the early summer");
    assert_eq!(values("earnings for the last half of 2019"), ["2019-H2"]);
    assert_eq!(values("a several-year tenure"), ["PXY"]);
    assert_eq!(values("Over the next couple of years"), ["P2Y"]);
    assert_eq!(
        timexes("prisoners taken in the first hours of the war")[0],
        ("the first hours".into(), "DURATION", "PTXH".into(), None)
    );
    // A report's nine months are a length, whatever quarter it names.
    assert_eq!(values("in the third quarter. Net for the year-earlier nine months rose."), ["2020-Q3", "P9M"]);
    assert!(values("It raised its quarterly dividend.").is_empty());
    // One expression each: the week a day is in, a part of a named day.
    assert_eq!(values("a hearing the week of March 6 at mid-afternoon yesterday"), ["2020-W10", "2020-10-13TAF"]);
}

#[test]
fn mid_afternoon_a_later_date_this_coming_sunday_and_post_1959() {
    assert_eq!(values("By mid afternoon, it was over. At mid-morning it began."), ["2020-10-14TAF", "2020-10-14TMO"]);
    assert_eq!(values("offerings at a later date"), ["FUTURE_REF"]);
    assert_eq!(
        timexes("It is this coming Sunday.")[0],
        ("this coming Sunday".into(), "DATE", "2020-10-18".into(), None)
    );
    assert_eq!(timexes("the post-1959 politics")[0], ("post-1959".into(), "DATE", "1959".into(), Some("AFTER")));
    assert_eq!(timexes("pre-1990 rules")[0].3, Some("BEFORE"));
}

#[test]
fn old_years_a_pair_of_months_and_going_without_to() {
    assert_eq!(values("a book dating from 1555"), ["1555"]);
    assert!(values("after 1500 metres").is_empty());
    assert_eq!(values("bodies found between July and December 1995"), ["1995-07", "1995-12"]);
    // `were going well` is no future; `is going to` is.
    assert_eq!(values("The talks were going well on Thursday."), ["2020-10-08"]);
    assert_eq!(values("He is going to win on Thursday."), ["2020-10-15"]);
}

#[test]
fn the_season_is_the_one_a_verb_beside_it_points_at() {
    let dated = |text: &str| timexes_dated(Date::constant(2016, 2, 10), text)[0].2.clone();
    assert_eq!(dated("The numbers changed over the summer."), "2015-SU");
    assert_eq!(dated("The movie is set to be released in the summer."), "2016-SU");
    // With no verb that says, the article's year's.
    assert_eq!(dated("The race could stretch well into the spring."), "2016-SP");
    // `slated` looks ahead, as `scheduled` does.
    assert_eq!(timexes_dated(Date::constant(2016, 6, 13), "a rally slated for Wednesday")[0].2, "2016-06-15");
}

#[test]
fn a_winter_is_named_by_the_year_it_begins_in() {
    let winter = |text: &str| {
        let mut doc = Document::new(text, Date::constant(2023, 1, 9));
        TimexTagger.run(&mut doc);
        doc.timexes[0].value.clone()
    };
    assert_eq!(winter("Buses will run through the winter."), "2022-WI");
    assert_eq!(winter("It snowed last winter."), "2021-WI");
    assert_eq!(winter("It will snow next winter."), "2023-WI");
    assert_eq!(winter("the level we saw in the winter of nineteen ninety-four"), "1994-WI");
}

#[test]
fn a_day_counted_within_an_event_is_today_when_said_of_today() {
    let found = timexes("Today is the eighth day of the strike.");
    assert_eq!(found[1], ("eighth day".into(), "DATE", "2020-10-14".into(), None));
    assert_eq!(values("The walkout entered its 10th day."), ["2020-10-14"]);
    assert_eq!(values("It's the second straight day of losses."), ["2020-10-14"]);
    // Told of another day, or no day at all, it is left alone.
    assert!(values("It was the fifth day of talks.").is_empty());
    assert!(values("It is the third consecutive month of gains.").is_empty());
    assert!(values("He won for the first time.").is_empty());
}

#[test]
fn a_decade_in_words_or_two_digits_takes_a_modifier_after_the() {
    assert_eq!(
        timexes("It began in the late seventies.")[0],
        ("the late seventies".into(), "DATE", "197".into(), Some("END"))
    );
    assert_eq!(timexes("It began in the mid-90s.")[0], ("the mid-90s".into(), "DATE", "199".into(), Some("MID")));
    assert_eq!(timexes("It began in the early 90s.")[0], ("the early 90s".into(), "DATE", "199".into(), Some("START")));
    // Degrees and points are no decades.
    assert!(values("Temperatures will be in the mid-90s.").is_empty());
    assert!(values("Her approval rating dipped into the mid-20s.").is_empty());
    assert!(values("Polls show his support in the 30s.").is_empty());
    assert!(values("He is in his mid-90s.").is_empty());
}
