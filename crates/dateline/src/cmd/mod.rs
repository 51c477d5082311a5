/// `println!` that treats a closed pipe as the end of the run.
macro_rules! outln {
    ($($arg:tt)*) => {
        $crate::cmd::data::write_line(format_args!($($arg)*))
    };
}

use std::path::PathBuf;

use dateline_read::{expand_paths_noting, Source, FOLDER_EXTENSIONS};

/// The sources `paths` name, saying on standard error how many files the
/// folders held that were not read for their names (and the first of
/// them): articles saved as `.seed` or `.md` are not lost without a word.
pub fn sources_of(paths: &[PathBuf]) -> anyhow::Result<Vec<Source>> {
    let (mut count, mut first) = (0, None);
    let sources = expand_paths_noting(paths, |path| {
        count += 1;
        first.get_or_insert_with(|| path.to_path_buf());
    })?;
    if let Some(first) = first {
        let names: Vec<String> = FOLDER_EXTENSIONS.iter().map(|e| format!(".{e}")).collect();
        eprintln!(
            "dateline: passed over {count} file{} whose names end in none of {} (first: {}); name a file to read it \
             whatever its name",
            if count == 1 { "" } else { "s" },
            names.join(", "),
            first.display()
        );
    }
    Ok(sources)
}

pub mod data;
pub mod entity;
pub mod eval;
pub mod extract;
pub mod ingest;
pub mod quotes;
pub mod search;
pub mod show;
pub mod stats;
pub mod timeline;
pub mod train_ner;
