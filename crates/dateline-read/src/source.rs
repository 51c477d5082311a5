use std::fs::File;
use std::io::{self, BufRead, BufReader, Cursor, Read};
use std::path::{Path, PathBuf};

/// A named stream of bytes that holds one or more articles.
#[derive(Debug)]
pub struct Source {
    /// The name used in messages: the path as given, or `-` for standard input.
    pub name: String,
    origin: Origin,
}

#[derive(Debug)]
enum Origin {
    File(PathBuf),
    Stdin,
    Bytes(Vec<u8>),
}

/// A path that cannot be turned into sources at all. Unlike a bad record,
/// this stops the run: the user named something that is not there.
#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    #[error("{path}: no such file or folder")]
    Missing { path: String },
    #[error("{path}: {source}")]
    Walk { path: String, source: walkdir::Error },
}

/// Extensions read when walking a folder (before any `.gz` / `.zst`). Files
/// named explicitly are always read, whatever their name.
pub const FOLDER_EXTENSIONS: &[&str] = &["jsonl", "ndjson", "txt", "text"];

/// Turns command-line paths into sources: files as given, folders walked
/// recursively in name order (so runs are reproducible), `-` for stdin.
pub fn expand_paths(paths: &[PathBuf]) -> Result<Vec<Source>, SourceError> {
    expand_paths_noting(paths, |_| {})
}

/// [`expand_paths`], calling `passed_over` with each file a folder holds
/// that is not read for its name (`notes.md`, `story.seed`; not a hidden
/// file): who put articles there under another name should hear that
/// they were not read.
pub fn expand_paths_noting(paths: &[PathBuf], mut passed_over: impl FnMut(&Path)) -> Result<Vec<Source>, SourceError> {
    let mut sources = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            sources.push(Source { name: "-".into(), origin: Origin::Stdin });
        } else if path.is_dir() {
            let walker = walkdir::WalkDir::new(path).sort_by_file_name();
            for entry in walker {
                let entry = entry.map_err(|source| SourceError::Walk { path: path.display().to_string(), source })?;
                if !entry.file_type().is_file() || is_hidden(entry.path()) {
                    continue;
                }
                if is_article_file(entry.path()) {
                    sources.push(Source::from_path(entry.path()));
                } else if !is_folder_document(entry.path()) {
                    passed_over(entry.path());
                }
            }
        } else if path.is_file() {
            sources.push(Source::from_path(path));
        } else {
            return Err(SourceError::Missing { path: path.display().to_string() });
        }
    }
    Ok(sources)
}

/// A folder's own papers (`README.md`, `LICENSE`), which no one takes for
/// an article left unread.
fn is_folder_document(path: &Path) -> bool {
    let stem = path.file_stem().and_then(|n| n.to_str()).unwrap_or("");
    matches!(stem.to_ascii_uppercase().as_str(), "README" | "LICENSE" | "LICENCE" | "NOTICE" | "COPYING" | "CHANGELOG")
}

fn is_hidden(path: &Path) -> bool {
    path.file_name().and_then(|n| n.to_str()).is_some_and(|name| name.starts_with('.'))
}

/// Is a (not hidden) file of a folder read for its name?
fn is_article_file(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let inner = strip_compression(name);
    match inner.rsplit_once('.') {
        Some((_, ext)) => FOLDER_EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str()),
        None => true,
    }
}

fn strip_compression(name: &str) -> &str {
    name.strip_suffix(".gz").or_else(|| name.strip_suffix(".zst")).unwrap_or(name)
}

impl Source {
    pub fn from_path(path: &Path) -> Source {
        Source { name: path.display().to_string(), origin: Origin::File(path.to_path_buf()) }
    }

    /// An in-memory source; the name decides compression and format as a
    /// file name would. Used by tests, fuzzing and the HTTP API to come.
    pub fn from_bytes(name: &str, bytes: Vec<u8>) -> Source {
        Source { name: name.into(), origin: Origin::Bytes(bytes) }
    }

    /// True when the name says JSON Lines; otherwise the format is sniffed.
    pub(crate) fn named_json_lines(&self) -> bool {
        let inner = strip_compression(&self.name).to_ascii_lowercase();
        inner.ends_with(".jsonl") || inner.ends_with(".ndjson")
    }

    /// Opens the stream, decompressing by name.
    pub(crate) fn open(&self) -> io::Result<Box<dyn BufRead + Send>> {
        let raw: Box<dyn Read + Send> = match &self.origin {
            Origin::File(path) => Box::new(File::open(path)?),
            Origin::Stdin => Box::new(io::stdin()),
            Origin::Bytes(bytes) => Box::new(Cursor::new(bytes.clone())),
        };
        let reader: Box<dyn Read + Send> = if self.name.ends_with(".gz") {
            Box::new(flate2::read::MultiGzDecoder::new(raw))
        } else if self.name.ends_with(".zst") {
            Box::new(zstd::stream::read::Decoder::new(raw)?)
        } else {
            raw
        };
        Ok(Box::new(BufReader::with_capacity(256 * 1024, reader)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folder_walk_picks_article_files_in_name_order() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["b.txt", "a.jsonl.gz", "c.json", ".hidden.txt", "sub/d.ndjson", "NOEXT", "README.md"] {
            let path = dir.path().join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "").unwrap();
        }
        let names: Vec<String> = expand_paths(&[dir.path().to_path_buf()])
            .unwrap()
            .into_iter()
            .map(|s| s.name.rsplit('/').next().unwrap().to_string())
            .collect();
        assert_eq!(names, ["NOEXT", "a.jsonl.gz", "b.txt", "d.ndjson"]);
        // The others are noted, but not a hidden file nor the folder's
        // README.
        let mut passed_over = Vec::new();
        expand_paths_noting(&[dir.path().to_path_buf()], |p| passed_over.push(p.to_path_buf())).unwrap();
        assert_eq!(passed_over, [dir.path().join("c.json")]);
    }

    #[test]
    fn a_missing_path_is_an_error_that_names_it() {
        let err = expand_paths(&[PathBuf::from("/no/such/place")]).unwrap_err();
        assert_eq!(err.to_string(), "/no/such/place: no such file or folder");
    }
}
