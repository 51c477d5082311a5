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
    answers_to, cue, is_adverb, is_auxiliary, opens_adjunct, opens_no_clause, takes_bare_clause, takes_infinitive,
    takes_object, takes_topic,
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
            if passive_stance || reports_no_words(doc, lemma, k, end) {
                continue;
            }
            let cue_span = doc.token_span(k, k);
            if quoted.iter().any(|q| q.contains(cue_span)) {
                continue;
            }
            // `"Munich has chosen to stay open," Feld told cheering
            // supporters at a beer hall`: after a quotation, `told` names
            // its listeners, not a second report.
            let told_after_quote = lemma == "tell"
                && doc.quotes.iter().any(|q| q.cue_span == Some(cue_span) && q.span.end < cue_span.start);
            if told_after_quote {
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
            // (`It will report earnings on Feb. 4`: when a company reports
            // its results is no one's words; but `reported profits fell`
            // and `reported earnings of $8.42 a share` tell what was said.)
            let reports_results = lemma == "report"
                && start < end
                && matches!(
                    doc.lower(start),
                    "earnings" | "results" | "profit" | "profits" | "loss" | "losses" | "revenue" | "sales"
                )
                && (start + 1 == end
                    || matches!(
                        doc.word(start + 1),
                        "on" | "after" | "before" | "next" | "this" | "later" | "," | "."
                    ));
            let starts_clause = takes_bare_clause(lemma)
                && start < end
                && doc.tokens[start].kind != TokenKind::Punct
                && !opens_no_clause(doc.word(start))
                && !reports_results;
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
                let end = aside_end(doc, k, start, end).unwrap_or(end);
                // A clause after a verb of saying may be three words (`He
                // says he respects Clinton`), an object two (`rejected his
                // proposal`).
                let clause = that.is_some() || starts_clause;
                // (`called Cruz`, `as musicians call her`: a call names or
                // phones; only what follows the name is said.)
                let someone = (stance && lemma != "call").then(|| someone_named(doc, start, end)).flatten();
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

/// A verb of saying used for a deed: a jury that `found Carl Dobbins
/// guilty` gave a verdict, and a striker who `added a second in the 71st
/// minute` or `added another` scored. (A person's `showed no emotion`
/// stays a report: PolNeAR reads what people show, `showed no sign of
/// backing down`, as a stance attributed.) `lemma` at token `k`, in a
/// sentence that ends at `end`.
fn reports_no_words(doc: &Document<'_>, lemma: &str, k: usize, end: usize) -> bool {
    let word = |i: usize| if i < end { doc.lower(i) } else { "" };
    match lemma {
        "find" => (k + 1..end.min(k + 8))
            .take_while(|&j| !matches!(doc.word(j), "that" | "," | ";"))
            .any(|j| matches!(doc.word(j), "guilty" | "liable" | "innocent" | "dead" | "unconscious" | "unresponsive")),
        "add" => {
            let ordinal = |w: &str| {
                matches!(
                    w,
                    "second" | "third" | "fourth" | "fifth" | "sixth" | "seventh" | "eighth" | "ninth" | "tenth"
                )
            };
            word(k + 1) == "another" || matches!(word(k + 1), "a" | "an") && ordinal(word(k + 2))
        }
        _ => false,
    }
}

/// A word that is a finite verb, never a clause's subject: a past tense in
/// `-ed` or an auxiliary.
fn is_finite_verb(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ed") || is_auxiliary(word)
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

/// `Doyle, who showed no emotion, will serve 25 years`: a verb in a
/// relative clause set off by commas says no more than the clause; where
/// it ends, its first comma, when the main clause's verb follows.
fn aside_end(doc: &Document<'_>, k: usize, start: usize, end: usize) -> Option<usize> {
    // (`Maggie, as musicians call her, is known`: so does one opened by
    // `as` and its subject.)
    let opened_by_as = (k.saturating_sub(4)..k).any(|a| a >= 1 && doc.lower(a) == "as" && doc.word(a - 1) == ",");
    let in_aside = k >= 2 && matches!(doc.lower(k - 1), "who" | "which") && doc.word(k - 2) == "," || opened_by_as;
    if !in_aside {
        return None;
    }
    // (The verb may follow an adverb: `, is widely regarded`.)
    let main_verb = |j: usize| {
        let word = doc.word(j);
        is_finite_verb(word) || word.len() > 4 && word.ends_with("ly") && j + 1 < end && is_finite_verb(doc.word(j + 1))
    };
    // (The first comma: a later one may close an aside of the speech's own,
    // `who said Mr. Jäger, under fire for …, would do better`.)
    (start + 1..end).find(|&j| doc.word(j) == ",").filter(|&j| j + 1 < end && main_verb(j + 1))
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
            // attacking`, `publicly disclosed information`), and so is an
            // infinitive (`the harvest, due to begin in late October`), and
            // a passive (`they had not been warned`).
            let before = doc.lower(j - 1);
            let inside_clause = matches!(
                before,
                "to" | "not"
                    | "be"
                    | "been"
                    | "being"
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
    // (`A: Most customers should have power back by Friday, Blake said`:
    // an interview's label is no one's words.)
    if content.len() > 2 && matches!(doc.word(content.start), "A" | "Q") && doc.word(content.start + 1) == ":" {
        content.start += 2;
    }
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
/// second verb of the same subject, a past tense after `and` or `but`;
/// `rejected the offer, and union leader Tomas Varga posted a video`:
/// before a clause of its own, a name and its past tense after `, and`.
fn object_before_verb(doc: &Document<'_>, start: usize, end: usize) -> Option<usize> {
    let past_tense = |j: usize| {
        let w = doc.word(j);
        w.len() > 4 && w.ends_with("ed") && w.starts_with(char::is_lowercase)
    };
    (start + 1..end.saturating_sub(1)).find(|&j| {
        let joins = |at: usize| matches!(doc.word(at), "and" | "but");
        joins(j) && past_tense(j + 1)
            || doc.word(j) == ","
                && joins(j + 1)
                && doc.mentions.iter().any(|m| {
                    m.tokens.start > j + 1
                        && m.tokens.start <= j + 5
                        && m.tokens.end < end
                        && matches!(m.kind, EntityType::Person | EntityType::Org)
                        && past_tense(m.tokens.end)
                        && (j + 2..m.tokens.start).all(|t| doc.word(t).starts_with(char::is_alphabetic))
                })
    })
}

#[cfg(test)]
mod tests;
