//! Writes a synthetic news corpus as JSON Lines on standard output.
//!
//!     cargo run --release -p dateline-bench --bin synth -- --articles 100000 > corpus.jsonl

use std::io::{BufWriter, Write};

use clap::Parser;
use dateline_bench::synth::{article, Cast};
use dateline_bench::Rng;

#[derive(Parser)]
#[command(about = "A synthetic news corpus of any size, as JSON Lines on standard output.")]
struct Args {
    /// How many articles.
    #[arg(long, default_value_t = 10_000)]
    articles: u64,
    /// The same seed gives the same corpus.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// People in the recurring cast (default: one per 20 articles, at least 1,000).
    #[arg(long)]
    people: Option<usize>,
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let mut rng = Rng::new(args.seed);
    let cast = Cast::new(&mut rng, args.people.unwrap_or((args.articles / 20).max(1_000) as usize));
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(1 << 20, stdout.lock());
    for n in 0..args.articles {
        serde_json::to_writer(&mut out, &article(&cast, &mut rng, n))?;
        if out.write_all(b"\n").is_err() {
            return Ok(()); // the reader closed the pipe
        }
    }
    out.flush().or_else(|e| if e.kind() == std::io::ErrorKind::BrokenPipe { Ok(()) } else { Err(e) })?;
    Ok(())
}
