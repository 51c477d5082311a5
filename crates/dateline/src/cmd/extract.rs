//! `dateline extract PATH…`: knowledge records as JSON Lines on standard
//! output, in input order.

use std::collections::HashSet;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;

use anyhow::{bail, Result};
use dateline_extract::record::{Part, Parts, Projection};
use dateline_extract::Extractor;
use dateline_read::{Article, Articles};
use rayon::prelude::*;

#[derive(clap::Args)]
pub struct Args {
    /// Files, folders (walked recursively) or `-` for standard input.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Indented JSON, one record after another, for people.
    #[arg(long)]
    pretty: bool,
    /// Stop at the first record that cannot be read.
    #[arg(long)]
    strict: bool,
    /// Worker threads (default: one per core).
    #[arg(long)]
    threads: Option<usize>,
    /// Only these parts of the record, comma-separated: entities, quotes,
    /// timexes, amounts, tone, handles (with hashtags and urls). The keys
    /// of the others are left out; quotes and amounts bring the entities
    /// their ids name. `--only timexes` is a time tagger that skips the
    /// entity model.
    #[arg(long, value_delimiter = ',', value_name = "PARTS")]
    only: Vec<Part>,
}

/// How many articles are extracted in parallel before their records are
/// written: enough to keep every core busy, few enough to bound memory.
const BATCH: usize = 256;

/// What a run read, for the closing line.
#[derive(Default)]
struct Counts {
    read: usize,
    skipped: usize,
    duplicate: usize,
}

pub fn run(args: Args) -> Result<()> {
    let pool = rayon::ThreadPoolBuilder::new().num_threads(args.threads.unwrap_or(0)).build()?;
    let parts = if args.only.is_empty() { Parts::all() } else { Parts::of(&args.only) };
    let extractor = Extractor::with_parts(parts);
    let sources = super::sources_of(&args.paths)?;
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut counts = Counts::default();
    let mut seen = HashSet::new();
    let mut batch: Vec<(String, Article)> = Vec::with_capacity(BATCH);
    let mut items = Articles::new(sources);
    loop {
        let item = items.next();
        let finished = item.is_none();
        match item {
            Some(Ok(article)) => {
                counts.read += 1;
                let id = article.stable_id();
                if seen.insert(id.clone()) {
                    batch.push((id, article));
                } else {
                    counts.duplicate += 1;
                }
            }
            Some(Err(problem)) => {
                counts.skipped += 1;
                if args.strict {
                    bail!("{problem}");
                }
                eprintln!("{problem}");
            }
            None => {}
        }
        if batch.len() == BATCH || (finished && !batch.is_empty()) {
            let records: Vec<Vec<u8>> = pool.install(|| {
                batch
                    .par_drain(..)
                    .map(|(id, article)| {
                        let record = extractor.extract_as(&article, id);
                        let projection = Projection { record: &record, parts };
                        let mut bytes = if args.pretty {
                            serde_json::to_vec_pretty(&projection)
                        } else {
                            serde_json::to_vec(&projection)
                        }
                        .expect("a record always serialises");
                        bytes.push(b'\n');
                        bytes
                    })
                    .collect()
            });
            for bytes in records {
                if !write_or_quit(&mut out, &bytes)? {
                    return Ok(());
                }
            }
        }
        if finished {
            break;
        }
    }
    if !flush_or_quit(&mut out)? {
        return Ok(());
    }
    eprintln!(
        "dateline: read {} records, {} skipped, {} duplicate",
        counts.read + counts.skipped,
        counts.skipped,
        counts.duplicate
    );
    Ok(())
}

/// Writes, treating a closed reader (`dateline extract … | head`) as the
/// end of the run rather than an error. Returns false when the pipe closed.
fn write_or_quit(out: &mut impl Write, bytes: &[u8]) -> Result<bool> {
    match out.write_all(bytes) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(false),
        Err(e) => Err(e.into()),
    }
}

fn flush_or_quit(out: &mut impl Write) -> Result<bool> {
    match out.flush() {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(false),
        Err(e) => Err(e.into()),
    }
}
