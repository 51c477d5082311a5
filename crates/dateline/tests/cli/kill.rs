//! A crash never costs what was stored: ingest is killed (SIGKILL) at many
//! moments; after each kill the store opens and holds whole commits only;
//! a final rerun completes the rest with exact counts.

use std::process::{Command, Stdio};
use std::time::Duration;

use serde_json::Value;

use crate::{repo, text};

const ARTICLES: u64 = 4_000;

fn corpus(dir: &std::path::Path) -> std::path::PathBuf {
    let path = dir.join("corpus.jsonl");
    let mut lines = String::new();
    for i in 0..ARTICLES {
        let day = 1 + i % 28;
        let month = 1 + (i / 28) % 12;
        lines.push_str(&format!(
            "{{\"id\":\"k{i}\",\"date\":\"2020-{month:02}-{day:02}\",\"text\":\"\\\"We measured {i} things this week,\\\" said Dana Whitfield{n}, a spokeswoman for the Mead Valley Authority. Whitfield{n} said the results would be published on Friday. Officials in Carver said the count was higher than last year.\"}}\n",
            n = i % 40
        ));
    }
    std::fs::write(&path, lines).unwrap();
    path
}

fn stats(data: &str) -> Value {
    let out = Command::new(env!("CARGO_BIN_EXE_dateline")).args(["stats", "--json", "--data", data]).output().unwrap();
    assert!(out.status.success(), "the store must open after a kill: {}", text(&out.stderr));
    serde_json::from_str(&text(&out.stdout)).unwrap()
}

#[test]
fn ingest_survives_kill_9_at_any_moment_and_resumes_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = corpus(dir.path());
    let data = dir.path().join("data").display().to_string();
    let ingest = |extra: &[&str]| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_dateline"));
        cmd.args([
            "ingest",
            corpus.to_str().unwrap(),
            "--data",
            &data,
            "--json",
            "--commit-every",
            "150",
            "--threads",
            "1",
        ])
        .args(extra)
        .current_dir(repo())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
        cmd
    };
    // Delays spread over the run: a pseudo-random but fixed sequence, so a
    // failure can be replayed.
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut stored = 0u64;
    let mut kills = 0;
    for _ in 0..16 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let delay = Duration::from_millis(20 + seed % 1500);
        let mut child = ingest(&[]).spawn().unwrap();
        std::thread::sleep(delay);
        let finished = child.try_wait().unwrap().is_some();
        if !finished {
            child.kill().unwrap();
            kills += 1;
        }
        child.wait().unwrap();
        if !std::path::Path::new(&data).join("meta.json").exists() {
            continue; // killed before the store was created
        }
        let now = stats(&data)["articles"].as_u64().unwrap();
        assert!(now >= stored, "a kill lost stored articles: {now} < {stored}");
        assert!(now <= ARTICLES);
        stored = now;
        eprintln!("after {delay:?}: {stored} articles stored{}", if finished { " (run had finished)" } else { "" });
        if stored == ARTICLES {
            break;
        }
    }
    assert!(kills > 0, "no run was killed: the corpus ingests too fast for this test");
    let out = ingest(&[]).output().unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let summary: Value = serde_json::from_str(&text(&out.stdout)).unwrap();
    assert_eq!(summary["read"], ARTICLES);
    assert_eq!(summary["new"].as_u64().unwrap(), ARTICLES - stored, "the rerun adds exactly what was missing");
    assert_eq!(summary["duplicate"].as_u64().unwrap(), stored);
    let end = stats(&data);
    assert_eq!(end["articles"], ARTICLES);
    // The entity table matches the records, whatever moment the kills hit.
    let entity = Command::new(env!("CARGO_BIN_EXE_dateline"))
        .args(["entity", "Mead Valley Authority", "--json", "--data", &data])
        .output()
        .unwrap();
    let profile: Value = serde_json::from_str(&text(&entity.stdout)).unwrap();
    assert_eq!(profile["entity"]["articles"], ARTICLES);
}
