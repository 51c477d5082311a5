//! `dateline search QUERY`: ranked articles with highlighted snippets.

use anyhow::Result;
use dateline_query::Queries;

use super::data::{highlight, print_json, DateArgs, QueryArgs};

#[derive(clap::Args)]
pub struct Args {
    /// Words, "phrases", AND/OR/NOT, and prefixes title: text: quote: speaker: entity:.
    query: String,
    #[command(flatten)]
    dates: DateArgs,
    /// Only articles that name this entity (a name or an alias).
    #[arg(long)]
    entity: Option<String>,
    #[arg(long, default_value_t = 10)]
    limit: usize,
    #[command(flatten)]
    common: QueryArgs,
}

pub fn run(args: Args) -> Result<()> {
    let store = args.common.open()?;
    let hits = Queries::new(&store).search(&args.query, args.dates.dates(), args.entity.as_deref(), args.limit)?;
    if args.common.json {
        return print_json(&hits);
    }
    if hits.is_empty() {
        eprintln!("no articles match");
    }
    for (n, hit) in hits.iter().enumerate() {
        outln!("{:>2}. {}  {}  [{}]", n + 1, hit.date, hit.title, hit.id);
        outln!("    {}\n", highlight(&hit.snippet.replace('\n', " "), &hit.highlights));
    }
    Ok(())
}
