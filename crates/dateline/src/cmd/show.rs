//! `dateline show ID`: one stored record.

use anyhow::Result;

use super::data::DataArgs;

#[derive(clap::Args)]
pub struct Args {
    /// The record's id (as `search` and `quotes` print it).
    id: String,
    #[command(flatten)]
    data: DataArgs,
    /// Compact JSON on one line (the default is indented).
    #[arg(long)]
    json: bool,
}

pub fn run(args: Args) -> Result<()> {
    let store = args.data.open()?;
    match dateline_query::Queries::new(&store).show(&args.id)? {
        Some(record) if args.json => outln!("{}", serde_json::to_string(&record)?),
        Some(record) => outln!("{}", serde_json::to_string_pretty(&record)?),
        None if args.json => outln!("null"),
        None => eprintln!("no article with id {:?}", args.id),
    }
    Ok(())
}
