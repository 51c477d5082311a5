//! One test per pattern, in the order of the module's documentation
//! (reported speech: `indirect/`; the sieve: `resolve.rs`; continuation:
//! `continuation.rs`).

use crate::testing::{cues, descriptors, quotes, record, some, speaker_of};

#[test]
fn after_the_closing_mark_name_then_verb() {
    let text = "\"We will rebuild,\" Mayor Helen Okafor said on Tuesday.";
    assert_eq!(speaker_of(text, "We will rebuild"), some("Helen Okafor"));
}

#[test]
fn a_past_tense_the_cue_table_lacks_attributes_after_the_closing_mark() {
    let text = "\"If they were serious, they would have done it,\" Pat Toomey fumed.";
    assert_eq!(speaker_of(text, "If they were serious"), some("Pat Toomey"));
    assert_eq!(cues(text), ["fume"]);
    let text = "\"We will not go back,\" Pat Toomey fumed on Tuesday.";
    assert_eq!(speaker_of(text, "We will not go back"), some("Pat Toomey"));
    let text = "\"Not now,\" sighed Helen Okafor.";
    assert_eq!(speaker_of(text, "Not now"), some("Helen Okafor"));
    // Only when the verb ends the sentence: here it opens a clause.
    let text = "\"We will not go back now,\" Helen Okafor frowned at the crowd and left.";
    assert!(quotes(text).iter().all(|q| q.speaker.is_none()), "{:?}", quotes(text));
}

#[test]
fn a_one_word_quote_before_a_long_speaker_phrase_is_speech_not_a_title() {
    let text = "\"Unbelievable,\" the 34-year-old Brazilian striker told reporters after the match.";
    assert_eq!(quotes(text).len(), 1, "{:?}", quotes(text));
    assert!(record(text).entities.iter().all(|e| e.name != "Unbelievable"));
    // A title before a comma and a clause with no speech verb stays one.
    let text = "\"Summer Rain,\" the first song she ever wrote, sold well.";
    assert!(quotes(text).is_empty(), "{:?}", quotes(text));
    // Nor is a title inside a sentence, however near the verb.
    let text = "On ABC's \"This Week,\" Senator Bernie Sanders said he would stay in the race.";
    assert!(quotes(text).iter().all(|q| q.kind != "direct"), "{:?}", quotes(text));
}

#[test]
fn a_body_named_after_its_description_speaks() {
    let text = "Her label, Halcyon Records, said it \"fully supports Nova's decision.\"";
    assert_eq!(speaker_of(text, "fully supports"), some("Halcyon Records"));
    let text = "Giovanni Vian, the editor of the Vatican's newspaper, L'Osservatore Romano, said every pope \
                was \"both religious and political.\"";
    assert_eq!(speaker_of(text, "both religious"), some("Giovanni Vian"));
}

#[test]
fn a_description_then_the_name_it_describes() {
    let text = "\"They paid what it was worth,\" said one analyst, Priya Raman.";
    assert_eq!(speaker_of(text, "They paid"), some("Priya Raman"));
    let text = "Its chairman, Sir Malcolm de Souza, said the board had backed the offer.";
    assert_eq!(speaker_of(text, "the board had backed"), some("Malcolm de Souza"));
    // A name in the description is the speaker's own.
    let text = "\"We paid enough,\" said Hannah Ruiz, the buyer.";
    assert_eq!(speaker_of(text, "We paid enough"), some("Hannah Ruiz"));
}

#[test]
fn a_coordinated_verb_after_an_adverb_and_as_someone_puts_it() {
    let text = "Lawrence Wilkerson brought up the bombing and later said, \"It is not just one group.\"";
    assert_eq!(speaker_of(text, "It is not just"), some("Lawrence Wilkerson"));
    let text = "As Dana Milbank puts it, \"Senate Republicans are unmoved.\"";
    assert_eq!(speaker_of(text, "Senate Republicans"), some("Dana Milbank"));
    assert_eq!(cues(text), ["put it"]);
}

#[test]
fn a_participle_after_the_closing_mark_leaves_the_quote_to_the_verb_before() {
    let text = "Trump has hailed the vote as \"fantastic,\" telling reporters in Scotland that he liked it.";
    assert_eq!(speaker_of(text, "fantastic"), some("Trump"));
    let text = "Ted Cruz said there is \"only one strong conservative in the race,\" adding that it is him.";
    assert_eq!(speaker_of(text, "only one strong"), some("Ted Cruz"));
    assert_eq!(cues(text)[0], "say");
}

#[test]
fn the_subject_across_a_short_adjunct_or_a_town_and_its_state() {
    let text = "Donald Trump at the time said he had asked his \"people\" to look into it.";
    assert_eq!(speaker_of(text, "people"), some("Donald Trump"));
    let text =
        "Speaking at a town hall in Salem, New Hampshire, Donald Trump went after Bush, calling him \"a total stiff.\"";
    assert_eq!(speaker_of(text, "a total stiff"), some("Donald Trump"));
}

#[test]
fn a_report_or_a_listener_in_the_attribution() {
    let text = "\"The changes add to the urgency,\" the congressional report stated.";
    assert_eq!(quotes(text)[0].speaker_text.as_deref(), Some("the congressional report"));
    let text = "\"Who knows?\" Donald Trump told Britain's ITV television station in an interview.";
    assert_eq!(speaker_of(text, "Who knows"), some("Donald Trump"));
    let text = "Donald Trump told Britain's ITV he would not visit the country.";
    assert_eq!(quotes(text)[0].text, "he would not visit the country");
    let text = "He jokes, \"It is a never ending line!\"";
    assert_eq!(quotes(text)[0].speaker_text.as_deref(), Some("He"));
}

#[test]
fn after_a_full_stop_inside_the_marks_only_a_whole_attribution() {
    let text = "\"I hope you find the missing emails.\" Donald Trump said. Clinton says they were personal.";
    assert_eq!(speaker_of(text, "I hope you find"), some("Donald Trump"));
    // The next sentence opens a statement of its own.
    let text = "\"I fully support his re-election.\" Sen. Kelly Ayotte went on to praise the governor.";
    assert_eq!(speaker_of(text, "I fully support"), None);
    // A new paragraph is no attribution of the one before.
    let text = "\"We will win the state.\"\n\nSen. Kelly Ayotte said.";
    assert_eq!(speaker_of(text, "We will win"), None);
    // Nor a statement with its own source after a comma; the quote is
    // the earlier report's.
    let text = "Ingrid Solberg told investors that the cuts were \"painful but necessary.\" A High Court judge \
                approved the plan, analysts at Fjord Capital said.";
    assert_eq!(speaker_of(text, "painful but necessary"), some("Ingrid Solberg"));
}

#[test]
fn a_quote_after_a_coordinated_verb_leaves_the_first_verb_its_report() {
    let text = "Marco Rubio said his attacks have given his campaign momentum and said that Trump is not \
                of the \"party of Reagan.\"";
    assert_eq!(speaker_of(text, "party of Reagan"), some("Marco Rubio"));
    assert_eq!(cues(text), ["say", "say"]);
    let found = quotes(text);
    assert!(found.iter().any(|q| q.text == "his attacks have given his campaign momentum"), "{found:?}");
    // The first verb reports even when a quote later in the sentence is
    // attributed through it.
    let text = "In an interview, Lazar said he welcomed extradition and added, \"I'll plead guilty.\"";
    assert!(quotes(text).iter().any(|q| q.text == "he welcomed extradition"), "{:?}", quotes(text));
}

#[test]
fn a_speech_verb_after_but_without_a_subject_is_the_cue_of_the_report_s_subject() {
    let text = "Mayor Jennifer Roberts said she thinks the video should be released but said \"the question \
                is the timing.\"";
    assert_eq!(speaker_of(text, "the question is"), some("Jennifer Roberts"));
    let found = quotes(text);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].text, "she thinks the video should be released");
}

#[test]
fn a_pronoun_opening_a_report_stands_for_the_one_reporting() {
    let text = "Attorney General Loretta Lynch said she recalled thinking, \"This is what people have talked about.\"";
    assert_eq!(speaker_of(text, "This is what people"), some("Loretta Lynch"));
    let text = "Mayor Jennifer Roberts said Friday that she wants \"justice for Terrence\" soon.";
    assert_eq!(speaker_of(text, "justice for Terrence"), some("Jennifer Roberts"));
    // A pronoun that reports on its own keeps the quote.
    let text = "Jennifer Roberts arrived late. She said, \"The question is the timing.\"";
    assert_eq!(speaker_of(text, "The question is"), some("Jennifer Roberts"));
}

#[test]
fn after_the_closing_mark_verb_then_name() {
    let text = "\"It is finished,\" said Tom Whitfield, who farms near the river.";
    assert_eq!(speaker_of(text, "It is finished"), some("Tom Whitfield"));
}

#[test]
fn a_relative_clause_before_the_verb_lends_it_no_cue() {
    let text = "\"Nobody saw this coming,\" one engineer, who asked not to be named because she was not \
                authorised to speak publicly, told Reuters.";
    assert_eq!(cues(text), ["tell"]);
    assert_eq!(quotes(text)[0].speaker_text.as_deref(), Some("one engineer"));
}

#[test]
fn an_appositive_names_the_speaker_and_describes_them() {
    let text = "\"The bridge is safe,\" Jane Roe, a spokeswoman for the city, said.";
    assert_eq!(speaker_of(text, "The bridge is safe"), some("Jane Roe"));
    let record = record(text);
    let jane = record.entities.iter().find(|e| e.name == "Jane Roe").expect("Jane Roe is an entity");
    assert!(jane.descriptors.iter().any(|d| d.starts_with("a spokeswoman")), "{:?}", jane.descriptors);
}

#[test]
fn a_description_after_the_verb_and_the_name_describes_the_speaker() {
    let text = "\"We will rebuild,\" said Jane Roe, a spokeswoman for the council.";
    assert_eq!(descriptors(text, "Jane Roe"), ["a spokeswoman for the council"]);
    let text = "\"One timetable,\" said Ingrid Berg, chief executive of Harbour Line, at a news conference.";
    assert_eq!(descriptors(text, "Ingrid Berg"), ["chief executive of Harbour Line"]);
    let text = "\"I will believe it,\" said Derek Lyle, 64, a retired bus driver who attended the meeting.";
    assert_eq!(descriptors(text, "Derek Lyle"), ["a retired bus driver who attended the meeting"]);
    // What goes on with the sentence describes no one.
    for text in [
        "\"We won,\" said Jane Roe, surrounded by her staff.",
        "\"We won,\" said Jane Roe, for the second time.",
        "\"We won,\" said Jane Roe, though.",
        "\"We won,\" said Jane Roe, who runs the council.",
    ] {
        assert!(descriptors(text, "Jane Roe").is_empty(), "{text}: {:?}", descriptors(text, "Jane Roe"));
    }
}

#[test]
fn a_person_set_off_by_commas_is_described_whether_or_not_they_speak() {
    let text = "The finance minister, Elena Petrakis, flew to Moscow on Wednesday.";
    assert_eq!(descriptors(text, "Elena Petrakis"), ["The finance minister"]);
    let text = "Tom Brennan, 52, a former county prosecutor, has spent $9 million on advertising.";
    assert_eq!(descriptors(text, "Tom Brennan"), ["a former county prosecutor"]);
    let text = "The gap is £19.5 million, according to a report by its finance director, Alan Birch.";
    assert_eq!(descriptors(text, "Alan Birch"), ["its finance director"]);
    let text = "Kestrel's founder and CEO, Marcus Webb, will join the board.";
    assert_eq!(descriptors(text, "Marcus Webb"), ["Kestrel's founder and CEO"]);
    let text = "Outside the court, the son of one victim, David Harper, thanked the jury.";
    assert_eq!(descriptors(text, "David Harper"), ["the son of one victim"]);
    // An obituary's long appositive, its head before a relative clause.
    let text = "Margaret Ellison, a Nebraska Democrat who served four terms in the U.S. Senate and chaired its \
                agriculture committee in the 1990s, died on Sunday.";
    let long = "a Nebraska Democrat who served four terms in the U.S. Senate and chaired its agriculture committee \
                in the 1990s";
    assert_eq!(descriptors(text, "Margaret Ellison"), [long]);
    // An age between the name and a long description is no part of it.
    let text = "Chelsea Clinton spoke.\n\nClinton, 35, the daughter of former President Bill Clinton and Democratic \
                presidential candidate Hillary Clinton, said on Monday, \"Next summer, we will move.\"";
    let long = "the daughter of former President Bill Clinton and Democratic presidential candidate Hillary Clinton";
    assert_eq!(descriptors(text, "Chelsea Clinton"), [long]);
    // A description the story later uses for the speaker.
    let text = "The finance minister, Elena Petrakis, flew to Moscow. The minister said talks were open.";
    assert_eq!(speaker_of(text, "talks were open"), some("Elena Petrakis"));
    // Neither a thing nor a clause after a name describes the person.
    for text in [
        "Voters backed Jane Roe, a move that angered the mayor.",
        "Even for Jane Roe, her gender is generating less commentary.",
    ] {
        assert!(descriptors(text, "Jane Roe").is_empty(), "{text}: {:?}", descriptors(text, "Jane Roe"));
    }
}

#[test]
fn a_role_right_before_a_name_describes_the_person() {
    for (text, name, role) in [
        ("Prime Minister Daria Voss visited the town.", "Daria Voss", "Prime Minister"),
        ("Rovers manager Steve Pike praised the fans.", "Steve Pike", "Rovers manager"),
        ("Late on, substitute Kai Brennan sealed the win.", "Kai Brennan", "substitute"),
        (
            "Democratic presidential candidate Hillary Clinton spoke.",
            "Hillary Clinton",
            "Democratic presidential candidate",
        ),
        ("Germany's Chancellor Angela Merkel arrived.", "Angela Merkel", "Germany's Chancellor"),
        ("Clinton's lawyer Beth Wilkinson declined to comment.", "Beth Wilkinson", "lawyer"),
        ("Texas Gov. Greg Abbott declared a disaster.", "Greg Abbott", "Texas Gov."),
        // (Not what comes before the title: a noun, a verb.)
        ("Critics faulted the way FBI Director James Comey handled it.", "James Comey", "FBI Director"),
    ] {
        assert_eq!(descriptors(text, name), [role], "{text}");
    }
    // An age alone is no description, nor a word that only ends like a
    // person's noun.
    assert!(descriptors("19-year-old Tyler Grant scored twice.", "Tyler Grant").is_empty());
    assert!(descriptors("Neither the mayor nor Tyler Grant spoke.", "Tyler Grant").is_empty());
}

#[test]
fn an_age_between_commas_is_no_part_of_the_description_before_the_verb() {
    let text = "\"It is fine,\" Ann Lee, 52, a nurse, said.";
    assert_eq!(speaker_of(text, "It is fine"), some("Ann Lee"));
    assert_eq!(descriptors(text, "Ann Lee"), ["a nurse"]);
    let text = "Derek Lyle, 64, a retired bus driver, said the vote was a disgrace.";
    assert_eq!(speaker_of(text, "the vote was a disgrace"), some("Derek Lyle"));
    assert_eq!(descriptors(text, "Derek Lyle"), ["a retired bus driver"]);
    // An age in years is no description either.
    let text = "\"It is fine,\" Ann Lee, 52 years old, a nurse, said.";
    assert_eq!(descriptors(text, "Ann Lee"), ["a nurse"]);
    let text = "Piotr Nowak, 58 years old, said the port had no money left.";
    assert_eq!(speaker_of(text, "the port had no money left"), some("Piotr Nowak"));
    assert!(descriptors(text, "Piotr Nowak").is_empty());
    // The description before a name set off with its age.
    let text = "Ashdown won. Ashdown's coach, Viktor Hale, 52 years old, said the referee erred.";
    assert_eq!(speaker_of(text, "the referee erred"), some("Viktor Hale"));
    assert_eq!(descriptors(text, "Viktor Hale"), ["Ashdown's coach"]);
    // Not a phrase that describes no person.
    let text = "As a part of his plea, Marcel Lehel Lazar, 44, said that he had erred.";
    assert!(descriptors(text, "Marcel Lehel Lazar").is_empty());
}

#[test]
fn a_role_on_its_field_before_the_name_is_one_description() {
    let text = "The Labour Party's spokesman on the economy, Daniel Forde, said the plan was unfunded.";
    assert_eq!(speaker_of(text, "the plan was unfunded"), some("Daniel Forde"));
    assert_eq!(descriptors(text, "Daniel Forde"), ["The Labour Party's spokesman on the economy"]);
}

#[test]
fn a_named_speaker_may_carry_a_long_appositive() {
    let text = "\"It is an invasion of the state's domain,\" Scott Pruitt, the attorney general of \
                Oklahoma, one of the states suing the agency, said at an event this month.";
    assert_eq!(speaker_of(text, "It is an invasion"), some("Scott Pruitt"));
}

#[test]
fn before_the_opening_mark_through_a_colon() {
    let text = "Governor Ana Lima said: \"We are ready for the storm.\"";
    assert_eq!(speaker_of(text, "We are ready"), some("Ana Lima"));
}

#[test]
fn a_clause_without_verb_or_subject_goes_on_with_the_report_before_it() {
    let text = "Neil Zimmer said he had offers for the car, but \"the offers were not ones I liked.\"";
    assert_eq!(speaker_of(text, "the offers were not"), some("Neil Zimmer"));
    // A clause with a subject of its own is not the report's.
    let text = "Neil Zimmer said he had offers for the car, but Ana Lima thought them \"not serious.\"";
    assert_ne!(speaker_of(text, "not serious"), some("Neil Zimmer"));
}

#[test]
fn a_participle_speaks_for_its_clause_subject_and_tell_names_the_listener() {
    let text = "Donald Trump returned the compliment, telling Reuters, \"Sheldon is a great man.\"";
    assert_eq!(speaker_of(text, "Sheldon is a great man"), some("Donald Trump"));
}

#[test]
fn a_participle_after_the_first_verb_is_the_cue_of_a_second_statement() {
    let text = "\"He stands for the middle class,\" Marley Anderson said, adding that he is \"the most trustworthy.\"";
    assert_eq!(cues(text), ["say", "add"]);
    assert_eq!(speaker_of(text, "the most trustworthy"), some("Marley Anderson"));
    // The comma inside the closing mark.
    let text = "Ted Cruz said there is \"only one conservative,\" adding that Trump \"attacks us.\"";
    assert_eq!(cues(text), ["say", "add"]);
}

#[test]
fn verbs_of_manner_attribute_quotes() {
    let text = "\"Not in my town,\" Mayor Helen Okafor retorted.";
    assert_eq!(speaker_of(text, "Not in my town"), some("Helen Okafor"));
    let text = "\"This is fantastic!\" gushed Donald Hartley, a retired teacher.";
    assert_eq!(speaker_of(text, "This is fantastic"), some("Donald Hartley"));
    let text = "Mayor Helen Okafor shot back, \"That is not true.\"";
    assert_eq!(speaker_of(text, "That is not true"), some("Helen Okafor"));
    assert_eq!(cues(text), ["shoot back"]);
    let text = "\"We had a board meeting,\" Sean Hannity went on.";
    assert_eq!(speaker_of(text, "We had a board meeting"), some("Sean Hannity"));
    let text = "\"Honestly, no,\" John Oliver barked.";
    assert_eq!(speaker_of(text, "Honestly, no"), some("John Oliver"));
    let text = "Senator Mary Landrieu could only quip: \"I guess Christmas Eve was booked.\"";
    assert_eq!(speaker_of(text, "I guess Christmas"), some("Mary Landrieu"));
    // An ampersand inside the speaker's words.
    let text = "\"We are shocked,\" one P&G employee told French television.";
    let found = quotes(text);
    assert_eq!(found[0].speaker_text.as_deref(), Some("one P&G employee"));
}

#[test]
fn according_to_before_a_quote() {
    let text = "The team lost again. According to the Daily Post, \"The players were tired and angry.\"";
    assert_eq!(speaker_of(text, "The players were tired"), some("Daily Post"));
    assert_eq!(cues(text), ["according to"]);
    // Opening the sentence, for words quoted further on.
    let text = "According to Donald Trump, he was once part of the establishment but is now \
                \"the worst thing that ever happened to it.\"";
    assert_eq!(speaker_of(text, "the worst thing"), some("Donald Trump"));
    // Right after the closing mark.
    let text = "\"The visit was the high point of their relationship,\" according to Ben Rhodes.";
    assert_eq!(speaker_of(text, "The visit was"), some("Ben Rhodes"));
    // A word quoted inside a report that ends on it is the report's.
    let text = "The campaign pays \"dozens\" of canvassers, according to Jeff Weaver.";
    assert_eq!(speaker_of(text, "The campaign pays"), some("Jeff Weaver"));
}

#[test]
fn a_name_before_a_colon() {
    let text = "Voters are restless. Republican pollster Dara Shaw: \"This is a strange year for everyone.\"";
    assert_eq!(speaker_of(text, "This is a strange year"), some("Dara Shaw"));
    // After a speech verb, the name before the colon is the listener.
    let text = "Reince Priebus later on Thursday told Fox News: \"We are united.\"";
    assert_eq!(speaker_of(text, "We are united"), some("Reince Priebus"));
}

#[test]
fn the_subject_of_a_clause_ending_on_a_colon() {
    let text = "The mayor left at noon. Jared Potts echoed: \"We need more parks in this town.\"";
    assert_eq!(speaker_of(text, "We need more parks"), some("Jared Potts"));
    let text = "Politico reveals a few relevant facts: \"Of its voters, 30 are Democrats.\"";
    assert_eq!(speaker_of(text, "Of its voters"), some("Politico"));
}

#[test]
fn an_inverted_verb_opening_the_sentence() {
    let text = "Tom Ellis is a tax lawyer. Said Ellis: \"I don't get the sense she is interested.\"";
    assert_eq!(speaker_of(text, "I don't get the sense"), some("Tom Ellis"));
    // The record names the verb however it is capitalised.
    assert_eq!(cues(text), ["say"]);
}

#[test]
fn an_adjunct_without_a_comma_before_the_subject() {
    let text = "In a Bloomberg interview Donald Trump declared \"I think NATO may be obsolete.\"";
    assert_eq!(speaker_of(text, "I think NATO"), some("Donald Trump"));
}

#[test]
fn a_question_is_not_attributed_to_the_next_statement() {
    let text = "\"What kind of genius loses a billion dollars?\" Hillary Clinton says there needs to be \
                a law that requires the nominee to release returns.";
    let found = quotes(text);
    let question = found.iter().find(|q| q.text.starts_with("What kind")).expect("the question");
    assert_eq!(question.speaker, None, "{found:?}");
    // A participle after the verb is no new statement either.
    let text = "\"Who would have believed it?\" Donald Trump said, looking out on the cheering crowd.";
    assert_eq!(speaker_of(text, "Who would have believed"), some("Donald Trump"));
    // An adjunct after the verb is no new statement.
    let text = "\"Alabama is proud to cast its votes!\" Senator Jeff Sessions said as he launched the roll call.";
    assert_eq!(speaker_of(text, "Alabama is proud"), some("Jeff Sessions"));
    let text = "Lila Moreno posted on Sunday. \"Our family is growing!\" Moreno, 33, wrote alongside a photo.";
    assert_eq!(speaker_of(text, "Our family is growing"), some("Lila Moreno"));
    // Never across a paragraph.
    let text = "As one lawyer put it, \"Did he evade his taxes?\"\n\nMr. Trump has never been charged with \
                any wrongdoing.";
    assert_eq!(speaker_of(text, "Did he evade"), None);
}

#[test]
fn before_the_opening_mark_with_an_object() {
    let text = "Ana Lima told reporters, \"We are ready for the storm.\"";
    assert_eq!(speaker_of(text, "We are ready"), some("Ana Lima"));
}

#[test]
fn a_partial_quote_takes_the_speech_verb_earlier_in_its_sentence() {
    let text = "Chrissy Teigen posted a photo. Teigen wrote that she drove \"home from the hospital\" alone.";
    let found = quotes(text);
    let quote = found.iter().find(|q| q.text == "home from the hospital").expect("the partial quote");
    assert_eq!(quote.kind, "partial");
    assert_eq!(quote.speaker, some("Chrissy Teigen"));
}

#[test]
fn a_partial_quote_belongs_to_the_first_speech_verb_of_its_clause() {
    let text = "Hillary Clinton spoke in Ohio. Clinton says she appreciated what she calls a \"war of \
                some pretty unpleasant words.\"";
    assert_eq!(speaker_of(text, "war of some"), some("Hillary Clinton"));
}

#[test]
fn a_speech_verb_after_and_shares_the_clause_s_subject() {
    let text = "Donald Trump bemoaned the unrest in Charlotte and said drugs were a \"very, very big \
                factor\" in the violence.";
    assert_eq!(speaker_of(text, "very, very big"), some("Donald Trump"));
}

#[test]
fn an_adjunct_before_the_verb_is_not_the_speaker() {
    let text = "Ted Cruz spoke on Friday. In a Facebook message, he said he had \"areas of significant \
                disagreement\" with Trump.";
    let found = quotes(text);
    let quote = found.iter().find(|q| q.text.starts_with("areas")).expect("the partial quote");
    assert_eq!(quote.speaker_text.as_deref(), Some("he"));
}

#[test]
fn a_participle_before_the_mark_takes_the_subject_of_the_verb_before_it() {
    let text = "\"We cannot afford this anymore,\" Donald Trump said, adding later, \"NATO is costing \
                us a fortune.\"";
    let found = quotes(text);
    let nato = found.iter().find(|q| q.text.starts_with("NATO")).expect("the second quote");
    assert_eq!(nato.speaker.as_deref(), Some("Donald Trump"));
}

#[test]
fn an_auxiliary_stands_between_the_speaker_and_the_verb() {
    let text = "Donald Trump spoke in Michigan. He's claiming that voting fraud is \"a big, big problem \
                in this country.\"";
    assert_eq!(speaker_of(text, "a big, big problem"), some("Donald Trump"));
}

#[test]
fn words_named_in_a_relative_clause_are_the_main_subject_s() {
    let text = "Nikki Haley condemned what she called a \"brazen breach\" of the resolutions.";
    let found = quotes(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].speaker, some("Nikki Haley"));
}

#[test]
fn the_clause_s_first_name_may_carry_an_aside_before_its_verb() {
    let text = "Harry Reid (D-Nev.), in particular, has been pounding Donald Trump as a \"con artist \
                who cannot be trusted.\"";
    assert_eq!(speaker_of(text, "con artist"), some("Harry Reid"));
}

#[test]
fn a_group_described_by_where_it_is_speaks() {
    let text = "Protesters marching through the streets chanted \"What curfew?\" and kept going.";
    let found = quotes(text);
    assert_eq!(found[0].speaker_text.as_deref(), Some("Protesters marching through the streets"));
}

#[test]
fn a_name_in_a_prepositional_phrase_is_not_the_subject() {
    let text = "In a White House statement, President Barack Obama condemned the test as \"provocative \
                and destabilizing.\"";
    assert_eq!(speaker_of(text, "provocative"), some("Barack Obama"));
    // Nor where the noun before it opens the sentence: the people, not
    // the place, speak.
    let found = quotes("Residents of Tarnow said the water was brown.");
    assert_eq!(found[0].speaker_text.as_deref(), Some("Residents of Tarnow"));
    assert_eq!(found[0].speaker, None);
    // (A time is no such phrase.)
    let text = "Back in 1999, Tom Ray praised the mayor, telling CNBC: \"I wish I could be like that.\"";
    assert_eq!(speaker_of(text, "I wish"), some("Tom Ray"));
}

#[test]
fn a_clause_after_but_has_its_own_speaker() {
    let text = "Critics called the plan \"a giveaway to developers,\" but Mayor Helen Okafor said it \
                would bring \"good jobs to the valley.\"";
    assert_eq!(speaker_of(text, "good jobs"), some("Helen Okafor"));
}

#[test]
fn words_quoted_in_a_clause_without_a_speech_verb_are_its_subject_s() {
    let text = "Japan branded North Korea an \"outlaw nation in the neighborhood.\"";
    let found = quotes(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].speaker_text.as_deref(), Some("Japan"));
    // One word so quoted is a scare quote, no one's words.
    assert!(quotes("Washington appears weak before the Turkish \"offensive.\"").is_empty());
}

#[test]
fn a_transcript_label_in_capitals_is_the_speaker() {
    let text = "Mike Pence spoke to Fox.\n\n\"PENCE: Well, look, we are going to win Iowa.\"";
    let found = quotes(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].speaker_text.as_deref(), Some("PENCE"));
}

#[test]
fn a_name_after_a_dash_is_the_speaker() {
    let text = "Fans lined the river.\n\n\"I came for the music and stayed for the food.\" — Jorge Falcon";
    assert_eq!(speaker_of(text, "I came for the music"), some("Jorge Falcon"));
}
