//! Extraction: one dated article in, one knowledge record out.
//!
//! The second stage of the pipeline (read → **extract** → store → query →
//! serve). Extraction is a pure function of one article: it knows nothing of
//! storage, indexes or HTTP, which is what lets the same code run in a
//! command-line filter, in `dateline ingest`, or inside Spark.
//!
//! An [`Extractor`] runs a list of [`Stage`]s over a shared [`Document`]:
//! tokens and sentences first, then quotation marks (which also finds
//! quoted titles), entities, clustering, time expressions, attribution,
//! amounts. Each stage is a file; each adds to the document. The record is
//! built at the end, when byte offsets become code-point offsets.
//!
//! ```
//! use dateline_extract::Extractor;
//! use dateline_read::{Articles, Source};
//! let src = Source::from_bytes("a.txt", "date 2020-10-14 \"It is over,\" Jane Roe said on Wednesday.".into());
//! let article = Articles::new(vec![src]).next().unwrap().unwrap();
//! let record = Extractor::new().extract(&article);
//! assert_eq!(record.quotes[0].text, "It is over,");
//! assert_eq!(record.timexes[0].value, "2020-10-14");
//! ```

pub mod doc;
pub mod lexicon;
pub mod ner;
pub mod record;
pub mod tokenize;

mod amounts;
mod cluster;
mod entities;
mod quotes;
mod timex;
mod tone;
mod word_hash;

use dateline_read::Article;

use doc::{CharMap, Document, QuoteKind, Span};
use record::{Amount, Entity, Part, Parts, Quote, Record, Timex, Tone, SCHEMA};
use tokenize::TokenKind;

/// One step of extraction: reads what earlier stages left in the document
/// and adds its own findings.
pub trait Stage: Send + Sync {
    /// A short name, for benchmarks that time each stage.
    fn name(&self) -> &'static str;
    fn run(&self, doc: &mut Document<'_>);
}

/// The extraction pipeline. Cheap to share between threads: the word lists
/// and the entity model are loaded once, on first use, for the process.
pub struct Extractor {
    stages: Vec<Box<dyn Stage>>,
    parts: Parts,
}

impl Default for Extractor {
    fn default() -> Self {
        Self::new()
    }
}

impl Extractor {
    pub fn new() -> Extractor {
        Extractor::with_parts(Parts::all())
    }

    /// An extractor that makes only `parts` of the record and runs only the
    /// stages they need: time expressions read tokens and sentences alone,
    /// so a time tagger never loads the entity model or the word lists.
    /// The parts left out stay empty in the record.
    pub fn with_parts(parts: Parts) -> Extractor {
        let mut stages: Vec<Box<dyn Stage>> = Vec::new();
        // Entities are finished by attribution (a speaker's descriptors
        // come from the words that introduce a quote), and attribution
        // reads the time expressions (a date between a quote and its verb
        // is no speaker): entities, quotes and amounts (which name
        // entities) need every stage but the last.
        if parts.has(Part::Entities) {
            stages.push(Box::new(quotes::QuoteMarks));
            stages.push(Box::new(entities::EntityTagger));
            stages.push(Box::new(cluster::Clusterer));
        }
        if parts.has(Part::Entities) || parts.has(Part::Timexes) {
            stages.push(Box::new(timex::TimexTagger));
        }
        if parts.has(Part::Entities) {
            stages.push(Box::new(quotes::Attribution));
        }
        if parts.has(Part::Amounts) {
            stages.push(Box::new(amounts::Amounts));
        }
        Extractor { stages, parts }
    }

    pub fn extract(&self, article: &Article) -> Record {
        self.extract_as(article, article.stable_id())
    }

    /// [`Extractor::extract`] for a caller that has the article's
    /// [`Article::stable_id`] already (ingest asks the store for it before
    /// extracting): hashing the text again would be wasted.
    pub fn extract_as(&self, article: &Article, id: String) -> Record {
        let mut doc = Document::new(&article.text, article.date);
        for stage in &self.stages {
            stage.run(&mut doc);
        }
        build_record(article, id, &doc, self.parts)
    }

    /// Extracts as [`Extractor::extract`] does, and adds the time each step
    /// took to `times`: tokenising, every stage in order, building the
    /// record (see [`Extractor::step_names`]). For benchmarks: the clock
    /// reads cost little next to a stage, but they are not free.
    pub fn extract_timed(&self, article: &Article, times: &mut [std::time::Duration]) -> Record {
        let mut clock = std::time::Instant::now();
        let mut lap = |step: usize| {
            let now = std::time::Instant::now();
            times[step] += now - clock;
            clock = now;
        };
        let mut doc = Document::new(&article.text, article.date);
        lap(0);
        for (k, stage) in self.stages.iter().enumerate() {
            stage.run(&mut doc);
            lap(k + 1);
        }
        let record = build_record(article, article.stable_id(), &doc, self.parts);
        lap(self.stages.len() + 1);
        record
    }

    /// The steps [`Extractor::extract_timed`] times, in its order.
    pub fn step_names(&self) -> Vec<&'static str> {
        let mut names = vec!["tokenise"];
        names.extend(self.stages.iter().map(|s| s.name()));
        names.push("record");
        names
    }
}

fn build_record(article: &Article, id: String, doc: &Document<'_>, parts: Parts) -> Record {
    let map = CharMap::new(&article.text);
    let span = |s: Span| map.convert(s);
    let entity_id = |k: usize| format!("E{}", k + 1);
    let entities = doc
        .entities
        .iter()
        .enumerate()
        .map(|(k, e)| Entity {
            id: entity_id(k),
            kind: e.kind.as_str().to_string(),
            name: e.name.clone(),
            aliases: e.aliases.clone(),
            handles: e.handles.clone(),
            descriptors: e.descriptors.clone(),
            mentions: e.mentions.iter().map(|m| span(*m)).collect(),
            age: e.age,
        })
        .collect();
    let quotes = doc
        .quotes
        .iter()
        .map(|q| Quote {
            text: doc.slice(q.span).to_string(),
            span: span(q.span),
            kind: match q.kind {
                QuoteKind::Direct => "direct",
                QuoteKind::Partial => "partial",
                QuoteKind::Indirect => "indirect",
            }
            .to_string(),
            speaker: q.speaker.map(entity_id),
            speaker_text: q.speaker_span.map(|s| doc.slice(s).to_string()),
            speaker_span: q.speaker_span.map(span),
            cue: q.cue.as_deref().map(str::to_string),
            cue_span: q.cue_span.map(span),
            medium: q.medium.map(str::to_string),
            confidence: (q.confidence * 100.0).round() / 100.0,
        })
        .collect();
    let timexes = doc
        .timexes
        .iter()
        .map(|t| Timex {
            text: doc.slice(t.span).to_string(),
            span: span(t.span),
            kind: t.kind.to_string(),
            value: t.value.clone(),
            modifier: t.modifier.map(str::to_string),
        })
        .collect();
    let mut amounts: Vec<Amount> = doc
        .amounts
        .iter()
        .map(|a| Amount {
            text: doc.slice(a.span).to_string(),
            span: span(a.span),
            value: a.value,
            kind: a.kind.to_string(),
            entity: a.entity.map(entity_id),
        })
        .collect();
    amounts.sort_by_key(|a| a.span);
    let of_kind = |kind: TokenKind| {
        let mut out: Vec<String> = Vec::new();
        if !parts.has(Part::Handles) {
            return out;
        }
        for (i, t) in doc.tokens.iter().enumerate() {
            if t.kind == kind && !out.iter().any(|o| o == doc.word(i)) {
                out.push(doc.word(i).to_string());
            }
        }
        out
    };
    Record {
        schema: SCHEMA,
        id,
        source_id: article.source_id.clone(),
        date: article.date.to_string(),
        title: article.title.clone(),
        source: article.source.clone(),
        url: article.url.clone(),
        text: article.text.clone(),
        entities,
        quotes,
        timexes,
        amounts,
        tone: if parts.has(Part::Tone) { tone::tone(doc) } else { Tone::default() },
        handles: of_kind(TokenKind::Handle),
        hashtags: of_kind(TokenKind::Hashtag),
        urls: of_kind(TokenKind::Url),
    }
}

/// Helpers for the rule tests beside each stage: a whole record for a short
/// text, and its quotes and entities in words rather than ids.
#[cfg(test)]
pub(crate) mod testing {
    use dateline_read::{Article, Origin};

    use crate::record::Record;
    use crate::Extractor;

    pub fn record(text: &str) -> Record {
        let article = Article {
            date: jiff::civil::Date::constant(2021, 3, 5),
            text: text.to_string(),
            title: None,
            url: None,
            source: None,
            source_id: None,
            origin: Origin { file: "test".into(), line: 1 },
        };
        Extractor::new().extract(&article)
    }

    /// A quote as a test states it: its words, kind, speaker's entity name
    /// and the words that name the speaker.
    #[derive(Debug, PartialEq)]
    pub struct Said {
        pub text: String,
        pub kind: String,
        pub speaker: Option<String>,
        pub speaker_text: Option<String>,
    }

    pub fn quotes(text: &str) -> Vec<Said> {
        let record = record(text);
        let name = |id: &String| record.entities.iter().find(|e| &e.id == id).map(|e| e.name.clone());
        record
            .quotes
            .iter()
            .map(|q| Said {
                text: q.text.clone(),
                kind: q.kind.clone(),
                speaker: q.speaker.as_ref().and_then(name),
                speaker_text: q.speaker_text.clone(),
            })
            .collect()
    }

    /// The descriptors of the entity named `name`; none when there is no
    /// such entity.
    pub fn descriptors(text: &str, name: &str) -> Vec<String> {
        record(text).entities.into_iter().find(|e| e.name == name).map(|e| e.descriptors).unwrap_or_default()
    }

    /// A speaker's name as [`speaker_of`] gives it.
    pub fn some(name: &str) -> Option<String> {
        Some(name.to_string())
    }

    /// The cue lemma of every quote, in order; `-` for a quote without one.
    pub fn cues(text: &str) -> Vec<String> {
        record(text).quotes.into_iter().map(|q| q.cue.unwrap_or_else(|| "-".to_string())).collect()
    }

    /// The speaker's entity name of the quote whose words start with
    /// `opening`; panics with every quote found when there is none.
    pub fn speaker_of(text: &str, opening: &str) -> Option<String> {
        let found = quotes(text);
        match found.iter().find(|q| q.text.starts_with(opening)) {
            Some(q) => q.speaker.clone(),
            None => panic!("no quote opening {opening:?} in {found:#?}"),
        }
    }
}
