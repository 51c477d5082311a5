//! `dateline eval`: precision, recall and F1 of the extractors on the
//! annotated corpora in `../shared/gold`.

use std::path::PathBuf;

use anyhow::{anyhow, bail, Context, Result};
use dateline_eval::errors::{self, Group};
use dateline_eval::{ner, polnear, timex, Row};
use dateline_extract::record::{Part, Parts};
use dateline_extract::Extractor;

#[derive(clap::Args)]
pub struct Args {
    /// The folder of gold corpora.
    #[arg(long, default_value = "../shared/gold", env = "DATELINE_GOLD")]
    gold: PathBuf,
    /// Which split to score: `dev` while developing, `test` only to report.
    /// (TempEval-3 has train and platinum; dev uses train, test platinum.)
    #[arg(long, default_value = "dev", value_parser = ["train", "dev", "test"])]
    split: String,
    /// Which tasks to score: `timexes` as `extract --only` names them, or
    /// `timex`.
    #[arg(long, value_delimiter = ',', default_values = ["quotes", "timex", "entities"], value_parser = ["quotes", "timex", "timexes", "entities"])]
    only: Vec<String>,
    /// Print the rows (or, with --errors, the groups) as JSON.
    #[arg(long)]
    json: bool,
    /// Instead of scores, list the misses and false alarms grouped by
    /// cause, biggest group first (train and dev only: the test splits are
    /// for reporting, never for looking at errors).
    #[arg(long)]
    errors: bool,
    /// With --errors: examples shown per group.
    #[arg(long, default_value_t = 5)]
    examples: usize,
    /// Also score another tool's entity mentions of the same CoNLL split,
    /// read from this JSON Lines file (`{"id", "entities": [{"span",
    /// "type"}]}`, OntoNotes or dateline labels), with the same scorer.
    #[arg(long, value_name = "FILE", conflicts_with = "errors")]
    peer_entities: Option<PathBuf>,
    /// Tag entities with this model (as `train-ner --out` writes it) in
    /// place of the shipped one: a model trained on half of CoNLL train,
    /// scored on the other half, meets names it never saw, as test's are
    /// (`scripts/ner-halves`).
    #[arg(long, value_name = "FILE")]
    ner_model: Option<PathBuf>,
}

pub fn run(args: Args) -> Result<()> {
    if args.errors && args.split == "test" {
        clap::Error::raw(
            clap::error::ErrorKind::ArgumentConflict,
            "--errors looks at train or dev only: the test splits are scored to report, never studied\n",
        )
        .exit();
    }
    if !args.gold.is_dir() {
        bail!("{}: no gold folder (pass --gold DIR or set DATELINE_GOLD)", args.gold.display());
    }
    if let Some(path) = &args.ner_model {
        let bytes = std::fs::read(path).with_context(|| format!("{}: cannot read the entity model", path.display()))?;
        let model = dateline_extract::ner::Model::from_bytes(&bytes).map_err(|e| anyhow!("{}: {e}", path.display()))?;
        if dateline_extract::ner::use_model(model).is_err() {
            bail!("{}: an entity model was already in use", path.display());
        }
    }
    // Time expressions alone need no entity model: scoring them alone
    // runs the time stage alone (the same expressions, a fixture test
    // checks).
    let only_timexes = args.only.iter().all(|task| matches!(task.as_str(), "timex" | "timexes"));
    let extractor = if only_timexes { Extractor::with_parts(Parts::of(&[Part::Timexes])) } else { Extractor::new() };
    let split = args.split.as_str();
    let te3 = if split == "test" { "te3-platinum" } else { "te3-tbaq-train" };
    if args.errors {
        let mut findings = Vec::new();
        for task in &args.only {
            findings.extend(match task.as_str() {
                "quotes" => polnear::errors(&args.gold.join(format!("polnear-{split}.jsonl")), &extractor)?,
                "timex" | "timexes" => timex::errors(&args.gold.join(format!("{te3}.jsonl")), &extractor)?,
                _ => ner::errors(&args.gold.join(format!("conll2003-{split}.jsonl")), &extractor)?,
            });
        }
        return print_groups(errors::group(findings, args.examples), args.json);
    }
    let mut rows: Vec<Row> = Vec::new();
    for task in &args.only {
        match task.as_str() {
            "quotes" => rows.extend(polnear::evaluate(&args.gold.join(format!("polnear-{split}.jsonl")), &extractor)?),
            "timex" | "timexes" => {
                rows.extend(timex::evaluate(&args.gold.join(format!("{te3}.jsonl")), &extractor)?);
                if split == "test" {
                    rows.extend(timex::evaluate(&args.gold.join("meantime-en.jsonl"), &extractor)?);
                }
            }
            _ => {
                let gold = args.gold.join(format!("conll2003-{split}.jsonl"));
                rows.extend(ner::evaluate(&gold, &extractor)?);
                if let Some(peer) = &args.peer_entities {
                    rows.extend(ner::evaluate_peer(&gold, peer)?);
                }
            }
        }
    }
    if args.json {
        outln!("{}", serde_json::to_string_pretty(&rows)?);
        return Ok(());
    }
    outln!("{:<44} {:>6} {:>6} {:>6} {:>7} {:>7} {:>7}", "measure", "P", "R", "F1", "correct", "pred", "gold");
    for row in rows {
        let c = row.counts;
        outln!(
            "{:<44} {:>6.3} {:>6.3} {:>6.3} {:>7} {:>7} {:>7}",
            row.measure,
            row.precision,
            row.recall,
            row.f1,
            c.correct,
            c.predicted,
            c.gold
        );
    }
    Ok(())
}

fn print_groups(groups: Vec<Group>, json: bool) -> Result<()> {
    if json {
        outln!("{}", serde_json::to_string_pretty(&groups)?);
        return Ok(());
    }
    let total: usize = groups.iter().map(|g| g.count).sum();
    outln!("{total} errors in {} groups", groups.len());
    for group in groups {
        outln!("\n{:>5}  {}", group.count, group.cause);
        for f in group.findings {
            let mut line = format!("       {}: {}", f.doc, f.context);
            if !f.expected.is_empty() {
                line.push_str(&format!("  expected: {}", f.expected));
            }
            if !f.found.is_empty() {
                line.push_str(&format!("  found: {}", f.found));
            }
            outln!("{line}");
        }
    }
    Ok(())
}
