use serde_json::Value;

use crate::{dateline, repo, text};

fn records(stdout: &[u8]) -> Vec<Value> {
    text(stdout).lines().map(|l| serde_json::from_str(l).expect("each line is a JSON record")).collect()
}

#[test]
fn extracts_a_folder_in_input_order() {
    let out = dateline(&["extract", "fixtures/articles"], b"");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let records = records(&out.stdout);
    let dates: Vec<&str> = records.iter().map(|r| r["date"].as_str().unwrap()).collect();
    assert_eq!(dates, ["1998-04-17", "2019-07-22", "2021-03-05", "2022-11-08", "2022-11-09"]);
    assert!(records.iter().all(|r| r["schema"] == 1));
    assert_eq!(records[3]["source_id"], "wire-001");
    assert!(text(&out.stderr).contains("read 5 records, 0 skipped, 0 duplicate"));
}

#[test]
fn files_a_folder_holds_under_other_names_are_passed_over_with_a_word() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "date 2020-01-02\nFine.").unwrap();
    std::fs::write(dir.path().join("b.seed"), "date 2020-01-03\nAlso fine.").unwrap();
    std::fs::write(dir.path().join(".hidden"), "date 2020-01-04\nHidden.").unwrap();
    let out = dateline(&["extract", dir.path().to_str().unwrap()], b"");
    assert!(out.status.success());
    let stderr = text(&out.stderr);
    assert!(stderr.contains("passed over 1 file whose names end in none of .jsonl"), "{stderr}");
    assert!(stderr.contains("b.seed"), "{stderr}");
    assert!(stderr.contains("read 1 records"), "{stderr}");
    // Named, it is read.
    let named = dateline(&["extract", dir.path().join("b.seed").to_str().unwrap()], b"");
    assert_eq!(records(&named.stdout).len(), 1);
}

#[test]
fn bad_records_are_reported_with_file_and_line_and_the_rest_go_on() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mixed.jsonl");
    let good = r#"{"date":"2020-01-02","text":"Fine."}"#;
    let lines = [good, r#"{"date":"2020-02-30","text":"x"}"#, "{broken", r#"{"date":"2020-01-03","text":""}"#, good];
    std::fs::write(&path, lines.join("\n")).unwrap();
    let out = dateline(&["extract", path.to_str().unwrap()], b"");
    assert!(out.status.success());
    let stderr = text(&out.stderr);
    let name = path.display();
    assert!(stderr.contains(&format!("{name}:2: bad date")), "{stderr}");
    assert!(stderr.contains(&format!("{name}:3: broken JSON")), "{stderr}");
    assert!(stderr.contains(&format!("{name}:4: empty body")), "{stderr}");
    assert!(stderr.contains("read 5 records, 3 skipped, 1 duplicate"), "{stderr}");
    assert_eq!(records(&out.stdout).len(), 1);

    let strict = dateline(&["extract", "--strict", path.to_str().unwrap()], b"");
    assert_eq!(strict.status.code(), Some(1));
    assert!(text(&strict.stderr).contains(":2: bad date"));
}

#[test]
fn reads_standard_input_in_either_format() {
    let out = dateline(&["extract", "-"], b"date 2021-05-01 \"It works,\" Jane Roe said on Friday.");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let record = &records(&out.stdout)[0];
    assert_eq!(record["quotes"][0]["text"], "It works,");
    assert_eq!(record["timexes"][0]["value"], "2021-04-30");

    let out = dateline(&["extract", "-"], br#"{"pubDate":"2021-05-01T08:00:00Z","content":"Hello there.","id":"x1"}"#);
    assert_eq!(records(&out.stdout)[0]["source_id"], "x1");
}

#[test]
fn pretty_output_is_indented_json() {
    let out = dateline(&["extract", "--pretty", "fixtures/articles/2021-03-05-harbor-bridge.txt"], b"");
    let stdout = text(&out.stdout);
    assert!(stdout.starts_with("{\n  \"schema\": 1,"));
    let record: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(record["date"], "2021-03-05");
}

#[test]
fn a_missing_path_is_a_usage_error() {
    let out = dateline(&["extract", "no/such/file.txt"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("no/such/file.txt: no such file or folder"));
}

#[test]
fn a_closed_pipe_ends_the_run_quietly() {
    use std::io::Read;
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_dateline"))
        .args(["extract", "-"])
        .current_dir(repo())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        use std::io::Write;
        let line = b"{\"date\":\"2020-01-01\",\"text\":\"A short article about nothing at all.\"}\n";
        for i in 0..20_000 {
            let mut l = line.to_vec();
            l.splice(l.len() - 3..l.len() - 3, i.to_string().into_bytes());
            if stdin.write_all(&l).is_err() {
                break;
            }
        }
    });
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 64];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert!(out.status.success(), "exit {:?}", out.status);
    assert!(!text(&out.stderr).contains("panicked"), "{}", text(&out.stderr));
}

#[test]
fn only_some_parts_leaves_the_others_keys_out() {
    let article = b"date 2021-05-01 \"It works,\" Jane Roe, 41, said on Friday. #launch";
    let out = dateline(&["extract", "--only", "timexes", "-"], article);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let record = &records(&out.stdout)[0];
    assert_eq!(record["timexes"][0]["value"], "2021-04-30");
    assert_eq!(record["text"], "\"It works,\" Jane Roe, 41, said on Friday. #launch");
    for absent in ["entities", "quotes", "amounts", "tone", "handles", "hashtags", "urls"] {
        assert!(record.get(absent).is_none(), "{absent} in {record}");
    }

    // Quotes bring the entities their speaker ids name.
    let out = dateline(&["extract", "--only", "quotes,tone", "-"], article);
    let record = &records(&out.stdout)[0];
    assert_eq!(record["quotes"][0]["speaker"], "E1");
    assert_eq!(record["entities"][0]["name"], "Jane Roe");
    assert!(record["tone"]["words"].as_u64().unwrap() > 0);
    assert!(record.get("timexes").is_none() && record.get("hashtags").is_none());

    let out = dateline(&["extract", "--only", "hashtags", "-"], article);
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("no part of the record is called \"hashtags\""), "{stderr}");
    assert!(stderr.contains("entities, quotes, timexes, amounts, tone, handles"), "{stderr}");
}
