//! Where extraction spends its time: words per second of every step of the
//! extractor (tokenising, each stage, building the record), on one thread,
//! over a JSON Lines corpus. The `entities` line is the entity tagger
//! alone (the model and its rules); `all` is the whole stack.
//!
//!     cargo run --release -p dateline-bench --bin bench-stages -- CORPUS.jsonl

use std::path::PathBuf;
use std::time::Duration;

use anyhow::{Context, Result};
use clap::Parser;
use dateline_extract::Extractor;
use dateline_read::{expand_paths, Article, Articles};

#[derive(Parser)]
#[command(about = "Words per second of each extraction step, on one thread.")]
struct Args {
    /// Articles in any format `dateline extract` reads.
    corpus: PathBuf,
    /// Passes over the corpus; the fastest of them is reported per step.
    #[arg(long, default_value_t = 3)]
    passes: usize,
}

fn main() -> Result<()> {
    let args = Args::parse();
    let articles: Vec<Article> =
        Articles::new(expand_paths(std::slice::from_ref(&args.corpus)).context("reading the corpus")?)
            .filter_map(Result::ok)
            .collect();
    let words: usize = articles.iter().map(|a| a.text.split_whitespace().count()).sum();
    let extractor = Extractor::new();
    // The first article loads the word lists and the model: not counted.
    if let Some(first) = articles.first() {
        extractor.extract(first);
    }
    let names = extractor.step_names();
    let mut best = vec![Duration::MAX; names.len()];
    for _ in 0..args.passes.max(1) {
        let mut times = vec![Duration::ZERO; names.len()];
        for article in &articles {
            std::hint::black_box(extractor.extract_timed(article, &mut times));
        }
        for (b, t) in best.iter_mut().zip(times) {
            *b = (*b).min(t);
        }
    }
    println!("{}", dateline_bench::machine());
    println!("corpus: {} ({} articles, {words} words), one thread", args.corpus.display(), articles.len());
    println!("{:<14} {:>10} {:>14}", "step", "seconds", "words/s");
    let line = |name: &str, time: Duration| {
        println!("{name:<14} {:>10.3} {:>14.0}", time.as_secs_f64(), words as f64 / time.as_secs_f64().max(1e-9));
    };
    for (name, time) in names.iter().zip(&best) {
        line(name, *time);
    }
    line("all", best.iter().sum());
    Ok(())
}
