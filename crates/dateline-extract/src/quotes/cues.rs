//! Speech verbs (cues) and the words around speakers.

use std::sync::OnceLock;

use crate::lexicon::WordTable;

/// Inflected speech verbs with their lemma. Every form a news story uses for
/// attribution; `indirect` marks verbs that introduce reported speech
/// without quotation marks ("X said that …").
const CUES: &[(&str, &str, bool)] = &[
    ("say", "say", true),
    ("says", "say", true),
    ("said", "say", true),
    ("saying", "say", true),
    ("tell", "tell", true),
    ("tells", "tell", true),
    ("told", "tell", true),
    ("telling", "tell", true),
    ("add", "add", true),
    ("adds", "add", true),
    ("added", "add", true),
    ("adding", "add", true),
    ("write", "write", true),
    ("writes", "write", true),
    ("wrote", "write", true),
    ("writing", "write", false),
    ("tweet", "tweet", true),
    ("tweets", "tweet", true),
    ("tweeted", "tweet", true),
    ("tweeting", "tweet", false),
    ("post", "post", true),
    ("posted", "post", true),
    ("begin", "begin", false),
    ("began", "begin", false),
    ("begins", "begin", false),
    ("explain", "explain", true),
    ("explained", "explain", true),
    ("explains", "explain", true),
    ("explaining", "explain", true),
    ("note", "note", true),
    ("noted", "note", true),
    ("notes", "note", true),
    ("noting", "note", true),
    ("warn", "warn", true),
    ("warned", "warn", true),
    ("warns", "warn", true),
    ("warning", "warn", true),
    ("ask", "ask", true),
    ("asked", "ask", true),
    ("asks", "ask", true),
    ("answer", "answer", true),
    ("answered", "answer", true),
    ("reply", "reply", true),
    ("replied", "reply", true),
    ("replies", "reply", true),
    ("respond", "respond", true),
    ("responded", "respond", true),
    ("insist", "insist", true),
    ("insisted", "insist", true),
    ("insists", "insist", true),
    ("claim", "claim", true),
    ("claimed", "claim", true),
    ("claims", "claim", true),
    ("argue", "argue", true),
    ("argued", "argue", true),
    ("argues", "argue", true),
    ("state", "state", true),
    ("stated", "state", true),
    ("states", "state", false),
    ("declare", "declare", true),
    ("declared", "declare", true),
    ("announce", "announce", true),
    ("announced", "announce", true),
    ("announces", "announce", true),
    ("continue", "continue", false),
    ("continued", "continue", false),
    ("recall", "recall", true),
    ("recalled", "recall", true),
    ("recalls", "recall", true),
    ("admit", "admit", true),
    ("admitted", "admit", true),
    ("admits", "admit", true),
    ("acknowledge", "acknowledge", true),
    ("acknowledged", "acknowledge", true),
    ("suggest", "suggest", true),
    ("suggested", "suggest", true),
    ("suggests", "suggest", true),
    ("predict", "predict", true),
    ("predicted", "predict", true),
    ("conclude", "conclude", true),
    ("concluded", "conclude", true),
    ("joke", "joke", true),
    ("joked", "joke", true),
    ("jokes", "joke", true),
    ("joking", "joke", true),
    ("quip", "quip", false),
    ("quips", "quip", false),
    ("quipped", "quip", true),
    ("shout", "shout", false),
    ("shouted", "shout", false),
    ("yelled", "yell", false),
    ("yells", "yell", false),
    ("yell", "yell", false),
    ("shouts", "shout", false),
    ("shouting", "shout", false),
    ("asking", "ask", true),
    ("demand", "demand", true),
    ("demanded", "demand", true),
    ("demands", "demand", true),
    ("chant", "chant", false),
    ("chanted", "chant", false),
    ("chanting", "chant", false),
    ("chants", "chant", false),
    ("proclaim", "proclaim", true),
    ("proclaimed", "proclaim", true),
    ("proclaims", "proclaim", true),
    ("scold", "scold", false),
    ("scolded", "scold", false),
    ("pledge", "pledge", true),
    ("pledged", "pledge", true),
    ("pledges", "pledge", true),
    ("wonder", "wonder", true),
    ("wondered", "wonder", true),
    ("wonders", "wonder", true),
    ("recount", "recount", true),
    ("recounted", "recount", true),
    ("recounts", "recount", true),
    ("mused", "muse", true),
    ("muses", "muse", true),
    ("countered", "counter", true),
    ("counters", "counter", true),
    ("whisper", "whisper", false),
    ("whispered", "whisper", false),
    ("exclaimed", "exclaim", false),
    // Verbs of manner and of stance that news uses to attribute a quote
    // (`"…," she retorted`, `Shaw echoed: "…"`).
    ("retort", "retort", false),
    ("retorted", "retort", true),
    ("retorts", "retort", false),
    ("echoed", "echo", true),
    ("echoes", "echo", true),
    ("interjected", "interject", false),
    ("interjects", "interject", false),
    ("interjecting", "interject", false),
    ("scoffed", "scoff", true),
    ("scoffs", "scoff", true),
    ("snapped", "snap", false),
    ("boomed", "boom", false),
    ("gushed", "gush", false),
    ("gushes", "gush", false),
    ("muttered", "mutter", false),
    ("mutters", "mutter", false),
    ("murmured", "murmur", false),
    ("screamed", "scream", false),
    ("screams", "scream", false),
    ("sighed", "sigh", false),
    ("laughed", "laugh", false),
    ("grumbled", "grumble", false),
    ("grumbles", "grumble", false),
    ("teased", "tease", true),
    ("taunted", "taunt", false),
    ("marveled", "marvel", true),
    ("marvelled", "marvel", true),
    ("marvels", "marvel", true),
    ("pleaded", "plead", true),
    ("begged", "beg", false),
    ("cried", "cry", false),
    ("raved", "rave", false),
    ("charged", "charge", true),
    ("demurred", "demur", false),
    ("chimed", "chime", false),
    ("concurred", "concur", false),
    ("barked", "bark", false),
    ("snarled", "snarl", false),
    ("growled", "growl", false),
    ("thundered", "thunder", false),
    ("roared", "roar", false),
    ("bellowed", "bellow", false),
    ("hollered", "holler", false),
    ("stammered", "stammer", false),
    ("hissed", "hiss", false),
    ("sneered", "sneer", false),
    ("affirmed", "affirm", true),
    ("affirms", "affirm", true),
    ("assured", "assure", true),
    ("assures", "assure", true),
    ("confessed", "confess", true),
    ("confesses", "confess", true),
    ("confided", "confide", true),
    ("speculated", "speculate", true),
    ("speculates", "speculate", true),
    ("posited", "posit", true),
    ("posits", "posit", true),
    ("opined", "opine", true),
    ("opines", "opine", true),
    ("theorized", "theorize", true),
    ("surmised", "surmise", true),
    ("report", "report", true),
    ("reported", "report", true),
    ("reports", "report", true),
    ("confirm", "confirm", true),
    ("confirmed", "confirm", true),
    ("confirms", "confirm", true),
    ("deny", "deny", true),
    ("denied", "deny", true),
    ("denies", "deny", true),
    ("complain", "complain", true),
    ("complained", "complain", true),
    ("urge", "urge", true),
    ("urged", "urge", true),
    ("promise", "promise", true),
    ("promised", "promise", true),
    ("vow", "vow", true),
    ("vowed", "vow", true),
    ("boast", "boast", true),
    ("boasted", "boast", true),
    ("comment", "comment", true),
    ("commented", "comment", true),
    ("observe", "observe", true),
    ("observed", "observe", true),
    ("remark", "remark", true),
    ("remarked", "remark", true),
    ("concede", "concede", true),
    ("conceded", "concede", true),
    ("caution", "caution", true),
    ("cautioned", "caution", true),
    ("assert", "assert", true),
    ("asserted", "assert", true),
    ("maintain", "maintain", true),
    ("maintained", "maintain", true),
    ("emphasize", "emphasize", true),
    ("emphasized", "emphasize", true),
    ("stress", "stress", true),
    ("stressed", "stress", true),
    ("allege", "allege", true),
    ("alleged", "allege", true),
    ("contend", "contend", true),
    ("contended", "contend", true),
    ("reveal", "reveal", true),
    ("revealed", "reveal", true),
    ("estimate", "estimate", true),
    ("estimated", "estimate", true),
    ("believe", "believe", true),
    ("believes", "believe", true),
    ("think", "think", true),
    ("thinks", "think", true),
    ("thought", "think", true),
    ("accuse", "accuse", true),
    ("accused", "accuse", true),
    ("describe", "describe", true),
    ("described", "describe", true),
    ("call", "call", false),
    ("called", "call", false),
    ("calls", "call", false),
    ("testify", "testify", true),
    ("testified", "testify", true),
    ("agree", "agree", true),
    ("agreed", "agree", true),
    ("pointed", "point out", true),
    ("learned", "learn", true),
    ("show", "show", true),
    ("showed", "show", true),
    ("shows", "show", true),
    ("indicate", "indicate", true),
    ("indicated", "indicate", true),
    ("want", "want", true),
    ("wants", "want", true),
    ("wanted", "want", true),
    ("plans", "plan", true),
    ("planned", "plan", true),
    ("hope", "hope", true),
    ("hopes", "hope", true),
    ("hoped", "hope", true),
    ("expects", "expect", true),
    ("expected", "expect", true),
    ("propose", "propose", true),
    ("proposes", "propose", true),
    ("proposed", "propose", true),
    ("seeks", "seek", true),
    ("sought", "seek", true),
    ("refuse", "refuse", true),
    ("refuses", "refuse", true),
    ("refused", "refuse", true),
    ("declines", "decline", true),
    ("declined", "decline", true),
    ("agrees", "agree", true),
    ("offers", "offer", true),
    ("offered", "offer", true),
    ("threaten", "threaten", true),
    ("threatens", "threaten", true),
    ("threatened", "threaten", true),
    ("intends", "intend", true),
    ("intended", "intend", true),
    ("fears", "fear", true),
    ("feared", "fear", true),
    ("know", "know", true),
    ("knows", "know", true),
    ("knew", "know", true),
    ("understands", "understand", true),
    ("understood", "understand", true),
    ("assumes", "assume", true),
    ("assumed", "assume", true),
    ("doubts", "doubt", true),
    ("doubted", "doubt", true),
    ("urges", "urge", true),
    ("unveiled", "unveil", true),
    ("unveils", "unveil", true),
    ("demanding", "demand", true),
    ("indicates", "indicate", true),
    ("ruled", "rule", true),
    ("rules", "rule", true),
    ("points", "point out", true),
    ("stresses", "stress", true),
    ("find", "find", true),
    ("finds", "find", true),
    ("found", "find", true),
    ("read", "read", false),
    ("reads", "read", false),
    ("criticize", "criticize", true),
    ("criticized", "criticize", true),
    ("criticizes", "criticize", true),
    ("criticizing", "criticize", true),
    ("defend", "defend", true),
    ("defended", "defend", true),
    ("defends", "defend", true),
    ("defending", "defend", true),
    ("praise", "praise", true),
    ("praised", "praise", true),
    ("praises", "praise", true),
    ("praising", "praise", true),
    ("cite", "cite", true),
    ("cited", "cite", true),
    ("cites", "cite", true),
    ("citing", "cite", true),
    ("blame", "blame", true),
    ("blamed", "blame", true),
    ("blames", "blame", true),
    ("blaming", "blame", true),
    ("dismiss", "dismiss", true),
    ("dismissed", "dismiss", true),
    ("dismisses", "dismiss", true),
    ("dismissing", "dismiss", true),
    ("mock", "mock", true),
    ("mocked", "mock", true),
    ("mocks", "mock", true),
    ("mocking", "mock", true),
    ("blast", "blast", true),
    ("blasted", "blast", true),
    ("blasts", "blast", true),
    ("blasting", "blast", true),
    ("mention", "mention", true),
    ("stressing", "stress", true),
    ("confirming", "confirm", true),
    ("wondering", "wonder", true),
    ("fearing", "fear", true),
    ("clarify", "clarify", true),
    ("clarified", "clarify", true),
    ("clarifies", "clarify", true),
    ("clarifying", "clarify", true),
    ("characterize", "characterize", true),
    ("characterized", "characterize", true),
    ("characterizes", "characterize", true),
    ("characterizing", "characterize", true),
    ("rebut", "rebut", true),
    ("rebutted", "rebut", true),
    ("rebuts", "rebut", true),
    ("rebutting", "rebut", true),
    ("reacted", "react", true),
    ("reacts", "react", true),
    ("reacting", "react", true),
    ("prefer", "prefer", true),
    ("prefers", "prefer", true),
    ("preferred", "prefer", true),
    ("envisioned", "envision", true),
    ("envisions", "envision", true),
    ("envision", "envision", true),
    ("imagined", "imagine", true),
    ("imagines", "imagine", true),
    ("echoing", "echo", true),
    ("responds", "respond", true),
    ("responding", "respond", true),
    ("refers", "refer", true),
    ("remembers", "remember", true),
    ("remembering", "remember", true),
    ("boasts", "boast", true),
    ("boasting", "boast", true),
    ("reveals", "reveal", true),
    ("revealing", "reveal", true),
    ("quoting", "quote", true),
    ("quotes", "quote", true),
    ("commenting", "comment", true),
    ("comments", "comment", true),
    ("thanking", "thank", true),
    ("remarking", "remark", true),
    ("remarks", "remark", true),
    ("bemoan", "bemoan", true),
    ("bemoans", "bemoan", true),
    ("bemoaned", "bemoan", true),
    ("bemoaning", "bemoan", true),
    ("labels", "label", true),
    ("labeled", "label", true),
    ("labeling", "label", true),
    ("labelled", "label", true),
    ("dubs", "dub", true),
    ("dubbed", "dub", true),
    ("dubbing", "dub", true),
    ("credits", "credit", true),
    ("credited", "credit", true),
    ("crediting", "credit", true),
    ("allude", "allude", true),
    ("alludes", "allude", true),
    ("alluded", "allude", true),
    ("alluding", "allude", true),
    ("reaffirm", "reaffirm", true),
    ("reaffirms", "reaffirm", true),
    ("reaffirmed", "reaffirm", true),
    ("reaffirming", "reaffirm", true),
    ("downplay", "downplay", true),
    ("downplays", "downplay", true),
    ("downplayed", "downplay", true),
    ("downplaying", "downplay", true),
    ("outlines", "outline", true),
    ("outlined", "outline", true),
    ("outlining", "outline", true),
    ("congratulate", "congratulate", true),
    ("congratulates", "congratulate", true),
    ("congratulated", "congratulate", true),
    ("congratulating", "congratulate", true),
    ("articulates", "articulate", true),
    ("articulated", "articulate", true),
    ("articulating", "articulate", true),
    ("utters", "utter", true),
    ("uttered", "utter", true),
    ("uttering", "utter", true),
    ("discuss", "discuss", true),
    ("portray", "portray", true),
    ("proposing", "propose", true),
    ("threatening", "threaten", true),
    ("alleges", "allege", true),
    ("alleging", "allege", true),
    ("imply", "imply", true),
    ("implied", "imply", true),
    ("implies", "imply", true),
    ("implying", "imply", true),
    ("liken", "liken", true),
    ("likened", "liken", true),
    ("likens", "liken", true),
    ("likening", "liken", true),
    ("recommend", "recommend", true),
    ("recommended", "recommend", true),
    ("recommends", "recommend", true),
    ("recommending", "recommend", true),
    ("forecasts", "forecast", true),
    ("forecasted", "forecast", true),
    ("applaud", "applaud", true),
    ("applauded", "applaud", true),
    ("applauds", "applaud", true),
    ("applauding", "applaud", true),
    ("hail", "hail", true),
    ("hailed", "hail", true),
    ("hails", "hail", true),
    ("hailing", "hail", true),
    ("laud", "laud", true),
    ("lauded", "laud", true),
    ("lauds", "laud", true),
    ("lauding", "laud", true),
    ("lambast", "lambast", true),
    ("lambasted", "lambast", true),
    ("lambasts", "lambast", true),
    ("lambasting", "lambast", true),
    ("deride", "deride", true),
    ("derided", "deride", true),
    ("derides", "deride", true),
    ("deriding", "deride", true),
    ("rebuke", "rebuke", true),
    ("rebuked", "rebuke", true),
    ("rebukes", "rebuke", true),
    ("rebuking", "rebuke", true),
    ("chide", "chide", true),
    ("chided", "chide", true),
    ("chides", "chide", true),
    ("chiding", "chide", true),
    ("castigate", "castigate", true),
    ("castigated", "castigate", true),
    ("castigates", "castigate", true),
    ("castigating", "castigate", true),
    ("slam", "slam", true),
    ("slammed", "slam", true),
    ("slams", "slam", true),
    ("slamming", "slam", true),
    ("condemn", "condemn", true),
    ("condemned", "condemn", true),
    ("condemns", "condemn", true),
    ("condemning", "condemn", true),
    ("questioned", "question", true),
    ("questioning", "question", true),
    ("denounce", "denounce", true),
    ("denounced", "denounce", true),
    ("denounces", "denounce", true),
    ("denouncing", "denounce", true),
    ("decry", "decry", true),
    ("decried", "decry", true),
    ("decries", "decry", true),
    ("decrying", "decry", true),
    ("lament", "lament", true),
    ("lamented", "lament", true),
    ("laments", "lament", true),
    ("lamenting", "lament", true),
    ("tout", "tout", true),
    ("touted", "tout", true),
    ("touts", "tout", true),
    ("touting", "tout", true),
    ("thanked", "thank", true),
    ("reminded", "remind", true),
    ("reminds", "remind", true),
    ("reminding", "remind", true),
    ("accuses", "accuse", true),
    ("accusing", "accuse", true),
    ("assailed", "assail", true),
    ("assails", "assail", true),
    ("portrayed", "portray", true),
    ("portrays", "portray", true),
    ("portraying", "portray", true),
    ("highlighted", "highlight", true),
    ("highlights", "highlight", true),
    ("highlighting", "highlight", true),
    ("invoked", "invoke", true),
    ("invokes", "invoke", true),
    ("invoking", "invoke", true),
    ("referenced", "reference", true),
    ("referencing", "reference", true),
    ("endorse", "endorse", true),
    ("endorsed", "endorse", true),
    ("endorses", "endorse", true),
    ("endorsing", "endorse", true),
    ("reiterate", "reiterate", true),
    ("reiterated", "reiterate", true),
    ("reiterates", "reiterate", true),
    ("reiterating", "reiterate", true),
    ("emphasizes", "emphasize", true),
    ("emphasizing", "emphasize", true),
    ("describes", "describe", true),
    ("describing", "describe", true),
    ("mentioned", "mention", true),
    ("mentioning", "mention", true),
    ("discussed", "discuss", true),
    ("discusses", "discuss", true),
    ("discussing", "discuss", true),
    ("retweeted", "retweet", true),
    ("quoted", "quote", true),
    ("repeated", "repeat", true),
    ("repeating", "repeat", true),
    ("acknowledges", "acknowledge", true),
    ("acknowledging", "acknowledge", true),
    ("arguing", "argue", true),
    ("suggesting", "suggest", true),
    ("recalling", "recall", true),
    ("stating", "state", true),
    ("announcing", "announce", true),
    ("insisting", "insist", true),
    ("vows", "vow", true),
    ("vowing", "vow", true),
    ("pledging", "pledge", true),
    ("concludes", "conclude", true),
    ("contends", "contend", true),
    ("asserting", "assert", true),
    // Verbs of stance PolNeAR's annotators take for attribution most times
    // they occur (train: `rejected` 30 of 36, `expressed` 45 of 55).
    ("reject", "reject", true),
    ("rejects", "reject", true),
    ("rejected", "reject", true),
    ("rejecting", "reject", true),
    ("express", "express", true),
    ("expresses", "express", true),
    ("expressed", "express", true),
    ("expressing", "express", true),
    ("voiced", "voice", true),
    ("voicing", "voice", true),
    ("signaled", "signal", true),
    ("signalled", "signal", true),
    ("signaling", "signal", true),
    ("railed", "rail", true),
    ("railing", "rail", true),
    ("hoping", "hope", true),
    ("predicting", "predict", true),
    ("declaring", "declare", true),
    ("declares", "declare", true),
    ("urging", "urge", true),
    ("claiming", "claim", true),
    ("refusing", "refuse", true),
    ("expecting", "expect", true),
    ("promising", "promise", true),
    ("promises", "promise", true),
    ("ordered", "order", true),
    ("ordering", "order", true),
    ("attacked", "attack", true),
    ("attacking", "attack", true),
    ("referring", "refer", true),
    ("referred", "refer", true),
    ("disclosed", "disclose", true),
    ("discloses", "disclose", true),
    ("mentions", "mention", true),
    // Verbs that report a topic after `about` (`talked about the stock
    // market`).
    ("talk", "talk", true),
    ("talks", "talk", true),
    ("talked", "talk", true),
    ("talking", "talk", true),
    ("speak", "speak", true),
    ("speaks", "speak", true),
    ("spoke", "speak", true),
    ("speaking", "speak", true),
    ("worried", "worry", true),
    ("worries", "worry", true),
    ("bragged", "brag", true),
    ("calling", "call", false),
    ("hinted", "hint", true),
    ("hints", "hint", true),
    ("projected", "project", true),
    ("projects", "project", true),
    ("emailed", "email", true),
    ("remembered", "remember", true),
    ("requested", "request", true),
    ("encouraged", "encourage", true),
    ("encourages", "encourage", true),
    ("encouraging", "encourage", true),
    ("challenged", "challenge", true),
    ("deemed", "deem", true),
    ("estimates", "estimate", true),
];

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
    let table = TABLE.get_or_init(|| CUES.iter().map(|(form, lemma, indirect)| (*form, (*lemma, *indirect))).collect());
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
    matches!(
        head,
        "company"
            | "firm"
            | "campaign"
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
            | "bank"
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
            | "company's"
    )
}

/// Social networks a quote may be said on.
pub fn medium(word: &str) -> Option<&'static str> {
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
        let mut forms: Vec<&str> = CUES.iter().map(|(form, _, _)| *form).collect();
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
