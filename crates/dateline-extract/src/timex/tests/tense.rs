//! Which side of the article's date a weekday, a month or a quarter
//! falls on: the tense of the clause it stands in (`tense.rs`).

use super::*;

#[test]
fn weekdays_follow_tense() {
    assert_eq!(values("He sang on Monday."), ["2020-10-12"]);
    assert_eq!(values("He will sing on Monday."), ["2020-10-19"]);
    assert_eq!(timexes("He sang Wednesday night.")[0].1, "TIME");
    assert_eq!(values("He sang Wednesday night."), ["2020-10-14TNI"]);
}

#[test]
fn a_modal_looks_ahead_and_a_plain_verb_after_one_is_no_past() {
    // The article is dated 2020-10-14.
    assert_eq!(values("She is the one candidate who can win in August."), ["2021-08"]);
    // `put` after `will` is no past verb; `unprecedented` after `an` is
    // no verb; `died` is one.
    assert_eq!(values("A rift will put the state up for grabs in November."), ["2020-11"]);
    assert_eq!(values("The winner will receive an unprecedented windfall in March."), ["2021-03"]);
    assert_eq!(values("The senator, who died Sunday, was 94."), ["2020-10-11"]);
}

#[test]
fn a_weekday_takes_the_tense_of_its_own_clause() {
    // The article is dated 2020-10-14, a Wednesday. The verb right after
    // the day, or the nearest word that says a tense, not one in another
    // clause.
    assert_eq!(values("The victory on Tuesday ended a run of losses, and the party will regroup."), ["2020-10-13"]);
    assert_eq!(values("Lee, who announced a plan on Monday, plans to focus on jobs."), ["2020-10-12"]);
    assert_eq!(values("By the time the campaign is over on Monday, we will have called every voter."), ["2020-10-19"]);
    assert_eq!(values("The fund is to resume trading Tuesday."), ["2020-10-20"]);
    // Nor `expected` in a comparison; a forecast looks ahead.
    assert_eq!(values("Lee reported lower than expected profits on Thursday."), ["2020-10-08"]);
    let august = Date::constant(2020, 8, 14);
    let found = timexes_dated(august, "Growth was strong in the second quarter and he forecast a rise in Q4.");
    assert_eq!(found[1].2, "2020-Q4");
    // What forecasters expect lies ahead, however far the verb.
    let november = Date::constant(2026, 11, 24);
    let found =
        timexes_dated(november, "Forecasters expect the storm to move east into the North Sea by Friday afternoon.");
    assert_eq!(found[0].2, "2026-11-27TAF");
    // But the time a forecast was made is the past.
    let found = timexes_dated(november, "The company forecast in February that sales would fall.");
    assert_eq!(found[0].2, "2026-02");
    // `plans` as a noun says no tense.
    assert_eq!(values("The group changed its advertising plans after the debate on Saturday."), ["2020-10-10"]);
    // A timetable told in the present lies ahead.
    assert_eq!(values("The offer, which ends March 31, was raised."), ["2021-03-31"]);
    assert_eq!(values("Lee takes office on Jan. 20."), ["2021-01-20"]);
    assert_eq!(values("Tickets go on sale Saturday."), ["2020-10-17"]);
    assert_eq!(values("The new rates take effect on April 1."), ["2021-04-01"]);
    assert_eq!(values("The council voted to raise council tax by 4% from April."), ["2021-04"]);
    assert_eq!(values("Sales rose from 3% to 4% from April."), ["2020-04"]);
    assert_eq!(values("The series premieres Sunday on HBO."), ["2020-10-18"]);
    // So does a fixture, with its verb after a name or a pronoun; a noun
    // of the same form says nothing.
    assert_eq!(values("Rovers play Harfield Town away on Saturday."), ["2020-10-17"]);
    assert_eq!(values("Cruz told radio host Mike Gallagher on Wednesday that he would win."), ["2020-10-14"]);
    // What is awaited lies ahead, whatever the tense of the waiting; what
    // was prepared for may be over.
    assert_eq!(values("Fans are preparing for Saturday's final."), ["2020-10-17"]);
    assert_eq!(values("Polls showed Lee trailing just ahead of Tuesday's vote."), ["2020-10-20"]);
    assert_eq!(values("Lee campaigned hard in the run-up to Sunday's election."), ["2020-10-18"]);
    assert_eq!(values("The team prepared for Saturday's final in Leeds."), ["2020-10-10"]);
    // What is told within the clause has a tense of its own.
    assert_eq!(values("Lee joined the debate, announcing on Monday he would meet them."), ["2020-10-12"]);
    assert_eq!(values("It came after the announcement Friday that she would run."), ["2020-10-09"]);
    // Nor the attribution that trails it, whose verb tells when it was
    // said.
    // A participle after a verb of being is an adjective, no past verb.
    assert_eq!(values("Schools will stay closed Thursday and Friday."), ["2020-10-15", "2020-10-16"]);
    let november = Date::constant(2026, 11, 30);
    let text =
        "Lee said the government would cut fuel duty by 5p a litre from April, a move the opposition called cynical.";
    assert_eq!(timexes_dated(november, text)[0].2, "2027-04");
}

#[test]
fn a_month_half_a_year_from_the_article_is_past_unless_the_sentence_looks_ahead() {
    let june = Date::constant(2016, 6, 16);
    let found = timexes_dated(june, "The couple shot dead 14 people in the town, in December.");
    assert_eq!(found[0].2, "2015-12");
    let found = timexes_dated(june, "The party will meet again in the capital, in December.");
    assert_eq!(found[0].2, "2016-12");
}

#[test]
fn a_weekday_after_until_lies_ahead() {
    // The article is dated 2020-10-14, a Wednesday.
    assert_eq!(values("Police said the pass would stay closed until at least Friday."), ["2020-10-16"]);
    assert_eq!(values("The pass closed on Friday."), ["2020-10-09"]);
    assert_eq!(values("Up until Friday, they had found nothing."), ["2020-10-09"]);
    // A clock time before the day is part of the deadline.
    assert_eq!(values("The agency has given them until 9 a.m. EST Friday to sign."), ["2020-10-16T09:00"]);
}

#[test]
fn a_weekday_opening_its_clause_takes_the_tense_of_the_verb_after_it() {
    // `next` further on would make the sentence one about the future.
    assert_eq!(
        values("On Wednesday night, he praised the race in one breath, then mocked it in the next."),
        ["2020-10-14TNI"]
    );
    assert_eq!(values("On Friday, the government planned to pay."), ["2020-10-09"]);
    assert_eq!(values("On Friday, the government will pay."), ["2020-10-16"]);
    // Not past the end of a quotation.
    assert_eq!(values("\"He will leave at dawn (4 a.m. Thursday),\" Castro said."), ["2020-10-15T04:00"]);
}

#[test]
fn a_month_opening_its_sentence_takes_the_tense_of_the_verb_after_it() {
    // 2020-10-14: `In December, he hired` is last December.
    assert_eq!(values("In December, the company hired a new chief."), ["2019-12"]);
    // Deep in the sentence, the verb after it is another clause's.
    assert_eq!(values("NATO will admit three nations in early December, an official said."), ["2020-12"]);
}

#[test]
fn a_plan_in_the_past_perfect_is_past() {
    // 2020-10-14 is a Wednesday.
    assert_eq!(values("The offer had been due to expire Friday evening."), ["2020-10-09TEV"]);
    assert_eq!(values("The offer is due to expire Friday evening."), ["2020-10-16TEV"]);
}

#[test]
fn tense_words_that_mislead_and_words_that_tell() {
    // `United` is no past tense; `would` is read.
    assert_eq!(values("He would be traveling to the United States Thursday."), ["2020-10-15"]);
    assert_eq!(values("The group might come as soon as Tuesday."), ["2020-10-20"]);
    assert_eq!(values("The talks are set to resume Monday."), ["2020-10-19"]);
    assert_eq!(values("They freed him and set Friday as the deadline."), ["2020-10-09"]);
    assert_eq!(values("The dividend is payable Jan. 2."), ["2021-01-02"]);
    assert_eq!(values("Until Thursday, they had not called him a suspect."), ["2020-10-08"]);
    assert_eq!(values("The school stays closed until Thursday."), ["2020-10-15"]);
    // What is expected lies ahead; after `the first`, `cut` is a noun.
    assert_eq!(values("He expects the first cut in March."), ["2021-03"]);
    assert_eq!(values("Mr. Cruz first stirred crowds in March."), ["2020-03"]);
    // Written in August: a date seen in the past is last year's.
    let mut doc = Document::new("He was last seen Nov. 3, the day before.", Date::constant(1999, 8, 7));
    TimexTagger.run(&mut doc);
    assert_eq!(doc.timexes[0].value, "1998-11-03");
    // An irregular past, and the verb before a part of the day.
    for text in [
        "The ship sank on Sept. 3.",
        "The ship sank on the morning of Sept. 3.",
        "Rebels seized the town on the night of Sept. 3.",
    ] {
        let mut doc = Document::new(text, Date::constant(2013, 3, 15));
        TimexTagger.run(&mut doc);
        assert_eq!(doc.timexes[0].value, "2012-09-03", "{text}");
    }
    // A passive in the present is no past: `when the case is heard in
    // May`; nor `get stuck` after a modal.
    let march = Date::constant(2016, 3, 4);
    for text in [
        "The boy will stay here until the case is heard in November.",
        "They will get stuck with a worse deal if the November vote goes badly.",
    ] {
        assert_eq!(timexes_dated(march, text)[0].2, "2016-11", "{text}");
    }
    let mut doc = Document::new("The offer was extended to Nov. 16.", Date::constant(1999, 8, 7));
    TimexTagger.run(&mut doc);
    assert_eq!(doc.timexes[0].value, "1999-11-16");
    // And a timetable in the present, written in October: a date a few
    // months gone is next year's.
    assert_eq!(values("The law takes effect June 1."), ["2021-06-01"]);
    assert_eq!(values("The museum reopens on Saturday."), ["2020-10-17"]);
    assert_eq!(values("It was signed June 1."), ["2020-06-01"]);
}

#[test]
fn a_quarter_not_yet_begun_is_this_years_when_the_sentence_looks_ahead() {
    let quarter = |text: &str| {
        let mut doc = Document::new(text, Date::constant(2023, 1, 9));
        TimexTagger.run(&mut doc);
        doc.timexes[0].value.clone()
    };
    assert_eq!(quarter("A review was set for the second quarter."), "2023-Q2");
    assert_eq!(quarter("Sales fell in the second quarter."), "2022-Q2");
    // Written `Q2`, the same rule.
    assert_eq!(quarter("A review is set for Q2."), "2023-Q2");
    assert_eq!(quarter("Sales fell in Q2."), "2022-Q2");
}
