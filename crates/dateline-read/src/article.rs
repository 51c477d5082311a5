use jiff::civil::Date;

/// The largest body we accept, in bytes. Larger records are skipped with a
/// message: a news article is at most a few hundred kilobytes, and anything
/// beyond this is almost always a whole crawl dump in one field, which would
/// stall extraction for every article behind it.
pub const MAX_BODY_BYTES: usize = 4 * 1024 * 1024;

/// One dated article, as read. The body has line ends normalised to `\n` and
/// outer white space trimmed; nothing else is changed, so that every span an
/// extractor reports can be checked against it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    pub date: Date,
    pub text: String,
    pub title: Option<String>,
    pub url: Option<String>,
    pub source: Option<String>,
    /// The input's own identifier, when the record carried one.
    pub source_id: Option<String>,
    pub origin: Origin,
}

/// Where an article came from, for messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub file: String,
    /// 1-based line of the record (the JSON line, or the `date` line).
    pub line: usize,
}

impl Article {
    /// A stable identifier: the same date and text always give the same id,
    /// whatever file or run they came from. FNV-1a is used because it is
    /// fixed by its definition, unlike `std`'s hasher.
    pub fn stable_id(&self) -> String {
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for byte in self.text.as_bytes() {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        format!("{}-{hash:016x}", self.date)
    }
}

/// Normalises line ends to `\n` and trims outer white space.
pub(crate) fn normalise_body(body: &str) -> String {
    let trimmed = body.trim();
    if trimmed.contains('\r') {
        trimmed.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        trimmed.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stable_id_depends_on_date_and_text_only() {
        let a = Article {
            date: Date::constant(2020, 10, 14),
            text: "Hello.".into(),
            title: None,
            url: None,
            source: None,
            source_id: None,
            origin: Origin { file: "a".into(), line: 1 },
        };
        let mut b = a.clone();
        b.origin.file = "b".into();
        b.title = Some("T".into());
        assert_eq!(a.stable_id(), b.stable_id());
        b.text.push('!');
        assert_ne!(a.stable_id(), b.stable_id());
        assert!(a.stable_id().starts_with("2020-10-14-"));
    }

    #[test]
    fn line_ends_are_normalised() {
        assert_eq!(normalise_body("  a\r\nb\rc \n"), "a\nb\nc");
    }
}
