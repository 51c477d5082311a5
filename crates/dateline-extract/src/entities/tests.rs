//! The passes that turn tagger output into mentions, and what a name's own
//! words say, one test per rule.

use super::*;

#[test]
fn refines_tagger_labels_into_news_types() {
    assert_eq!(refine_type("LOC", "Los Angeles"), EntityType::Gpe);
    assert_eq!(refine_type("LOC", "Europe"), EntityType::Loc);
    assert_eq!(refine_type("LOC", "Atlantic"), EntityType::Loc);
    assert_eq!(refine_type("LOC", "Hong Kong Standard"), EntityType::Org);
    assert_eq!(refine_type("ORG", "Comprehensive Test Ban Treaty"), EntityType::Work);
    assert_eq!(refine_type("PER", "Hyde Amendment"), EntityType::Work);
    assert_eq!(refine_type("ORG", "Treaty of Baden"), EntityType::Work);
    assert_eq!(refine_type("LOC", "Ashford United"), EntityType::Org);
    assert_eq!(refine_type("LOC", "Riverside Ground"), EntityType::Fac);
    assert_eq!(refine_type("LOC", "Kansas City"), EntityType::Gpe);
    // A body's head before its purpose, whatever the tagger called it.
    assert_eq!(refine_type("MISC", "National League for Democracy"), EntityType::Org);
    assert_eq!(refine_type("MISC", "Partnership for Peace"), EntityType::Product);
    assert_eq!(refine_type("LOC", "Hudson River"), EntityType::Loc);
    assert_eq!(refine_type("ORG", "Dolby Theatre"), EntityType::Fac);
    assert_eq!(refine_type("PER", "Carver Public Library"), EntityType::Fac);
    // A street the tagger took for a person or a place; not a person
    // whose surname is a street's word.
    assert_eq!(refine_type("PER", "Miller Street"), EntityType::Fac);
    assert_eq!(refine_type("LOC", "Marsh Lane"), EntityType::Fac);
    assert_eq!(refine_type("PER", "Nathan Lane"), EntityType::Person);
    assert_eq!(refine_type("PER", "Northlight Records"), EntityType::Org);
    assert_eq!(refine_type("LOC", "Eastbrook Philharmonic"), EntityType::Org);
    assert_eq!(refine_type("LOC", "Pontiac Osteopathic Hospital"), EntityType::Fac);
    // A place made an adjective is typed as a nationality is, however many
    // its words.
    assert_eq!(refine_type("MISC", "San Francisco-based"), EntityType::Norp);
    assert_eq!(refine_type("MISC", "Berlin-based"), EntityType::Norp);
    assert_eq!(refine_type("PER", "Arsenio Hall"), EntityType::Person);
    // A company's head word, whatever the tagger made of the name.
    assert_eq!(refine_type("PER", "Calder Ferries"), EntityType::Org);
    assert_eq!(refine_type("LOC", "Valemont Rail"), EntityType::Org);
    // A newspaper the tagger took for a place; not a person so named.
    assert_eq!(refine_type("LOC", "Des Moines Register"), EntityType::Org);
    assert_eq!(refine_type("PER", "Don Guardian"), EntityType::Person);
    assert_eq!(refine_type("ORG", "Mead Valley"), EntityType::Loc);
    assert_eq!(refine_type("MISC", "Billboard Music Awards"), EntityType::Event);
    assert_eq!(refine_type("MISC", "German"), EntityType::Norp);
    assert_eq!(refine_type("MISC", "Democrats"), EntityType::Norp);
    assert_eq!(refine_type("MISC", "anti-Trump"), EntityType::Norp);
    // A one-word thing that names no people.
    assert_eq!(refine_type("MISC", "iPhone"), EntityType::Product);
    assert_eq!(refine_type("MISC", "US$"), EntityType::Product);
    assert_eq!(refine_type("MISC", "Medicare"), EntityType::Product);
    assert_eq!(refine_type("PER", "Kelly Clarkson"), EntityType::Person);
    // A place's head word after a word that is no first name.
    assert_eq!(refine_type("PER", "Kessler Pass"), EntityType::Loc);
    assert_eq!(refine_type("PER", "Arsenio Hall"), EntityType::Person);
    assert_eq!(refine_type("PER", "Kanye West"), EntityType::Person);
    // A league is a body, whatever the tagger called it.
    assert_eq!(refine_type("MISC", "Anti-Defamation League"), EntityType::Org);
    assert_eq!(refine_type("ORG", "Awami League"), EntityType::Org);
    assert_eq!(refine_type("MISC", "Democratic National Committee"), EntityType::Org);
    // A sports league the tagger saw as no body is its competition; a
    // political league stays a body.
    assert_eq!(refine_type("MISC", "American League"), EntityType::Event);
    assert_eq!(refine_type("MISC", "RUGBY LEAGUE"), EntityType::Event);
    assert_eq!(refine_type("MISC", "Arab League"), EntityType::Org);
    assert_eq!(refine_type("ORG", "National Football League"), EntityType::Org);
    assert_eq!(refine_type("MISC", "Organisation of the Islamic Conference"), EntityType::Org);
    assert_eq!(refine_type("LOC", "Union of Soviet Socialist Republics"), EntityType::Gpe);
    // A body named after a building or a place stays a body; a park
    // or a lake the tagger took for one does not.
    assert_eq!(refine_type("ORG", "Crystal Palace"), EntityType::Org);
    assert_eq!(refine_type("ORG", "Nottingham Forest"), EntityType::Org);
    assert_eq!(refine_type("ORG", "Bipartisan Policy Center"), EntityType::Org);
    assert_eq!(refine_type("ORG", "FDR Park"), EntityType::Loc);
    // A body's head word makes a body of a name tagged a place, but
    // after a compass word or for heads that places share.
    assert_eq!(refine_type("LOC", "Corvell Bank"), EntityType::Org);
    assert_eq!(refine_type("LOC", "Shore Capital"), EntityType::Org);
    assert_eq!(refine_type("LOC", "West Bank"), EntityType::Gpe);
    assert_eq!(refine_type("LOC", "Soviet Union"), EntityType::Gpe);
}

#[test]
fn the_title_of_an_office_is_no_part_of_a_person_s_name() {
    let start_of_name = |text: &str, last: usize| {
        let doc = Document::new(text, jiff::civil::Date::constant(2024, 11, 14));
        doc.word(past_office_titles(&doc, 0, last)).to_string()
    };
    assert_eq!(start_of_name("Councillor Amara Osei spoke.", 2), "Amara");
    assert_eq!(start_of_name("Prince Charles spoke.", 1), "Prince");
    // A church's or an army's rank is a title too.
    assert_eq!(start_of_name("Cardinal Pietro Lanza spoke.", 2), "Pietro");
    assert_eq!(start_of_name("Admiral Joan Petrie spoke.", 2), "Joan");
    // A title alone is left to the rule for lone titles.
    assert_eq!(start_of_name("Mayor spoke.", 0), "Mayor");
    // A trade opening the sentence before a first name; not a first name
    // the census lists lack (`Cheung Siu Man`).
    assert_eq!(start_of_name("Singer Lila Moreno wrote.", 2), "Lila");
    assert_eq!(start_of_name("Cheung Siu Man was held.", 2), "Cheung");
}

#[test]
fn a_name_after_a_relative_s_noun_is_a_person_and_after_a_trade_and_at_an_employer() {
    // The kind of the mention of words `tokens`, taken for a place.
    let kind_of = |text: &str, tokens| kind_after(kin_and_employers_by_their_nouns, text, tokens, EntityType::Gpe);
    assert_eq!(kind_of("They have a son, Mateo.", 5..6), EntityType::Person);
    assert_eq!(kind_of("said Karin Vogel, chief economist at Nordbank.", 7..8), EntityType::Org);
    // Plural, and capitalised as the sentence's first word.
    assert_eq!(kind_of("Analysts at Jefferies said the price was full.", 2..3), EntityType::Org);
    assert_eq!(kind_of("The players at Wembley cheered.", 3..4), EntityType::Gpe);
    // Not a course, nor a place the gazetteer knows, nor a name with a
    // building's head word.
    assert_eq!(kind_of("the winner at Longchamp finished third.", 3..4), EntityType::Gpe);
    assert_eq!(kind_of("an economist at Paris.", 3..4), EntityType::Gpe);
    assert_eq!(kind_of("a nurse at Pontiac General Hospital.", 3..6), EntityType::Gpe);
}

#[test]
fn capitalised_words_before_a_body_s_head_are_a_body() {
    assert_finds("A High Court judge on Tuesday blocked the rise.", "High Court", EntityType::Org);
    let found = mentions_of("Terror Suspect Named By Police Before Briefing.");
    assert!(!found.iter().any(|(name, _)| name.ends_with("Police")), "{found:?}");
}

#[test]
fn a_social_network_is_an_organisation_wherever_it_stands() {
    assert_finds("Brandt posted a message on LinkedIn thanking departing staff.", "LinkedIn", EntityType::Org);
}

#[test]
fn names_side_by_side_join_when_the_second_brings_the_head_word() {
    let date = jiff::civil::Date::constant(1996, 8, 30);
    let joined = |text: &str,
                  first: (std::ops::Range<usize>, EntityType),
                  second: (std::ops::Range<usize>, EntityType)| {
        let doc = Document::new(text, date);
        let mentions = vec![Mention::of_tokens(&doc, first.0, first.1), Mention::of_tokens(&doc, second.0, second.1)];
        merge_adjacent(&doc, mentions).iter().map(|m| doc.slice(m.span).to_string()).collect::<Vec<_>>()
    };
    assert_eq!(
        joined("at the Berlin Grand Prix meeting", (2..3, EntityType::Gpe), (3..5, EntityType::Event)),
        ["Berlin Grand Prix"]
    );
    // Not an event's name before a club's, nor a people before a place,
    // nor over a line's end.
    assert_eq!(joined("UEFA Cup Lyngby v Brugge", (0..2, EntityType::Event), (2..3, EntityType::Org)).len(), 2);
    assert_eq!(joined("the Jewish West Bank settlements", (1..2, EntityType::Norp), (2..4, EntityType::Gpe)).len(), 2);
    assert_eq!(
        joined("Aravinda de Silva\nNext Series match", (0..3, EntityType::Person), (3..5, EntityType::Event)).len(),
        2
    );
    // Nor after a word that only describes the name after it.
    let doc = Document::new("by Boston-based Harbour Group to", date);
    let based = doc.tokens.iter().position(|t| doc.text[t.start..t.end].ends_with("-based")).unwrap();
    let mentions = vec![
        Mention::of_tokens(&doc, 1..based + 1, EntityType::Norp),
        Mention::of_tokens(&doc, based + 1..based + 3, EntityType::Org),
    ];
    assert_eq!(merge_adjacent(&doc, mentions).len(), 2);
}

#[test]
fn a_lone_word_opening_a_sentence_is_no_name_when_the_article_writes_it_in_lower_case() {
    let doc = Document::new(
        "Court blocks fare rise\n\nOutside the court, Ashby waited.",
        jiff::civil::Date::constant(2026, 2, 11),
    );
    assert!(!plausible_name(&doc, 0, 0, true));
    let doc = Document::new("Court blocks fare rise\n\nAshby waited.", jiff::civil::Date::constant(2026, 2, 11));
    assert!(plausible_name(&doc, 0, 0, true));
    // Nor a participle before its preposition.
    let doc = Document::new("Born in Leeds, she studied zoology.", jiff::civil::Date::constant(2024, 9, 2));
    assert!(!plausible_name(&doc, 0, 0, true));
}

#[test]
fn a_particle_joins_two_parts_of_a_person_s_name() {
    let doc = Document::new("Crown Prince Mohammed bin Salman said so.", jiff::civil::Date::constant(2024, 10, 23));
    let mentions =
        vec![Mention::of_tokens(&doc, 2..3, EntityType::Person), Mention::of_tokens(&doc, 4..5, EntityType::Person)];
    let merged = merge_adjacent(&doc, mentions);
    assert_eq!(merged.len(), 1);
    assert_eq!(doc.slice(merged[0].span), "Mohammed bin Salman");
    // And a word joined to a particle.
    let doc = Document::new("President Zine al-Abidine Ben Ali came.", jiff::civil::Date::constant(2024, 10, 23));
    let mentions =
        vec![Mention::of_tokens(&doc, 1..2, EntityType::Person), Mention::of_tokens(&doc, 3..5, EntityType::Person)];
    let merged = merge_adjacent(&doc, mentions);
    assert_eq!(doc.slice(merged[0].span), "Zine al-Abidine Ben Ali");
    // Only between two parts the tagger called a person's.
    let doc = Document::new("Maria Lopez de Madrid spoke.", jiff::civil::Date::constant(2024, 10, 23));
    let mentions =
        vec![Mention::of_tokens(&doc, 0..2, EntityType::Person), Mention::of_tokens(&doc, 3..4, EntityType::Gpe)];
    assert_eq!(merge_adjacent(&doc, mentions).len(), 2);
}

#[test]
fn the_capitalised_words_after_an_honorific_are_a_person() {
    let doc = Document::new(
        "Later Mr. Okonjo listened, and Dr. Cornel West spoke.",
        jiff::civil::Date::constant(2023, 3, 20),
    );
    // The tagger missed the first and took the second for a place.
    let mut mentions = vec![Mention::of_tokens(&doc, 7..9, EntityType::Gpe)];
    people_after_honorifics(&doc, &mut mentions);
    let found: Vec<(&str, EntityType)> = mentions.iter().map(|m| (doc.slice(m.span), m.kind)).collect();
    assert_eq!(found, [("Cornel West", EntityType::Person), ("Okonjo", EntityType::Person)]);
    // An address is no name.
    let doc = Document::new("Mr. President, they gave you money.", jiff::civil::Date::constant(2023, 3, 20));
    let mut mentions = Vec::new();
    people_after_honorifics(&doc, &mut mentions);
    assert!(mentions.is_empty());
}

#[test]
fn an_appositive_that_names_a_company_makes_an_organisation() {
    // The kind of a name of words `name`, tagged `tagged`, after the rule.
    let kind_of = |text: &str, name, tagged| kind_after(organisations_by_appositive, text, name, tagged);
    // A person's name opening `text`.
    let kind_of_first = |text: &str| kind_of(text, 0..1, EntityType::Person);
    assert_eq!(kind_of_first("Voltline, a battery startup based in Port Callow, said it would hire."), EntityType::Org);
    assert_eq!(kind_of_first("Haddad, a former engineer at a carmaker, said it would hire."), EntityType::Person);
    // `the` and a describing compound; the noun ends the phrase or
    // comes before a participle.
    assert_eq!(
        kind_of_first("Lumora, the Berlin-based maker of smart lighting, said it would cut jobs."),
        EntityType::Org
    );
    assert_eq!(kind_of_first("Realty, a firm focused on housing, said it would hire."), EntityType::Org);
    // A person's noun after the company's, or a company that owns it.
    assert_eq!(kind_of_first("Shkreli, the drug company executive, said no."), EntityType::Person);
    assert_eq!(kind_of_first("Glowhaus, the company's founder, said no."), EntityType::Person);
    // The noun before the name (of a place the tagger does not know).
    let kind_of = |text: &str, name: std::ops::Range<usize>| kind_of(text, name, EntityType::Gpe);
    assert_eq!(kind_of("He opened his second restaurant, Ostra, on the waterfront.", 6..7), EntityType::Org);
    assert_eq!(kind_of("She joined a Leeds startup, Voltline.", 6..7), EntityType::Org);
    assert_eq!(kind_of("Quinn's label, Northlight, declined to comment.", 4..5), EntityType::Org);
    // Not a name the lists know as a person's, nor after a noun of
    // another kind.
    assert_eq!(kind_of("At the firm, Smith, 45, worked late.", 4..5), EntityType::Gpe);
    assert_eq!(kind_of("He visited his old town, Ostra, in May.", 6..7), EntityType::Gpe);
}

#[test]
fn a_name_after_a_person_and_of_or_at_is_where_the_person_works() {
    // The kind of the second of two names each tagged a person, the
    // first of words 0..2 and the second of words `second`.
    let kind_of_second = |text: &str, second: std::ops::Range<usize>| {
        kinds_after(employers_after_people, text, &[(0..2, EntityType::Person), (second, EntityType::Person)])[1]
    };
    assert_eq!(kind_of_second("Jo Whitfield of Peel Hunt called it overdue.", 3..5), EntityType::Org);
    assert_eq!(kind_of_second("Ann Lee at Corvell Bank agreed.", 3..5), EntityType::Org);
    assert_eq!(kind_of_second("Tom Hale of Leeds agreed.", 3..4), EntityType::Gpe);
    // Not a second person named after a verb or `and`.
    assert_eq!(kind_of_second("Jo Whitfield and Peel Hunt agreed.", 3..5), EntityType::Person);
}

#[test]
fn a_town_alone_after_in_is_the_place() {
    // The kind of word `at`, tagged an organisation.
    let kind_at = |text: &str, at: usize| kind_after(places_after_in, text, at..at + 1, EntityType::Org);
    assert_eq!(kind_at("She worked at a hospital in Leeds until 2021.", 6), EntityType::Gpe);
    // Not a company's shares, nor a club's win.
    assert_eq!(kind_at("Shares in Leeds rose.", 2), EntityType::Org);
    assert_eq!(kind_at("He scored in Leeds's 3-1 win.", 2), EntityType::Org);
    // Nor a name no gazetteer knows.
    assert_eq!(kind_at("She worked in Corvell for years.", 3), EntityType::Org);
    // But what a town's noun names, known or not.
    assert_eq!(kind_at("He was held in the mining town of Corvell last year.", 8), EntityType::Gpe);
}

#[test]
fn a_body_named_with_a_possessive_keeps_it_in_its_short_name() {
    let found = mentions_of("Macy's Inc. will close stores, Macy's said on Tuesday.");
    let names: Vec<&str> = found.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(names, ["Macy's Inc.", "Macy's"]);
    // Not the owner of a body within another.
    let found = mentions_of("Staff at Halden University's Vance Center said Halden University's budget grew.");
    assert!(found.iter().all(|(name, _)| !name.ends_with("'s")), "{found:?}");
}

#[test]
fn a_name_after_a_vessel_s_noun_is_the_ship() {
    let text = "a slab of the RMS Titanic from the ocean floor";
    assert_eq!(kind_after(vessels_by_their_nouns, text, 5..6, EntityType::Org), EntityType::Product);
    let kind_of = |text: &str, tokens| kind_after(vessels_by_their_nouns, text, tokens, EntityType::Person);
    assert_eq!(kind_of("The aircraft carrier Carl Vinson sailed.", 3..5), EntityType::Product);
    assert_eq!(kind_of("The tanker Sea Empress ran aground.", 2..4), EntityType::Product);
    // An airline is a carrier too.
    assert_eq!(kind_of("The carrier Aerolux cut fares.", 2..3), EntityType::Person);
}

#[test]
fn a_bracket_a_name_opens_and_never_closes_splits_it() {
    let doc = Document::new(
        "Hizbollah ( Party of God ) gunmen fought. Tom ) Seaver pitched.",
        jiff::civil::Date::constant(2021, 3, 5),
    );
    // Tokens: Hizbollah(0) ((1) Party(2) of(3) God(4) )(5) … Tom(9) )(10) Seaver(11)
    assert_eq!(split_at_open_brackets(&doc, 0, 4), [Some((0, 0)), Some((2, 4))]);
    assert_eq!(split_at_open_brackets(&doc, 9, 11), [Some((11, 11)), None]);
    // A bracket the name closes stays.
    assert_eq!(split_at_open_brackets(&doc, 0, 5), [Some((0, 5)), None]);
}

#[test]
fn a_given_name_in_brackets_inside_a_person_s_name_is_part_of_it() {
    let mut doc = Document::new(
        "Michael A. (Mike) Moodian spoke, and Alan John Percivale ( A.J.P. ) Taylor wrote. \
         \"He saw (Tom) Seaver pitch,\" he said. Moodian left.",
        jiff::civil::Date::constant(2021, 3, 5),
    );
    EntityTagger.run(&mut doc);
    let found: Vec<(&str, Option<&str>, EntityType)> =
        doc.mentions.iter().map(|m| (doc.slice(m.span), m.name.as_deref(), m.kind)).collect();
    let person = EntityType::Person;
    assert!(found.contains(&("Michael A. (Mike) Moodian", Some("Michael A. Moodian"), person)), "{found:?}");
    assert!(found.contains(&("Alan John Percivale ( A.J.P. ) Taylor", Some("Alan John Percivale Taylor"), person)));
    assert!(found.contains(&("(Tom) Seaver", Some("Tom Seaver"), person)), "{found:?}");
    // Not a rider's country between his name and his team.
    let found = mentions_of("6. Jean Alesi ( France ) Benetton 1:55.101 7. Damon Hill ( Britain ) Williams 1:55.2");
    assert!(found.contains(&("Jean Alesi".to_string(), person)), "{found:?}");
}

#[test]
fn a_club_in_a_table_keeps_its_town_s_letters() {
    let text = "Standings : Zeleznik ( B ) 4 1 0 3 4 7 3 Radnicki ( N ) 3 1 0 2 5 6 3";
    let org = EntityType::Org;
    let found = names_after(|d, m| clubs_with_their_town_letters(d, m), text, &[(2..3, org), (13..14, org)]);
    assert_eq!(found, named(&[("Zeleznik ( B )", org), ("Radnicki ( N )", org)]));
    // Not a gloss of the name's initials, nor in prose.
    for (text, name) in [("Bank ( B ) 4 1 0", "Bank"), ("Zeleznik ( B ) said", "Zeleznik")] {
        let found = names_after(|d, m| clubs_with_their_town_letters(d, m), text, &[(0..1, org)]);
        assert_eq!(found, named(&[(name, org)]), "{text}");
    }
}

#[test]
fn a_headline_s_person_and_place_side_by_side_are_two_names() {
    let apart = |text: &str, tagged: &[(std::ops::Range<usize>, EntityType)]| {
        names_after(people_apart_from_places, text, tagged)
    };
    let (person, place) = (EntityType::Person, EntityType::Gpe);
    // Yeltsin(0) endorses(1) Lebed(2) Chechnya(3) plan(4) .(5) Alexander(6) Lebed(7) is(8) in(9) Chechnya(10)
    let text = "Yeltsin endorses Lebed Chechnya plan . Alexander Lebed is in Chechnya";
    assert_eq!(
        apart(text, &[(0..1, person), (2..4, person), (6..8, person), (10..11, place)]),
        [
            ("Yeltsin".to_string(), person),
            ("Lebed".to_string(), person),
            ("Chechnya".to_string(), place),
            ("Alexander Lebed".to_string(), person),
            ("Chechnya".to_string(), place),
        ]
    );
    // Not a name whose second word the article uses as a surname.
    // Jack(0) London(1) wrote(2) .(3) London(4) lived(5) in(6) London(7) with(8) Ann(9) Jack(10)
    let text = "Jack London wrote . London lived in London with Ann Jack";
    let tagged = [(0..2, person), (4..5, person), (7..8, place), (9..11, person)];
    assert_eq!(apart(text, &tagged)[0], ("Jack London".to_string(), person));
}

#[test]
fn an_acronym_beside_its_name_in_brackets_is_a_name_of_its_kind() {
    assert_finds("\"KDP ( Kurdistan Democratic Party ) is trying,\" he said.", "KDP", EntityType::Org);
    assert_finds("Agents of Immigration and Customs Enforcement (ICE) came.", "ICE", EntityType::Org);
    assert!(spells_initials("PUK", "Patriotic Union of Kurdistan"));
    assert!(!spells_initials("PU", "Patriotic Union of Kurdistan"));
    assert!(!spells_initials("Puk", "Patriotic Union of Kurdistan"));
}

#[test]
fn a_place_s_kind_and_of_before_a_place_are_one_name() {
    assert_finds("Oil spilled into the Gulf of Mexico on Tuesday.", "Gulf of Mexico", EntityType::Loc);
    assert_finds("The Federal Republic of Yugoslavia is a country.", "Federal Republic of Yugoslavia", EntityType::Gpe);
    assert_finds("The Bank of England raised rates.", "Bank of England", EntityType::Org);
}

#[test]
fn an_office_and_of_before_a_place_name_the_place() {
    assert_finds("The Mayor of London said the line would open.", "London", EntityType::Gpe);
    let doc = Document::new("Mayor of London . Queen of South 3", jiff::civil::Date::constant(2021, 3, 5));
    assert_eq!(past_an_office_of(&doc, 0, 2), 2);
    // A royal's title is part of the name, a club's here.
    assert_eq!(past_an_office_of(&doc, 4, 6), 4);
}

#[test]
fn a_name_before_an_airport_s_noun_is_the_airport_and_before_a_plane_s_the_airline() {
    for (text, tokens, tagged_as, kind) in [
        ("Workers marched at Charles de Gaulle airport north of Paris.", 3..6, EntityType::Person, EntityType::Fac),
        // A town stays the town.
        ("He landed at Istanbul airport on Friday.", 3..4, EntityType::Org, EntityType::Org),
    ] {
        assert_eq!(kind_after(names_before_their_nouns, text, tokens, tagged_as), kind, "{text}");
    }
    // The(0) crash(1) of(2) an(3) El(4) Al(5) freighter(6) … by(9) El(10) Al(11)
    let text = "The crash of an El Al freighter was studied by El Al 's head office .";
    let tagged = [(4..6, EntityType::Person), (10..12, EntityType::Person)];
    assert_eq!(kinds_after(names_before_their_nouns, text, &tagged), [EntityType::Org, EntityType::Org]);
}

#[test]
fn a_company_named_with_a_possessive_is_one_name() {
    // The(0) sale(1) of(2) Boatmen(3) 's(4) Bancshares(5) Inc.(6) …
    let text = "The sale of Boatmen 's Bancshares Inc. to Thailand 's Siam Bank Plc closed.";
    let (org, place) = (EntityType::Org, EntityType::Gpe);
    let tagged = [(3..4, org), (5..7, org), (8..9, place), (10..13, org)];
    // (Not a country's company, whose name is a name of its own.)
    assert_eq!(
        names_after(companies_named_with_a_possessive, text, &tagged),
        named(&[("Boatmen 's Bancshares Inc.", org), ("Thailand", place), ("Siam Bank Plc", org)])
    );
    // And the short name keeps its possessive.
    let found = mentions_of("The sale of Boatmen 's Bancshares Inc. closed. Boatmen 's was the prize.");
    assert!(found.contains(&("Boatmen 's".to_string(), EntityType::Org)), "{found:?}");
}

#[test]
fn a_name_after_an_age_is_a_person_s() {
    for (text, tokens, tagged_as, kind) in [
        ("Earlier , 20-year-old Tiger Woods shot 67 in his debut .", 3..5, EntityType::Org, EntityType::Person),
        // Not a name before the noun it describes, a nationality, nor a model.
        ("The 36-year-old Aston Villa player won .", 2..4, EntityType::Org, EntityType::Org),
        ("said the 26-year-old Italian .", 3..4, EntityType::Norp, EntityType::Norp),
        ("a 19-year-old Cessna 750 jet", 2..3, EntityType::Org, EntityType::Org),
    ] {
        assert_eq!(kind_after(people_by_their_age, text, tokens, tagged_as), kind, "{text}");
    }
}

#[test]
fn italy_s_leagues_written_small_are_events() {
    assert_finds("He was loaned to serie A club Atalanta for a year.", "serie A", EntityType::Event);
}

#[test]
fn a_headline_in_capitals_names_what_the_body_names() {
    let found = mentions_of(
        "GOLF - HENKE LEADS , WOODS MAKES PRO DEBUT .\nMILWAUKEE 1996-08-29\n\
         Nolan Henke led as 20-year-old Tiger Woods shot 67 in his professional debut .",
    );
    assert!(found.contains(&("WOODS".to_string(), EntityType::Person)), "{found:?}");
    // Not a word of a headline the body does not name.
    assert!(!found.iter().any(|(name, _)| name == "DEBUT" || name == "PRO"), "{found:?}");
}

#[test]
fn each_side_of_a_results_line_is_one_name() {
    let found = mentions_of("English division one\nLondon Irish 27 Bristol 28\nSale 31 Wasps 33\nBelgium 2 Turkey 1\n");
    for (name, kind) in [
        ("London Irish", EntityType::Org),
        ("Sale", EntityType::Org),
        ("Wasps", EntityType::Org),
        ("Belgium", EntityType::Gpe),
    ] {
        assert!(found.contains(&(name.to_string(), kind)), "{name}: {found:?}");
    }
    // A town in a table's row of scores is its club; a golfer is no club.
    // Austria(0) Vienna(1) 6(2) … 14(8) Tiger(9) Woods(10) 70(11) …
    let text = "Austria Vienna 6 4 2 0 9 5 14\nTiger Woods 70 68 67 69 274\n";
    let tagged = [(0..2, EntityType::Gpe), (9..11, EntityType::Person)];
    assert_eq!(
        names_after(sides_in_results_lines, text, &tagged),
        named(&[("Austria Vienna", EntityType::Org), ("Tiger Woods", EntityType::Person)])
    );
    // Not a line of dates.
    let found = mentions_of("Record date\nAug 22 Sep 5\n");
    assert!(!found.iter().any(|(name, _)| name == "Aug"), "{found:?}");
}

#[test]
fn a_place_a_title_and_a_name_tagged_one_name_are_the_place_and_the_person() {
    // U.S.(0) Cardinal(1) Bernardin(2) says(3)
    let text = "U.S. Cardinal Bernardin says he has cancer .";
    let found = names_after(people_after_a_place_and_title, text, &[(0..3, EntityType::Org)]);
    assert_eq!(found, named(&[("U.S.", EntityType::Gpe), ("Bernardin", EntityType::Person)]));
    // Not a body before a title: that is `before_trailing_titles`' to cut.
    let text = "Acme Secretary Jones left .";
    let found = names_after(people_after_a_place_and_title, text, &[(0..3, EntityType::Org)]);
    assert_eq!(found, named(&[("Acme Secretary Jones", EntityType::Org)]));
}

#[test]
fn a_name_never_ends_on_a_joining_word_nor_an_opening_mark() {
    // Red(0) Star(1) of(2) Yugoslavia(3) and(4) Smith(5) ((6) 41(7) )(8)
    let doc = Document::new("Red Star of Yugoslavia and Smith ( 41 )", jiff::civil::Date::constant(2021, 3, 5));
    assert_eq!(within_edges(&doc, 0, 2), (0, 1));
    assert_eq!(within_edges(&doc, 5, 6), (5, 5));
    assert_eq!(within_edges(&doc, 8, 8), (8, 8));
}

#[test]
fn two_names_before_their_countries_and_scores_are_clubs() {
    // Ruch(0) Chorzow(1) ((2) Poland(3) )(4) 5(5) Kotaik(6) Abovyan(7) ((8) Armenia(9) )(10) 0(11)
    let text = "Ruch Chorzow ( Poland ) 5 Kotaik Abovyan ( Armenia ) 0";
    let tagged =
        [(0..2, EntityType::Person), (3..4, EntityType::Gpe), (6..8, EntityType::Person), (9..10, EntityType::Gpe)];
    let kinds = kinds_after(clubs_before_country_and_score, text, &tagged);
    assert_eq!(kinds, [EntityType::Org, EntityType::Gpe, EntityType::Org, EntityType::Gpe]);
    // Not a driver's points, which no other result follows.
    let text = "11. Heinz-Harald Frentzen ( Germany ) 6";
    assert_eq!(kind_after(clubs_before_country_and_score, text, 2..3, EntityType::Person), EntityType::Person);
}

#[test]
fn names_either_side_of_a_fixture_s_v_are_clubs() {
    // Norwich(0) v(1) Wolverhampton(2) ,(3) Oldham(4) v(5) Ipswich(6)
    let text = "Norwich v Wolverhampton , Oldham v Ipswich";
    let tagged =
        [(0..1, EntityType::Org), (2..3, EntityType::Org), (4..5, EntityType::Person), (6..7, EntityType::Org)];
    let kinds = kinds_after(clubs_in_fixtures, text, &tagged);
    assert_eq!(kinds, [EntityType::Org; 4]);
    // A town's name there is the town's club; a country plays as itself.
    let tagged = [(0..1, EntityType::Gpe), (2..3, EntityType::Org), (4..5, EntityType::Org), (6..7, EntityType::Loc)];
    assert_eq!(kinds_after(clubs_in_fixtures, text, &tagged), [EntityType::Org; 4]);
    let text = "England v Pakistan , Kent v Essex";
    let tagged = [(0..1, EntityType::Gpe), (2..3, EntityType::Gpe), (4..5, EntityType::Org), (6..7, EntityType::Org)];
    assert_eq!(kinds_after(clubs_in_fixtures, text, &tagged)[..2], [EntityType::Gpe; 2]);
    // Not two people alone: a court case.
    let text = "In Regina v Smith the court ruled";
    let tagged = [(1..2, EntityType::Person), (3..4, EntityType::Person)];
    assert_eq!(kinds_after(clubs_in_fixtures, text, &tagged), [EntityType::Person; 2]);
}

#[test]
fn a_town_opening_a_line_of_results_is_the_venue() {
    // Portsmouth(0) :(1) Middlesex(2) 199(3)
    let text = "Portsmouth : Middlesex 199 and 226-1";
    let tagged = [(0..1, EntityType::Org), (2..3, EntityType::Org)];
    assert_eq!(kinds_after(venues_opening_results, text, &tagged), [EntityType::Gpe, EntityType::Org]);
    // Not a club before its players.
    let text = "Liverpool : James , McAteer , Wright";
    let tagged = [(0..1, EntityType::Org), (2..3, EntityType::Person)];
    assert_eq!(kinds_after(venues_opening_results, text, &tagged)[0], EntityType::Org);
}

#[test]
fn an_event_s_or_a_product_s_name_takes_its_year() {
    // Sales(0) of(1) Windows(2) 95(3) rose(4) .(5) He(6) won(7) the(8) Fed(9) Cup(10) 12(11) times(12)
    let text = "Sales of Windows 95 rose . He won the Fed Cup 12 times . Acme 96 months ago";
    let tagged = [(2..3, EntityType::Org), (9..11, EntityType::Event), (14..15, EntityType::Org)];
    assert_eq!(
        names_after(|d, m| names_with_their_year(d, m), text, &tagged),
        named(&[("Windows 95", EntityType::Product), ("Fed Cup", EntityType::Event), ("Acme", EntityType::Org)])
    );
}

#[test]
fn a_newspaper_s_the_is_part_of_its_name_but_not_of_the_name_it_goes_by() {
    let mut doc = Document::new(
        "The Kelso Herald reported the deal. A spokesman told the Kelso Herald it was over.",
        jiff::civil::Date::constant(2021, 3, 5),
    );
    EntityTagger.run(&mut doc);
    let written: Vec<&str> = doc.mentions.iter().map(|m| doc.slice(m.span)).collect();
    assert_eq!(written, ["The Kelso Herald", "Kelso Herald"]);
    // (That both are one paper is the clustering's test.)
}

#[test]
fn a_name_after_greater_begins_with_it() {
    let found = mentions_of("He led the Greater Milwaukee Open on Thursday.");
    assert!(found.iter().any(|(name, _)| name == "Greater Milwaukee Open"), "{found:?}");
}

#[test]
fn a_monarch_s_name_takes_the_regnal_number_one() {
    assert_finds("1533 - Queen Elizabeth I born .", "Elizabeth I", EntityType::Person);
    // Not the pronoun after any name.
    let found = mentions_of("Thank you, Maria. Maria I love.");
    assert!(!found.iter().any(|(name, _)| name == "Maria I"), "{found:?}");
}

#[test]
fn a_compound_on_an_abbreviation_is_one_name() {
    let found = mentions_of("Talks on the U.S.-brokered truce resumed.");
    assert!(found.iter().any(|(name, _)| name == "U.S.-brokered"), "{found:?}");
    assert!(!found.iter().any(|(name, _)| name.ends_with('-')), "{found:?}");
    // The country alone where the tagger saw it alone.
    let found = mentions_of("Troops patrol the U.S.-Mexico border.");
    assert!(found.iter().any(|(name, _)| name == "U.S."), "{found:?}");
}

#[test]
fn where_a_company_is_based_is_a_name() {
    assert_finds("Buyers include Ohio-based KeyCorp and others.", "Ohio-based", EntityType::Norp);
    assert_finds("Analysts said the St. Louis-based bank would grow.", "St. Louis-based", EntityType::Norp);
    assert_finds("The Kansas City, Mo.-based bank grew.", "Mo.-based", EntityType::Norp);
    let found = mentions_of("Corn-based ethanol is cheap.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_road_and_its_number_are_a_facility() {
    assert_finds("Traffic was heavy on Interstate 95 all day.", "Interstate 95", EntityType::Fac);
    assert_finds("They drove along Route 66 in June.", "Route 66", EntityType::Fac);
}

#[test]
fn a_name_before_a_comma_and_its_country_is_a_town() {
    use EntityType::{Gpe, Person};
    // Tokens: The(0) jet(1) fell(2) over(3) Kelbrae(4) ,(5) Scotland(6) ,(7) in(8) 1988(9)
    let text = "The jet fell over Kelbrae, Scotland, in 1988.";
    assert_eq!(kinds_after(towns_before_their_country, text, &[(4..5, Person), (6..7, Gpe)])[0], Gpe);
    // Not a name the lists know as a person's, nor one in a list of places.
    let named = "The prize went to Smith, Scotland, in 1988.";
    assert_eq!(kinds_after(towns_before_their_country, named, &[(4..5, Person), (6..7, Gpe)])[0], Person);
    let listed = "Teams from Kelbrae, Scotland and Wales came.";
    let tagged = [(2..3, Person), (4..5, Gpe), (6..7, Gpe)];
    assert_eq!(kinds_after(towns_before_their_country, listed, &tagged)[0], Person);
}

#[test]
fn a_place_in_a_list_of_people_is_a_person() {
    use EntityType::{Gpe, Org, Person};
    // Tokens: The(0) squad(1) :(2) Keane(3) ,(4) Breen(5) ,(6) Kendal(7) ,(8) Irwin(9) and(10) Quinn(11)
    let text = "The squad: Keane, Breen, Kendal, Irwin and Quinn.";
    let people = |kind| [(3..4, Person), (5..6, Person), (7..8, kind), (9..10, Person), (11..12, Person)];
    assert_eq!(kinds_after(people_in_lists, text, &people(Gpe))[2], Person);
    // Not a body, and not in a list of three.
    assert_eq!(kinds_after(people_in_lists, text, &people(Org))[2], Org);
    let short = "Keane, Kendal and Quinn.";
    assert_eq!(kinds_after(people_in_lists, short, &[(0..1, Person), (2..3, Gpe), (4..5, Person)])[1], Gpe);
}

#[test]
fn a_verb_opening_a_quote_before_its_object_is_no_name() {
    let doc = Document::new("\"See you on Saturday,\" Petrov said.", jiff::civil::Date::constant(2023, 5, 17));
    assert!(!plausible_name(&doc, 1, 1, false));
}

/// The words and kinds of the mentions once `pass` has run over the words
/// `tagged` in `text`, as the tagger typed them, in an article of 26
/// August 1996 (which a two-digit year is read against).
fn names_after(
    pass: impl Fn(&Document<'_>, &mut Vec<Mention>),
    text: &str,
    tagged: &[(std::ops::Range<usize>, EntityType)],
) -> Vec<(String, EntityType)> {
    let doc = Document::new(text, jiff::civil::Date::constant(1996, 8, 26));
    let mut mentions: Vec<Mention> =
        tagged.iter().map(|(tokens, kind)| Mention::of_tokens(&doc, tokens.clone(), *kind)).collect();
    pass(&doc, &mut mentions);
    mentions.iter().map(|m| (doc.slice(m.span).to_string(), m.kind)).collect()
}

/// The kinds of the mentions of words `tagged` in `text`, as the tagger
/// typed them, once `pass` has run over them.
fn kinds_after(
    pass: fn(&Document<'_>, &mut [Mention]),
    text: &str,
    tagged: &[(std::ops::Range<usize>, EntityType)],
) -> Vec<EntityType> {
    names_after(|doc, mentions| pass(doc, mentions), text, tagged).into_iter().map(|(_, kind)| kind).collect()
}

/// `(name, kind)` pairs as [`names_after`] gives them.
fn named(pairs: &[(&str, EntityType)]) -> Vec<(String, EntityType)> {
    pairs.iter().map(|(name, kind)| (name.to_string(), *kind)).collect()
}

/// The kind of the one mention of words `tokens` in `text`, tagged
/// `tagged_as`, once `pass` has run over it.
fn kind_after(
    pass: fn(&Document<'_>, &mut [Mention]),
    text: &str,
    tokens: std::ops::Range<usize>,
    tagged_as: EntityType,
) -> EntityType {
    kinds_after(pass, text, &[(tokens, tagged_as)])[0]
}

fn extended(text: &str, tokens: std::ops::Range<usize>, kind: EntityType) -> (String, EntityType) {
    let doc = Document::new(text, jiff::civil::Date::constant(2022, 11, 9));
    let mut mentions = [Mention::of_tokens(&doc, tokens, kind)];
    extend_over_heads(&doc, &mut mentions);
    (doc.slice(mentions[0].span).to_string(), mentions[0].kind)
}

#[test]
fn a_name_stretches_over_capitalised_words_up_to_a_head() {
    assert_eq!(
        extended("The Carver Public Library reopened.", 1..2, EntityType::Person),
        ("Carver Public Library".to_string(), EntityType::Fac)
    );
    assert_eq!(
        extended("He joined Acme Trading Company last year.", 2..3, EntityType::Org),
        ("Acme Trading Company".to_string(), EntityType::Org)
    );
    // Over a plural's apostrophe.
    assert_eq!(
        extended("The Ashby Rail Users' Group posted it.", 1..2, EntityType::Person),
        ("Ashby Rail Users' Group".to_string(), EntityType::Org)
    );
    // No head word: the name stays as the tagger found it.
    assert_eq!(
        extended("She met Jane Roe Smith today.", 2..3, EntityType::Person),
        ("Jane".to_string(), EntityType::Person)
    );
}

#[test]
fn a_place_is_completed_whatever_its_case() {
    assert_eq!(
        extended("KUWAIT CITY (Wire) - Output rose.", 0..1, EntityType::Gpe),
        ("KUWAIT CITY".to_string(), EntityType::Gpe)
    );
    assert_eq!(
        extended("They flew to Los Angeles on Friday.", 3..4, EntityType::Gpe),
        ("Los Angeles".to_string(), EntityType::Gpe)
    );
}

#[test]
fn a_name_never_swallows_the_next_mention() {
    let doc = Document::new("Smith Jones Bank", jiff::civil::Date::constant(2022, 11, 9));
    let mut mentions =
        [Mention::of_tokens(&doc, 0..1, EntityType::Person), Mention::of_tokens(&doc, 1..3, EntityType::Org)];
    extend_over_heads(&doc, &mut mentions);
    assert_eq!(doc.slice(mentions[0].span), "Smith");
}

fn mentions_of(text: &str) -> Vec<(String, EntityType)> {
    let mut doc = Document::new(text, jiff::civil::Date::constant(2021, 3, 5));
    EntityTagger.run(&mut doc);
    doc.mentions.iter().map(|m| (doc.slice(m.span).to_string(), m.kind)).collect()
}

/// Asserts that the tagger and its passes find `name` as a `kind` in `text`.
fn assert_finds(text: &str, name: &str, kind: EntityType) {
    let found = mentions_of(text);
    assert!(found.contains(&(name.to_string(), kind)), "{text}: {found:?}");
}

#[test]
fn a_capitalised_word_before_a_street_word_is_a_street() {
    assert_finds("She owns a bakery on Front Street and a cafe.", "Front Street", EntityType::Fac);
}

#[test]
fn the_name_opening_a_wire_story_is_a_place() {
    let found = mentions_of("KUWAIT CITY (Wire) - The ministry said output rose.");
    assert_eq!(found.first(), Some(&("KUWAIT CITY".to_string(), EntityType::Gpe)), "{found:?}");
    // Not a wire's code before its headline.
    let found = mentions_of("RTRS - Budget cuts to boost savings - RBA .\nCANBERRA 1996-08-22\nThe bank spoke.");
    assert!(!found.contains(&("RTRS".to_string(), EntityType::Gpe)), "{found:?}");
}

#[test]
fn a_person_of_a_body_tagged_as_one_name_is_two() {
    let apart = |text: &str, tokens: std::ops::Range<usize>| {
        let doc = Document::new(text, jiff::civil::Date::constant(2025, 10, 6));
        let mut mentions = vec![Mention::of_tokens(&doc, tokens, EntityType::Person)];
        people_apart_from_their_bodies(&doc, &mut mentions);
        mentions.iter().map(|m| (doc.slice(m.span).to_string(), m.kind)).collect::<Vec<_>>()
    };
    assert_eq!(
        apart("Friederike Otto of Imperial College London said so.", 0..6),
        [("Friederike Otto".to_string(), EntityType::Person), ("Imperial College London".to_string(), EntityType::Org)]
    );
    assert_eq!(
        apart("Ted Cruz of Texas said so.", 0..4),
        [("Ted Cruz".to_string(), EntityType::Person), ("Texas".to_string(), EntityType::Gpe)]
    );
    assert_eq!(apart("Marion County Board of Education met.", 0..5).len(), 1);
    assert_eq!(apart("Jewel of India won.", 0..3).len(), 1);
}

#[test]
fn a_body_s_name_goes_on_through_its_purpose() {
    let text = "It ran a trial with the Portuguese Institute for the Ocean and Atmosphere next year.";
    assert_finds(text, "Portuguese Institute for the Ocean and Atmosphere", EntityType::Org);
    // Not into a date.
    let found = mentions_of("The Security Council on Friday asked Iraq to stop.");
    assert!(found.iter().all(|(name, _)| !name.contains("Friday")), "{found:?}");
}

#[test]
fn a_numbered_part_of_a_law_is_no_name() {
    let found = mentions_of("The council could be forced to issue a Section 114 notice.");
    assert!(found.iter().all(|(name, _)| name != "Section"), "{found:?}");
}

#[test]
fn a_storm_s_name_is_an_event() {
    assert_finds("Storm Ingrid brought winds of 90 mph to Scotland.", "Ingrid", EntityType::Event);
}

#[test]
fn a_police_force_named_for_its_country_is_a_body() {
    assert_finds("\"Do not travel,\" Police Scotland said in a statement.", "Police Scotland", EntityType::Org);
}

#[test]
fn a_newsroom_s_title_is_no_name() {
    let found = mentions_of("By Amelia Hart, Science Correspondent\n\nOur Chief Political Correspondent said so.");
    assert_eq!(found, [("Amelia Hart".to_string(), EntityType::Person)]);
    let found = mentions_of("She told NBC News Senior Investigative Correspondent Cynthia McFadden that it was over.");
    assert!(found.iter().any(|(name, _)| name == "NBC News"), "{found:?}");
}

#[test]
fn a_body_s_office_before_a_name_is_no_part_of_the_body() {
    let found = mentions_of("\"We can be patient,\" Fed Chair Jerome Powell told reporters.");
    assert!(found.iter().all(|(name, _)| name != "Fed Chair"), "{found:?}");
    let found = mentions_of("DNC Vice Chair Donna Brazile said so.");
    assert!(found.iter().all(|(name, _)| !name.ends_with("Vice") && !name.ends_with("Chair")), "{found:?}");
}

#[test]
fn a_person_s_title_is_no_part_of_the_place_or_body_before_it() {
    let doc = Document::new("Chicago Cardinal Joseph Bernardin said so.", jiff::civil::Date::constant(2021, 3, 5));
    assert_eq!(before_trailing_titles(&doc, 0, 1, false), Some(0));
    // (A person's own span keeps what the title rules left it.)
    assert_eq!(before_trailing_titles(&doc, 2, 3, true), Some(3));
    let found = mentions_of("The ruling was written by Supreme Court Justice Sonia Sotomayor.");
    assert!(found.iter().all(|(name, _)| !name.ends_with("Justice")), "{found:?}");
}

#[test]
fn a_chamber_s_leader_names_the_chamber_not_its_majority() {
    let found = mentions_of("Senate Majority Leader John Thune spoke, and House Minority Whip Ann Lee replied.");
    let names: Vec<&str> = found.iter().map(|(name, _)| name.as_str()).collect();
    assert!(names.contains(&"Senate") && names.contains(&"House"), "{found:?}");
    assert!(!names.iter().any(|n| n.ends_with("Majority") || n.ends_with("Minority")), "{found:?}");
}

#[test]
fn a_title_alone_before_a_name_is_no_one() {
    let doc = Document::new("Mayor Helen Okafor spoke.", jiff::civil::Date::constant(2021, 3, 5));
    let mut mentions =
        vec![Mention::of_tokens(&doc, 0..1, EntityType::Person), Mention::of_tokens(&doc, 1..3, EntityType::Person)];
    drop_lone_titles(&doc, &mut mentions);
    assert_eq!(mentions.len(), 1);
    assert_eq!(mentions[0].tokens, 1..3);
}

#[test]
fn a_line_opening_with_a_place_and_the_filing_date_is_a_dateline() {
    let text =
        "Jones Medical completes acquisition .\nST. LOUIS 1996-08-30\nJones Medical Industries Inc said it closed.";
    assert_finds(text, "ST. LOUIS", EntityType::Gpe);
    let text = "SOCCER - BARATELLI TO COACH NICE .\nNICE , France 1996-08-30\nFormer goalkeeper Dominique Baratelli will coach Nice.";
    assert_finds(text, "NICE", EntityType::Gpe);
    let found = mentions_of(text);
    assert!(!found.iter().any(|(name, _)| name == "SOCCER"), "{found:?}");
    let text = "Council backs tram extension\n\nWESTBRIDGE — The city council voted 7-4 to extend the tram line.";
    assert_finds(text, "WESTBRIDGE", EntityType::Gpe);
    // Not a section's name before a headline in capitals, nor a
    // table's row.
    let text = "RUGBY UNION - SPRINGBOKS FINALLY WIN .\nPRETORIA 1996-08-24\nSouth Africa won.";
    let found = mentions_of(text);
    assert!(!found.contains(&("RUGBY UNION".to_string(), EntityType::Gpe)), "{found:?}");
    let found = mentions_of("The latest indicators :\nCPI ( pct ) July +0.4 m / m");
    assert!(!found.iter().any(|(name, kind)| name.starts_with("CPI") && *kind == EntityType::Gpe), "{found:?}");
}

#[test]
fn a_name_whose_shares_trade_or_board_meets_is_a_company_and_a_city_s_market_the_city() {
    // The kinds of one-word mentions at `tokens` of `text`, all taken for places.
    let tagged = |tokens: &[usize], kind: EntityType| tokens.iter().map(|&t| (t..t + 1, kind)).collect::<Vec<_>>();
    let kinds = |text: &str, tokens: &[usize]| {
        kinds_after(companies_by_shares_and_boards, text, &tagged(tokens, EntityType::Gpe))
    };
    // Every mention of the name, once its shares trade.
    assert_eq!(kinds("Shares of Veltra rose . Veltra sells phones .", &[2, 5]), [EntityType::Org; 2]);
    assert_eq!(kinds("Veltra stock fell .", &[0]), [EntityType::Org]);
    // A market is a place's: its stocks, its stock exchange, a place the
    // gazetteer knows.
    assert_eq!(kinds("Veltra stocks fell .", &[0]), [EntityType::Gpe]);
    assert_eq!(kinds("Veltra stock exchange fell .", &[0]), [EntityType::Gpe]);
    assert_eq!(kinds("Tokyo shares fell .", &[0]), [EntityType::Gpe]);
    assert_eq!(kinds("U.S. shares fell .", &[0]), [EntityType::Gpe]);
    // Or whose board and managers the article names.
    assert_eq!(kinds("Veltra 's board met . Veltra sells phones .", &[0, 5]), [EntityType::Org; 2]);
    assert_eq!(kinds("He is chief executive officer of Veltra .", &[6]), [EntityType::Org]);
    assert_eq!(kinds("Veltra general manager Ann Bo quit .", &[0]), [EntityType::Org]);
    assert_eq!(kinds("Veltra executives met .", &[0]), [EntityType::Gpe]);
    // Or whose output and profits it reports.
    assert_eq!(kinds("Veltra 's six-month output rose .", &[0]), [EntityType::Org]);
    // One word no name list knows, taken for a person, whose shares trade.
    let people = |text: &str, tokens: &[usize]| {
        kinds_after(companies_by_shares_and_boards, text, &tagged(tokens, EntityType::Person))
    };
    assert_eq!(people("Brightline unveiled a phone . Brightline's shares rose .", &[0, 5]), [EntityType::Org; 2]);
    assert_eq!(people("Brightline grew . Brightline's profits doubled .", &[0, 3]), [EntityType::Org; 2]);
    // (Not a surname: `Smith's shares` are a shareholder's.)
    assert_eq!(people("Smith sold . Smith's shares rose .", &[0, 3]), [EntityType::Person; 2]);
}
