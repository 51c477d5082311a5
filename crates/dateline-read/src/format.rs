use std::collections::VecDeque;
use std::fmt;
use std::io::{BufRead, Read};

use serde_json::{Map, Value};

use crate::article::{normalise_body, Article, Origin, MAX_BODY_BYTES};
use crate::date::parse_date;
use crate::source::Source;

/// A record that could not be read, or a source that could not be opened.
/// Printed as `FILE:LINE: reason` (or `FILE: reason` for a whole file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub line: Option<usize>,
    pub reason: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.file, line, self.reason),
            None => write!(f, "{}: {}", self.file, self.reason),
        }
    }
}

impl std::error::Error for Problem {}

const DATE_FIELDS: &[&str] = &["date", "published", "date_publish", "pubDate"];
const BODY_FIELDS: &[&str] = &["text", "body", "content", "maintext"];

/// A longest JSON line we look at: the body limit plus room for the other
/// fields and JSON escapes. Longer lines are skipped without being held in
/// memory whole.
const MAX_LINE_BYTES: usize = MAX_BODY_BYTES * 2;

/// The stream of articles in a list of sources, in order. Each item is an
/// article or a problem; a problem never ends the stream, so the caller
/// decides whether to stop (`--strict`) or go on.
pub struct Articles {
    sources: VecDeque<Source>,
    current: Option<JsonLines>,
}

struct JsonLines {
    name: String,
    reader: Box<dyn BufRead + Send>,
    line: usize,
}

impl Articles {
    pub fn new(sources: Vec<Source>) -> Articles {
        Articles { sources: sources.into(), current: None }
    }

    /// Opens the next source. A dateline text file is read whole and yields
    /// its one article here; a JSON Lines source becomes `current`.
    fn open_next(&mut self) -> Option<Result<Article, Problem>> {
        let source = self.sources.pop_front()?;
        let problem = |line: Option<usize>, reason: String| Problem { file: source.name.clone(), line, reason };
        let mut reader = match source.open() {
            Ok(reader) => reader,
            Err(e) => return Some(Err(problem(None, format!("cannot open: {e}")))),
        };
        let json = source.named_json_lines() || {
            match reader.fill_buf() {
                Ok(buf) => buf.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{'),
                Err(e) => return Some(Err(problem(None, format!("cannot read: {e}")))),
            }
        };
        if json {
            self.current = Some(JsonLines { name: source.name.clone(), reader, line: 0 });
            return self.next_json_line().or_else(|| self.next());
        }
        let mut bytes = Vec::new();
        let limit = (MAX_BODY_BYTES + 1024) as u64;
        if let Err(e) = reader.take(limit + 1).read_to_end(&mut bytes) {
            return Some(Err(problem(None, format!("cannot read: {e}"))));
        }
        if bytes.len() as u64 > limit {
            return Some(Err(problem(Some(1), format!("body over the {MAX_BODY_BYTES}-byte limit"))));
        }
        Some(parse_dateline_text(&source.name, &bytes))
    }

    fn next_json_line(&mut self) -> Option<Result<Article, Problem>> {
        let current = self.current.as_mut()?;
        loop {
            current.line += 1;
            let line = current.line;
            let problem = |reason: String| Problem { file: current.name.clone(), line: Some(line), reason };
            match read_line_bounded(&mut current.reader, MAX_LINE_BYTES) {
                Ok(Line::End) => break,
                Ok(Line::TooLong) => {
                    return Some(Err(problem(format!("record over the {MAX_LINE_BYTES}-byte line limit"))))
                }
                Ok(Line::Bytes(bytes)) => {
                    if bytes.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    return Some(parse_json_record(&bytes).map_err(problem).map(|mut article| {
                        article.origin = Origin { file: current.name.clone(), line };
                        article
                    }));
                }
                Err(e) => {
                    let failed = Err(problem(format!("cannot read: {e}")));
                    self.current = None;
                    return Some(failed);
                }
            }
        }
        self.current = None;
        None
    }
}

impl Iterator for Articles {
    type Item = Result<Article, Problem>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.current.is_some() {
            if let Some(item) = self.next_json_line() {
                return Some(item);
            }
        }
        self.open_next()
    }
}

enum Line {
    Bytes(Vec<u8>),
    TooLong,
    End,
}

/// Reads one line without ever holding more than `limit` bytes of it.
fn read_line_bounded(reader: &mut dyn BufRead, limit: usize) -> std::io::Result<Line> {
    let mut out = Vec::new();
    let mut too_long = false;
    let mut any = false;
    loop {
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            break;
        }
        any = true;
        let (chunk, done) = match memchr_newline(buf) {
            Some(i) => (&buf[..i], i + 1),
            None => (buf, buf.len()),
        };
        if !too_long {
            if out.len() + chunk.len() > limit {
                too_long = true;
                out = Vec::new();
            } else {
                out.extend_from_slice(chunk);
            }
        }
        let found = done > chunk.len();
        reader.consume(done);
        if found {
            break;
        }
    }
    Ok(match (any, too_long) {
        (false, _) => Line::End,
        (true, true) => Line::TooLong,
        (true, false) => Line::Bytes(out),
    })
}

fn memchr_newline(buf: &[u8]) -> Option<usize> {
    buf.iter().position(|b| *b == b'\n')
}

fn parse_json_record(bytes: &[u8]) -> Result<Article, String> {
    let text = std::str::from_utf8(bytes).map_err(|e| format!("bad UTF-8 at byte {}", e.valid_up_to()))?;
    let value: Value = serde_json::from_str(text).map_err(|e| format!("broken JSON: {e}"))?;
    let Value::Object(object) = value else {
        return Err("broken JSON: a record must be an object".into());
    };
    let raw_date = first_field(&object, DATE_FIELDS)?
        .ok_or_else(|| format!("no date (expected one of {})", DATE_FIELDS.join(", ")))?;
    let date = parse_date(&raw_date)?;
    let body = first_field(&object, BODY_FIELDS)?
        .ok_or_else(|| format!("no body (expected one of {})", BODY_FIELDS.join(", ")))?;
    let text = checked_body(&body)?;
    Ok(Article {
        date,
        text,
        title: first_field(&object, &["title"])?,
        url: first_field(&object, &["url"])?,
        source: first_field(&object, &["source"])?,
        source_id: first_field(&object, &["id"])?,
        origin: Origin { file: String::new(), line: 0 },
    })
}

/// The first of `names` present and not null, as a string. Numbers are
/// accepted (ids often are); other kinds are an error that names the field.
fn first_field(object: &Map<String, Value>, names: &[&str]) -> Result<Option<String>, String> {
    for name in names {
        match object.get(*name) {
            None | Some(Value::Null) => continue,
            Some(Value::String(s)) => return Ok(Some(s.clone())),
            Some(Value::Number(n)) => return Ok(Some(n.to_string())),
            Some(_) => return Err(format!("field {name:?} must be a string")),
        }
    }
    Ok(None)
}

fn checked_body(body: &str) -> Result<String, String> {
    if body.len() > MAX_BODY_BYTES {
        return Err(format!("body over the {MAX_BODY_BYTES}-byte limit"));
    }
    let text = normalise_body(body);
    if text.is_empty() {
        return Err("empty body".into());
    }
    Ok(text)
}

/// Parses a dateline text file: `date YYYY-MM-DD` as the first non-blank
/// tokens, then the body.
fn parse_dateline_text(name: &str, bytes: &[u8]) -> Result<Article, Problem> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let line = 1 + bytes[..e.valid_up_to()].iter().filter(|b| **b == b'\n').count();
        Problem { file: name.into(), line: Some(line), reason: format!("bad UTF-8 at byte {}", e.valid_up_to()) }
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let start = text.len() - text.trim_start().len();
    let line = 1 + text[..start].matches('\n').count();
    let problem = |reason: String| Problem { file: name.into(), line: Some(line), reason };
    let rest = &text[start..];
    let rest = rest
        .strip_prefix("date")
        .filter(|r| r.starts_with(char::is_whitespace))
        .ok_or_else(|| problem("no date: a dateline text file starts with `date YYYY-MM-DD`".into()))?
        .trim_start();
    let date_end = rest.find(char::is_whitespace).unwrap_or(rest.len());
    let date = parse_date(&rest[..date_end]).map_err(problem)?;
    let text = checked_body(&rest[date_end..]).map_err(problem)?;
    Ok(Article {
        date,
        text,
        title: None,
        url: None,
        source: None,
        source_id: None,
        origin: Origin { file: name.into(), line },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(name: &str, bytes: &[u8]) -> Vec<Result<Article, Problem>> {
        Articles::new(vec![Source::from_bytes(name, bytes.to_vec())]).collect()
    }

    fn problems(items: &[Result<Article, Problem>]) -> Vec<String> {
        items.iter().filter_map(|i| i.as_ref().err()).map(ToString::to_string).collect()
    }

    #[test]
    fn dateline_text_with_body_on_the_date_line() {
        let items = read("seed.txt", b" date 2020-10-14 John Legend sang.\r\n\r\nMore.");
        let article = items[0].as_ref().unwrap();
        assert_eq!(article.date.to_string(), "2020-10-14");
        assert_eq!(article.text, "John Legend sang.\n\nMore.");
        assert_eq!(article.origin.line, 1);
    }

    #[test]
    fn dateline_text_problems_name_file_and_line() {
        assert_eq!(
            problems(&read("a.txt", b"\n\nhello")),
            ["a.txt:3: no date: a dateline text file starts with `date YYYY-MM-DD`"]
        );
        let bad_date = problems(&read("b.txt", b"date 2020-02-30 x"));
        assert!(bad_date[0].starts_with("b.txt:1: bad date \"2020-02-30\""), "{bad_date:?}");
        assert_eq!(problems(&read("c.txt", b"date 2020-01-01   \n ")), ["c.txt:1: empty body"]);
        assert_eq!(problems(&read("d.txt", b"date 2020-01-01\nok\n\xff")), ["d.txt:3: bad UTF-8 at byte 19"]);
    }

    #[test]
    fn json_lines_with_aliases_and_bad_records_in_between() {
        let input = br#"{"published":"2020-10-14T10:00:00Z","body":"One.","id":7,"title":"T"}
{"date":"2020-10-14"
{"date":"2020-10-14","text":"   "}

{"text":"no date"}
{"pubDate":"2020-10-15","maintext":"Two.","url":"https://x"}
[1,2]
{"date_publish":"2020-10-16","content":"Three.","source":"Wire"}
"#;
        let items = read("x.jsonl", input);
        let ok: Vec<_> = items.iter().filter_map(|i| i.as_ref().ok()).collect();
        assert_eq!(ok.len(), 3);
        assert_eq!(ok[0].source_id.as_deref(), Some("7"));
        assert_eq!(ok[0].title.as_deref(), Some("T"));
        assert_eq!(ok[1].origin.line, 6);
        assert_eq!(ok[2].source.as_deref(), Some("Wire"));
        let p = problems(&items);
        assert_eq!(p.len(), 4);
        assert!(p[0].starts_with("x.jsonl:2: broken JSON"), "{p:?}");
        assert_eq!(p[1], "x.jsonl:3: empty body");
        assert_eq!(p[2], "x.jsonl:5: no date (expected one of date, published, date_publish, pubDate)");
        assert_eq!(p[3], "x.jsonl:7: broken JSON: a record must be an object");
    }

    #[test]
    fn json_is_sniffed_on_unnamed_input() {
        let items = read("-", b"\n  {\"date\":\"2020-10-14\",\"text\":\"Hi.\"}\n");
        assert_eq!(items.len(), 1);
        assert!(items[0].is_ok());
    }

    #[test]
    fn compressed_sources_are_decompressed_by_name() {
        use std::io::Write;
        let line = b"{\"date\":\"2020-10-14\",\"text\":\"Hi.\"}\n";
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(line).unwrap();
        let gz = gz.finish().unwrap();
        let zst = zstd::encode_all(&line[..], 1).unwrap();
        assert!(read("a.jsonl.gz", &gz)[0].is_ok());
        assert!(read("a.jsonl.zst", &zst)[0].is_ok());
        let broken = read("b.jsonl.gz", b"not gzip");
        assert!(problems(&broken)[0].starts_with("b.jsonl.gz:1: cannot read"), "{broken:?}");
    }

    #[test]
    fn an_overlong_line_is_skipped_and_the_next_one_read() {
        let mut input = b"{\"date\":\"2020-10-14\",\"text\":\"".to_vec();
        input.extend(std::iter::repeat_n(b'a', MAX_LINE_BYTES + 10));
        input.extend(b"\"}\n{\"date\":\"2020-10-14\",\"text\":\"ok\"}\n");
        let items = read("big.jsonl", &input);
        assert_eq!(problems(&items), [format!("big.jsonl:1: record over the {MAX_LINE_BYTES}-byte line limit")]);
        assert_eq!(items[1].as_ref().unwrap().text, "ok");
    }
}
