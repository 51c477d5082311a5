//! `dateline stats`: what the store holds.

use anyhow::Result;

use super::data::{print_json, QueryArgs};

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    common: QueryArgs,
}

pub fn run(args: Args) -> Result<()> {
    let store = args.common.open()?;
    let stats = dateline_query::Queries::new(&store).stats()?;
    if args.common.json {
        return print_json(&stats);
    }
    outln!("store:      {}", store.dir().display());
    outln!("articles:   {}", stats.articles);
    outln!("entities:   {}", stats.entities);
    outln!("quotes:     {}", stats.quotes);
    let range = match (&stats.first_date, &stats.last_date) {
        (Some(a), Some(b)) => format!("{a} .. {b}"),
        _ => "-".to_string(),
    };
    outln!("dates:      {range}");
    outln!("on disk:    {}", human_bytes(stats.bytes_on_disk));
    Ok(())
}

fn human_bytes(bytes: u64) -> String {
    let units = ["B", "KB", "MB", "GB", "TB"];
    let mut value = bytes as f64;
    let mut unit = 0;
    while value >= 1000.0 && unit + 1 < units.len() {
        value /= 1000.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{bytes} B")
    } else {
        format!("{value:.1} {}", units[unit])
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn bytes_for_people() {
        assert_eq!(super::human_bytes(512), "512 B");
        assert_eq!(super::human_bytes(49_288), "49.3 KB");
        assert_eq!(super::human_bytes(3_400_000_000), "3.4 GB");
    }
}
