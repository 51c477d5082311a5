//! `dateline quotes [--speaker NAME] [QUERY]`: who said what, when.

use anyhow::Result;
use dateline_query::{Queries, QuoteHit};

use super::data::{print_json, DateArgs, QueryArgs};

#[derive(clap::Args)]
pub struct Args {
    /// Only quotes whose words include these.
    query: Option<String>,
    /// Only quotes by this speaker (a name or an alias: "Teigen").
    #[arg(long)]
    speaker: Option<String>,
    #[command(flatten)]
    dates: DateArgs,
    #[arg(long, default_value_t = 20)]
    limit: usize,
    #[command(flatten)]
    common: QueryArgs,
}

pub fn run(args: Args) -> Result<()> {
    let store = args.common.open()?;
    let hits =
        Queries::new(&store).quotes(args.speaker.as_deref(), args.query.as_deref(), args.dates.dates(), args.limit)?;
    if args.common.json {
        return print_json(&hits);
    }
    if hits.is_empty() {
        eprintln!("no quotes match");
    }
    for hit in &hits {
        outln!("{}", line(hit));
    }
    Ok(())
}

/// `2020-10-14  Chrissy Teigen (she), direct: “…”  — title [id]`
pub fn line(hit: &QuoteHit) -> String {
    let who = match (&hit.speaker, &hit.speaker_text) {
        (Some(name), Some(words)) if name != words => format!("{name} ({words})"),
        (Some(name), _) => name.clone(),
        (None, Some(words)) => format!("unnamed ({words})"),
        (None, None) => "unattributed".to_string(),
    };
    let on = hit.medium.as_deref().map(|m| format!(" on {m}")).unwrap_or_default();
    format!("{}  {who}{on}, {}: “{}”\n            — {} [{}]", hit.date, hit.kind, hit.text, hit.title, hit.article)
}
