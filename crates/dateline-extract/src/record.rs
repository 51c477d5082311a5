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
