//! The store benchmark: ingest rate and peak memory of `dateline ingest`,
//! store size against the raw text, and the latency of a fixed mix of
//! search, quotes, entity and timeline queries.
//!
//!     cargo build --release --workspace
//!     cargo run --release -p dateline-bench --bin synth -- --articles 100000 > /tmp/c100k.jsonl
//!     cargo run --release -p dateline-bench --bin bench-store -- --corpus /tmp/c100k.jsonl --data /tmp/s100k

use std::io::BufRead;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use clap::Parser;
use dateline_bench::Rng;
use dateline_query::{Dates, Granularity, Queries};
use dateline_store::Store;

#[derive(Parser)]
#[command(about = "Ingest rate, peak memory, store size and query latency of dateline.")]
struct Args {
    /// A JSON Lines corpus (see the `synth` program).
    #[arg(long)]
    corpus: PathBuf,
    /// Where to build the store (emptied first).
    #[arg(long)]
    data: PathBuf,
    /// Queries in the latency mix.
    #[arg(long, default_value_t = 2_000)]
    queries: usize,
    /// Reuse an existing store: measure queries only.
    #[arg(long)]
    queries_only: bool,
    /// The dateline binary.
    #[arg(long, default_value = "target/release/dateline")]
    dateline: PathBuf,
}

fn main() -> Result<()> {
    let args = Args::parse();
    println!("{}", dateline_bench::machine());
    if !args.queries_only {
        ingest(&args)?;
    }
    latency(&args)
}

fn ingest(args: &Args) -> Result<()> {
    let (articles, text_bytes, words) = corpus_size(&args.corpus)?;
    println!(
        "corpus: {} ({articles} articles, {words} words, {:.1} MB of text)",
        args.corpus.display(),
        text_bytes as f64 / 1e6
    );
    if args.data.exists() {
        std::fs::remove_dir_all(&args.data).with_context(|| format!("emptying {}", args.data.display()))?;
    }
    let started = Instant::now();
    let mut child = Command::new(&args.dateline)
        .args(["ingest", "--quiet", "--json", "--data"])
        .arg(&args.data)
        .arg(&args.corpus)
        .stdout(Stdio::piped())
        .spawn()
        .with_context(|| format!("running {}", args.dateline.display()))?;
    let status_path = format!("/proc/{}/status", child.id());
    // VmHWM is the peak of all resident pages, including the index files
    // tantivy maps (page cache the kernel can drop); RssAnon is the
    // process's own memory. Both are reported.
    let (mut peak_kb, mut peak_anon_kb) = (0u64, 0u64);
    let field = |status: &str, name: &str| -> Option<u64> {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse().ok())
    };
    while child.try_wait()?.is_none() {
        if let Ok(status) = std::fs::read_to_string(&status_path) {
            peak_kb = peak_kb.max(field(&status, "VmHWM:").unwrap_or(0));
            peak_anon_kb = peak_anon_kb.max(field(&status, "RssAnon:").unwrap_or(0));
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let output = child.wait_with_output()?;
    if !output.status.success() {
        bail!("ingest failed");
    }
    let seconds = started.elapsed().as_secs_f64();
    let store_bytes = dateline_store::folder_size(&args.data);
    println!(
        "ingest: {} in {seconds:.1} s = {:.0} articles/s ({:.0} words/s), peak RSS {:.0} MB (anonymous {:.0} MB)",
        String::from_utf8_lossy(&output.stdout).trim(),
        articles as f64 / seconds,
        words as f64 / seconds,
        peak_kb as f64 / 1024.0,
        peak_anon_kb as f64 / 1024.0
    );
    println!(
        "store: {:.1} MB on disk = {:.2} x the raw text",
        store_bytes as f64 / 1e6,
        store_bytes as f64 / text_bytes as f64
    );
    Ok(())
}

fn corpus_size(path: &PathBuf) -> Result<(u64, u64, u64)> {
    let file = std::io::BufReader::new(std::fs::File::open(path)?);
    let (mut articles, mut bytes, mut words) = (0, 0, 0);
    for line in file.lines() {
        let line = line?;
        let value: serde_json::Value = serde_json::from_str(&line)?;
        let text = value["text"].as_str().unwrap_or("");
        articles += 1;
        bytes += text.len() as u64;
        words += text.split_whitespace().count() as u64;
    }
    Ok((articles, bytes, words))
}

/// The query mix: a quarter each of search (one or two words, some with a
/// date range), quotes by speaker, entity profiles and monthly timelines,
/// on names drawn from the store's own entity table (frequent and rare).
fn latency(args: &Args) -> Result<()> {
    let store = Store::open(&args.data)?;
    let queries = Queries::new(&store);
    let mut people: Vec<&dateline_store::EntityRow> =
        store.entities().rows().iter().filter(|r| r.kind == "PERSON" && r.name.contains(' ')).collect();
    people.sort_by_key(|p| std::cmp::Reverse(p.articles));
    if people.is_empty() {
        bail!("the store names no people");
    }
    let words = ["budget", "election", "housing", "police", "climate", "energy", "court", "tax", "workers", "school"];
    let mut rng = Rng::new(42);
    let mut times: [Vec<Duration>; 4] = Default::default();
    let kinds = ["search", "quotes", "entity", "timeline"];
    // Warm the caches once, as a server would be warm.
    queries.search("city", Dates::default(), None, 10)?;
    for i in 0..args.queries {
        let person = people[rng.zipf(people.len())];
        let started = Instant::now();
        match i % 4 {
            0 => {
                let q = if rng.below(2) == 0 {
                    rng.pick(&words).to_string()
                } else {
                    format!("{} {}", rng.pick(&words), rng.pick(&words))
                };
                let dates = if rng.below(3) == 0 {
                    Dates {
                        from: Some(jiff::civil::Date::constant(2018, 1, 1)),
                        to: Some(jiff::civil::Date::constant(2019, 12, 31)),
                    }
                } else {
                    Dates::default()
                };
                queries.search(&q, dates, None, 10)?;
            }
            1 => {
                queries.quotes(Some(&person.name), None, Dates::default(), 20)?;
            }
            2 => {
                queries.entity(&person.name)?;
            }
            _ => {
                queries.timeline(&person.name, Granularity::Month, Dates::default())?;
            }
        }
        times[i % 4].push(started.elapsed());
    }
    println!("queries: {} over {} articles ({} entities)", args.queries, store.len(), store.entities().len());
    println!("{:<10} {:>8} {:>8} {:>8}", "kind", "p50 ms", "p99 ms", "max ms");
    let mut all: Vec<Duration> = Vec::new();
    for (kind, t) in kinds.iter().zip(times.iter_mut()) {
        print_row(kind, t);
        all.extend(t.iter());
    }
    print_row("all", &mut all);
    Ok(())
}

fn print_row(kind: &str, times: &mut [Duration]) {
    times.sort();
    let at = |q: f64| times[((times.len() as f64 * q) as usize).min(times.len() - 1)].as_secs_f64() * 1000.0;
    println!("{kind:<10} {:>8.2} {:>8.2} {:>8.2}", at(0.5), at(0.99), at(1.0));
}
