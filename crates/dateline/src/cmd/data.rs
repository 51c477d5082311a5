//! What the store commands share: where the data folder is, how dates are
//! given, and how results are printed.

use std::io::IsTerminal;
use std::path::PathBuf;

use anyhow::Result;
use dateline_query::Dates;
use dateline_store::Store;
use jiff::civil::Date;
use serde::Serialize;

/// `--data DIR`, defaulting to `$DATELINE_DATA`, then `./dateline-data`.
#[derive(clap::Args, Clone)]
pub struct DataArgs {
    /// The store's folder.
    #[arg(long, env = "DATELINE_DATA", default_value = "dateline-data")]
    pub data: PathBuf,
}

impl DataArgs {
    pub fn open(&self) -> Result<Store> {
        Ok(Store::open(&self.data)?)
    }
}

/// What every query command takes: the store, and `--json`.
#[derive(clap::Args, Clone)]
pub struct QueryArgs {
    #[command(flatten)]
    pub data: DataArgs,
    /// Print the answer as one JSON value (the shapes are in the README).
    #[arg(long)]
    pub json: bool,
}

impl QueryArgs {
    pub fn open(&self) -> Result<Store> {
        self.data.open()
    }
}

/// `--from D --to D`.
#[derive(clap::Args, Clone, Default)]
pub struct DateArgs {
    /// Only articles dated on or after this day (YYYY-MM-DD).
    #[arg(long, value_parser = parse_day)]
    pub from: Option<Date>,
    /// Only articles dated on or before this day (YYYY-MM-DD).
    #[arg(long, value_parser = parse_day)]
    pub to: Option<Date>,
}

impl DateArgs {
    pub fn dates(&self) -> Dates {
        Dates { from: self.from, to: self.to }
    }
}

fn parse_day(s: &str) -> Result<Date, String> {
    s.parse::<Date>().map_err(|_| format!("{s:?} is not a date (YYYY-MM-DD)"))
}

/// Prints `value` as one line of JSON.
pub fn print_json<T: Serialize>(value: &T) -> Result<()> {
    write_line(format_args!("{}", serde_json::to_string(value)?));
    Ok(())
}

/// Wraps matched words for a person: bold on a terminal, «guillemets» in a
/// pipe. `ranges` are code-point ranges of `text`.
pub fn highlight(text: &str, ranges: &[[usize; 2]]) -> String {
    let (open, close) = if std::io::stdout().is_terminal() { ("\x1b[1m", "\x1b[0m") } else { ("«", "»") };
    let mut out = String::with_capacity(text.len() + ranges.len() * 8);
    for (i, c) in text.chars().enumerate() {
        if ranges.iter().any(|r| r[0] == i) {
            out.push_str(open);
        }
        out.push(c);
        if ranges.iter().any(|r| r[1] == i + 1) {
            out.push_str(close);
        }
    }
    out
}

/// Writes one line to standard output. A closed pipe (`dateline … | head`)
/// ends the program quietly with success: a reader that has seen enough is
/// not an error. Used through the `outln!` macro.
pub fn write_line(args: std::fmt::Arguments<'_>) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    if let Err(e) = out.write_fmt(args).and_then(|()| out.write_all(b"\n")) {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("dateline: writing to standard output: {e}");
        std::process::exit(1);
    }
}
