//! ingest, search, quotes, entity, timeline, show and stats, through the
//! binary, over the fixture articles.

use serde_json::Value;

use crate::{dateline, repo, text};

/// A store holding the fixtures and the sample corpus.
fn store() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data").display().to_string();
    let out = dateline(&["ingest", "fixtures/articles", "sample", "--data", &data, "--json"], b"");
    assert!(out.status.success(), "{}", text(&out.stderr));
    (dir, data)
}

fn json(args: &[&str]) -> Value {
    let out = dateline(args, b"");
    assert!(out.status.success(), "{:?}: {}", args, text(&out.stderr));
    serde_json::from_str(&text(&out.stdout)).unwrap_or_else(|e| panic!("{args:?}: {e}: {}", text(&out.stdout)))
}

#[test]
fn ingest_counts_new_duplicate_and_skipped_and_is_idempotent() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data").display().to_string();
    let bad = dir.path().join("bad.jsonl");
    std::fs::write(&bad, "{\"date\":\"2020-01-01\",\"text\":\"Fine words.\"}\n{oops\n").unwrap();
    let first = json(&["ingest", "fixtures/articles", "sample", bad.to_str().unwrap(), "--data", &data, "--json"]);
    // sample/ repeats two fixtures: they are duplicates the first time already.
    assert_eq!(first, serde_json::json!({"read": 17, "new": 14, "duplicate": 2, "skipped": 1}));
    let again = json(&["ingest", "fixtures/articles", "--data", &data, "--json"]);
    assert_eq!(again, serde_json::json!({"read": 5, "new": 0, "duplicate": 5, "skipped": 0}));
    let stats = json(&["stats", "--data", &data, "--json"]);
    assert_eq!(stats["articles"], 14);
    assert_eq!(stats["first_date"], "1998-04-17");
    assert!(stats["bytes_on_disk"].as_u64().unwrap() > 0);
}

#[test]
fn strict_ingest_stores_what_came_before_the_bad_record_and_stops() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data").display().to_string();
    let bad = dir.path().join("bad.jsonl");
    std::fs::write(
        &bad,
        "{\"date\":\"2020-01-01\",\"text\":\"Fine words.\"}\n{oops\n{\"date\":\"2020-01-02\",\"text\":\"Never read.\"}\n",
    )
    .unwrap();
    let out = dateline(&["ingest", "--strict", bad.to_str().unwrap(), "--data", &data, "--quiet"], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("bad.jsonl:2:"), "{}", text(&out.stderr));
    assert_eq!(json(&["stats", "--data", &data, "--json"])["articles"], 1);
}

#[test]
fn data_folder_comes_from_the_environment_too() {
    let (_dir, data) = store();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_dateline"))
        .args(["stats", "--json"])
        .env("DATELINE_DATA", &data)
        .current_dir(repo())
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(text(&out.stdout).contains("\"articles\":13"), "{}", text(&out.stdout));
}

#[test]
fn search_ranks_with_snippets_dates_fields_and_entities() {
    let (_dir, data) = store();
    let hits = json(&["search", "bridge", "--data", &data, "--json"]);
    assert_eq!(hits[0]["date"], "2021-03-05");
    let snippet = hits[0]["snippet"].as_str().unwrap();
    let h = &hits[0]["highlights"][0];
    let word: String = snippet
        .chars()
        .skip(h[0].as_u64().unwrap() as usize)
        .take((h[1].as_u64().unwrap() - h[0].as_u64().unwrap()) as usize)
        .collect();
    assert_eq!(word.to_lowercase(), "bridge");
    assert_eq!(json(&["search", "bridge", "--from", "2022-01-01", "--data", &data, "--json"]), serde_json::json!([]));
    let phrase = json(&["search", "\"patient money\"", "--data", &data, "--json"]);
    assert_eq!(phrase[0]["date"], "1998-04-17");
    // Words asked of another field are highlighted in the text too.
    let quoted = json(&["search", "quote:shelf", "--data", &data, "--json"]);
    assert!(!quoted[0]["highlights"].as_array().unwrap().is_empty(), "{quoted}");
    let by_speaker = json(&["search", "speaker:Petrov", "--data", &data, "--json"]);
    assert_eq!(by_speaker.as_array().unwrap().len(), 1);
    let either = json(&["search", "speaker:Petrov OR speaker:Bellini", "--data", &data, "--json"]);
    assert_eq!(either.as_array().unwrap().len(), 2);
    let not = json(&["search", "Okafor NOT bridge", "--data", &data, "--json"]);
    assert_eq!(not[0]["date"], "2023-03-20");
    let entity = json(&["search", "city", "--entity", "Okafor", "--data", &data, "--json"]);
    assert!(entity
        .as_array()
        .unwrap()
        .iter()
        .all(|h| ["2021-03-05", "2023-03-20"].contains(&h["date"].as_str().unwrap())));
    let bad = dateline(&["search", "AND (", "--data", &data], b"");
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn quotes_by_speaker_alias_query_and_date() {
    let (_dir, data) = store();
    let quotes = json(&["quotes", "--speaker", "Okafor", "--data", &data, "--json"]);
    let quotes = quotes.as_array().unwrap();
    assert!(quotes.len() >= 5);
    assert!(quotes.iter().all(|q| q["speaker"] == "Helen Okafor"));
    assert_eq!(quotes[0]["date"], "2023-03-20", "newest first");
    let shelf = json(&["quotes", "shelf", "--data", &data, "--json"]);
    assert_eq!(shelf[0]["text"], "That report sat on a shelf,");
    assert_eq!(shelf[0]["speaker_text"], "she");
    let old = json(&["quotes", "--speaker", "Okafor", "--to", "2022-01-01", "--data", &data, "--json"]);
    assert!(old.as_array().unwrap().iter().all(|q| q["date"] == "2021-03-05"));
    let unnamed = json(&["quotes", "--speaker", "one fan", "--data", &data, "--json"]);
    assert_eq!(unnamed[0]["text"], "Best night of my life,");
    let none = dateline(&["quotes", "--speaker", "Nobody Atall", "--data", &data], b"");
    assert!(none.status.success());
}

#[test]
fn entity_profiles_and_timelines() {
    let (_dir, data) = store();
    let p = json(&["entity", "Okafor", "--data", &data, "--json"]);
    assert_eq!(p["entity"]["name"], "Helen Okafor");
    assert_eq!(p["entity"]["articles"], 2);
    assert_eq!(p["entity"]["first_seen"], "2021-03-05");
    assert_eq!(p["entity"]["last_seen"], "2023-03-20");
    assert!(p["co_mentioned"].as_array().unwrap().iter().any(|c| c["name"] == "Daniel Reyes"));
    assert!(!p["latest_quotes"].as_array().unwrap().is_empty());
    assert_eq!(p["tone_by_month"].as_array().unwrap().len(), 2);
    assert_eq!(json(&["entity", "Nobody Atall", "--data", &data, "--json"]), Value::Null);
    // In the text, two co-mentioned entities of one name (the sample's
    // `Port Callow` as a city and as a body) are told apart by type.
    let shown = text(&dateline(&["entity", "Okafor", "--data", &data], b"").stdout);
    let line = shown.lines().find(|l| l.trim_start().starts_with("co-mentioned:")).expect("a co-mentioned line");
    let items: Vec<&str> = line.split_once(':').unwrap().1.split("), ").map(str::trim).collect();
    let distinct: std::collections::HashSet<&&str> = items.iter().collect();
    assert_eq!(distinct.len(), items.len(), "{line}");

    let t = json(&["timeline", "Helen Okafor", "--by", "month", "--data", &data, "--json"]);
    assert_eq!(t["matched_as"], "entity");
    assert_eq!(t["buckets"][0]["start"], "2021-03-01");
    let w = json(&["timeline", "bridge OR oysters", "--by", "week", "--data", &data, "--json"]);
    assert_eq!(w["matched_as"], "search");
    assert!(w["buckets"].as_array().unwrap().iter().all(|b| {
        let d: jiff::civil::Date = b["start"].as_str().unwrap().parse().unwrap();
        d.weekday() == jiff::civil::Weekday::Monday
    }));
}

#[test]
fn show_returns_the_stored_record() {
    let (_dir, data) = store();
    let hits = json(&["search", "oysters", "--data", &data, "--json"]);
    let id = hits[0]["id"].as_str().unwrap();
    let record = json(&["show", id, "--data", &data, "--json"]);
    assert_eq!(record["id"], id);
    assert_eq!(record["schema"], 1);
    assert_eq!(json(&["show", "no-such-id", "--data", &data, "--json"]), Value::Null);
}

#[test]
fn a_missing_or_foreign_store_is_explained() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("none");
    let out = dateline(&["stats", "--data", missing.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("no dateline store here"));
    let (_d, data) = store();
    std::fs::write(format!("{data}/meta.json"), r#"{"format": 7, "record_schema": 1}"#).unwrap();
    let out = dateline(&["search", "x", "--data", &data], b"");
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("format 7"), "{}", text(&out.stderr));
}
