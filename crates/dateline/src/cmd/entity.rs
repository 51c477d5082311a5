//! `dateline entity NAME`: what the store knows of one entity.

use anyhow::Result;
use dateline_query::Queries;

use super::data::{print_json, QueryArgs};
use super::timeline::sparkline;

#[derive(clap::Args)]
pub struct Args {
    /// A name or an alias.
    name: String,
    #[command(flatten)]
    common: QueryArgs,
}

pub fn run(args: Args) -> Result<()> {
    let store = args.common.open()?;
    let profile = Queries::new(&store).entity(&args.name)?;
    if args.common.json {
        return print_json(&profile);
    }
    let Some(p) = profile else {
        eprintln!("no entity named {:?}", args.name);
        return Ok(());
    };
    let e = &p.entity;
    outln!("{} ({})", e.name, e.kind);
    let list = |items: Vec<String>| if items.is_empty() { "-".to_string() } else { items.join(", ") };
    outln!("  aliases:      {}", list(e.aliases.iter().map(|(a, n)| format!("{a} ({n})")).collect()));
    outln!("  descriptors:  {}", list(e.descriptors.iter().map(|(d, n)| format!("{d} ({n})")).collect()));
    if !e.handles.is_empty() {
        outln!("  handles:      {}", e.handles.join(", "));
    }
    outln!("  articles:     {}   mentions: {}", e.articles, e.mentions);
    outln!("  first seen:   {}   last seen: {}", e.first_seen, e.last_seen);
    // A name two entities share (`Port Callow` the city and, where it
    // acted, the organisation) shows each one's type.
    let shared = |name: &str| p.co_mentioned.iter().filter(|c| c.name == name).count() > 1;
    let co_mentioned = p.co_mentioned.iter().map(|c| {
        if shared(&c.name) {
            format!("{} ({}, {})", c.name, c.kind, c.articles)
        } else {
            format!("{} ({})", c.name, c.articles)
        }
    });
    outln!("  co-mentioned: {}", list(co_mentioned.collect()));
    if !p.tone_by_month.is_empty() {
        let tones: Vec<f64> = p.tone_by_month.iter().map(|b| b.mean_tone).collect();
        outln!(
            "  tone by month {} .. {}: {}",
            p.tone_by_month[0].start,
            p.tone_by_month[p.tone_by_month.len() - 1].start,
            sparkline(&tones)
        );
    }
    if !p.latest_quotes.is_empty() {
        outln!("  latest quotes:");
        for q in &p.latest_quotes {
            outln!("    {}  “{}”  [{}]", q.date, q.text, q.article);
        }
    }
    if !p.also.is_empty() {
        outln!("  the name may also mean: {}", p.also.join("; "));
    }
    Ok(())
}
