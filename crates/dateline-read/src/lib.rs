//! Readers for dated news articles.
//!
//! This is the first stage of the dateline pipeline (read → extract → store →
//! query → serve). It turns files, folders and standard input into a stream of
//! [`Article`]s, and every record it cannot use into a [`Problem`] that names
//! the file, the line and the reason, so that one bad record never loses the
//! others.
//!
//! Formats (see `DESIGN.md` §1):
//! - **dateline text**: a file whose first non-blank token is `date`, then an
//!   ISO date, then the body; one article per file.
//! - **JSON Lines** (`.jsonl`, `.ndjson`): one object a line, with field
//!   aliases for the date and the body.
//! - any of the above compressed as `.gz` or `.zst`; a folder, walked
//!   recursively in name order; `-` for standard input (format sniffed).
//!
//! ```
//! use dateline_read::{Articles, Source};
//! let src = Source::from_bytes("example.jsonl", br#"{"date":"2020-10-14","text":"Hello."}"#.to_vec());
//! let items: Vec<_> = Articles::new(vec![src]).collect();
//! assert_eq!(items[0].as_ref().unwrap().date.to_string(), "2020-10-14");
//! ```

mod article;
mod date;
mod format;
mod source;

pub use article::{Article, Origin, MAX_BODY_BYTES};
pub use date::parse_date;
pub use format::{Articles, Problem};
pub use source::{expand_paths, expand_paths_noting, Source, SourceError, FOLDER_EXTENSIONS};
