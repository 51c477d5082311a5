//! Property tests: no input, however broken, makes a reader panic, and every
//! article that comes out satisfies the reader's promises.

use dateline_read::{Articles, Source, MAX_BODY_BYTES};
use proptest::prelude::*;

fn check(name: &str, bytes: Vec<u8>) {
    for item in Articles::new(vec![Source::from_bytes(name, bytes)]) {
        match item {
            Ok(article) => {
                assert!(!article.text.is_empty());
                assert!(!article.text.contains('\r'));
                assert!(article.text.len() <= MAX_BODY_BYTES);
                assert!(article.origin.line >= 1);
            }
            Err(problem) => assert!(problem.to_string().starts_with(name)),
        }
    }
}

fn json_line() -> impl Strategy<Value = String> {
    let field =
        prop_oneof![Just("date"), Just("published"), Just("text"), Just("body"), Just("id"), Just("title"), Just("x")];
    let value = prop_oneof![
        "[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(Z|\\+0[0-9]:00)?)?".prop_map(|s| format!("{s:?}")),
        "\\PC{0,40}".prop_map(|s| format!("{s:?}")),
        Just("null".to_string()),
        Just("17".to_string()),
        Just("[1]".to_string()),
    ];
    proptest::collection::vec((field, value), 0..5).prop_map(|pairs| {
        let body: Vec<String> = pairs.into_iter().map(|(k, v)| format!("{k:?}:{v}")).collect();
        format!("{{{}}}", body.join(","))
    })
}

proptest! {
    #[test]
    fn arbitrary_bytes_as_text(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        check("a.txt", bytes);
    }

    #[test]
    fn arbitrary_bytes_as_json_lines(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        check("a.jsonl", bytes);
    }

    #[test]
    fn arbitrary_bytes_as_compressed(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        check("a.jsonl.gz", bytes.clone());
        check("a.txt.zst", bytes);
    }

    #[test]
    fn dateline_text_like_input(date in "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}", body in "\\PC{0,200}", lead in "[ \n\t]{0,3}") {
        check("b.txt", format!("{lead}date {date} {body}").into_bytes());
    }

    #[test]
    fn json_lines_like_input(lines in proptest::collection::vec(json_line(), 0..8)) {
        check("b.jsonl", lines.join("\n").into_bytes());
    }
}
