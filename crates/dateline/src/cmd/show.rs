//! `dateline show ID`: one stored record.

use anyhow::Result;

use super::data::QueryArgs;

#[derive(clap::Args)]
pub struct Args {
    /// The record's id (as `search` and `quotes` print it).
    id: String,
    #[command(flatten)]
    common: QueryArgs,
}

pub fn run(args: Args) -> Result<()> {
    let store = args.common.open()?;
    match dateline_query::Queries::new(&store).show(&args.id)? {
        Some(record) if args.common.json => outln!("{}", serde_json::to_string(&record)?),
        Some(record) => outln!("{}", serde_json::to_string_pretty(&record)?),
        None if args.common.json => outln!("null"),
        None => eprintln!("no article with id {:?}", args.id),
    }
    Ok(())
}
