//! A synthetic news corpus: articles of realistic length (about 500 words)
//! with a recurring cast of people, organisations and places drawn with
//! Zipf-like frequencies (a few everywhere, most rare), direct and
//! indirect quotes in the usual attribution patterns, and dates spread over
//! ten years. The same seed always gives the same corpus.
//!
//! The words are not news, but the shapes are: what the store and the
//! queries are measured on is the number and length of articles, the
//! number of entities and quotes per article, and how they recur.

use serde::Serialize;

use crate::Rng;

const FIRST_NAMES: &str = include_str!("../../dateline-extract/data/first_names.tsv");
const LAST_NAMES: &str = include_str!("../../dateline-extract/data/last_names.txt");
const PLACES: &str = include_str!("../../dateline-extract/data/places.tsv");

const ORG_HEADS: &[&str] = &[
    "Group", "Bank", "Authority", "Council", "University", "Industries", "Holdings", "Foundation", "Institute",
    "Party", "Union", "Agency", "Partners", "Energy", "Motors", "Airlines", "Health",
];

const ROLES: &[&str] = &[
    "a spokeswoman for", "a spokesman for", "the chief executive of", "an analyst at", "a senior official at",
    "the director of", "a lawyer for", "a researcher at", "the chair of", "a board member of",
];

const CUES: &[&str] = &["said", "said", "said", "told reporters", "added", "wrote", "warned", "explained", "noted"];

/// Common words for the filler of sentences, with some sentiment words.
const WORDS: &[&str] = &[
    "the", "city", "plan", "year", "people", "government", "new", "report", "market", "week", "state", "company",
    "public", "money", "work", "school", "policy", "vote", "price", "water", "road", "council", "budget", "police",
    "court", "health", "family", "local", "national", "election", "economy", "jobs", "tax", "housing", "energy",
    "climate", "program", "service", "community", "officials", "residents", "workers", "leaders", "data", "study",
    "risk", "growth", "support", "decision", "agreement", "proposal", "investment", "project", "record", "level",
    "increase", "decline", "crisis", "success", "failure", "hope", "fear", "concern", "progress", "delay", "deal",
    "strong", "weak", "better", "worse", "important", "difficult", "clear", "serious", "safe", "dangerous", "good",
    "bad", "great", "poor", "happy", "angry", "afraid", "proud", "worried", "confident", "unfair", "fair", "win",
    "loss", "attack", "help", "build", "cut", "raise", "protect", "threaten", "improve", "damage", "recover", "expect",
    "believe", "continue", "remain", "change", "reform", "review", "approve", "reject", "announce", "across", "after",
    "before", "during", "since", "under", "over", "about", "between", "against", "through", "many", "several", "most",
    "few", "more", "less", "other", "every", "each", "some", "this", "that", "these", "would", "could", "should",
    "will", "must", "may", "not", "also", "still", "already", "again", "only", "now", "and", "but", "or", "because",
    "while", "when", "if", "than", "with", "for", "from", "into", "on", "in", "at",
];

const WEEKDAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const WHEN: &[&str] =
    &["last week", "earlier this month", "on Monday", "this year", "two years ago", "last month", "in March"];

struct Person {
    first: String,
    last: String,
}

/// The recurring cast of a corpus.
pub struct Cast {
    people: Vec<Person>,
    orgs: Vec<String>,
    places: Vec<String>,
}

impl Cast {
    /// `people` persons and a tenth as many organisations, from the census
    /// name lists and GeoNames places the extractor carries.
    pub fn new(rng: &mut Rng, people: usize) -> Cast {
        let mut firsts: Vec<(f64, &str)> = FIRST_NAMES
            .lines()
            .filter_map(|l| {
                let mut cols = l.split('\t');
                let name = cols.next()?;
                cols.next()?;
                Some((cols.next()?.parse().ok()?, name))
            })
            .collect();
        firsts.sort_by(|a, b| b.0.total_cmp(&a.0));
        let lasts: Vec<&str> = LAST_NAMES.lines().collect();
        let places: Vec<String> = PLACES.lines().filter_map(|l| l.split('\t').next()).map(str::to_string).collect();
        let people = (0..people)
            .map(|_| Person { first: firsts[rng.zipf(firsts.len())].1.to_string(), last: rng.pick(&lasts).to_string() })
            .collect();
        let orgs =
            (0..(places.len() / 4).max(10)).map(|_| format!("{} {}", rng.pick(&lasts), rng.pick(ORG_HEADS))).collect();
        Cast { people, orgs, places }
    }
}

#[derive(Serialize)]
pub struct SynthArticle {
    pub id: String,
    pub date: String,
    pub title: String,
    pub source: &'static str,
    pub text: String,
}

fn words(rng: &mut Rng, n: usize, out: &mut String) {
    for i in 0..n {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(WORDS[rng.zipf(WORDS.len())]);
    }
}

fn sentence(rng: &mut Rng, n: usize) -> String {
    let mut s = String::new();
    words(rng, n, &mut s);
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => s,
    }
}

/// Article number `n` of the corpus with this cast.
pub fn article(cast: &Cast, rng: &mut Rng, n: u64) -> SynthArticle {
    let day = rng.below(3653) as i64;
    let date = jiff::civil::Date::constant(2015, 1, 1).checked_add(jiff::Span::new().days(day)).expect("in range");
    let who: Vec<&Person> = (0..2 + rng.below(4)).map(|_| &cast.people[rng.zipf(cast.people.len())]).collect();
    let org = &cast.orgs[rng.zipf(cast.orgs.len())];
    let place = &cast.places[rng.zipf(cast.places.len())];
    let mut paragraphs = Vec::new();
    paragraphs.push(format!(
        "{} {} {} {} in {place} on {}, {}.",
        who[0].first,
        who[0].last,
        rng.pick(&["announced", "defended", "criticised", "unveiled", "questioned"]),
        sentence(rng, 6).to_lowercase(),
        rng.pick(WEEKDAYS),
        sentence(rng, 10).to_lowercase()
    ));
    let target = 420 + rng.below(160);
    let mut length = 0;
    while length < target {
        let p = who[rng.below(who.len())];
        let paragraph = match rng.below(6) {
            0 => format!(
                "\"{},\" {} {}, {} {org}, said. \"{}.\"",
                sentence(rng, 12),
                p.first,
                p.last,
                rng.pick(ROLES),
                sentence(rng, 9)
            ),
            1 => format!("\"{},\" {} {}. \"{}.\"", sentence(rng, 14), p.last, rng.pick(CUES), sentence(rng, 10)),
            2 => format!("\"{},\" said {} {}, {} {org}.", sentence(rng, 12), p.first, p.last, rng.pick(ROLES)),
            3 => format!("{} {} that {} {}.", p.last, rng.pick(CUES), sentence(rng, 12).to_lowercase(), rng.pick(WHEN)),
            4 => format!("According to {org}, {}. {}.", sentence(rng, 14).to_lowercase(), sentence(rng, 16)),
            _ => format!("{}. {} {}. {}.", sentence(rng, 15), sentence(rng, 12), rng.pick(WHEN), sentence(rng, 14)),
        };
        length += paragraph.split_whitespace().count();
        paragraphs.push(paragraph);
    }
    SynthArticle {
        id: format!("synth-{n}"),
        date: date.to_string(),
        title: format!(
            "{} {} {}",
            who[0].last,
            rng.pick(&["says", "warns", "plans", "faces", "wins"]),
            sentence(rng, 4).to_lowercase()
        ),
        source: "Synthetic Wire",
        text: paragraphs.join("\n\n"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn articles_are_news_sized_and_reproducible() {
        let make = || {
            let mut rng = Rng::new(7);
            let cast = Cast::new(&mut rng, 500);
            (0..5).map(|n| serde_json::to_string(&article(&cast, &mut rng, n)).unwrap()).collect::<Vec<_>>()
        };
        let (a, b) = (make(), make());
        assert_eq!(a, b);
        for line in &a {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            let words = v["text"].as_str().unwrap().split_whitespace().count();
            assert!((400..700).contains(&words), "{words} words");
        }
    }
}
