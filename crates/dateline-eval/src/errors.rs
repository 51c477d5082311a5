//! The error report: each miss and false alarm of an extractor on a gold
//! corpus, with the cause it falls under, so that the next person to work
//! on an extractor sees where the remaining points are.

use std::collections::BTreeMap;

use serde::Serialize;

/// One error: its cause, where it is, and what was expected and found.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    /// The group it falls in: `missed DATE`, `wrong value`, `wrong source` …
    pub cause: String,
    pub doc: String,
    /// The text around it, with the span in question in `[[ ]]`.
    pub context: String,
    pub expected: String,
    pub found: String,
}

impl Finding {
    /// A finding about the code-point span `span` of `text`.
    pub fn new(cause: impl Into<String>, doc: &str, text: &str, span: [usize; 2]) -> Finding {
        Finding {
            cause: cause.into(),
            doc: doc.to_string(),
            context: context(text, span),
            expected: String::new(),
            found: String::new(),
        }
    }

    pub fn expected(mut self, expected: impl Into<String>) -> Finding {
        self.expected = expected.into();
        self
    }

    pub fn found(mut self, found: impl Into<String>) -> Finding {
        self.found = found.into();
        self
    }
}

/// A cause and its findings; the report lists the biggest groups first.
#[derive(Debug, Serialize)]
pub struct Group {
    pub cause: String,
    pub count: usize,
    pub findings: Vec<Finding>,
}

/// Groups findings by cause, biggest first (ties by name), keeping
/// `examples` findings of each group.
pub fn group(findings: Vec<Finding>, examples: usize) -> Vec<Group> {
    let mut by_cause: BTreeMap<String, Vec<Finding>> = BTreeMap::new();
    for finding in findings {
        by_cause.entry(finding.cause.clone()).or_default().push(finding);
    }
    let mut groups: Vec<Group> = by_cause
        .into_iter()
        .map(|(cause, mut findings)| {
            let count = findings.len();
            findings.truncate(examples);
            Group { cause, count, findings }
        })
        .collect();
    groups.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.cause.cmp(&b.cause)));
    groups
}

/// The text of a code-point span.
pub fn excerpt(text: &str, [start, end]: [usize; 2]) -> String {
    text.chars().skip(start).take(end.saturating_sub(start)).collect()
}

/// Up to 60 characters each side of a code-point span, on one line, with
/// the span marked.
fn context(text: &str, span: [usize; 2]) -> String {
    const SIDE: usize = 60;
    let chars: Vec<char> = text.chars().collect();
    let (start, end) = (span[0].min(chars.len()), span[1].min(chars.len()).max(span[0].min(chars.len())));
    let before: String = chars[start.saturating_sub(SIDE)..start].iter().collect();
    let inside: String = chars[start..end].iter().collect();
    let after: String = chars[end..(end + SIDE).min(chars.len())].iter().collect();
    format!("…{before}[[{inside}]]{after}…").replace(['\n', '\r'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_are_biggest_first_and_keep_some_examples() {
        let f = |cause: &str| Finding::new(cause, "d", "The quick fox.", [4, 9]);
        let groups = group(vec![f("b"), f("a"), f("b"), f("b")], 2);
        assert_eq!((groups[0].cause.as_str(), groups[0].count, groups[0].findings.len()), ("b", 3, 2));
        assert_eq!(groups[1].cause, "a");
        assert_eq!(groups[0].findings[0].context, "…The [[quick]] fox.…");
        assert_eq!(excerpt("Où est-il?", [0, 2]), "Où");
    }
}
