//! One test per pattern of reported speech.

use crate::testing::{cues, quotes, some};

#[test]
fn indirect_speech_with_that() {
    let text = "Helen Okafor said that the bridge would reopen to traffic in May.";
    let found = quotes(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].kind, "indirect");
    assert_eq!(found[0].speaker, some("Helen Okafor"));
}

#[test]
fn indirect_speech_after_told_starts_after_its_object() {
    let found = quotes("The judge told the crowd she had written the song in Lisbon.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].text, "she had written the song in Lisbon");
    // A listener named with its article, then `that`.
    let found = quotes("Joe Wilson told The Post and Courier on Saturday that he cast his ballot for Rubio.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].text, "he cast his ballot for Rubio");
    // A listener and nothing told.
    assert_eq!(quotes("The decision was a good one, Lindsey Graham told The Huffington Post on Thursday.").len(), 1);
}

#[test]
fn a_wire_s_dateline_is_no_subject() {
    let text = "WASHINGTON (Reuters) - The Federal Reserve held rates on Wednesday but signaled it expects two cuts.";
    let found = quotes(text);
    assert!(found.iter().all(|q| q.speaker.as_deref() != Some("WASHINGTON")), "{found:?}");
}

#[test]
fn the_listeners_told_after_a_quotation_are_no_report() {
    let found = quotes("\"Munich has chosen to stay open,\" Feld told cheering supporters at a beer hall.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].kind, "direct");
}

#[test]
fn an_outlet_told_is_the_listener_whole() {
    // An outlet's noun after its words, and its name after the noun.
    assert_eq!(quotes("\"It is a sad day,\" Andreas Kyriou told state television late on Tuesday.").len(), 1);
    assert_eq!(quotes("\"We will stay,\" Tom Kent told local radio station WXRT.").len(), 1);
    let found = quotes("Kent told Italian daily La Repubblica that he would stay.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].text, "he would stay");
    // Only an outlet's noun: a second noun starts what was said.
    let found = quotes("Kent told reporters prices would rise.");
    assert_eq!(found[0].text, "prices would rise");
}

#[test]
fn a_speech_verb_after_but_shares_the_subject_and_ends_the_verb_before() {
    // (The stance before it, `praised the deal`, is an attribution of
    // its own.)
    let found = quotes("Sen. Bob Corker praised the deal but said that Congress must review it.");
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].text, "the deal");
    assert_eq!(found[1].text, "Congress must review it");
    assert_eq!(found[1].speaker, some("Bob Corker"));
    assert_eq!(cues("Sen. Bob Corker praised the deal but said that Congress must review it."), ["praise", "say"]);
    let found = quotes("James Comey called her email use careless, but said she should face no criminal charges.");
    assert_eq!(found.len(), 2, "{found:?}");
    // (A name given is a stance of its own.)
    assert_eq!(found[0].text, "her email use careless");
    assert_eq!(found[1].text, "she should face no criminal charges");
    assert_eq!(found[1].speaker, some("James Comey"));
}

#[test]
fn shares_of_those_polled_and_subjects_with_an_aside_report() {
    let found = quotes("Of those polled, 47% say the United States should send more troops.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].speaker_text.as_deref(), Some("47%"));
    let found = quotes("Others, however, say a recalibration is overdue for the party.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].speaker_text.as_deref(), Some("Others"));
    let found = quotes("Six in 10 say he is at least somewhat decisive.");
    assert_eq!(found[0].speaker_text.as_deref(), Some("Six in 10"));
    let found = quotes("Those over 60 say they feel that way by two to one.");
    assert_eq!(found[0].speaker_text.as_deref(), Some("Those over 60"));
    assert_eq!(found[0].text, "they feel that way by two to one");
    let found = quotes("Just over a quarter, 26 percent, say they will vote for someone else.");
    assert_eq!(found.len(), 1, "{found:?}");
    let found = quotes("Thirty-one percent of those surveyed say they would be satisfied with him.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].speaker_text.as_deref(), Some("Thirty-one percent of those surveyed"));
}

#[test]
fn a_subject_is_a_noun_phrase_not_the_words_around_it() {
    // A subject pronoun is the whole subject.
    let found = quotes("At the town hall this week she said she did not believe it amounted to an error.");
    assert_eq!(found[0].speaker_text.as_deref(), Some("she"));
    // Adverbs between the subject and its verb are not the subject.
    let found = quotes("Mrs. Clinton herself has always maintained that the server was secure.");
    assert_eq!(found[0].speaker_text.as_deref(), Some("Mrs. Clinton herself"));
    let found = quotes("Two of the delegates have already pledged that they will back Clinton.");
    assert_eq!(found[0].speaker_text.as_deref(), Some("Two of the delegates"));
    // The comma between a town and its state is not an aside's edge.
    let found = quotes("Trump, speaking at a rally in Wilmington, N.C., warned that Clinton would appoint judges.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].speaker, some("Trump"));
    // An ampersand inside a name is part of it.
    let found = quotes("Analysts at Kessler & Moore said in a note that the market had shrunk.");
    assert_eq!(found[0].speaker, some("Kessler & Moore"));
    // So is a plural's apostrophe (not one ending a name: `Farmers'
    // groups` are no one named).
    let found = quotes("Dockers walked out. The Vell Dockers' Union said the strike would last a week.");
    assert_eq!(found[0].speaker, some("Vell Dockers' Union"));
    let found = quotes("Farmers' groups said the harvest could fall by a third.");
    assert_eq!(found[0].speaker, None);
}

#[test]
fn between_the_subject_and_its_verb_a_time_or_a_relative_clause() {
    let found = quotes("Hillary Clinton on Tuesday said that the violence against Yazidis is genocide.");
    assert_eq!(found[0].speaker, some("Hillary Clinton"));
    let found = quotes("Donald Trump last week said that the violence against Yazidis is genocide.");
    assert_eq!(found[0].speaker, some("Donald Trump"));
    let text = "The official, who spoke on the condition of anonymity to discuss internal deliberations, \
                said that investigators are looking at it.";
    assert_eq!(quotes(text)[0].speaker_text.as_deref(), Some("The official"));
    // The one asked comes before the question.
    let found = quotes("The Huffington Post's Scott Conroy asked Sanders whether his age was fair game.");
    assert_eq!(found[0].text, "whether his age was fair game");
    let found = quotes("NBC's Chuck Todd asked the GOP frontrunner about the Twitter kerfuffle.");
    assert_eq!(found[0].text, "the Twitter kerfuffle");
    // Asides between dashes, before the verb or after it.
    let found = quotes("Tim Murphy — after a knock-on-wood gesture — told me he had been lucky all along.");
    assert_eq!(found[0].speaker, some("Tim Murphy"));
    let found = quotes("Paul Manafort said — on Twitter, as it happens — that Trump raised $4 million that day.");
    assert_eq!(found[0].text, "Trump raised $4 million that day");
    // A verb after `and` shares the clause's subject, past another
    // verb's object.
    let text = "Barack Obama met survivors of the massacre on Thursday and said the country must act on guns.";
    let found = quotes(text);
    assert_eq!(found[0].text, "the country must act on guns");
    assert_eq!(found[0].speaker, some("Barack Obama"));
}

#[test]
fn negated_speech_reports_nothing() {
    for text in [
        "Trump never said that Clinton was wrong about the plan.",
        "Trump is not saying that Clinton was wrong about the plan.",
        "Trump did not say that Clinton was wrong about the plan.",
        "Mark Dayton backs Clinton, but he's not predicting she'll win the caucuses.",
    ] {
        assert_eq!(quotes(text), vec![], "{text}");
    }
    assert_eq!(quotes("Trump has repeatedly said that Clinton was wrong about the plan.").len(), 1);
}

#[test]
fn when_a_company_reports_its_results_is_no_report() {
    assert_eq!(quotes("Lumetra makes chips. It will report earnings on Feb. 4."), vec![]);
    // What it reported is.
    assert_eq!(quotes("Lumetra reported earnings of $8.42 a share.").len(), 1);
    assert_eq!(quotes("Lumetra reported profits fell sharply.").len(), 1);
}

#[test]
fn a_passive_speech_verb_is_inside_the_report() {
    let found = quotes("Union leaders said they had not been warned.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].text, "they had not been warned");
}

#[test]
fn a_verb_in_a_relative_clause_without_that_does_not_end_a_report() {
    let found = quotes("Ms. Sherry said her editors took out one scene she wrote about a lunch with her boss.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].text, "her editors took out one scene she wrote about a lunch with her boss");
}

#[test]
fn a_clause_of_three_words_after_a_verb_of_saying_is_reported() {
    let found = quotes("Helen Okafor says she respects Clinton.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].text, "she respects Clinton");
    // A stance's object may be shorter (`rejected his proposal`), but not
    // one word, nor `declined to comment`.
    assert_eq!(quotes("Helen Okafor criticized the new plan.")[0].text, "the new plan");
    assert_eq!(quotes("Helen Okafor rejected his proposal.")[0].text, "his proposal");
    assert_eq!(quotes("Helen Okafor criticized it."), vec![]);
    assert_eq!(quotes("Helen Okafor declined to comment."), vec![]);
    assert_eq!(quotes("Helen Okafor declined to comment on the budget."), vec![]);
    // A speech verb that is a noun here (`rules`) does not end it; the
    // next one does.
    let found =
        quotes("Ed Rendell said the vacancy rules should be modernized, but Clinton said that discussion should wait.");
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].text, "the vacancy rules should be modernized");
    // A verb after `and` ends the report, however its subject reads.
    let found = quotes("Tom Ramos said private contractors cost more than federal workers and cited a study.");
    assert_eq!(found[0].text, "private contractors cost more than federal workers");
}

#[test]
fn a_country_may_carry_a_long_description_before_its_verb() {
    let text = "China, North Korea's only ally and its economic lifeline to the outside world, said it was \
                firmly opposed to the test.";
    let found = quotes(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].speaker_text.as_deref(), Some("China"));
}

#[test]
fn only_a_verb_of_saying_inverts_and_that_may_be_a_pronoun() {
    let found = quotes("Huma Abedin, vice chairwoman of the campaign, emailed supporters on Monday, urging calm.");
    assert!(found.iter().all(|q| !q.text.starts_with("Huma Abedin")), "{found:?}");
    let found = quotes("Mary Fallin said she thinks that's the message any candidate should have.");
    assert_eq!(found[0].text, "she thinks that's the message any candidate should have");
}

#[test]
fn a_cut_leaves_no_joining_word_at_the_end() {
    let found = quotes("Sidney Blumenthal said he would have told her not to use the server if he knew of it.");
    assert!(found.iter().all(|q| !q.text.ends_with(" if")), "{found:?}");
}

#[test]
fn in_the_passive_the_subject_is_not_the_speaker() {
    let found = quotes("Donald Trump is expected to deliver a victory speech later tonight.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].speaker_text, None);
    // Adverbs may stand between the auxiliary and the participle.
    let found = quotes("Janet Yellen is widely expected to lay the groundwork for a rate increase.");
    assert_eq!(found[0].speaker_text, None);
    // The progressive is active.
    let found = quotes("Donald Trump is asking voters to turn out for him in November.");
    assert_eq!(found[0].speaker, some("Donald Trump"));
}

#[test]
fn a_short_adjunct_between_the_verb_and_its_clause() {
    let found = quotes("Donald Trump said after the convention he would not accept the endorsement.");
    assert_eq!(found[0].text, "he would not accept the endorsement");
}

#[test]
fn a_speaker_before_the_verb_is_no_inversion() {
    let text = "Megan Hester, a senior associate at the Annenberg Institute for School Reform, said parents \
                still want neighborhood schools.";
    let found = quotes(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].text, "parents still want neighborhood schools");
    assert_eq!(found[0].speaker, some("Megan Hester"));
}

#[test]
fn indirect_speech_closed_by_the_verb_and_an_adjunct() {
    let found = quotes("The Boeing is Donald Trump's favorite flying toy, Trump said in an interview on Saturday.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].text, "The Boeing is Donald Trump's favorite flying toy");
    assert_eq!(found[0].speaker, some("Donald Trump"));
}

#[test]
fn indirect_speech_closed_by_a_name_and_its_description() {
    let found = quotes("The first ad could run this week, said Brian Baker, a longtime adviser to the family.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].text, "The first ad could run this week");
    assert_eq!(found[0].speaker, some("Brian Baker"));
}

#[test]
fn indirect_speech_with_the_attribution_between_commas() {
    let found = quotes("Acts of protest, Barack Obama said, are acts of patriotism.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].kind, "indirect");
    assert_eq!(found[0].speaker, some("Barack Obama"));
    // A clause between commas before the verb is no appositive.
    let text =
        "He would expand the deduction, but for some, the losses would outstrip the gains, said Lily Batchelder.";
    assert_eq!(quotes(text)[0].speaker, some("Lily Batchelder"));
    let found = quotes("The contrast with Trump, said Mike Doyle, would be clear to every voter.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].speaker, some("Mike Doyle"));
}

#[test]
fn a_verb_of_stance_attributes_its_object() {
    let found = quotes("Hillary Clinton criticized the new tax plan for its cuts to schools.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].text, "the new tax plan for its cuts to schools");
    assert_eq!(found[0].speaker, some("Hillary Clinton"));
    // Verbs of stance that PolNeAR's annotators take for attribution
    // most times they occur.
    let found = quotes("Senator Mary Landrieu rejected the claim that the levees had held.");
    assert_eq!(found[0].text, "the claim that the levees had held");
    let found = quotes("Senator Mary Landrieu expressed concern that the levees would not hold.");
    assert_eq!(found[0].text, "the levees would not hold");
    let found = quotes("Senator Mary Landrieu lambasted the levee board for its delays.");
    assert_eq!(found[0].text, "the levee board for its delays");
    let found = quotes("Senator Mary Landrieu implied that the levee board had lied.");
    assert_eq!(found[0].text, "the levee board had lied");
    // A verb with its particle, past the preposition after it.
    let found = quotes("Donald Trump lashed out at the judge in the case on Friday.");
    assert_eq!(found[0].text, "the judge in the case on Friday");
    assert_eq!(cues("Bernie Sanders brushed aside questions about his age."), ["brush aside"]);
    assert_eq!(
        quotes("Paul Ryan made clear that he would not endorse Trump yet.")[0].text,
        "he would not endorse Trump yet"
    );
    // An adjunct of place or time after the verb is nothing said.
    let text = "\"This is a fair contract,\" Alicia Moreno told reporters outside the district office.";
    assert_eq!(quotes(text).len(), 1, "{:?}", quotes(text));
    assert_eq!(quotes("Its return was announced on Tuesday at a ceremony attended by her family."), vec![]);
    // Nor is a passive's object, nor `thanks to`.
    assert_eq!(quotes("The plan was criticized by Democrats in the state legislature."), vec![]);
    assert_eq!(quotes("Her delegate lead continues to grow thanks to a big win in North Carolina."), vec![]);
    // An object ends before a second verb of the same subject.
    let found = quotes("Lena Alvarez thanked the city's festival volunteers and tagged them in a post.");
    assert_eq!(found[0].text, "the city's festival volunteers");
    // And before a clause of its own, a name and its verb after `, and`;
    // not inside a list.
    let found = quotes("The union rejected the offer, and union leader Tomas Varga posted a video online.");
    assert_eq!(found[0].text, "the offer");
    let found = quotes("Managers rejected the plan, the terms, and the revised timeline.");
    assert_eq!(found[0].text, "the plan, the terms, and the revised timeline");
    // A request put, and none.
    let found = quotes("Kevin Sullivan said he told staff to check whether anyone illegally disclosed the data.");
    assert_eq!(found[0].text, "he told staff to check whether anyone illegally disclosed the data");
    let found = quotes("Senator Mary Landrieu asked Congress to fund the levees this year.");
    assert_eq!(found[0].text, "Congress to fund the levees this year");
    assert_eq!(quotes("A trader, who asked not to be named, was less certain of it."), vec![]);
    // A stance on someone named needs no more than the name.
    let found = quotes("Jeb Bush endorsed Ted Cruz on Wednesday.");
    assert_eq!(found[0].text, "Ted Cruz");
    let found = quotes("Gov. Jerry Brown endorsed her.");
    assert_eq!(found[0].text, "her");
    // A name given.
    let found = quotes("Martin O'Malley called Donald Trump a fascist at the rally.");
    assert_eq!(found[0].text, "Donald Trump a fascist at the rally");
    assert_eq!(quotes("The money went to a super PAC called Our Principles in the spring."), vec![]);
    // A topic after `about`.
    let found = quotes("Donald Trump talked about the stock market for an hour.");
    assert_eq!(found[0].text, "about the stock market for an hour");
    assert_eq!(quotes("Donald Trump talked to reporters for an hour on Monday."), vec![]);
    // What is answered or pointed to.
    let found = quotes("Michael Briggs responded to the request in a letter on Monday.");
    assert_eq!(found[0].text, "to the request in a letter on Monday");
    // What was not said is no one's words.
    assert_eq!(quotes("Michael Briggs did not respond to a request for comment on Monday."), vec![]);
    // A passive's agent is not what is said.
    assert_eq!(quotes("Hillary Clinton has been endorsed by dozens of papers across the country."), vec![]);
}

#[test]
fn a_participle_after_a_comma_takes_the_main_subject() {
    let found = quotes("Jason Chaffetz sent a letter on Friday, citing the agency's own audit of the program.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].speaker, some("Jason Chaffetz"));
}

#[test]
fn called_for_attributes_what_was_asked() {
    let found = quotes("Bernie Sanders called for a full recount of the votes in Michigan.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].speaker, some("Bernie Sanders"));
}

#[test]
fn a_finding_is_attributed_like_speech() {
    let found = quotes("A new Gallup poll found most voters disliked both candidates.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].kind, "indirect");
    // Not a verdict, nor a goal.
    for text in [
        "A federal jury on Wednesday found former Mayor Carl Dobbins guilty of taking bribes.",
        "Vance levelled from the spot and added a second in the 71st minute before Brennan sealed the win.",
    ] {
        assert!(quotes(text).is_empty(), "{text}: {:?}", quotes(text));
    }
}

#[test]
fn an_intent_attributes_what_follows_to() {
    let found = quotes("Hillary Clinton plans to call on young people to join a national service.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].speaker, some("Hillary Clinton"));
    assert!(found[0].text.starts_with("to call on young people"), "{found:?}");
}

#[test]
fn a_party_tag_in_brackets_stays_with_the_speaker() {
    let found = quotes("Sen. David Perdue (R-Ga.) said he did not believe those attacks had worked.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].speaker, some("David Perdue"));
}

#[test]
fn a_question_clause_is_what_was_said() {
    let found = quotes("Mary Ham explained why she backs the Republican nominee this year.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].text.starts_with("why she backs"), "{found:?}");
}

#[test]
fn a_relative_pronoun_speaks_for_the_name_before_it() {
    let found = quotes("It angered Ted Cruz, who said the party had lost its way on trade.");
    let quote = found.iter().find(|q| q.text.starts_with("the party")).expect("the indirect quote");
    assert_eq!(quote.speaker_text.as_deref(), Some("who"));
    assert_eq!(quote.speaker, some("Ted Cruz"));
}

#[test]
fn reported_speech_stops_before_the_next_attribution() {
    let text = "Elizabeth Warren called for executives to face jail time, and Ted Cruz, who spoke \
                later, said the hearing was a show.";
    let found = quotes(text);
    let warren = found.iter().find(|q| q.speaker.as_deref() == Some("Elizabeth Warren")).expect("Warren's");
    assert_eq!(warren.text, "for executives to face jail time");
    assert!(found.iter().any(|q| q.speaker.as_deref() == Some("Ted Cruz")), "{found:?}");
}

#[test]
fn a_speech_verb_inside_what_was_said_is_part_of_it() {
    let found = quotes("Tom Ramos said Trump has not replied to his requests.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].text, "Trump has not replied to his requests");
    assert_eq!(found[0].speaker, some("Tom Ramos"));
    let found = quotes("Tom Ramos said the department had not replied to his letters.");
    assert_eq!(found[0].text, "the department had not replied to his letters");
    // So is one in the infinitive.
    let found = quotes("Farmers' groups said the harvest, due to begin in late October, could fall by a third.");
    assert_eq!(found[0].text, "the harvest, due to begin in late October, could fall by a third");
    let found = quotes("She said she had no plans to announce anything.");
    assert_eq!(found[0].text, "she had no plans to announce anything");
}

#[test]
fn a_headline_capitalises_its_speech_verb() {
    let text = "Bernie Sanders Says He Has Already Started Writing His Address\n\nThe senator spoke.";
    let found = quotes(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].speaker, some("Bernie Sanders"));
    assert_eq!(cues(text), ["say"]);
}

#[test]
fn patterns_at_the_very_end_of_an_article_read_nothing_past_it() {
    for text in ["When", "When asked", "Asked", "Asked whether", "Lynch:", "Lynch: No", "He said", "According to"] {
        assert!(quotes(text).len() <= 1, "{text}");
    }
}

#[test]
fn indirect_speech_with_the_attribution_after_it() {
    let text = "The bridge will reopen to traffic in May, Helen Okafor said.";
    let found = quotes(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].kind, "indirect");
    assert_eq!(found[0].speaker, some("Helen Okafor"));
}

#[test]
fn a_verb_in_an_aside_says_no_more_than_the_aside() {
    let found = quotes("The union, which endorsed Hillary Clinton in November, is widely regarded as liberal.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].text, "Hillary Clinton in November");
    // (Unless the comma opens an aside of the speech's own.)
    let found = quotes("Mr. Bauer, who said Mr. Jäger, under fire for the failures, would do better to keep quiet.");
    assert_eq!(found[0].text, "Mr. Jäger, under fire for the failures, would do better to keep quiet");
    // An aside opened by `as` and its subject; and a name called is no
    // words.
    assert!(quotes("Maggie, as musicians call her, is known for long rehearsals.").is_empty());
}

#[test]
fn points_after_percentage_or_basis_are_a_unit() {
    let found = quotes("The fund's return was 0.4 percentage points below that of its benchmark index.");
    assert!(found.is_empty(), "{found:?}");
    let found = quotes("He points out that the fund is large.");
    assert_eq!(found[0].text, "the fund is large");
}

#[test]
fn an_interview_s_label_is_no_part_of_what_was_said() {
    let found = quotes("A: Most customers should have power back by Friday, Erin Blake said.");
    assert_eq!(found[0].text, "Most customers should have power back by Friday");
}
