//! The knowledge record, schema 1 (`DESIGN.md` §2): the one format every
//! later stage (store, query, serve, export) reads. Spans are `[start, end)`
//! in Unicode code points of `text`.

use serde::{Deserialize, Serialize};

pub const SCHEMA: u32 = 1;

/// A `[start, end)` range of code points in the record's `text`.
pub type CharSpan = [usize; 2];

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub schema: u32,
    pub id: String,
    pub source_id: Option<String>,
    pub date: String,
    pub title: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub text: String,
    pub entities: Vec<Entity>,
    pub quotes: Vec<Quote>,
    pub timexes: Vec<Timex>,
    pub amounts: Vec<Amount>,
    pub tone: Tone,
    pub handles: Vec<String>,
    pub hashtags: Vec<String>,
    pub urls: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub handles: Vec<String>,
    pub descriptors: Vec<String>,
    pub mentions: Vec<CharSpan>,
    pub age: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub text: String,
    pub span: CharSpan,
    /// `direct`, `partial` or `indirect`.
    pub kind: String,
    /// Entity id, or null for an unnamed speaker.
    pub speaker: Option<String>,
    pub speaker_text: Option<String>,
    pub speaker_span: Option<CharSpan>,
    pub cue: Option<String>,
    pub cue_span: Option<CharSpan>,
    pub medium: Option<String>,
    pub confidence: f32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Timex {
    pub text: String,
    pub span: CharSpan,
    #[serde(rename = "type")]
    pub kind: String,
    pub value: String,
    #[serde(rename = "mod")]
    pub modifier: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Amount {
    pub text: String,
    pub span: CharSpan,
    pub value: f64,
    /// `age`, `money` or `percent`.
    pub kind: String,
    pub entity: Option<String>,
}

/// GDELT V2Tone's figures: percentages of the article's words.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Tone {
    /// `positive - negative`.
    pub tone: f32,
    pub positive: f32,
    pub negative: f32,
    /// `positive + negative`.
    pub polarity: f32,
    pub activity: f32,
    pub self_group: f32,
    pub words: usize,
}

/// A part of the record that a caller can ask for on its own
/// (`dateline extract --only timexes`): a time tagger over millions of
/// articles should not pay for the entity model it does not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Entities,
    Quotes,
    Timexes,
    Amounts,
    Tone,
    /// `handles`, `hashtags` and `urls`.
    Handles,
}

impl Part {
    pub const ALL: [Part; 6] = [Part::Entities, Part::Quotes, Part::Timexes, Part::Amounts, Part::Tone, Part::Handles];

    /// The name a user writes, which is also the record's key.
    pub fn name(self) -> &'static str {
        match self {
            Part::Entities => "entities",
            Part::Quotes => "quotes",
            Part::Timexes => "timexes",
            Part::Amounts => "amounts",
            Part::Tone => "tone",
            Part::Handles => "handles",
        }
    }
}

impl std::str::FromStr for Part {
    type Err = String;

    fn from_str(name: &str) -> Result<Part, String> {
        Part::ALL.into_iter().find(|p| p.name() == name).ok_or_else(|| {
            let names: Vec<&str> = Part::ALL.iter().map(|p| p.name()).collect();
            format!("no part of the record is called {name:?}; the parts are {}", names.join(", "))
        })
    }
}

/// The parts a record is made with. Quotes and amounts name entities by id
/// (a speaker, the person whose age it is), so asking for either brings the
/// entities too: an id that points at nothing would be of no use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Parts(u8);

impl Parts {
    pub fn all() -> Parts {
        Parts::of(&Part::ALL)
    }

    pub fn of(parts: &[Part]) -> Parts {
        let mut bits = parts.iter().fold(0, |bits, &p| bits | Parts::bit(p));
        if bits & (Parts::bit(Part::Quotes) | Parts::bit(Part::Amounts)) != 0 {
            bits |= Parts::bit(Part::Entities);
        }
        Parts(bits)
    }

    pub fn has(self, part: Part) -> bool {
        self.0 & Parts::bit(part) != 0
    }

    fn bit(part: Part) -> u8 {
        1 << part as u8
    }
}

/// A record written with only some of its parts: the keys of the others
/// are left out, so that a reader tells "not extracted" from "none found".
/// The keys keep the order of [`Record`]'s.
pub struct Projection<'a> {
    pub record: &'a Record,
    pub parts: Parts,
}

impl Serialize for Projection<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let r = self.record;
        let has = |part| self.parts.has(part);
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("schema", &r.schema)?;
        map.serialize_entry("id", &r.id)?;
        map.serialize_entry("source_id", &r.source_id)?;
        map.serialize_entry("date", &r.date)?;
        map.serialize_entry("title", &r.title)?;
        map.serialize_entry("source", &r.source)?;
        map.serialize_entry("url", &r.url)?;
        map.serialize_entry("text", &r.text)?;
        if has(Part::Entities) {
            map.serialize_entry("entities", &r.entities)?;
        }
        if has(Part::Quotes) {
            map.serialize_entry("quotes", &r.quotes)?;
        }
        if has(Part::Timexes) {
            map.serialize_entry("timexes", &r.timexes)?;
        }
        if has(Part::Amounts) {
            map.serialize_entry("amounts", &r.amounts)?;
        }
        if has(Part::Tone) {
            map.serialize_entry("tone", &r.tone)?;
        }
        if has(Part::Handles) {
            map.serialize_entry("handles", &r.handles)?;
            map.serialize_entry("hashtags", &r.hashtags)?;
            map.serialize_entry("urls", &r.urls)?;
        }
        map.end()
    }
}
