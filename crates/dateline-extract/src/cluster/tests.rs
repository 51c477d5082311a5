//! One test per clustering rule, in the order of the module's
//! documentation, and for what the issue of clustering asks besides:
//! titles, possessives, handles, ages and descriptors used as speakers.

use crate::doc::EntityType;
use crate::record::{Entity, Record};
use crate::testing::record;

fn entity<'r>(record: &'r Record, name: &str) -> &'r Entity {
    record
        .entities
        .iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| panic!("no entity {name:?} in {:#?}", record.entities))
}

fn mentions_of(record: &Record, name: &str) -> Vec<String> {
    let text: Vec<char> = record.text.chars().collect();
    entity(record, name).mentions.iter().map(|m| text[m[0]..m[1]].iter().collect()).collect()
}

#[test]
fn the_same_name_with_a_title_is_the_same_entity() {
    let record = record("Sen. Elizabeth Warren questioned the bank. Later, Elizabeth Warren left the room.");
    assert_eq!(mentions_of(&record, "Elizabeth Warren").len(), 2);
    assert_eq!(record.entities.iter().filter(|e| e.name.contains("Warren")).count(), 1);
}

#[test]
fn a_name_in_a_headline_s_capitals_is_the_same_entity() {
    let record = record("STORM KNOCKS OUT POWER IN TEXAS\n\nStorms knocked out power across Texas on Monday.");
    assert_eq!(mentions_of(&record, "Texas"), ["TEXAS", "Texas"]);
}

#[test]
fn a_town_in_a_results_table_and_its_club_are_two_entities() {
    // The club in the standings, the venue after `AT`.
    let record =
        record("LEAGUE STANDINGS\nW L PCT\nDETROIT 52 80 .394\nTORONTO 60 72 .455\nSCHEDULE\nTORONTO AT DETROIT");
    let detroit: Vec<_> = record.entities.iter().filter(|e| e.name == "DETROIT").map(|e| e.kind.as_str()).collect();
    assert_eq!(detroit, ["ORG", "GPE"]);
    // In prose the town typed both ways stays one (`Cleveland sets
    // rules` is the town for its council), as does a name no gazetteer
    // knows as a place.
    assert!(super::same_family(EntityType::Org, EntityType::Gpe, "Cleveland"));
    assert!(super::same_family(EntityType::Org, EntityType::Gpe, "INFOWARS"));
    assert!(!super::same_family(EntityType::Org, EntityType::Gpe, "DETROIT"));
}

#[test]
fn a_newspaper_with_and_without_its_the_is_one_entity() {
    let herald = record("The Kelso Herald reported the deal. A spokesman told the Kelso Herald it was over.");
    assert_eq!(mentions_of(&herald, "Kelso Herald"), ["The Kelso Herald", "Kelso Herald"]);
    // Where the tagger took the `The` in itself too.
    let times = record("Shares fell, and The New York Times reported the talks. Later the New York Times said more.");
    assert_eq!(mentions_of(&times, "New York Times"), ["The New York Times", "New York Times"]);
}

#[test]
fn a_surname_and_a_first_name_are_aliases_of_the_full_name() {
    let record = record(
        "Maria Alvarez closed the festival on Sunday. Alvarez thanked her band. Fans called for Maria \
         to return.",
    );
    let maria = entity(&record, "Maria Alvarez");
    assert!(maria.aliases.contains(&"Alvarez".to_string()), "{:?}", maria.aliases);
    assert!(maria.aliases.contains(&"Maria".to_string()), "{:?}", maria.aliases);
}

#[test]
fn a_familiar_form_of_a_first_name_is_the_person_s() {
    let held = record(
        "Daniel Ng, 24, was held on Friday. Police said Danny had fled the flat. Mary Ng, his mother, \
         said Daniel was innocent.",
    );
    let daniel = entity(&held, "Daniel Ng");
    assert!(daniel.aliases.contains(&"Danny".to_string()), "{:?}", daniel.aliases);
    // Not the other way: a formal name alone is not a familiar one's.
    let leaders = record("Chris Christie spoke in Iowa. Christian leaders met later.");
    let christie = entity(&leaders, "Chris Christie");
    assert!(!christie.aliases.iter().any(|a| a == "Christian"), "{:#?}", leaders.entities);
}

#[test]
fn the_most_recently_named_person_owns_a_shared_surname() {
    let clintons = record(
        "Hillary Clinton spoke in Ohio. Bill Clinton spoke in Iowa on the same day. Clinton praised \
         the farmers there.",
    );
    assert_eq!(mentions_of(&clintons, "Bill Clinton").len(), 2, "{:#?}", clintons.entities);
    // Named before, not after: the surname is the person already met.
    let chelsea = record(
        "Chelsea Clinton announced a second child. Clinton, 35, the daughter of former President Bill \
         Clinton, said so on Twitter.",
    );
    assert_eq!(mentions_of(&chelsea, "Chelsea Clinton").len(), 2, "{:#?}", chelsea.entities);
    // Unless the story has already called another by the surname alone.
    let hillary = record(
        "Hillary Clinton flew to Kiev. Mrs. Clinton met the president. An aide wrote to Mrs. Clinton \
         about a visit by Chelsea Clinton and her husband. Mrs. Clinton replied that she was pleased.",
    );
    assert_eq!(mentions_of(&hillary, "Hillary Clinton").len(), 4, "{:#?}", hillary.entities);
    // In a new paragraph, the story's subject over a relative named once.
    let obituary = record(
        "Margaret Eyre, a marine biologist, died on Saturday. Margaret Eyre was 91.\n\nHer death was \
         confirmed by her son, Thomas Eyre.\n\nBorn in Leeds, Dr. Eyre studied zoology.",
    );
    assert_eq!(mentions_of(&obituary, "Margaret Eyre").len(), 3, "{:#?}", obituary.entities);
}

#[test]
fn first_names_joined_to_a_full_name_share_its_surname() {
    let brothers =
        record("The firm was founded by the brothers Hamish and Euan Calder. Peter, Paul and Mary Jones sang.");
    for name in ["Hamish Calder", "Euan Calder", "Peter Jones", "Paul Jones", "Mary Jones"] {
        assert_eq!(entity(&brothers, name).kind, "PERSON");
    }
    // Someone else's name stays theirs: after a title, in a fuller name
    // elsewhere, typed otherwise, or one of a list of people.
    let others = record(
        "Hillary Clinton met President Obama and Michelle Obama. Later, Hillary and Huma Abedin spoke. \
         Senator Marco Rubio of Florida and Jeb Bush trailed. Panetta and Biden and Susan Rice all agreed.",
    );
    for wrong in ["Obama Obama", "Hillary Abedin", "Florida Bush", "Biden Rice"] {
        assert!(others.entities.iter().all(|e| e.name != wrong), "{wrong}");
    }
}

#[test]
fn a_generational_suffix_is_no_surname() {
    let rfk = record("Robert F. Kennedy Jr. said he would run. Kennedy, 70, spoke in Boston.");
    let kennedy = entity(&rfk, "Robert F. Kennedy Jr.");
    assert_eq!(kennedy.aliases, ["Kennedy"]);
    assert_eq!(kennedy.age, Some(70));
}

#[test]
fn a_title_s_gender_chooses_among_people_sharing_a_surname() {
    let clintons = record(
        "Hillary Clinton spoke in Ohio. Bill Clinton spoke in Iowa on the same day. Mrs. Clinton praised \
         the farmers there.",
    );
    assert_eq!(mentions_of(&clintons, "Hillary Clinton").len(), 2, "{:#?}", clintons.entities);
    // A first name the lists give the other gender is still the one
    // person of that surname.
    let graham = record("Lindsey Graham spoke on Sunday. Mr. Graham said the vote would fail.");
    assert_eq!(mentions_of(&graham, "Lindsey Graham").len(), 2, "{:#?}", graham.entities);
}

#[test]
fn a_company_with_or_without_its_legal_form_and_by_its_first_word_is_one() {
    let harwick = record(
        "Harwick Foods Inc. said its profit rose. Harwick Foods makes snacks. In March, Harwick had \
         reported a drop.",
    );
    let company = entity(&harwick, "Harwick Foods Inc.");
    assert_eq!(company.aliases, ["Harwick Foods", "Harwick"]);
    // Not a name that does not end as a company's does.
    let pac = record("The Super PAC spent $2 million. Super Tuesday is next week.");
    assert!(pac.entities.iter().all(|e| e.aliases.is_empty()), "{:#?}", pac.entities);
}

#[test]
fn a_company_s_first_word_before_its_founder_is_named_is_the_company() {
    let founded = record(
        "Harwick Foods cut jobs. Raman joined Harwick in 2021. Harwick, founded by Ernest Harwick, \
         makes crisps. Ernest Harwick died in 1990, and Harwick was mourned.",
    );
    assert_eq!(mentions_of(&founded, "Harwick Foods"), ["Harwick Foods", "Harwick", "Harwick"]);
    assert_eq!(mentions_of(&founded, "Ernest Harwick"), ["Ernest Harwick", "Ernest Harwick", "Harwick"]);
    // A surname before a family noun is the family's.
    let brothers = record("Koch Industries is private. The Koch brothers, David and Charles Koch, own it.");
    assert_eq!(mentions_of(&brothers, "Koch Industries"), ["Koch Industries"]);
}

#[test]
fn a_club_by_its_first_or_last_word_is_the_club() {
    let semi = record("Kingsport Rovers beat Dunmore Athletic on Saturday. Rovers led, but Dunmore equalised.");
    assert_eq!(entity(&semi, "Kingsport Rovers").aliases, ["Rovers"]);
    assert_eq!(entity(&semi, "Dunmore Athletic").aliases, ["Dunmore"]);
    // `United`, `City` and `Town` end a club's name too; a place's
    // name is no club's short name.
    let league = record("Ashdown United beat Manchester City. Ashdown's coach was pleased. Manchester was quiet.");
    assert_eq!(entity(&league, "Ashdown United").aliases, ["Ashdown"]);
    assert!(entity(&league, "Manchester City").aliases.is_empty());
}

#[test]
fn an_organisation_s_head_word_alone_is_the_one_organisation_it_ends() {
    let union = record("The Vell Dockers' Union rejected the offer. Union leader Tomas Varga said talks would go on.");
    assert_eq!(mentions_of(&union, "Vell Dockers' Union"), vec!["Vell Dockers' Union", "Union"]);
    let two = record("The Senate Committee and the House Committee met. The Committee said nothing, Ana Ruiz said.");
    assert!(two.entities.iter().all(|e| e.mentions.len() == 1), "{:#?}", two.entities);
    // A title opening an institution's name is part of it.
    let justice = record("The State Department and the Justice Department declined to comment, Ana Ruiz said.");
    assert_eq!(mentions_of(&justice, "Justice Department"), vec!["Justice Department"]);
    assert_eq!(mentions_of(&justice, "State Department"), vec!["State Department"]);
}

#[test]
fn a_county_s_first_word_alone_is_the_county() {
    let marlow = record("Teachers in Marlow County voted to strike. Marlow's class sizes rose to 29.");
    let county = entity(&marlow, "Marlow County");
    assert_eq!(county.aliases, ["Marlow"]);
    assert_eq!(county.mentions.len(), 2);
    // A word that names a place of its own stays that place.
    let mexico = record("The tournament moved to Mexico City. Mexico will pay, he said.");
    assert!(entity(&mexico, "Mexico City").aliases.is_empty());
}

#[test]
fn a_surname_the_tagger_typed_otherwise_is_still_the_person() {
    // Wherever the tagger types a lone `Legend` (a common word), it is
    // the person named in full before it.
    let record = record("John Legend sang on Wednesday. Legend thanked the crowd, and Legend waved.");
    assert_eq!(record.entities.iter().filter(|e| e.name.contains("Legend")).count(), 1, "{:#?}", record.entities);
}

#[test]
fn initials_in_capitals_are_the_organisation_s_acronym() {
    let record = record(
        "The National Transportation Safety Board opened an inquiry. The NTSB said the report would \
         take a year.",
    );
    let board = entity(&record, "National Transportation Safety Board");
    assert!(board.aliases.contains(&"NTSB".to_string()), "{:?}", board.aliases);
}

#[test]
fn a_possessive_is_a_mention_of_the_name() {
    let record = record("Maria Alvarez closed the festival. Alvarez's new single opened the set.");
    assert_eq!(mentions_of(&record, "Maria Alvarez").len(), 2, "{:#?}", record.entities);
}

#[test]
fn a_name_the_tagger_missed_once_is_found_by_one_sense_per_article() {
    let record = record(
        "Tom Whitfield farms near the river. Whitfield said the frost came early. Neighbors helped \
         Whitfield with the harvest.",
    );
    assert_eq!(mentions_of(&record, "Tom Whitfield").len(), 3, "{:#?}", record.entities);
}

#[test]
fn an_age_after_a_name_belongs_to_its_entity() {
    let liu = record("Grace Liu, 45, thanked the volunteers.");
    assert_eq!(entity(&liu, "Grace Liu").age, Some(45));
    let in_years = record("Tom Ray, 52 years old, agreed. Ann Lee, aged 61, did not.");
    assert_eq!(entity(&in_years, "Tom Ray").age, Some(52));
    assert_eq!(entity(&in_years, "Ann Lee").age, Some(61));
    let appositive = record("Mark Bell, a 41-year-old engineer, left the firm.");
    assert_eq!(entity(&appositive, "Mark Bell").age, Some(41));
    assert_eq!(appositive.amounts.iter().filter(|a| a.kind == "age").count(), 1);
    // A count after the name is no age: years of service, a score.
    let counts = record("Tom Ray, 52 years ago, joined. Ann Lee, 3 goals, starred. Bo Lin, a 300-year-old tree.");
    assert!(counts.entities.iter().all(|e| e.age.is_none()), "{:#?}", counts.entities);
}

#[test]
fn an_obituary_tells_the_age_after_the_name() {
    for (text, name, age) in [
        ("Margaret Eyre, a marine biologist, died on Saturday at her home. She was 91.", "Margaret Eyre", Some(91)),
        ("Margaret Eyre, pioneering marine biologist, dies at 91\n\nShe studied reefs.", "Margaret Eyre", Some(91)),
        // Not a person of the other gender.
        ("John Eyre painted the sea. She was 91.", "John Eyre", None),
        // A sentence closing on its subject's age, the name set off first.
        ("David Harper thanked the jury. His father, Alan Harper, was 81.", "Alan Harper", Some(81)),
        ("Mary Cole, who died on Monday, was 74.", "Mary Cole", Some(74)),
        // Not a name that is no subject, nor the age of someone else.
        ("The team beat Tom Ray, who was 81.", "Tom Ray", None),
    ] {
        assert_eq!(entity(&record(text), name).age, age, "{text}");
    }
}

#[test]
fn a_handle_that_spells_a_name_belongs_to_its_entity() {
    let legend = record("John Legend thanked fans on Twitter, where @johnlegend has millions of followers.");
    assert_eq!(entity(&legend, "John Legend").handles, vec!["@johnlegend".to_string()]);
    // A name that spells the handle whole, or by its initials, before
    // one that only opens it.
    let ashby =
        record("Trains from Ashby were late. The Ashby Rail Users' Group posted a timetable on X from @AshbyRUG.");
    assert_eq!(entity(&ashby, "Ashby Rail Users' Group").handles, vec!["@AshbyRUG".to_string()]);
    assert!(entity(&ashby, "Ashby").handles.is_empty());
    // A handle that spells a name's first words.
    let union = record("The Vell Dockers' Union said in a statement posted by @VellDockers that talks had ended.");
    assert_eq!(entity(&union, "Vell Dockers' Union").handles, vec!["@VellDockers".to_string()]);
}

#[test]
fn a_description_used_for_a_speaker_joins_its_descriptors() {
    let record = record("Mayor Helen Okafor opened the bridge on Friday. \"It is safe,\" the mayor said.");
    let okafor = entity(&record, "Helen Okafor");
    assert!(okafor.descriptors.contains(&"the mayor".to_string()), "{:?}", okafor.descriptors);
}
