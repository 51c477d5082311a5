//! The tense of the clause a weekday, a month or a date stands in, which
//! decides whether `on Friday` is the last Friday or the next.

use super::words::{is_future_auxiliary, is_modal, is_past_form, marks_future, part_of_day};
use super::Scanner;
use crate::tokenize::{is_determiner, is_quotation_mark};

impl Scanner<'_, '_> {
    /// Does the expression at token `i` speak of the future? The verb just
    /// before it decides (`officials said Thursday` is past even in a
    /// sentence about what the city will do); failing one, the verb right
    /// after it, the clause it opens, then the nearest word that says a
    /// tense.
    pub(super) fn is_future(&self, i: usize) -> bool {
        self.said_tense(i).unwrap_or_else(|| self.nearest_tense(i))
    }

    /// The tense a verb beside the expression at `i` says (see
    /// [`Scanner::is_future`]), `None` when none does.
    pub(super) fn said_tense(&self, i: usize) -> Option<bool> {
        self.tense(i).or_else(|| self.tense_next(i)).or_else(|| self.tense_after(i))
    }

    /// The tense of the word nearest token `i` in its sentence that says
    /// one, either side (before first at the same distance); the past when
    /// none does. Why the nearest, not any: `Clinton, who announced a plan
    /// on Monday, plans to …` and `the shock of the Friday attacks wore
    /// off, … were moving` speak of the future only in another clause,
    /// while `By the time it is over on Monday, we will have spoken` takes
    /// it from the clause that follows.
    pub(super) fn nearest_tense(&self, i: usize) -> bool {
        let range = &self.doc.sentences[self.doc.tokens[i].sentence];
        let says = |j: usize| {
            let w = self.w(j);
            // (`is to resume trading Tuesday`.)
            let bound = w == "to" && j > 0 && matches!(self.w(j - 1), "is" | "are");
            // (`next to` is a place, `advertising plans` a noun.)
            let other_sense = match w {
                "next" => self.w(j + 1) == "to",
                "plans" => self.w(j + 1) != "to",
                // (`forecast in February that sales would fall`: when the
                // forecast was made, not what it foresees.)
                "forecast" | "forecasts" => j + 2 == i && matches!(self.w(j + 1), "in" | "on"),
                _ => self.is_comparison(j),
            };
            if (marks_future(w) && !other_sense) || is_future_auxiliary(w) || bound {
                Some(true)
            } else if self.is_past_verb(j) {
                Some(false)
            } else {
                None
            }
        };
        // Not across a quotation mark: what a speaker says has a tense of
        // its own (`"there's an election on Tuesday," she said`).
        let (mut open_before, mut open_after) = (true, true);
        for d in 1..range.len() {
            open_before &= i >= range.start + d && !is_quotation_mark(self.w(i - d));
            // Nor, looking ahead, past a comma into a noun phrase that
            // sums the clause up or says who said it (`from April, a move
            // the opposition called …`, `on Thursday, a spokeswoman said`).
            // Nor into a clause told within this one:
            // `announcing on Wednesday he would meet`, `the announcement
            // Friday that he would endorse` (but `By the time it is over
            // on Monday, we will have` goes on to the main clause).
            open_after &= i + d < range.end
                && !is_quotation_mark(self.w(i + d))
                && !(self.w(i + d) == "," && matches!(self.w(i + d + 1), "a" | "an"))
                && !(self.w(i + d) == "that"
                    || matches!(self.w(i + d), "he" | "she" | "they" | "we" | "i") && self.w(i + d - 1) != ",");
            if !open_before && !open_after {
                break;
            }
            let before = if open_before { says(i - d) } else { None };
            let after = if open_after { says(i + d) } else { None };
            if let Some(future) = before.or(after) {
                return future;
            }
        }
        false
    }

    /// The tense of a verb right after the expression at `i` (`Mayor de
    /// Blasio on Monday intervened`, `the victory on Tuesday ended`, `the
    /// vote on Friday will`), past a part of the day (`Tuesday night`).
    fn tense_next(&self, i: usize) -> Option<bool> {
        let mut j = i + 1;
        if part_of_day(self.w(j)).is_some() {
            j += 1;
        }
        if !self.same_sentence(i, j) {
            return None;
        }
        // (Not `would`: `anticipated that the session on Monday would`
        // may have been yesterday's.)
        if is_future_auxiliary(self.w(j)) && self.w(j) != "would" {
            Some(true)
        } else if self.is_past_verb(j) {
            Some(false)
        } else {
            None
        }
    }

    /// The tense of the clause an expression opens (`On Wednesday night, he
    /// acknowledged …`): the first verb after it that says one, a few words
    /// on, in the same sentence.
    pub(super) fn tense_after(&self, i: usize) -> Option<bool> {
        let sentence = self.doc.tokens[i].sentence;
        // Only an expression among the first words of its sentence opens
        // the clause after it (`… in early March, an official said` does
        // not).
        let start = self.doc.sentences[sentence].start;
        if i > start + 3 {
            return None;
        }
        let end = self.doc.sentences[sentence].end.min(i + 8);
        for j in i + 1..end {
            let w = self.w(j);
            if is_future_auxiliary(w) {
                return Some(true);
            }
            // (Nor past a clause's end: `(4 a.m. Thursday),'' Castro said`.)
            if matches!(w, "that" | "who" | "which" | ";" | ")") || is_quotation_mark(w) {
                return None;
            }
            if self.is_past_verb(j) {
                return Some(false);
            }
        }
        None
    }

    /// Is the verb just before token `i` past (`Some(false)`) or future
    /// (`Some(true)`)? `None` when no verb near it says.
    pub(super) fn tense(&self, i: usize) -> Option<bool> {
        let sentence = self.doc.tokens[i].sentence;
        let floor = self.doc.sentences[sentence].start.max(i.saturating_sub(8));
        for j in (floor..i).rev() {
            let w = self.w(j);
            // What is awaited lies ahead, whatever tense tells of the
            // waiting: `ahead of Tuesday's primary`, `in the run-up to
            // Sunday's vote`, `fans are preparing for Saturday's final`
            // (not `prepared for`, which may be over).
            if j + 1 == i && j > 0 && self.awaits(j) {
                return Some(true);
            }
            // (`could` as often tells of the past: `he could not attend`;
            // `May` capitalised is the month.)
            let auxiliary = is_future_auxiliary(w)
                || is_modal(w) && w != "could" && self.raw(j).starts_with(|c: char| c.is_lowercase());
            if auxiliary
                || matches!(w, "expected" | "scheduled" | "slated" | "planned" | "due" | "payable" | "effective")
                    && !self.is_comparison(j)
                // A timetable in the present: `takes office on Jan. 20`,
                // `the offer expires Friday`.
                || matches!(
                    w,
                    "begins" | "starts" | "ends" | "expires" | "opens" | "reopens" | "closes" | "resumes" | "convenes" | "takes"
                        | "premieres" | "debuts" | "airs"
                )
                // `The new rates take effect on April 1`.
                || w == "take" && self.w(j + 1) == "effect"
                // `voted to raise council tax by 4% from April`: a change
                // decided on starts ahead (not `rose from 3% to 4%`).
                || w == "to"
                    && self.w(i - 1) == "from"
                    && self.raw(j + 1).starts_with(|c: char| c.is_lowercase())
                    && !self.is_past_verb(j + 1)
                    && self.w(j + 1).chars().all(char::is_alphabetic)
                // A fixture or a journey: `Rovers play Harfield Town away
                // on Saturday`, `they fly to Rome on Sunday`; a verb only
                // after a name or a pronoun (`radio host Mike Gallagher on
                // Wednesday`, `a visit to Scotland on Friday` are nouns).
                || matches!(
                    w,
                    "play" | "plays" | "host" | "hosts" | "face" | "faces" | "visit" | "visits" | "meet" | "meets" | "travel"
                        | "travels" | "fly" | "flies"
                ) && self.raw(j).starts_with(|c: char| c.is_lowercase())
                    && j > 0
                    && (self.raw(j - 1).starts_with(|c: char| c.is_uppercase())
                        || matches!(self.w(j - 1), "they" | "he" | "she" | "it" | "we"))
                // `tickets go on sale Saturday`.
                || w == "sale" && j > 1 && self.w(j - 1) == "on" && matches!(self.w(j - 2), "go" | "goes")
                || w == "going" && self.w(j + 1) == "to"
                // An intention: `expects to release results in
                // mid-November`, `did not plan to remove him on Thursday`.
                || matches!(w, "expect" | "expects" | "plan" | "plans" | "intend" | "intends" | "aim" | "aims" | "hope" | "hopes")
                    && self.w(j + 1) == "to"
                // `expects the first cut in March`: what is expected lies
                // ahead, with or without `to`.
                || matches!(w, "expect" | "expects" | "expecting")
                // (`is set for Friday`, `a summit set for April`, `set to
                // resume Monday`; not `and set Friday as the deadline`.)
                || w == "set"
                    && (matches!(self.w(j + 1), "to" | "for")
                        || j > 0 && matches!(self.w(j - 1), "is" | "are" | "'s" | "be" | "been" | "was" | "were"))
                // `as soon as Tuesday`, `as early as next week`.
                || matches!(w, "soon" | "early") && j > 0 && self.w(j - 1) == "as" && j + 2 == i
            {
                // (`had been due to expire Friday`: a plan the past
                // perfect tells of as past; `was planned for March` may
                // still lie ahead.)
                let told_in_past = j > 0 && self.w(j - 1) == "been";
                return Some(!told_in_past || auxiliary);
            }
            if matches!(w, "," | ";" | "that") {
                break;
            }
            if self.is_past_verb(j) {
                return Some(false);
            }
        }
        None
    }

    /// Does the preposition at token `j` follow words that await what
    /// comes after it: `ahead of`, `the run-up to`, `preparing for`?
    fn awaits(&self, j: usize) -> bool {
        let before = self.w(j - 1);
        match self.w(j) {
            "of" => before == "ahead",
            "to" => matches!(before, "run-up" | "build-up" | "lead-up" | "countdown"),
            "for" => matches!(before, "preparing" | "prepare" | "prepares" | "readying"),
            _ => false,
        }
    }

    /// Is token `j` `expected` in a comparison (`lower than expected
    /// profits`, `as expected`), which says nothing of the future?
    fn is_comparison(&self, j: usize) -> bool {
        self.w(j) == "expected" && j > 0 && matches!(self.w(j - 1), "than" | "as")
    }

    /// Is token `j` a verb in the past tense? (`to be published`, `will be
    /// paid`: a passive after `be` says no tense; the words before it may.
    /// `will put`, `to cut`: after a modal or `to`, `put` and `cut` are the
    /// plain verb. `the United States`: a capitalised word is a name, not
    /// a verb.)
    pub(super) fn is_past_verb(&self, j: usize) -> bool {
        let w = self.w(j);
        // (`will stay closed`, `remains shut`: after a verb of being, a
        // participle is an adjective; `when the case is heard in May`: after
        // a present `is` or a `get`, a passive.)
        let bare = j > 0 && {
            let before = self.w(j - 1);
            matches!(
                before,
                "be" | "is"
                    | "are"
                    | "being"
                    | "get"
                    | "gets"
                    | "getting"
                    | "to"
                    | "stay"
                    | "stays"
                    | "remain"
                    | "remains"
                    | "seem"
                    | "seems"
                    | "become"
                    | "becomes"
            ) || is_modal(before)
                || is_future_auxiliary(before)
        };
        // `an unprecedented windfall`, `the proposed merger`: after a
        // determiner, an adjective.
        // (`the first cut`: after a determiner and an ordinal, a noun too;
        // not `he first described`.)
        let adjective = j > 0 && is_determiner(self.w(j - 1))
            || j > 1 && matches!(self.w(j - 1), "first" | "second" | "next") && is_determiner(self.w(j - 2));
        !bare
            && !adjective
            && self.raw(j).starts_with(|c: char| c.is_lowercase())
            && (is_past_form(w) || (w.len() > 3 && w.ends_with("ed") && !w.ends_with("eed")))
    }
}
