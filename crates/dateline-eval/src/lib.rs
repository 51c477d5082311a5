//! Scoring dateline's extractors against annotated corpora.
pub mod gold;
