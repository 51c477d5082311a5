use crate::{dateline, repo, text};

#[test]
fn scores_every_task_on_the_dev_split() {
    if !repo().join("../shared/gold").is_dir() {
        eprintln!("skipped: ../shared/gold is absent");
        return;
    }
    let out = dateline(&["eval", "--json"], b"");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let rows: Vec<serde_json::Value> = serde_json::from_str(&text(&out.stdout)).unwrap();
    let measures: Vec<&str> = rows.iter().map(|r| r["measure"].as_str().unwrap()).collect();
    for wanted in ["polnear-dev quoted content+source", "te3-tbaq-train timex value", "conll2003-dev entities"] {
        assert!(measures.contains(&wanted), "{measures:?}");
    }
    for row in &rows {
        let f1 = row["f1"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&f1));
    }
}

#[test]
fn a_missing_gold_folder_is_explained() {
    let out = dateline(&["eval", "--gold", "/no/gold/here"], b"");
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("/no/gold/here: no gold folder"));
}
