//! Results and tables: the lines of a sports page, where names stand
//! between scores rather than in sentences, and the tagger, reading a
//! town or a word, mistakes a club for a place or a person. Each pass
//! takes the mentions in text order.

use super::names::{is_country, is_place};
use crate::doc::{Document, EntityType, Mention};
use crate::timex::names_day_or_month;
use crate::tokenize::TokenKind;

/// `London Irish 27 Bristol 28`, `Sale 31 Wasps 33`: a line of two names
/// each before a score is a result, and each name is one side's, whole: a
/// club, or a country's team (which CoNLL, and so dateline, calls the
/// country: `Togo 1 Congo 0`). The tagger, reading a town or a word
/// (`London`, `Sale`), may cut a club's name or miss it; a side it found
/// whole keeps its type, but a person's or a town's (`Lotte 3 Seibu 2`,
/// `Queen 's Park 1 Forfar 4`). In a table's row of scores, a town is its
/// club too.
pub(super) fn sides_in_results_lines(doc: &Document<'_>, mentions: &mut Vec<Mention>) {
    let score = |t: usize| {
        doc.tokens[t].kind == TokenKind::Number
            && doc.word(t).len() <= 3
            && doc.word(t).bytes().all(|b| b.is_ascii_digit())
    };
    let name_word = |t: usize| {
        let word = doc.word(t);
        doc.tokens[t].kind == TokenKind::Word && word.starts_with(char::is_uppercase) || matches!(word, "'s" | "&")
    };
    let mut start = 0;
    while start < doc.tokens.len() {
        let paragraph = doc.tokens[start].paragraph;
        let end = (start..doc.tokens.len()).find(|&t| doc.tokens[t].paragraph != paragraph).unwrap_or(doc.tokens.len());
        // Name and a table's row of scores (`Austria Vienna 6 4 2 0 9 5 14`):
        // a name typed a town is its club. (A person's stays: a golfer's
        // rounds, a batsman's runs.)
        let first_score = (start..end).find(|&t| !name_word(t));
        if let Some(a) = first_score.filter(|&a| a > start && a - start <= 5 && end - a >= 5) {
            if (a..end).all(|t| score(t) || doc.word(t) == "-") {
                let name = doc.slice(doc.token_span(start, a - 1));
                let country = is_country(name);
                for m in mentions.iter_mut().filter(|m| m.tokens == (start..a)) {
                    if matches!(m.kind, EntityType::Gpe | EntityType::Loc) && !country {
                        m.kind = EntityType::Org;
                    }
                }
            }
        }
        // Name, score, name, score: the line's tokens and nothing else.
        let second_score = first_score.and_then(|f| (f + 1..end).find(|&t| !name_word(t)));
        if let (Some(a), Some(b)) = (first_score, second_score) {
            let shaped = a > start && a - start <= 5 && b > a + 1 && b - a - 1 <= 5 && b + 1 == end;
            if shaped && score(a) && score(b) && doc.word(start).starts_with(char::is_uppercase) {
                for side in [start..a, a + 1..b] {
                    if side.clone().any(|t| names_day_or_month(doc.word(t))) {
                        continue;
                    }
                    // (The tagger's type for the name as the line writes it,
                    // but a person's: `Monaco` the club, `Congo` the team.)
                    let tagged = mentions.iter().find(|m| m.tokens == side).map(|m| m.kind);
                    mentions.retain(|m| m.tokens.end <= side.start || m.tokens.start >= side.end);
                    let name = doc.slice(doc.token_span(side.start, side.end - 1));
                    let kind = match tagged {
                        _ if is_country(name) => EntityType::Gpe,
                        Some(kind) if !matches!(kind, EntityType::Person | EntityType::Gpe | EntityType::Loc) => kind,
                        _ => EntityType::Org,
                    };
                    mentions.push(Mention::of_tokens(doc, side, kind));
                }
            }
        }
        start = end;
    }
    // (In text order from here on, the names added before this pass too:
    // the passes after it read each mention beside the next.)
    mentions.sort_by_key(|m| m.span.start);
}

/// `Ruch Chorzow ( Poland ) 5 Llansantffraid ( Wales ) 0`: two names, each
/// before its country in brackets and a score of one digit, are two clubs
/// and a result, however much they look like people's names. (Not an
/// athlete's result: `Mika Salo ( Finland ) 5` is a driver's points, and
/// no one else's follows.) `mentions` is in text order.
pub(super) fn clubs_before_country_and_score(doc: &Document<'_>, mentions: &mut [Mention]) {
    // The token after `( Country ) 5` that follows a name ending before `at`.
    let scored = |at: usize| {
        let close = (at + 2..doc.tokens.len().min(at + 5)).find(|&t| doc.word(t) == ")")?;
        let score = (close + 1 < doc.tokens.len()).then(|| doc.word(close + 1))?;
        let one_digit = score.len() == 1 && score.bytes().all(|b| b.is_ascii_digit());
        let country = doc.slice(doc.token_span(at + 1, close - 1));
        (doc.word(at) == "(" && one_digit && is_country(country)).then_some(close + 2)
    };
    for home in 0..mentions.len() {
        let Some(after) = scored(mentions[home].tokens.end) else { continue };
        let Some(away) = (home + 1..mentions.len()).find(|&m| mentions[m].tokens.start == after) else { continue };
        if scored(mentions[away].tokens.end).is_some() {
            for m in [home, away] {
                if mentions[m].kind == EntityType::Person {
                    mentions[m].kind = EntityType::Org;
                }
            }
        }
    }
}

/// `Norwich v Wolverhampton , Oldham v Ipswich , Reading v Stoke`: the names
/// either side of a fixture's `v` are two sides, clubs, not people nor
/// towns, where the sentence lists fixtures (two `v` or more) or the other
/// side is a club; countries play as themselves (`England v Pakistan`).
/// (`Roe v. Wade` takes a point, and is one case.) `mentions` is in text
/// order.
pub(super) fn clubs_in_fixtures(doc: &Document<'_>, mentions: &mut [Mention]) {
    for k in 1..mentions.len() {
        let (home, away) = (&mentions[k - 1], &mentions[k]);
        let v = home.tokens.end;
        if away.tokens.start != v + 1 || doc.word(v) != "v" {
            continue;
        }
        let sentence = doc.tokens[v].sentence;
        let fixtures = doc.sentences[sentence].clone().filter(|&t| doc.word(t) == "v").count();
        let club = |m: &Mention| m.kind == EntityType::Org;
        // (A country plays as itself: `England v Pakistan`.)
        let country = |m: &Mention| is_country(doc.slice(m.span));
        if (fixtures >= 2 || club(home) || club(away)) && !country(home) && !country(away) {
            for m in [k - 1, k] {
                if matches!(mentions[m].kind, EntityType::Person | EntityType::Gpe | EntityType::Loc) {
                    mentions[m].kind = EntityType::Org;
                }
            }
        }
    }
}

/// `Portsmouth : Middlesex 199 and 226-1`, `Leicester : Leicestershire beat
/// Somerset`: a town opening a line of results, before a colon and a side's
/// score or win, is where the match was played. (Not a club before its
/// players: `Liverpool : James , McAteer`.) `mentions` is in text order.
pub(super) fn venues_opening_results(doc: &Document<'_>, mentions: &mut [Mention]) {
    for k in 0..mentions.len().saturating_sub(1) {
        let (venue, side) = (&mentions[k], &mentions[k + 1]);
        let colon = venue.tokens.end;
        let after_side = side.tokens.end;
        let scored = after_side < doc.tokens.len()
            && (doc.tokens[after_side].kind == TokenKind::Number || matches!(doc.word(after_side), "beat" | "v"));
        let opens_line = doc.opens_paragraph(venue.tokens.start);
        if opens_line
            && side.tokens.start == colon + 1
            && doc.word(colon) == ":"
            && scored
            && venue.kind != EntityType::Gpe
            && is_place(doc.slice(venue.span))
        {
            mentions[k].kind = EntityType::Gpe;
        }
    }
}
