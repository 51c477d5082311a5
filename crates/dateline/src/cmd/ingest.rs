//! `dateline ingest PATH…`: read, extract on every core, store and index.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use anyhow::{bail, Result};
use dateline_extract::Extractor;
use dateline_read::{expand_paths, Article, Articles, Problem};
use dateline_store::{Added, Store};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use serde::Serialize;

use super::data::DataArgs;

#[derive(clap::Args)]
pub struct Args {
    /// Files, folders (walked recursively) or `-` for standard input.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    #[command(flatten)]
    data: DataArgs,
    /// No progress bar and no summary line (errors are still reported).
    #[arg(long, short)]
    quiet: bool,
    /// Print the closing summary as JSON: read, new, duplicate, skipped.
    #[arg(long)]
    json: bool,
    /// Stop at the first record that cannot be read.
    #[arg(long)]
    strict: bool,
    /// Make the stored articles durable every N new articles. A kill loses
    /// at most the articles since the last commit; a rerun adds them.
    #[arg(long, default_value_t = 50_000)]
    commit_every: usize,
    /// Worker threads for extraction (default: one per core).
    #[arg(long)]
    threads: Option<usize>,
}

/// The closing summary (`--json` prints it as is).
#[derive(Debug, Default, Serialize)]
pub struct Summary {
    pub read: u64,
    pub new: u64,
    pub duplicate: u64,
    pub skipped: u64,
}

const BATCH: usize = 512;

pub fn run(args: Args) -> Result<()> {
    let pool = rayon::ThreadPoolBuilder::new().num_threads(args.threads.unwrap_or(0)).build()?;
    let sources = super::sources_of(&args.paths)?;
    let progress = progress_bar(&args)?;
    let mut writer = Store::open_or_create(&args.data.data)?.writer()?;
    let extractor = Extractor::new();
    let mut summary = Summary::default();
    let mut since_commit = 0usize;
    let batch_size = BATCH.min(args.commit_every.max(1));
    let started = Instant::now();
    // Reading and parsing run on their own thread, a batch or two ahead of
    // extraction, so that no core waits for the next batch to be read.
    let (batches, arriving) = std::sync::mpsc::sync_channel::<Vec<Result<Article, Problem>>>(2);
    let strict = args.strict;
    let reader = std::thread::spawn(move || {
        let mut items = Articles::new(sources);
        loop {
            let batch: Vec<_> = items.by_ref().take(batch_size).collect();
            let last = batch.len() < batch_size || (strict && batch.iter().any(Result::is_err));
            if batch.is_empty() || batches.send(batch).is_err() || last {
                break;
            }
        }
    });
    for batch in arriving {
        let mut fresh = Vec::with_capacity(batch.len());
        let mut fatal = None;
        for item in batch {
            summary.read += 1;
            let article = match item {
                Ok(article) => article,
                Err(problem) => {
                    summary.skipped += 1;
                    if args.strict {
                        // The records before it are stored; none after.
                        fatal = Some(problem);
                        break;
                    }
                    progress.suspend(|| eprintln!("{problem}"));
                    continue;
                }
            };
            let id = article.stable_id();
            if writer.holds(&id)? {
                summary.duplicate += 1;
            } else {
                fresh.push((id, article));
            }
        }
        let store = writer.store();
        let prepared: Vec<_> = pool.install(|| {
            fresh.into_par_iter().map(|(id, article)| store.prepare(extractor.extract_as(&article, id))).collect()
        });
        for document in prepared {
            match writer.add_prepared(document)? {
                Added::New => {
                    summary.new += 1;
                    since_commit += 1;
                }
                Added::Duplicate => summary.duplicate += 1,
            }
        }
        progress.set_position(summary.read);
        if let Some(problem) = fatal {
            writer.finish()?;
            progress.finish_and_clear();
            bail!("{problem}");
        }
        if since_commit >= args.commit_every {
            writer.commit()?;
            since_commit = 0;
        }
    }
    reader.join().map_err(|_| anyhow::anyhow!("the reading thread panicked"))?;
    let store = writer.finish()?;
    progress.finish_and_clear();
    if args.json {
        super::data::print_json(&summary)?;
    } else if !args.quiet {
        let seconds = started.elapsed().as_secs_f64();
        eprintln!(
            "dateline: read {} records: {} new, {} duplicate, {} skipped; {} articles in {} ({:.0} articles/s)",
            summary.read,
            summary.new,
            summary.duplicate,
            summary.skipped,
            store.len(),
            store.dir().display(),
            (summary.new + summary.duplicate) as f64 / seconds.max(1e-9)
        );
    }
    Ok(())
}

/// A bar with rate and ETA on a terminal; nothing in a pipe or with
/// `--quiet`. The total comes from a quick count of the records first, so
/// that the ETA means something.
fn progress_bar(args: &Args) -> Result<ProgressBar> {
    if args.quiet || args.json || !std::io::stderr().is_terminal() || args.paths.iter().any(|p| p.as_os_str() == "-") {
        return Ok(ProgressBar::hidden());
    }
    let total = Articles::new(expand_paths(&args.paths)?).count() as u64;
    let bar = ProgressBar::new(total);
    bar.set_style(
        ProgressStyle::with_template("{bar:40} {human_pos}/{human_len} articles  {rate}  ETA {eta}")
            .expect("a valid template")
            .with_key("rate", |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                let _ = write!(w, "{:.0} articles/s", state.per_sec());
            }),
    );
    bar.enable_steady_tick(Duration::from_millis(200));
    Ok(bar)
}
