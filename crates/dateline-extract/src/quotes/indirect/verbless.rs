//! Reported speech that no speech verb introduces: `According to X, …`
//! and `…, according to X.`, a question put (`Asked whether …`, `when
//! asked about …`), what a poll found (`In the latest … poll, …`), and a
//! headline or a transcript's turn that opens with a name and a colon
//! (`Lynch: No outside influence`, `TAPPER: …`). Each returns the content
//! and the speaker it found for `find_indirect` to record.

use std::ops::Range;

use super::super::attribution::Found;
use super::super::cues::names_a_finding;
use super::super::phrases::{is_mark, phrase_after, plausible_speaker, subject_of};
use super::{MIN_CLAUSE, MIN_CONTENT};
use crate::doc::{Document, EntityType};

/// `According to X, …`, `…, according to X.`: what a named source
/// reported, for `according to` at token `k`.
pub(super) fn according_to(
    doc: &Document<'_>,
    sentence: Range<usize>,
    end: usize,
    k: usize,
) -> Option<(Range<usize>, Found)> {
    let speaker = phrase_after(doc, k + 1);
    if speaker.is_empty() {
        return None;
    }
    // `But according to the poll, …`: only a joining word before.
    let opens = (sentence.start..k)
        .all(|j| matches!(doc.lower(j), "but" | "and" | "yet" | "so" | "still" | "however" | "now" | ","));
    let mark = k > sentence.start && matches!(doc.word(k - 1), "," | "—" | "–" | "--");
    let content = if opens {
        // `According to early results of exit polls conducted for the
        // networks, …`: the source may run on past its head to the comma.
        (speaker.end..end.min(speaker.end + 25))
            .take_while(|&j| !is_mark(doc, j) && doc.word(j) != ";")
            .find(|&j| doc.word(j) == ",")
            .map(|comma| comma + 1..end)
    } else if mark && k - 1 < sentence.start + MIN_CONTENT && speaker.end < end && doc.word(speaker.end) == "," {
        // `Fundraising, according to the campaign, has surged`: set inside
        // what it attributes, which is the sentence. (After more words,
        // the comma may open a description of the source: `…, according
        // to Craig Bryan, head of …`.)
        Some(sentence.start..end)
    } else {
        // `…, according to X.`, `… — according to X.`
        mark.then(|| sentence.start..k - 1)
    };
    let content = content.filter(|c| c.len() >= MIN_CONTENT)?;
    Some((content, Found { speaker, cue: k, appositive: None, confidence: 0.6 }))
}

/// `Asked whether he would run, Smith said …`, `When asked about the
/// vote, …`: the question is reported too, put by someone the story does
/// not name (the speaker stays empty), or by the one named after `by`.
pub(super) fn question_put(doc: &Document<'_>, sentence: Range<usize>, end: usize) -> Option<(Range<usize>, Found)> {
    // `Asked …` opening the sentence, or `when asked …` anywhere in it.
    let asked = (sentence.start..end).find(|&k| {
        doc.lower(k) == "asked"
            && (k == sentence.start || k > sentence.start && matches!(doc.lower(k - 1), "when" | "after" | ","))
    })?;
    if asked + 3 > end {
        return None;
    }
    // (`Mayor Tom Reyes, who spoke in Salem, asked reporters whether …`:
    // after a subject and its aside, `asked` is the main verb, and the
    // subject puts the question.)
    if asked > sentence.start
        && doc.word(asked - 1) == ","
        && plausible_speaker(doc, &subject_of(doc, asked, sentence.start).0)
    {
        return None;
    }
    // `Asked Tuesday at a briefing in Washington about …`, `asked by Starnes
    // if …`: the question word may come after adjuncts and the one who put
    // it.
    let opens = (asked + 1..(asked + 10).min(end)).take_while(|&j| doc.word(j) != ",").find(|&j| {
        matches!(doc.lower(j), "whether" | "if" | "about" | "what" | "who" | "how" | "why" | "which")
            || j == asked + 1 && doc.word(j) == "to"
    })?;
    let by = (asked + 1..opens).find(|&j| doc.word(j) == "by").map(|j| phrase_after(doc, j)).filter(|p| p.end <= opens);
    let stop = (opens + 1..end).find(|&j| doc.word(j) == ",").unwrap_or(end);
    let content = opens + usize::from(doc.word(opens) == "about")..stop;
    let speaker = by.unwrap_or(asked..asked);
    Some((content, Found { speaker, cue: asked, appositive: None, confidence: 0.5 }))
}

/// `In the latest Washington Post/ABC News poll, Clinton led by 5
/// points`: what a poll, survey, study or report found, opening the
/// sentence.
pub(super) fn in_a_poll(doc: &Document<'_>, sentence: Range<usize>, end: usize) -> Option<(Range<usize>, Found)> {
    let start = sentence.start;
    if doc.word(start) != "In" {
        return None;
    }
    let comma = (start + 2..end.min(start + 16)).find(|&j| doc.word(j) == ",")?;
    let head = (start + 1..comma).find(|&j| names_a_finding(doc.lower(j)))?;
    (comma + 1 + MIN_CONTENT <= end).then(|| {
        (comma + 1..end, Found { speaker: start + 1..head + 1, cue: start, appositive: None, confidence: 0.5 })
    })
}

/// `Lynch: No outside influence on FBI probe`: a headline, or a
/// paragraph, that opens with a name (or a poll, a report) and a colon
/// reports what that name said.
pub(super) fn name_and_colon(doc: &Document<'_>, sentence: Range<usize>, end: usize) -> Option<(Range<usize>, Found)> {
    let start = sentence.start;
    let colon = (start + 1..end.min(start + 8)).find(|&k| doc.word(k) == ":").filter(|_| doc.opens_paragraph(start))?;
    // `Roger Stone:`, `Former AG Mukasey at RNC:`: a name, perhaps after a
    // title of up to three words and before where it spoke (but not
    // `Carly Fiorina Endorses Ted Cruz:`, a headline's own clause).
    let name_ends = |k: usize| {
        doc.mentions.iter().find(|m| {
            m.tokens.end == k
                && start + 3 >= m.tokens.start
                && matches!(m.kind, EntityType::Person | EntityType::Org | EntityType::Gpe)
        })
    };
    let where_spoke =
        (start + 1..colon).find(|&k| doc.word(k) == "at").filter(|&at| name_ends(at).is_some() && at + 1 < colon);
    let named = name_ends(where_spoke.unwrap_or(colon)).is_some_and(|name| {
        let title = start..name.tokens.start;
        title.clone().all(|k| doc.word(k).starts_with(char::is_uppercase))
            && !doc.mentions.iter().any(|m| {
                m.tokens.start < name.tokens.start && m.tokens.end > title.start && m.kind == EntityType::Person
            })
    });
    // `TAPPER:`: a transcript's turn, but not a section's label
    // (`CORRECTION:`, `EXCLUSIVE:`); an interview's `Q:` and `A:` name no
    // one.
    let turn = colon == start + 1
        && doc.word(start).len() > 2
        && doc.word(start).chars().all(|c| c.is_uppercase())
        && !SECTION_LABELS.contains(&doc.lower(start));
    let named = named || turn;
    let reports = colon - start <= 2
        && (names_a_finding(doc.lower(colon - 1))
            || matches!(doc.lower(colon - 1), "newspaper" | "officials" | "sources"));
    ((named || reports) && end >= colon + 1 + MIN_CLAUSE).then(|| {
        let found = Found { speaker: start..colon, cue: colon, appositive: None, confidence: 0.6 };
        (colon + 1..end, found)
    })
}

/// Words of a paragraph's label before a colon, which introduces no one's
/// words.
const SECTION_LABELS: &[&str] = &[
    "correction", "corrections", "clarification", "latest", "contributing", "online", "update", "updated", "note",
    "notice", "byline", "twitter", "facebook", "breaking", "wow", "boom", "watch", "video", "photos", "related",
    "source", "sources", "editor's", "editor’s", "reads", "follow", "read", "more", "also", "see", "listen",
    "transcript", "email", "exclusive", "busted", "look", "analysis", "opinion", "editorial", "podcast", "quiz",
    "fact", "check", "poll", "stat",
];

#[cfg(test)]
mod tests {
    use crate::testing::{cues, quotes, some};

    #[test]
    fn what_a_poll_found() {
        let found = quotes("In the latest Washington Post poll, Clinton led Trump by 5 points among likely voters.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].text, "Clinton led Trump by 5 points among likely voters");
        assert_eq!(found[0].speaker_text.as_deref(), Some("the latest Washington Post poll"));
        // An interview is where someone spoke, not who.
        assert!(quotes("In an interview, the mayor smiled and left the room.").is_empty());
    }

    #[test]
    fn indirect_speech_according_to() {
        let text = "According to Helen Okafor, the bridge will reopen to traffic in May.";
        let found = quotes(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].kind, "indirect");
        assert_eq!(found[0].speaker, some("Helen Okafor"));
        // A source that runs on past its head.
        let text = "According to early results of exit polls conducted for the networks, half of the voters \
                    were black.";
        let found = quotes(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].text, "half of the voters were black");
        // Set inside what it attributes, or after a joining word.
        let found = quotes("Fundraising, according to the campaign, has surged in the same period.");
        assert_eq!(found[0].text, "Fundraising, according to the campaign, has surged in the same period");
        let found = quotes("But according to the poll, 46 percent of voters remain undecided.");
        assert_eq!(found[0].text, "46 percent of voters remain undecided");
        // After a dash.
        let found = quotes("Ferguson had 115 violent crimes in 2014 — according to data from the FBI.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].text, "Ferguson had 115 violent crimes in 2014");
    }

    #[test]
    fn a_question_put_by_no_one_named() {
        let text = "Asked whether he would run again, Tom Ellis smiled and left the room.";
        let found = quotes(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].text, "whether he would run again");
        assert_eq!(found[0].speaker_text, None);
        assert_eq!(cues(text), ["ask"]);
        // After adjuncts, and mid-sentence after `when`.
        let found = quotes("Asked Tuesday at a briefing about the vote, Tom Ellis smiled and left the room.");
        assert_eq!(found[0].text, "the vote");
        let found = quotes("Tom Ellis, when asked whether he would run again, smiled and left the room.");
        assert_eq!(found[0].text, "whether he would run again");
        // Put by someone named.
        let found = quotes("Asked by Todd Starnes if he would run again, Tom Ellis smiled and left the room.");
        assert_eq!(found[0].text, "if he would run again");
        assert_eq!(found[0].speaker, some("Todd Starnes"));
    }

    #[test]
    fn a_headline_opening_with_a_name_and_a_colon() {
        let text = "Loretta Lynch: No outside influence on the inquiry\n\nThe attorney general spoke on Monday.";
        let found = quotes(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].text, "No outside influence on the inquiry");
        assert_eq!(found[0].speaker, some("Loretta Lynch"));
        // Not inside a paragraph, and not after a word that names no one.
        assert!(quotes("Note: the bridge will reopen to traffic in May.").is_empty());
        // A title before the name and where it spoke after it.
        let found = quotes("Former AG Michael Mukasey at RNC: Clinton email scandal disqualifies her\n\nText.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].speaker_text.as_deref(), Some("Former AG Michael Mukasey at RNC"));
        // A transcript's turn.
        let found = quotes("TAPPER: Donald Trump released a video on Friday about it.\n\nText.");
        assert_eq!(found[0].speaker_text.as_deref(), Some("TAPPER"));
        // A headline's own clause, a section's label, an interview's `Q:`.
        let headline = "Carly Fiorina Endorses Ted Cruz: I Am Horrified By It\n\nText.";
        assert!(!quotes(headline).iter().any(|q| q.text.starts_with("I Am")));
        assert!(quotes("CORRECTION: An earlier version misstated the date.\n\nText.").is_empty());
        assert!(quotes("Q: Have you talked to her about the court?\n\nA: Not yet.").is_empty());
    }

    #[test]
    fn a_subject_with_an_aside_puts_its_own_question() {
        let text =
            "Mayor Tom Reyes, who spoke at a town hall in Salem, Oregon, asked reporters whether the state would pay.";
        let found = quotes(text);
        assert_eq!(found[0].text, "whether the state would pay");
        assert_eq!(found[0].speaker, some("Tom Reyes"));
    }
}
