//! Quotes with no attribution of their own: a continuation takes the
//! speaker of the quote it goes on from (speech broken by its attribution,
//! a paragraph opening with a mark), a bare quote in a paragraph takes its
//! neighbour's, and in a conversation a quote opening a paragraph is the
//! next turn. What is left unattributed and short is a scare quote.

use crate::doc::{Document, QuoteDraft, QuoteKind};
use crate::tokenize::TokenKind;

/// Continuations and conversation: quotes with no attribution of their own.
pub(super) fn share_speakers(doc: &mut Document<'_>) {
    let attributed = |q: &QuoteDraft| q.speaker_span.is_some();
    for _ in 0..2 {
        for q in 0..doc.quotes.len() {
            if let Some(p) = doc.quotes[q].continues {
                match (attributed(&doc.quotes[p]), attributed(&doc.quotes[q])) {
                    (true, false) => copy_speaker(doc, p, q, 0.8),
                    (false, true) => copy_speaker(doc, q, p, 0.8),
                    _ => {}
                }
            }
        }
    }
    for q in 0..doc.quotes.len() {
        // A quoted fragment inside a sentence is not a turn of speech.
        if attributed(&doc.quotes[q]) || doc.quotes[q].kind == QuoteKind::Partial {
            continue;
        }
        let paragraph = doc.tokens[doc.quotes[q].tokens.start].paragraph;
        let in_paragraph = |p: &QuoteDraft| doc.tokens[p.tokens.start].paragraph == paragraph;
        let source = (0..q).rev().find(|&p| in_paragraph(&doc.quotes[p]) && attributed(&doc.quotes[p])).or_else(|| {
            (q + 1..doc.quotes.len()).find(|&p| in_paragraph(&doc.quotes[p]) && attributed(&doc.quotes[p]))
        });
        if let Some(p) = source {
            copy_speaker(doc, p, q, 0.75);
            continue;
        }
        let opens_paragraph = doc.quotes[q].tokens.start.checked_sub(1).is_some_and(|o| doc.opens_paragraph(o));
        let paragraph_of = |p: usize| doc.tokens[doc.quotes[p].tokens.start].paragraph;
        let previous = q.checked_sub(1).filter(|&p| paragraph_of(p) + 1 == paragraph && attributed(&doc.quotes[p]));
        if let (true, Some(p)) = (opens_paragraph, previous) {
            // Alternation: after `"…?" Wallace asked.` and `"…," Pence
            // said.` in two paragraphs, a bare quote opening the next one
            // is Wallace's turn again.
            let speaker = |p: usize| doc.quotes[p].speaker_span.map(|s| doc.slice(s));
            let turn_before = p.checked_sub(1).filter(|&o| {
                paragraph_of(o) + 1 == paragraph_of(p)
                    && attributed(&doc.quotes[o])
                    && doc.quotes[o].speaker.is_some()
                    && doc.quotes[o].speaker != doc.quotes[p].speaker
                    && speaker(o) != speaker(p)
            });
            copy_speaker(doc, turn_before.unwrap_or(p), q, 0.5);
        }
    }
}

fn copy_speaker(doc: &mut Document<'_>, from: usize, to: usize, confidence: f32) {
    let source = doc.quotes[from].clone();
    let target = &mut doc.quotes[to];
    target.speaker = source.speaker;
    target.speaker_span = source.speaker_span;
    target.cue = source.cue;
    target.cue_span = source.cue_span;
    target.medium = source.medium;
    target.confidence = source.confidence.min(confidence);
}

/// Short quoted fragments that no one is said to have said are scare
/// quotes (`so-called "experts"`), not speech.
pub(super) fn drop_scare_quotes(doc: &mut Document<'_>) {
    let mut keep = Vec::with_capacity(doc.quotes.len());
    for quote in &doc.quotes {
        let words = quote.tokens.clone().filter(|&i| doc.tokens[i].kind != TokenKind::Punct).count();
        keep.push(quote.speaker_span.is_some() || words > 3);
    }
    let mut flags = keep.into_iter();
    doc.quotes.retain(|_| flags.next().unwrap_or(true));
    for quote in &mut doc.quotes {
        quote.continues = None;
        if quote.speaker_span.is_none() {
            quote.confidence = 0.3;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::testing::{quotes, some, speaker_of};

    #[test]
    fn speech_broken_by_its_attribution_keeps_its_speaker() {
        let text = "\"We lost the harvest,\" said Tom Whitfield. \"It will take years to recover.\"";
        assert_eq!(speaker_of(text, "It will take years"), some("Tom Whitfield"));
    }

    #[test]
    fn a_paragraph_opening_with_a_mark_continues_the_quote_before_it() {
        let text = "Tom Whitfield said: \"We lost the harvest this year.\n\n\"It will take years to recover, \
                    and some of us will not.\"";
        assert_eq!(speaker_of(text, "It will take years"), some("Tom Whitfield"));
    }

    #[test]
    fn in_a_conversation_a_bare_quote_is_the_next_turn() {
        let text = "\"Will you release your taxes?\" Chris Wallace asked.\n\n\"We will, after the audit,\" \
                    Mike Pence said.\n\n\"When will the audit end?\"\n\n\"Soon enough, I am told.\"";
        assert_eq!(speaker_of(text, "When will the audit end"), some("Chris Wallace"));
        assert_eq!(speaker_of(text, "Soon enough"), some("Mike Pence"));
    }

    #[test]
    fn scare_quotes_are_not_speech() {
        assert_eq!(quotes("The so-called \"experts\" were wrong again."), vec![]);
    }
}
