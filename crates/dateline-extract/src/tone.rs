//! Tone in GDELT V2Tone's terms, from the VADER lexicon.
//!
//! GDELT counts, as percentages of the article's words: positive words,
//! negative words, "active" words and self/group pronouns. Positive and
//! negative come from VADER's valence (a word counts once, whatever its
//! strength, as in GDELT). GDELT's activity list (Harvard IV "Active") is not
//! published under a licence we can carry, so activity uses our own short
//! list of action words below: comparable across dateline records, not with
//! GDELT's figure.

use std::sync::OnceLock;

use crate::doc::Document;
use crate::lexicon::{lexicon, WordTable};
use crate::record::Tone;
use crate::tokenize::TokenKind;

const SELF_GROUP: &[&str] = &["i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"];

const ACTIVE: &[&str] = &[
    "attack", "attacked", "fight", "fought", "fighting", "run", "ran", "running", "build", "built", "launch",
    "launched", "move", "moved", "push", "pushed", "strike", "struck", "win", "won", "beat", "lead", "led", "drive",
    "drove", "act", "acted", "announce", "announced", "demand", "demanded", "protest", "protested", "march", "marched",
    "rush", "rushed", "seize", "seized", "storm", "stormed", "kill", "killed", "arrest", "arrested", "vote", "voted",
    "challenge", "challenged", "sign", "signed", "deliver", "delivered", "perform", "performed", "create", "created",
    "destroy", "destroyed", "invade", "invaded", "raid", "raided", "shoot", "shot", "hit", "charge", "charged",
    "campaign", "campaigned", "compete", "competed", "race", "raced", "work", "worked", "play", "played", "send",
    "sent", "take", "took", "break", "broke", "fire", "fired", "open", "opened", "start", "started", "stop", "stopped",
    "force", "forced", "block", "blocked", "rise", "rose", "fall", "fell", "jump", "jumped", "surge", "surged", "drop",
    "dropped", "cut", "raise", "raised", "oppose", "opposed", "support", "supported", "pass", "passed", "reject",
    "rejected", "threaten", "threatened", "escape", "escaped",
];

fn active_words() -> &'static WordTable<()> {
    static SET: OnceLock<WordTable<()>> = OnceLock::new();
    SET.get_or_init(|| ACTIVE.iter().map(|word| (*word, ())).collect())
}

pub fn tone(doc: &Document<'_>) -> Tone {
    let lex = lexicon();
    let (mut words, mut positive, mut negative, mut active, mut self_group) = (0usize, 0usize, 0usize, 0usize, 0usize);
    for (i, token) in doc.tokens.iter().enumerate() {
        if token.kind != TokenKind::Word || !doc.word(i).starts_with(char::is_alphabetic) {
            continue;
        }
        words += 1;
        let lower = doc.lower(i);
        match lex.valence.get(lower) {
            Some(v) if v > 0.0 => positive += 1,
            Some(v) if v < 0.0 => negative += 1,
            _ => {}
        }
        active += usize::from(active_words().contains(lower));
        self_group += usize::from(SELF_GROUP.contains(&lower));
    }
    let percent = |n: usize| if words == 0 { 0.0 } else { round2(100.0 * n as f32 / words as f32) };
    let (pos, neg) = (percent(positive), percent(negative));
    Tone {
        tone: round2(pos - neg),
        positive: pos,
        negative: neg,
        polarity: round2(pos + neg),
        activity: percent(active),
        self_group: percent(self_group),
        words,
    }
}

fn round2(x: f32) -> f32 {
    (x * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::Date;

    #[test]
    fn counts_positive_negative_and_pronouns_as_percentages() {
        let doc = Document::new("We love this. The loss was tragic.", Date::constant(2020, 1, 1));
        let t = tone(&doc);
        assert_eq!(t.words, 7);
        assert!(t.negative > t.positive, "{t:?}");
        assert_eq!(t.self_group, round2(100.0 / 7.0));
        assert_eq!(t.polarity, round2(t.positive + t.negative));
    }
}
