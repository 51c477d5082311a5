//! Tokens and sentences with byte offsets into the article text.
//!
//! The tokeniser follows the CoNLL/Penn conventions the entity tagger was
//! trained on (punctuation split off, possessive `'s` a token of its own),
//! but keeps together what news text needs whole: abbreviations with their
//! period (`Sen.`, `U.S.`, `a.m.`), numbers with separators (`1,000`,
//! `10:30`), hyphenated words, handles, hashtags and URLs.

/// What a token is, as far as the tokeniser can tell without a lexicon.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
    Handle,
    Hashtag,
    Url,
}

#[derive(Debug, Clone)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    /// Index of the sentence holding this token.
    pub sentence: usize,
    /// Index of the paragraph (text between line breaks) holding this token.
    pub paragraph: usize,
    /// White space stands between this token and the one before.
    pub space_before: bool,
}

/// Abbreviations that keep their period and do not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt", "Cmdr", "Adm", "Maj",
    "St", "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "Bros", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct",
    "Nov", "Dec", "Mt", "vs", "No", "Nos", "Ft", "Rev", "Hon", "Pres", "Gens", "Sens", "Reps", "Messrs", "Ave", "Blvd",
    "Calif", "Fla", "Ill", "Mass", "Mich", "Minn", "Penn", "Tenn", "Tex", "Va", "Wash", "Wis", "Ariz", "Ga", "Md",
    "Pa", "Conn", "Colo", "Ind", "Ky", "La", "Mo", "Nev", "Okla", "Ore", "est", "approx", "etc", "Jul", "Jun",
];

fn is_abbreviation(word: &str) -> bool {
    ABBREVIATIONS.contains(&word)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// A double quotation mark, in any of the styles news copy uses: straight,
/// curly, low, guillemets, and the doubled apostrophes and backquotes
/// (`''…''`, ``` ``…'' ```) of NYT and wire archives.
pub fn is_quotation_mark(word: &str) -> bool {
    matches!(word, "\"" | "“" | "”" | "„" | "‟" | "«" | "»" | "''" | "``")
}

/// The token that makes the word before it a possessive: `'s`, or a
/// plural's bare apostrophe (`Users'`), straight or curly.
pub fn is_possessive_mark(word: &str) -> bool {
    matches!(word, "'s" | "’s" | "'" | "’")
}

/// An article or a possessive pronoun, in lower case: what opens a noun
/// phrase (`the proposed merger`, `his second restaurant`).
pub fn is_determiner(word: &str) -> bool {
    matches!(word, "a" | "an" | "the" | "its" | "his" | "her" | "their" | "our" | "my" | "your")
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Splits `text` into tokens, then marks sentences and paragraphs.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut space_before = true;
    let mut newline_before = false;
    let mut paragraph = 0;
    while i < bytes.len() {
        let c = char_at(text, i);
        if c.is_whitespace() {
            if c == '\n' {
                newline_before = true;
            }
            space_before = true;
            i += c.len_utf8();
            continue;
        }
        if newline_before && !tokens.is_empty() {
            paragraph += 1;
        }
        let (end, kind) = scan_token(text, i, c);
        tokens.push(Token { start: i, end, kind, sentence: 0, paragraph, space_before });
        i = end;
        space_before = false;
        newline_before = false;
    }
    mark_sentences(text, &mut tokens);
    tokens
}

#[inline]
fn char_at(text: &str, i: usize) -> char {
    text[i..].chars().next().unwrap_or(' ')
}

fn scan_token(text: &str, start: usize, first: char) -> (usize, TokenKind) {
    let rest = &text[start..];
    if let Some(len) = url_len(rest) {
        return (start + len, TokenKind::Url);
    }
    if (first == '@' || first == '#') && rest[1..].starts_with(is_word_char) {
        let len = 1 + rest[1..].find(|c: char| !is_word_char(c)).unwrap_or(rest.len() - 1);
        let kind = if first == '@' { TokenKind::Handle } else { TokenKind::Hashtag };
        return (start + len, kind);
    }
    if !is_word_char(first) {
        // Old wire copy types a straight double mark for the apostrophe
        // (`Kuwait"s`): between a word and an `s`, it is the possessive.
        if first == '"'
            && text[..start].ends_with(is_word_char)
            && rest[1..].starts_with('s')
            && !rest[2..].starts_with(is_word_char)
        {
            return (start + 2, TokenKind::Word);
        }
        // `''` and ``` `` ```: the double marks of NYT and wire archives,
        // one token each.
        if rest.starts_with("''") || rest.starts_with("``") {
            return (start + 2, TokenKind::Punct);
        }
        // Possessive `'s` and contractions `'re`, `'ll` as tokens of their own.
        if is_apostrophe(first) {
            let after = &rest[first.len_utf8()..];
            for suffix in ["s", "re", "ll", "ve", "d", "m"] {
                if after.starts_with(suffix) && !after[suffix.len()..].starts_with(is_word_char) {
                    return (start + first.len_utf8() + suffix.len(), TokenKind::Word);
                }
            }
        }
        return (start + first.len_utf8(), TokenKind::Punct);
    }
    let numeric = first.is_ascii_digit();
    let mut end = start + first.len_utf8();
    let mut all_digits = numeric;
    loop {
        let tail = &text[end..];
        let Some(c) = tail.chars().next() else { break };
        if is_word_char(c) {
            all_digits &= c.is_ascii_digit() || c == ',' || c == '.';
            end += c.len_utf8();
            continue;
        }
        let next = tail[c.len_utf8()..].chars().next();
        let joins = match c {
            // 1,000 and 3.5 and 10:30, but not "said, He".
            ',' | '.' | ':' if numeric => next.is_some_and(|n| n.is_ascii_digit()),
            // U.S. and a.m.: a period between single letters.
            '.' => next.is_some_and(char::is_alphabetic) && single_letters_before(&text[start..end]),
            '-' | '‑' | '/' => next.is_some_and(is_word_char) && c != '/' || (c == '/' && numeric),
            // O'Brien and don't, but not the possessive 's (its own token).
            _ if is_apostrophe(c) => {
                next.is_some_and(char::is_alphabetic) && !possessive_follows(&tail[c.len_utf8()..])
            }
            _ => false,
        };
        if !joins {
            break;
        }
        end += c.len_utf8();
    }
    let word = &text[start..end];
    // A trailing period joins abbreviations, initials and dotted acronyms
    // (and an abbreviation after a hyphen: `Dec. 28-Jan. 3`).
    if text[end..].starts_with('.') {
        let initial = word.chars().count() == 1 && first.is_uppercase();
        let hyphen_abbreviation = word.rsplit_once('-').is_some_and(|(_, last)| is_abbreviation(last));
        if initial || is_abbreviation(word) || hyphen_abbreviation || word.contains('.') && !numeric {
            end += 1;
        }
    }
    let kind = if numeric && all_digits { TokenKind::Number } else { TokenKind::Word };
    (end, kind)
}

fn single_letters_before(word: &str) -> bool {
    word.split('.').all(|part| part.chars().count() == 1)
}

fn possessive_follows(tail: &str) -> bool {
    ["s", "re", "ll", "ve", "d", "m"].iter().any(|s| tail.starts_with(s) && !tail[s.len()..].starts_with(is_word_char))
}

fn url_len(rest: &str) -> Option<usize> {
    let lower = rest.get(..8).unwrap_or(rest).to_ascii_lowercase();
    if !(lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("www.")) {
        return None;
    }
    let raw = rest.find(char::is_whitespace).unwrap_or(rest.len());
    // Trailing punctuation belongs to the sentence, not the address.
    let url = rest[..raw].trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '"', '\'', '”', '’']);
    (url.len() > 7).then_some(url.len())
}

const CLOSERS: &[&str] = &["\"", "”", "’", "'", ")", "]", "»"];

/// Marks sentence numbers. A sentence ends at a line break, or after `.`,
/// `!`, `?` (and any closing quotes or brackets) when the next token opens a
/// new sentence: a capital, a digit or an opening mark.
fn mark_sentences(text: &str, tokens: &mut [Token]) {
    let mut sentence = 0;
    let mut i = 0;
    while i < tokens.len() {
        tokens[i].sentence = sentence;
        let t = &text[tokens[i].start..tokens[i].end];
        let next_para = tokens.get(i + 1).is_some_and(|n| n.paragraph != tokens[i].paragraph);
        if next_para {
            sentence += 1;
        } else if matches!(t, "." | "!" | "?" | "…") {
            let mut j = i + 1;
            while j < tokens.len()
                && CLOSERS.contains(&&text[tokens[j].start..tokens[j].end])
                && !tokens[j].space_before
            {
                tokens[j].sentence = sentence;
                j += 1;
            }
            let ends = match tokens.get(j) {
                None => true,
                Some(next) if next.paragraph != tokens[i].paragraph => true,
                Some(next) => {
                    let c = char_at(text, next.start);
                    next.space_before && (c.is_uppercase() || c.is_ascii_digit() || "\"“‘'(".contains(c))
                }
            };
            if ends {
                sentence += 1;
            }
            i = j;
            continue;
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| &text[t.start..t.end]).collect()
    }

    #[test]
    fn keeps_abbreviations_numbers_and_handles_whole() {
        assert_eq!(
            words("Sen. J. Smith of the U.S. paid $1,000.50 at 10:30 a.m. to @john_doe #win https://x.co/a."),
            [
                "Sen.", "J.", "Smith", "of", "the", "U.S.", "paid", "$", "1,000.50", "at", "10:30", "a.m.", "to",
                "@john_doe", "#win", "https://x.co/a", "."
            ]
        );
        // After a hyphen too, as a range of days writes it.
        assert_eq!(words("Dec. 28-Jan. 3"), ["Dec.", "28-Jan.", "3"]);
    }

    #[test]
    fn splits_possessives_and_keeps_contractions() {
        assert_eq!(words("Legend's O'Brien wasn’t fifty-year"), ["Legend", "'s", "O'Brien", "wasn’t", "fifty-year"]);
        assert_eq!(words("Teigen’s court"), ["Teigen", "’s", "court"]);
        assert_eq!(words("''It's late,'' he said"), ["''", "It", "'s", "late", ",", "''", "he", "said"]);
    }

    #[test]
    fn wire_copy_apostrophe_quote_is_a_possessive() {
        assert_eq!(words("Kuwait\"s oil"), ["Kuwait", "\"s", "oil"]);
    }

    #[test]
    fn sentences_end_after_terminal_marks_and_closing_quotes() {
        let text = "\"It is over,\" he said. \"Next.\" Dr. Who left.\nNew line";
        let toks = tokenize(text);
        let sentence_of = |w: &str| toks.iter().find(|t| &text[t.start..t.end] == w).unwrap().sentence;
        assert_eq!(sentence_of("he"), 0);
        assert_eq!(sentence_of("Next"), 1);
        assert_eq!(sentence_of("Who"), 2);
        assert_eq!(sentence_of("New"), 3);
        assert_eq!(toks.last().unwrap().paragraph, 1);
    }
}
