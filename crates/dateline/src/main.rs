//! The `dateline` command line: a thin layer that parses arguments, calls the
//! pipeline's libraries, and turns their errors into messages and exit codes.

mod cmd;

/// glibc's allocator spends a sixth of ingest's time in malloc and free
/// when extraction and indexing threads allocate at once; mimalloc's
/// per-thread heaps do not.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "dateline",
    version,
    about = "Who said what, about whom, when, and in what tone: knowledge records from dated news articles."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Write knowledge records (JSON Lines) for articles in files, folders or stdin.
    Extract(cmd::extract::Args),
    /// Read, extract and store articles (idempotent, resumable).
    Ingest(cmd::ingest::Args),
    /// Ranked articles with highlighted snippets.
    Search(cmd::search::Args),
    /// Who said what, when.
    Quotes(cmd::quotes::Args),
    /// Profile of an entity: aliases, mentions over time, co-mentions, quotes, tone.
    Entity(cmd::entity::Args),
    /// Articles and tone over time for an entity or a query.
    Timeline(cmd::timeline::Args),
    /// One stored record.
    Show(cmd::show::Args),
    /// What the store holds.
    Stats(cmd::stats::Args),
    /// Score the extractors on the annotated corpora (precision, recall, F1).
    Eval(cmd::eval::Args),
    /// Train the entity tagger from CoNLL-2003 (developers).
    TrainNer(cmd::train_ner::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => cmd::extract::run(args),
        Command::Ingest(args) => cmd::ingest::run(args),
        Command::Search(args) => cmd::search::run(args),
        Command::Quotes(args) => cmd::quotes::run(args),
        Command::Entity(args) => cmd::entity::run(args),
        Command::Timeline(args) => cmd::timeline::run(args),
        Command::Show(args) => cmd::show::run(args),
        Command::Stats(args) => cmd::stats::run(args),
        Command::Eval(args) => cmd::eval::run(args),
        Command::TrainNer(args) => cmd::train_ner::run(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("dateline: {err:#}");
            // A path that is not there is the user's to fix, like a bad
            // flag: exit 2, as clap does for usage errors.
            let usage = err.downcast_ref::<dateline_read::SourceError>().is_some()
                || matches!(
                    err.downcast_ref::<dateline_store::StoreError>(),
                    Some(dateline_store::StoreError::Missing { .. })
                )
                || matches!(
                    err.downcast_ref::<dateline_query::QueryError>(),
                    Some(dateline_query::QueryError::BadQuery { .. })
                );
            if usage {
                ExitCode::from(2)
            } else {
                ExitCode::FAILURE
            }
        }
    }
}
