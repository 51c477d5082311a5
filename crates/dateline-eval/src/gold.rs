//! Loading the annotated corpora of `../shared/gold` (see its README).
//! Gold spans are code points; everything here converts them to byte
//! offsets of the same text once, at load.

use std::path::Path;

use serde::Deserialize;

/// A gold file that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum GoldError {
    #[error("{path}: {source}")]
    Io { path: String, source: std::io::Error },
    #[error("{path}:{line}: {reason}")]
    Record { path: String, line: usize, reason: String },
    /// A file of another tool's predictions that leaves out a gold document.
    #[error("{path}: {reason}")]
    Incomplete { path: String, reason: String },
}

/// Reads a JSON Lines gold file into records of type `T`.
pub fn read_jsonl<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<Vec<T>, GoldError> {
    let text =
        std::fs::read_to_string(path).map_err(|source| GoldError::Io { path: path.display().to_string(), source })?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l).map_err(|e| GoldError::Record {
                path: path.display().to_string(),
                line: i + 1,
                reason: e.to_string(),
            })
        })
        .collect()
}

/// Maps code-point offsets of `text` to byte offsets.
pub struct ByteMap(Vec<usize>);

impl ByteMap {
    pub fn new(text: &str) -> ByteMap {
        let mut bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        bytes.push(text.len());
        ByteMap(bytes)
    }

    pub fn byte(&self, char_offset: usize) -> usize {
        self.0[char_offset.min(self.0.len() - 1)]
    }
}

#[derive(Debug, Deserialize)]
pub struct ConllDoc {
    pub id: String,
    pub text: String,
    pub entities: Vec<ConllEntity>,
}

#[derive(Debug, Deserialize)]
pub struct ConllEntity {
    pub span: [usize; 2],
    #[serde(rename = "type")]
    pub kind: String,
}

#[derive(Debug, Deserialize)]
pub struct PolnearDoc {
    pub id: String,
    pub date: String,
    pub text: String,
    pub attributions: Vec<Attribution>,
}

#[derive(Debug, Deserialize)]
pub struct Attribution {
    pub source_span: Option<[usize; 2]>,
    pub content_span: [usize; 2],
    pub quote_status: String,
}

#[derive(Debug, Deserialize)]
pub struct TimexDoc {
    pub id: String,
    /// The creation date; a few MEANTIME documents have none.
    pub date: Option<String>,
    pub text: String,
    pub timexes: Vec<GoldTimex>,
}

#[derive(Debug, Deserialize)]
pub struct GoldTimex {
    pub span: [usize; 2],
    pub text: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub value: String,
}

/// The part of a MEANTIME article that was annotated (headline and first
/// sentences), read from the entity file of the same corpus.
#[derive(Debug, Deserialize)]
pub struct AnnotatedPart {
    pub doc_id: String,
    pub annotated_span: [usize; 2],
}
