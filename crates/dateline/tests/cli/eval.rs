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

#[test]
fn errors_are_grouped_by_cause_and_never_read_off_a_test_split() {
    let refused = dateline(&["eval", "--errors", "--split", "test"], b"");
    assert_eq!(refused.status.code(), Some(2));
    assert!(text(&refused.stderr).contains("train or dev only"), "{}", text(&refused.stderr));
    if !repo().join("../shared/gold").is_dir() {
        eprintln!("skipped: ../shared/gold is absent");
        return;
    }
    let out = dateline(&["eval", "--errors", "--only", "timex", "--examples", "2", "--json"], b"");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let groups: Vec<serde_json::Value> = serde_json::from_str(&text(&out.stdout)).unwrap();
    assert!(groups.iter().any(|g| g["cause"].as_str().unwrap().starts_with("missed ")), "{groups:?}");
    let counts: Vec<u64> = groups.iter().map(|g| g["count"].as_u64().unwrap()).collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "biggest group first: {counts:?}");
    assert!(groups.iter().all(|g| g["findings"].as_array().unwrap().len() <= 2));
    let finding = &groups[0]["findings"][0];
    assert!(finding["context"].as_str().unwrap().contains("[["), "{finding}");
}

#[test]
fn an_entity_model_that_cannot_be_read_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("not-a-model.zst");
    std::fs::write(&bad, b"not a model").unwrap();
    let absent = dir.path().join("absent.zst");
    let gold = dir.path().to_str().unwrap();
    for (path, says) in [(&bad, "not-a-model.zst: entity model"), (&absent, "absent.zst: cannot read the entity model")]
    {
        let out = dateline(&["eval", "--gold", gold, "--ner-model", path.to_str().unwrap()], b"");
        assert!(!out.status.success());
        assert!(text(&out.stderr).contains(says), "{}", text(&out.stderr));
    }
}
