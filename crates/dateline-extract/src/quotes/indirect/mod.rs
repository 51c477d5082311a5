//! Reported speech without quotation marks: `X said (that) …`, `…, X
//! said.`, `according to X, …`, an attribution set between commas, verbs of
//! stance that attribute their object (`criticized Trump's remarks`), of
//! intent what follows `to` (`plans to call on`) and of talk a topic
//! (`talked about the economy`); and, from `verbless.rs`, what no speech
//! verb introduces: questions put (`Asked whether …`), what a poll found,
//! `according to X`, and a headline that opens with a name and a colon
//! (`Lynch: No outside influence`). The speaker is found and resolved as
//! for quotes (`attribution.rs`).

mod verbless;

use std::ops::Range;

use super::attribution::Found;
use super::cues::{
    answers_to, cue, is_adverb, opens_adjunct, opens_no_clause, takes_bare_clause, takes_infinitive, takes_object,
    takes_topic,
};
use super::phrases::{
    cue_words, first_subject, in_contact_relative, inside_any_quote, is_cue_at, negated, object_end,
    participle_subject, phrasal_at, phrase_after, plausible_speaker, shared_subject, skip_adjuncts, subject_of,
    used_as_verb,
};
use super::resolve::apply;
use crate::doc::{Document, EntityType, QuoteDraft, QuoteKind, Span};
use crate::tokenize::TokenKind;
use verbless::{according_to, in_a_poll, name_and_colon, question_put};

/// The fewest words reported speech is taken to have: shorter, it is more
/// often an object than a clause.
pub(super) const MIN_CONTENT: usize = 4;

/// The fewest words of a clause reported after a verb of saying.
pub(super) const MIN_CLAUSE: usize = 3;

/// The fewest words of what a verb of stance or intent attributes
/// (`rejected that idea`, `announced his resignation`, `wants to win`).
const MIN_OBJECT: usize = 2;

/// Reported speech without marks: `X said (that) …`, `…, X said.`,
/// `according to X, …`.
pub(super) fn find_indirect(doc: &mut Document<'_>, last_person: &mut Option<(usize, usize)>) {
    let quoted: Vec<Span> = doc.quotes.iter().map(|q| q.span).collect();
    let mut found: Vec<(Range<usize>, Found)> = Vec::new();
    for sentence in doc.sentences.clone() {
        let mut end = sentence.end;
        while end > sentence.start && doc.tokens[end - 1].kind == TokenKind::Punct {
            end -= 1;
        }
        found.extend(name_and_colon(doc, sentence.clone(), end));
        found.extend(in_a_poll(doc, sentence.clone(), end));
        found.extend(question_put(doc, sentence.clone(), end));
        for k in sentence.clone() {
            let word = doc.word(k);
            if word.eq_ignore_ascii_case("according") && k + 1 < end && doc.word(k + 1) == "to" {
                found.extend(according_to(doc, sentence.clone(), end, k));
                continue;
            }
            // `Bernie Sanders Says He's Already Started …`: a headline
            // capitalises its verb.
            let headline = k > sentence.start && doc.word(k - 1).starts_with(char::is_uppercase);
            // `lashed out at`, `weighed in on`, `pointing to`: a verb and its
            // particle.
            let listed = cue(word);
            let phrasal = listed.is_none().then(|| phrasal_at(doc, k)).flatten();
            let Some((lemma, indirect)) = listed
                .or_else(|| headline.then(|| cue(doc.lower(k))).flatten())
                .or_else(|| phrasal.map(|lemma| (lemma, true)))
            else {
                continue;
            };
            // `called for a recount`, `called on Congress to act`, `called
            // Clinton a liar`, `calling it a "Chinese menu"`: a name given
            // is a stance (`a group called Our Principles` is no one's).
            let calls_for = lemma == "call"
                && k + 1 < end
                && (matches!(doc.word(k + 1), "for" | "on")
                    || matches!(
                        doc.lower(k + 1),
                        "it" | "him" | "her" | "them" | "himself" | "herself" | "themselves"
                    )
                    || doc.mentions.iter().any(|m| m.tokens.start == k + 1 && m.kind == EntityType::Person));
            if !indirect && !calls_for {
                continue;
            }
            if !used_as_verb(doc, k) || negated(doc, k) {
                continue;
            }
            // `criticized by Democrats`, `a star likened to the Star of
            // David`: a stance verb's participle straight before `by` (or
            // `liken`'s `to`) is passive, and what follows is not what
            // anyone said (`referred to`, `offered to` are active).
            let passive_stance = takes_object(lemma)
                && word.ends_with("ed")
                && k + 1 < end
                && (doc.word(k + 1) == "by" || lemma == "liken" && doc.word(k + 1) == "to");
            if passive_stance {
                continue;
            }
            let cue_span = doc.token_span(k, k);
            if quoted.iter().any(|q| q.contains(cue_span)) {
                continue;
            }
            // `…, X said.` / `…, said X.`
            let tail_subject = subject_of(doc, k, sentence.start);
            // (Past the particle, and the preposition that follows it: `lashed
            // out at [critics]`.)
            let cue_end = match phrasal {
                Some(_) if k + 2 < end && matches!(doc.word(k + 2), "at" | "on" | "to" | "about") => k + 3,
                Some(_) => k + 2,
                None => k + 1,
            };
            let after_cue = skip_adjuncts(doc, cue_end, end);
            // (A phrase after the cue may run past `end`, over closing marks.)
            let clause_ends =
                |j: usize| j >= end || doc.word(j) == "," && j + 1 < end && doc.word(j + 1).ends_with("ing");
            // `told The Post and Courier on Saturday (that) …`: after
            // `tell`, the listener comes first; `…, Graham told The
            // Huffington Post.` ends on it.
            // `asked Sanders whether …`, `asked the students about …`: after
            // `ask`, the one asked comes before the question.
            let asked = (lemma == "ask")
                .then(|| {
                    (after_cue + 1..end.min(after_cue + 6))
                        .take_while(|&o| doc.tokens[o - 1].kind != TokenKind::Punct)
                        .find(|&o| {
                            matches!(
                                doc.word(o),
                                "whether" | "if" | "how" | "why" | "what" | "when" | "where" | "who" | "about"
                            )
                        })
                })
                .flatten()
                .map(|o| o + usize::from(doc.word(o) == "about" && o + 1 < end));
            let listened = if lemma == "tell" {
                skip_adjuncts(doc, object_end(doc, after_cue), end)
            } else {
                asked.unwrap_or(after_cue)
            };
            let after_cue = if clause_ends(listened) { listened } else { after_cue };
            let speaker_after = phrase_after(doc, k);
            // `…, said X.` (but `…, citing X.` is a participle and its object).
            // `…, said Brian Baker, a longtime adviser to the family.`: a
            // name may carry an appositive to the sentence's end.
            let described = |after: usize| {
                after < end
                    && doc.word(after) == ","
                    && doc.mentions.iter().any(|m| m.tokens == speaker_after && m.kind == EntityType::Person)
                    && !(after..end).any(|j| is_cue_at(doc, j))
            };
            // (Only a verb of saying inverts: `…, emailed supporters on
            // Monday` has an object after it.)
            let inverts = !(takes_object(lemma)
                || takes_infinitive(lemma)
                || takes_topic(lemma)
                || matches!(lemma, "tell" | "email" | "post"));
            // (Nor when a speaker stands before it: `Megan Hester, a senior
            // associate at the institute, said parents still want …`.)
            let inverts = inverts && !plausible_speaker(doc, &tail_subject.0);
            // (`…, said one GOP source in the room.`: a prepositional phrase
            // may close the sentence after the speaker.)
            let closing_adjunct = |after: usize| {
                after < end
                    && matches!(doc.word(after), "in" | "at" | "on" | "from" | "during" | "with")
                    && (after..end).all(|j| doc.word(j) != "," && !is_cue_at(doc, j))
            };
            let inverted = inverts && !speaker_after.is_empty() && !word.ends_with("ing") && {
                let after = skip_adjuncts(doc, speaker_after.end, end);
                clause_ends(after) || described(after) || closing_adjunct(after)
            };
            // `…, he said in an interview on Saturday.`: a prepositional
            // adjunct may close the sentence after the verb.
            let adjunct_to_end = after_cue < end
                && matches!(doc.lower(after_cue), "in" | "during" | "at" | "on" | "after" | "before" | "with" | "via")
                && (after_cue..end).all(|j| !matches!(doc.word(j), "," | "that") && !is_cue_at(doc, j));
            let tail = clause_ends(after_cue) || adjunct_to_end;
            if tail || inverted {
                let (speaker, appositive, comma) = if tail {
                    let (s, a) = tail_subject.clone();
                    let comma = s.start.checked_sub(1);
                    (s, a, comma)
                } else {
                    (speaker_after.clone(), None, k.checked_sub(1))
                };
                if let Some(comma) = comma.filter(|&c| c > sentence.start && doc.word(c) == ",") {
                    if !speaker.is_empty() && comma - sentence.start >= MIN_CONTENT {
                        found.push((sentence.start..comma, Found { speaker, cue: k, appositive, confidence: 0.65 }));
                        continue;
                    }
                }
            }
            // `Acts of protest, Mr. Obama said, are acts of patriotism`: an
            // attribution set between commas inside the content. The quote
            // is the whole sentence, which reads better than either half.
            let (subject, _) = &tail_subject;
            let parenthetical = !subject.is_empty()
                && subject.start > sentence.start + 1
                && doc.word(subject.start - 1) == ","
                && after_cue < end
                && doc.word(after_cue) == ","
                && after_cue + 1 < end
                && !doc.word(after_cue + 1).ends_with("ing");
            if parenthetical && plausible_speaker(doc, subject) && end - sentence.start >= MIN_CONTENT {
                let (speaker, appositive) = tail_subject.clone();
                found.push((sentence.start..end, Found { speaker, cue: k, appositive, confidence: 0.6 }));
                continue;
            }
            // `The contrast with Trump, said Doyle and others, would be
            // clear`: so is one that inverts.
            let inverted_aside = inverts
                && k > sentence.start + 1
                && doc.word(k - 1) == ","
                && speaker_after.end + 1 < end
                && doc.word(speaker_after.end) == ","
                && doc.word(speaker_after.end + 1).starts_with(char::is_lowercase)
                && plausible_speaker(doc, &speaker_after);
            if inverted_aside && end - sentence.start >= MIN_CONTENT {
                let speaker = speaker_after.clone();
                found.push((sentence.start..end, Found { speaker, cue: k, appositive: None, confidence: 0.6 }));
                continue;
            }
            // `X said (that) …`; `…, citing a new poll`.
            // `is bearish on student loans and expects …`: a phrase ending
            // on `and` is another verb's tail; the subject is shared, as
            // after `but` (`called it careless, but said …`).
            let shares_subject = |speaker: &Range<usize>| {
                speaker.end > speaker.start && doc.word(speaker.end - 1) == "and"
                    || speaker.is_empty() && k > 0 && matches!(doc.word(k - 1), "but" | "and")
            };
            let tail_subject = match tail_subject {
                (speaker, _) if shares_subject(&speaker) => {
                    (shared_subject(doc, sentence.start, k).unwrap_or(k..k), None)
                }
                other => other,
            };
            let (speaker, appositive) = match tail_subject {
                (speaker, appositive) if !speaker.is_empty() && doc.word(k - 1) != "," => (speaker, appositive),
                (speaker, appositive) => match participle_subject(doc, sentence.start, k) {
                    Some(subject) => (subject, None),
                    None if !speaker.is_empty() => (speaker, appositive),
                    None => continue,
                },
            };
            // A phrase that is no noun phrase (`In`, `why he`, `Having`)
            // gives way to the clause's subject when there is one.
            let (speaker, appositive) = match first_subject(doc, sentence.start, k) {
                Some(subject) if !plausible_speaker(doc, &speaker) => (subject, None),
                _ => (speaker, appositive),
            };
            // `Trump is expected to speak`, `he was told that …`: in the
            // passive the subject is not the one who expects or tells, and
            // the story does not say who is.
            // (`is asking` is active.)
            let participle = word.ends_with("ed") || matches!(word, "told" | "said" | "shown" | "known" | "written");
            // (`was also intended`, `is widely expected`: adverbs between.)
            let mut aux = k;
            while aux > sentence.start
                && is_adverb(doc.word(aux - 1))
                && !matches!(doc.lower(aux - 1), "is" | "are" | "was" | "were" | "been")
            {
                aux -= 1;
            }
            let passive = participle
                && aux > 0
                && matches!(doc.lower(aux - 1), "is" | "are" | "was" | "were" | "be" | "been" | "being");
            let (speaker, appositive) = if passive { (k..k, None) } else { (speaker, appositive) };
            let that = clause_opening_that(doc, lemma, after_cue, listened, end);
            // `said after the convention he would not accept …`: a short
            // adjunct between the verb and a clause that opens on a pronoun.
            let past_adjunct = || {
                (listened < end && matches!(doc.lower(listened), "after" | "before" | "during" | "in" | "on" | "at"))
                    .then(|| {
                        (listened + 2..(listened + 7).min(end)).find(|&j| {
                            matches!(doc.word(j), "he" | "she" | "they" | "it" | "we" | "I")
                                && j + 1 < end
                                && doc.word(j + 1).starts_with(char::is_lowercase)
                        })
                    })
                    .flatten()
                    .filter(|&j| (listened..j).all(|x| doc.tokens[x].kind != TokenKind::Punct))
            };
            let start = that.map(|i| i + 1).or_else(past_adjunct).unwrap_or(listened);
            // `said local officials should`, `said developers had`: any
            // word opens the clause but a preposition (`said in an
            // interview`) or a mark.
            let starts_clause = takes_bare_clause(lemma)
                && start < end
                && doc.tokens[start].kind != TokenKind::Punct
                && !opens_no_clause(doc.word(start));
            // `explained why he backs Trump`, `told his advisers to find`.
            let wh_clause = start < end
                && (matches!(doc.word(start), "why" | "how" | "what" | "whether" | "when" | "where" | "who" | "if")
                    || lemma == "tell" && doc.word(start) == "to"
                    || asked == Some(start));
            // `Clinton criticized Trump's remarks`: a verb of stance
            // attributes its object.
            // (`has been endorsed by dozens of papers`: a passive's agent is
            // the one who acts, not what is said.)
            // `Trump talked about the stock market`: a topic.
            let topic = start + 1 < end
                && (takes_topic(lemma) && doc.word(start) == "about" || answers_to(lemma) && doc.word(start) == "to");
            let stance = (takes_object(lemma) || calls_for)
                && start < end
                && !matches!(doc.word(start), "by" | "up" | "out" | "off" | "down")
                && !opens_adjunct(doc.word(start))
                || topic;
            // `Clinton plans to call on young people`, `urged Congress to
            // act`: an intent attributes what follows `to`.
            // (`asked Congress to act` puts a request; `asked not to be
            // named` puts none.)
            let asks_nothing = lemma == "ask" && matches!(doc.word(after_cue.min(end - 1)), "to" | "not");
            let intent = takes_infinitive(lemma)
                && !asks_nothing
                && (after_cue..(after_cue + 4).min(end)).any(|j| doc.word(j) == "to");
            if that.is_some() || starts_clause || wh_clause || stance || intent {
                let end = report_end(doc, start, end);
                // A clause after a verb of saying may be three words (`He
                // says he respects Clinton`), an object two (`rejected his
                // proposal`).
                let clause = that.is_some() || starts_clause;
                let someone = stance.then(|| someone_named(doc, start, end)).flatten();
                let end = someone
                    .or_else(|| (stance && !clause).then(|| object_before_verb(doc, start, end)).flatten())
                    .unwrap_or(end);
                // (What someone was asked about may be a name or two.)
                let asked_about = asked == Some(start) && doc.word(start - 1) == "about";
                // (`declined to comment (on the budget)` reports no words,
                // as negated speech does not.)
                let no_comment = end >= start + 2 && doc.word(start) == "to" && doc.lower(start + 1) == "comment";
                let long_enough = end - start >= if clause { MIN_CLAUSE } else { MIN_OBJECT } && !no_comment;
                if someone.is_some() || asked_about || long_enough {
                    found.push((start..end, Found { speaker, cue: k, appositive, confidence: 0.6 }));
                }
            }
        }
    }
    // (Each pattern above keeps to its own fewest words: a question's
    // topic or a stance on someone may be one name.)
    for (content, f) in found {
        let content = trimmed(doc, content);
        if content.is_empty() {
            continue;
        }
        let span = doc.token_span(content.start, content.end - 1);
        if doc.quotes.iter().any(|q| q.span.overlaps(span)) {
            continue;
        }
        doc.quotes.push(QuoteDraft::unattributed(span, QuoteKind::Indirect, content, None));
        let q = doc.quotes.len() - 1;
        if f.speaker.is_empty() {
            // A question put by no one named (`Asked whether …`).
            let cue = cue_words(doc, f.cue).map(|(lemma, t)| (lemma, doc.token_span(t.start, t.end - 1)));
            let quote = &mut doc.quotes[q];
            quote.cue = cue.map(|(lemma, _)| lemma.into());
            quote.cue_span = cue.map(|(_, span)| span);
            quote.confidence = f.confidence;
            continue;
        }
        apply(doc, q, &f, last_person);
    }
}

/// The `that` after a verb (and its listener, at `listened`) that opens
/// the reported clause, if one does within a few words.
fn clause_opening_that(
    doc: &Document<'_>,
    lemma: &str,
    after_cue: usize,
    listened: usize,
    end: usize,
) -> Option<usize> {
    (listened..(listened + 8).min(end))
        .find(|&i| doc.word(i) == "that")
        // (`I think that's the message`: a pronoun, not a clause's opening.)
        .filter(|&i| !(i + 1 < end && matches!(doc.lower(i + 1), "'s" | "’s" | "is" | "was" | "has" | "way" | "much")))
        // (`hinted at that in a news conference`: nor after a preposition.)
        .filter(|&i| !matches!(doc.lower(i - 1), "at" | "of" | "on" | "to" | "with" | "about" | "for"))
        .filter(|&i| (after_cue..i).all(|j| doc.tokens[j].kind != TokenKind::Punct || doc.word(j) == ","))
        // (`praised the deal but said that …`: the `that` of a later verb.)
        .filter(|&i| !(after_cue..i).any(|j| is_cue_at(doc, j)))
        // `rejected the claim that …`: after a verb of stance and a noun
        // phrase, `that` opens what the noun says, and the whole object is
        // the stance (`expressed concern that …` has no determiner, and
        // says it).
        .filter(|&i| {
            !takes_object(lemma)
                || !(listened..i).any(|j| matches!(doc.lower(j), "the" | "a" | "an" | "this" | "his" | "her" | "their"))
        })
}

/// `Jeb Bush endorsed Cruz on Wednesday`, `endorsed Mr. Trump`, `endorsed
/// her`: a stance on someone named at `start`, where nothing but adjuncts
/// follows the name; where the name ends. Such a stance needs no more
/// words than the name.
fn someone_named(doc: &Document<'_>, start: usize, end: usize) -> Option<usize> {
    let titled = usize::from(doc.word(start).ends_with('.') || doc.lower(start) == "the");
    let name = doc
        .mentions
        .iter()
        .find(|m| {
            m.tokens.start == start + titled && matches!(m.kind, EntityType::Person | EntityType::Org | EntityType::Gpe)
        })
        .map(|m| m.tokens.end);
    let pronoun = matches!(doc.lower(start), "him" | "her" | "them").then_some(start + 1);
    name.or(pronoun).filter(|&name_end| skip_adjuncts(doc, name_end, end) >= end)
}

/// Where reported speech that starts at `start` ends: at the comma before
/// the next attribution in the sentence (`She called for jail time, and
/// Ted Cruz said the hearing was a show`), else at `end`. The first later
/// speech verb that is one counts: `the vacancy rules should be
/// modernized, but Clinton said …` reads `rules` as a noun.
fn report_end(doc: &Document<'_>, start: usize, end: usize) -> usize {
    (start + 1..end)
        .filter(|&j| is_cue_at(doc, j) && !inside_any_quote(doc, j) && !in_contact_relative(doc, j))
        .find_map(|j| {
            // A verb after an auxiliary or `not` is inside the clause (`the
            // department had not replied`), not the next attribution; so is
            // one after a preposition or an adverb (`refrain from
            // attacking`, `publicly disclosed information`).
            let before = doc.lower(j - 1);
            let inside_clause = matches!(
                before,
                "not"
                    | "never"
                    | "has"
                    | "had"
                    | "have"
                    | "was"
                    | "were"
                    | "is"
                    | "are"
                    | "would"
                    | "will"
                    | "from"
                    | "of"
                    | "by"
                    | "for"
                    | "without"
                    | "after"
                    | "before"
            ) || before.len() > 4 && before.ends_with("ly");
            if inside_clause {
                return None;
            }
            // `praised the deal but said …`: a verb of the same subject ends
            // the content, however short.
            if matches!(doc.word(j - 1), "but" | "and") {
                let mut cut = j - 1;
                while cut > start && doc.word(cut - 1) == "," {
                    cut -= 1;
                }
                return Some(cut);
            }
            // Before the next verb's subject, less the `, and`.
            let subject = subject_of(doc, j, start).0;
            let mut cut = if subject.is_empty() { j } else { subject.start };
            while cut > start && matches!(doc.word(cut - 1), "," | "and" | "but") {
                cut -= 1;
            }
            // Not so short that nothing is left to report (`said Trump has
            // not replied`: the verb belongs to what was said).
            (cut >= start + MIN_CONTENT).then_some(cut)
        })
        .unwrap_or(end)
}

/// What was reported, less the marks it opens on and the joining words a
/// cut before the next clause leaves at its end (`not to use a personal
/// server if`, `his bid, but now`).
fn trimmed(doc: &Document<'_>, mut content: Range<usize>) -> Range<usize> {
    while !content.is_empty() && matches!(doc.word(content.start), "," | ";" | ":" | "—" | "-") {
        content.start += 1;
    }
    while !content.is_empty()
        && matches!(
            doc.lower(content.end - 1),
            "," | ";" | "and" | "but" | "or" | "if" | "when" | "while" | "because" | "that" | "now" | "so" | "as"
        )
    {
        content.end -= 1;
    }
    content
}

/// `thanked her band and tagged her in a post`: an object ends before a
/// second verb of the same subject, a past tense after `and` or `but`.
fn object_before_verb(doc: &Document<'_>, start: usize, end: usize) -> Option<usize> {
    (start + 1..end.saturating_sub(1)).find(|&j| {
        let next = doc.word(j + 1);
        matches!(doc.word(j), "and" | "but")
            && next.len() > 4
            && next.ends_with("ed")
            && next.starts_with(char::is_lowercase)
    })
}

/// One test per pattern of reported speech.
#[cfg(test)]
mod tests {
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
        assert_eq!(
            quotes("The decision was a good one, Lindsey Graham told The Huffington Post on Thursday.").len(),
            1
        );
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
        let found = quotes(
            "Ed Rendell said the vacancy rules should be modernized, but Clinton said that discussion should wait.",
        );
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
}
