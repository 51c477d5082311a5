//! `dateline timeline QUERY-OR-NAME`: articles and tone over time.

use std::io::IsTerminal;

use anyhow::Result;
use dateline_query::{Granularity, Queries};

use super::data::{print_json, DateArgs, QueryArgs};

#[derive(clap::Args)]
pub struct Args {
    /// An entity's name or alias, or a search query.
    query: String,
    /// Bucket size.
    #[arg(long, default_value = "month", value_parser = ["day", "week", "month"])]
    by: String,
    #[command(flatten)]
    dates: DateArgs,
    #[command(flatten)]
    common: QueryArgs,
}

pub fn run(args: Args) -> Result<()> {
    let store = args.common.open()?;
    let by = match args.by.as_str() {
        "day" => Granularity::Day,
        "week" => Granularity::Week,
        _ => Granularity::Month,
    };
    let timeline = Queries::new(&store).timeline(&args.query, by, args.dates.dates())?;
    if args.common.json {
        return print_json(&timeline);
    }
    if timeline.buckets.is_empty() {
        eprintln!("no articles match");
        return Ok(());
    }
    if std::io::stdout().is_terminal() {
        let counts: Vec<f64> = timeline.buckets.iter().map(|b| b.articles as f64).collect();
        outln!("{} ({}, by {}): {}", timeline.query, timeline.matched_as, timeline.by, sparkline(&counts));
    }
    outln!("{:<12} {:>8} {:>10}", timeline.by, "articles", "mean tone");
    for b in &timeline.buckets {
        outln!("{:<12} {:>8} {:>10.2}", b.start, b.articles, b.mean_tone);
    }
    Ok(())
}

/// `▁▃▇█…`: one block per value, scaled between the smallest and largest.
pub fn sparkline(values: &[f64]) -> String {
    const BLOCKS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let (lo, hi) = values.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| (lo.min(*v), hi.max(*v)));
    values
        .iter()
        .map(|v| {
            let level = if hi > lo { ((v - lo) / (hi - lo) * 7.0).round() as usize } else { 3 };
            BLOCKS[level.min(7)]
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn sparkline_scales_between_extremes() {
        assert_eq!(super::sparkline(&[0.0, 7.0, 3.5]), "▁█▅");
        assert_eq!(super::sparkline(&[2.0, 2.0]), "▄▄");
    }
}
