//! Speech verbs (cues) and the words around speakers.

use std::sync::OnceLock;

use super::speech_verbs::SPEECH_VERBS;
use crate::doc::Document;
use crate::lexicon::WordTable;

/// Verbs followed by a clause without `that` often enough to read one
/// (`said local officials should`); others take an object (`announced the
/// loss`).
pub fn takes_bare_clause(lemma: &str) -> bool {
    matches!(
        lemma,
        "say"
            | "tell"
            | "show"
            | "find"
            | "believe"
            | "think"
            | "claim"
            | "argue"
            | "suggest"
            | "warn"
            | "note"
            | "add"
            | "report"
            | "predict"
            | "insist"
            | "acknowledge"
            | "admit"
    )
}

/// Words after a speech verb that open an adjunct or a particle, not the
/// reported clause (`said in an interview`, `showed up`).
pub fn opens_no_clause(word: &str) -> bool {
    opens_adjunct(word)
        || matches!(
            word,
            "to" | "on"
                | "with"
                | "by"
                | "for"
                | "of"
                | "about"
                | "through"
                | "from"
                | "as"
                | "and"
                | "or"
                | "but"
                | "so"
                | "up"
                | "out"
                | "off"
                | "down"
        )
}

/// Prepositions that open an adjunct of place or time (`told reporters
/// outside the district office`, `was announced at a ceremony`), never
/// what was said.
pub fn opens_adjunct(word: &str) -> bool {
    matches!(
        word,
        "at" | "in"
            | "during"
            | "after"
            | "before"
            | "outside"
            | "inside"
            | "near"
            | "amid"
            | "throughout"
            | "across"
            | "since"
            | "behind"
    )
}

/// Head nouns of what reports a finding (`the latest poll`, `a new
/// study`).
pub fn names_a_finding(word: &str) -> bool {
    matches!(word, "poll" | "polls" | "survey" | "study" | "report")
}

/// Verbs whose report may be only a topic, after `about`.
pub fn takes_topic(lemma: &str) -> bool {
    matches!(lemma, "talk" | "speak" | "write" | "complain" | "testify" | "boast" | "brag" | "worry" | "joke" | "tweet")
}

/// Verbs whose report may be what they answer or point to, after `to`
/// (`did not immediately respond to a request for comment`).
pub fn answers_to(lemma: &str) -> bool {
    matches!(lemma, "respond" | "reply" | "point out")
}

/// The lemma of a speech verb, and whether it introduces indirect speech.
/// Asked of nearly every token, so the table is hashed once.
pub fn cue(word: &str) -> Option<(&'static str, bool)> {
    static TABLE: OnceLock<WordTable<(&'static str, bool)>> = OnceLock::new();
    let table =
        TABLE.get_or_init(|| SPEECH_VERBS.iter().map(|(form, lemma, indirect)| (*form, (*lemma, *indirect))).collect());
    if word.len() > 14 || !word.starts_with(|c: char| c.is_ascii_lowercase()) {
        return None;
    }
    table.get(word)
}

/// Speech verbs of two words, a verb and its particle (`"…," she went
/// on`, `Hillary shot back, "…"`), with their lemmas.
const PHRASAL_CUES: &[(&str, &str, &str)] = &[
    ("shot", "back", "shoot back"),
    ("shoots", "back", "shoot back"),
    ("fired", "back", "fire back"),
    ("fires", "back", "fire back"),
    ("hit", "back", "hit back"),
    ("hits", "back", "hit back"),
    ("snapped", "back", "snap back"),
    ("wrote", "back", "write back"),
    ("writes", "back", "write back"),
    ("went", "on", "go on"),
    ("goes", "on", "go on"),
    ("lashed", "out", "lash out"),
    ("lashes", "out", "lash out"),
    ("lashing", "out", "lash out"),
    ("weighed", "in", "weigh in"),
    ("weighs", "in", "weigh in"),
    ("weighing", "in", "weigh in"),
    ("brushed", "aside", "brush aside"),
    ("brushes", "aside", "brush aside"),
    ("brushed", "off", "brush off"),
    ("brushes", "off", "brush off"),
    ("singled", "out", "single out"),
    ("singles", "out", "single out"),
    ("pointing", "to", "point to"),
    ("made", "clear", "make clear"),
    ("makes", "clear", "make clear"),
    ("making", "clear", "make clear"),
    // `As Dana Milbank puts it, "…"`
    ("put", "it", "put it"),
    ("puts", "it", "put it"),
];

/// The lemma of the speech verb made of `verb` (lower case) and `particle`.
/// Asked of nearly every word, so most are turned away on the particle,
/// and the rest on one hashed lookup of the verb.
pub fn phrasal_cue(verb: &str, particle: &str) -> Option<&'static str> {
    static VERBS: OnceLock<WordTable<()>> = OnceLock::new();
    if !matches!(particle, "back" | "on" | "out" | "in" | "aside" | "off" | "to" | "clear" | "it") {
        return None;
    }
    let verbs = VERBS.get_or_init(|| PHRASAL_CUES.iter().map(|(verb, _, _)| (*verb, ())).collect());
    if !verbs.contains(verb) {
        return None;
    }
    PHRASAL_CUES.iter().find(|(v, p, _)| *p == particle && *v == verb).map(|(_, _, lemma)| *lemma)
}

/// Verbs of stance whose object is what they attribute: `Clinton
/// criticized Trump's remarks`, `citing a new poll`. PolNeAR, like PARC,
/// counts them as attributions whose content is the object.
pub fn takes_object(lemma: &str) -> bool {
    matches!(
        lemma,
        "criticize"
            | "defend"
            | "praise"
            | "cite"
            | "blame"
            | "dismiss"
            | "mock"
            | "blast"
            | "slam"
            | "hail"
            | "liken"
            | "lash out"
            | "weigh in"
            | "brush aside"
            | "brush off"
            | "single out"
            | "point to"
            | "characterize"
            | "rebut"
            | "bemoan"
            | "label"
            | "dub"
            | "credit"
            | "reaffirm"
            | "downplay"
            | "outline"
            | "congratulate"
            | "articulate"
            | "thank"
            | "applaud"
            | "recommend"
            | "laud"
            | "lambast"
            | "deride"
            | "rebuke"
            | "chide"
            | "castigate"
            | "condemn"
            | "denounce"
            | "decry"
            | "lament"
            | "tout"
            | "accuse"
            | "assail"
            | "portray"
            | "highlight"
            | "endorse"
            | "reiterate"
            | "emphasize"
            | "describe"
            | "mention"
            | "discuss"
            | "offer"
            | "unveil"
            | "propose"
            | "quote"
            | "repeat"
            | "announce"
            | "reject"
            | "express"
            | "voice"
            | "signal"
            | "rail"
            | "echo"
            | "order"
            | "attack"
            | "refer"
            | "disclose"
            | "request"
            | "challenge"
            | "deem"
    )
}

/// Verbs of intent and attitude that attribute what follows `to`:
/// `Clinton plans to call on young people`, `Trump refused to say`.
pub fn takes_infinitive(lemma: &str) -> bool {
    matches!(
        lemma,
        "want"
            | "plan"
            | "hope"
            | "expect"
            | "propose"
            | "seek"
            | "refuse"
            | "decline"
            | "agree"
            | "offer"
            | "threaten"
            | "intend"
            | "promise"
            | "pledge"
            | "vow"
            | "urge"
            | "ask"
            | "encourage"
    )
}

/// An auxiliary or a modal: a word that says its clause has a verb
/// (`is`, `had`, `would`), where a noun phrase has none.
pub fn is_auxiliary(word: &str) -> bool {
    matches!(
        word,
        "is" | "was"
            | "are"
            | "were"
            | "has"
            | "have"
            | "had"
            | "did"
            | "does"
            | "will"
            | "would"
            | "can"
            | "could"
            | "may"
            | "might"
            | "should"
            | "must"
    )
}

/// Words that end a speaker's noun phrase.
pub fn ends_phrase(word: &str) -> bool {
    matches!(
        word,
        "as" | "in"
            | "on"
            | "at"
            | "during"
            | "following"
            | "while"
            | "when"
            | "after"
            | "before"
            | "to"
            | "who"
            | "which"
            | "that"
            | "because"
            | "about"
            | "with"
            | "since"
            | "but"
            | "if"
            | "than"
            | "into"
            | "through"
            | "via"
            | "from"
            | "later"
            | "recently"
            | "earlier"
            | "today"
            | "yesterday"
            | "then"
            | "also"
            | "has"
            | "have"
            | "had"
            | "is"
            | "was"
            | "were"
            | "are"
            | "will"
            | "would"
            | "could"
            | "should"
            | "may"
            | "might"
            | "can"
            | "did"
            | "does"
            | "do"
            | "not"
            | "never"
            | "once"
            | "again"
            | "last"
            | "this"
            | "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
            | "over"
            | "it"
            | "its"
            | "so"
            | "by"
            | "been"
            | "being"
            | "be"
            | "what"
            | "anymore"
            | "such"
            | "for"
            | "of"
            | "out"
            | "up"
            | "like"
            | "against"
            | "under"
            | "without"
            | "within"
    )
}

/// The lemma of a regular past tense the cue table lacks: `fumed` → `fume`,
/// `reacted` → `react`, `quipped` → `quip`, `cried` → `cry`, `agreed` →
/// `agree`. A stem of one syllable that ends on one vowel and one
/// consonant had lost an `e` (`fum-ed`, `jok-ed`); a longer one had not
/// (`offer-ed`, `open-ed`).
pub fn lemma_of_past(word: &str) -> String {
    let word = word.to_lowercase();
    let Some(stem) = word.strip_suffix("ed") else { return word };
    if word.ends_with("eed") {
        return word[..word.len() - 1].to_string();
    }
    if let Some(y) = stem.strip_suffix('i') {
        return format!("{y}y");
    }
    let chars: Vec<char> = stem.chars().collect();
    let vowel = |c: char| "aeiou".contains(c);
    let n = chars.len();
    if n >= 3 && chars[n - 1] == chars[n - 2] && !vowel(chars[n - 1]) && !"lsz".contains(chars[n - 1]) {
        return chars[..n - 1].iter().collect();
    }
    if chars.last().is_some_and(|&c| c == 'u') {
        return format!("{stem}e");
    }
    let vowel_groups = chars.iter().enumerate().filter(|&(i, &c)| vowel(c) && (i == 0 || !vowel(chars[i - 1]))).count();
    let single_vowel_then_consonant = n >= 2
        && !vowel(chars[n - 1])
        && !"wxy".contains(chars[n - 1])
        && vowel(chars[n - 2])
        && (n < 3 || !vowel(chars[n - 3]));
    if vowel_groups == 1 && single_vowel_then_consonant {
        return format!("{stem}e");
    }
    stem.to_string()
}

/// Words that may stand between a subject and its verb (`Smith also
/// said`, `He's claiming`).
pub fn is_adverb(word: &str) -> bool {
    matches!(
        word,
        "also"
            | "later"
            | "then"
            | "previously"
            | "recently"
            | "once"
            | "has"
            | "have"
            | "had"
            | "reportedly"
            | "publicly"
            | "privately"
            | "again"
            | "further"
            | "simply"
            | "just"
            | "repeatedly"
            | "often"
            | "never"
            | "would"
            | "will"
            | "did"
            | "does"
            | "only"
            | "first"
            | "still"
            | "always"
            | "already"
            | "now"
            | "even"
            | "earlier"
            | "is"
            | "was"
            | "are"
            | "were"
            | "'s"
            | "’s"
            | "'re"
            | "’re"
            | "been"
            | "could"
            | "should"
            | "may"
            | "might"
            | "can"
    ) || (word.len() > 4 && word.ends_with("ly") && word.starts_with(char::is_lowercase))
}

/// A pronoun that is a clause's subject (`he`, `they`, `I`), in lower case.
pub fn is_subject_pronoun(lower: &str) -> bool {
    matches!(lower, "he" | "she" | "they" | "we" | "i")
}

pub const PRONOUNS: &[&str] =
    &["he", "she", "He", "She", "they", "They", "I", "we", "We", "it", "It", "him", "her", "them"];

/// Head nouns of a speaker whose name is not given (`a Clinton campaign
/// aide`, `one GOP source`, `a White House official`): a name before them
/// says whom they work for, not who spoke.
pub fn names_an_unnamed_source(head: &str) -> bool {
    matches!(
        head,
        "aide"
            | "aides"
            | "official"
            | "officials"
            | "source"
            | "sources"
            | "staffer"
            | "staffers"
            | "adviser"
            | "advisers"
            | "advisor"
            | "advisors"
            | "operative"
            | "operatives"
            | "insider"
            | "insiders"
            | "strategist"
            | "strategists"
            | "supporter"
            | "supporters"
            | "donor"
            | "donors"
            | "employee"
            | "employees"
            | "lawmaker"
            | "lawmakers"
            | "staff"
    )
}

/// Head nouns of descriptions that refer to an organisation, not a person.
pub fn names_organisation(head: &str) -> bool {
    names_a_business(head)
        || matches!(
            head,
            "campaign"
                | "agency"
                | "department"
                | "ministry"
                | "group"
                | "organization"
                | "organisation"
                | "committee"
                | "party"
                | "team"
                | "government"
                | "administration"
                | "network"
                | "newspaper"
                | "paper"
                | "union"
                | "court"
                | "commission"
                | "council"
                | "board"
                | "club"
                | "league"
                | "office"
                | "police"
                | "military"
                | "army"
                | "station"
                | "magazine"
                | "outlet"
                | "label"
                | "studio"
                | "publisher"
                | "statement"
                | "report"
                | "study"
                | "survey"
                | "poll"
                | "authority"
                | "authorities"
                | "agency's"
                | "city"
                | "state"
                | "county"
                | "school"
                | "university"
                | "hospital"
                | "museum"
                | "library"
                | "college"
                | "institute"
                | "foundation"
                | "charity"
                | "regulator"
                | "association"
        )
}

/// Head nouns for a business, as business news names the company it is
/// about once named: `the company`, `the lender`, `the Leeds-based snack
/// maker`, `the carmaker`. Whatever describes it (`the struggling
/// insurer`) leaves it the business last named, where `the state
/// agriculture department` is one department among many.
pub fn names_a_business(head: &str) -> bool {
    matches!(
        head,
        "company"
            | "company's"
            | "firm"
            | "business"
            | "bank"
            | "lender"
            | "insurer"
            | "brokerage"
            | "retailer"
            | "grocer"
            | "supermarket"
            | "chain"
            | "airline"
            | "carrier"
            | "maker"
            | "carmaker"
            | "automaker"
            | "drugmaker"
            | "chipmaker"
            | "steelmaker"
            | "planemaker"
            | "toymaker"
            | "manufacturer"
            | "supplier"
            | "distributor"
            | "wholesaler"
            | "exporter"
            | "importer"
            | "refiner"
            | "provider"
            | "conglomerate"
            | "giant"
            | "startup"
            | "start-up"
    )
}

/// The social network token `i` of `doc` names, if it names one: by its
/// name, or for X (once Twitter), a letter too common to be read alone,
/// after `on` (`wrote on X`).
pub fn medium_at(doc: &Document<'_>, i: usize) -> Option<&'static str> {
    match doc.word(i) {
        "X" => (i > 0 && doc.word(i - 1) == "on").then_some("X"),
        word => medium(word),
    }
}

/// Social networks a quote may be said on.
fn medium(word: &str) -> Option<&'static str> {
    Some(match word {
        "Twitter" | "tweet" | "tweeted" | "tweets" | "tweeting" => "Twitter",
        "Instagram" => "Instagram",
        "Facebook" => "Facebook",
        "TikTok" => "TikTok",
        "YouTube" => "YouTube",
        "Snapchat" => "Snapchat",
        "LinkedIn" => "LinkedIn",
        "Reddit" => "Reddit",
        "Threads" => "Threads",
        "Truth Social" => "Truth Social",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_form_is_listed_once() {
        let mut forms: Vec<&str> = SPEECH_VERBS.iter().map(|(form, _, _)| *form).collect();
        forms.sort_unstable();
        let before = forms.len();
        forms.dedup();
        assert_eq!(before, forms.len(), "a form of a speech verb is listed twice");
        // Nor do two forms share a hash in the lookup table.
        let table: WordTable<()> = forms.iter().map(|form| (*form, ())).collect();
        assert_eq!(table.len(), forms.len());
        assert_eq!(cue("said"), Some(("say", true)));
        assert_eq!(cue("Said"), None);
    }

    #[test]
    fn every_verb_with_a_particle_is_found() {
        // (`phrasal_cue` turns words away on the particle first.)
        for (verb, particle, lemma) in PHRASAL_CUES {
            assert_eq!(phrasal_cue(verb, particle), Some(*lemma), "{verb} {particle}");
        }
    }

    #[test]
    fn the_lemma_of_a_regular_past_tense() {
        for (past, lemma) in [
            ("fumed", "fume"),
            ("reacted", "react"),
            ("quipped", "quip"),
            ("cried", "cry"),
            ("agreed", "agree"),
            ("argued", "argue"),
            ("sighed", "sigh"),
            ("laughed", "laugh"),
            ("offered", "offer"),
            ("exulted", "exult"),
            ("smiled", "smile"),
            ("vowed", "vow"),
            ("stressed", "stress"),
        ] {
            assert_eq!(lemma_of_past(past), lemma);
        }
    }
}
