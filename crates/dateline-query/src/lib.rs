//! Questions over a dateline store: ranked search with snippets, quotes by
//! speaker, entity profiles, timelines and statistics.
//!
//! The fourth stage of the pipeline (read → extract → store → **query** →
//! serve). Every answer is a plain serialisable value with a stable shape:
//! the command line prints it for people or as JSON, and the HTTP API to
//! come will send the same JSON.

mod collect;

use std::ops::Bound;

use dateline_extract::record::{Quote, Record};
use dateline_store::{entity_key, EntityRow, Store, StoreError};
use jiff::civil::Date;
use serde::Serialize;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{AllQuery, BooleanQuery, Occur, Query, QueryParser, RangeQuery, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::snippet::SnippetGenerator;
use tantivy::{Order, Term};

use collect::{DayToneCollector, KeyCountCollector, SumCollector};

#[derive(Debug, thiserror::Error)]
pub enum QueryError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("bad query {query:?}: {reason}")]
    BadQuery { query: String, reason: String },
    #[error("index: {0}")]
    Index(#[from] tantivy::TantivyError),
}

/// A date range; either end may be open.
#[derive(Debug, Clone, Copy, Default)]
pub struct Dates {
    pub from: Option<Date>,
    pub to: Option<Date>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SearchHit {
    pub id: String,
    pub date: String,
    /// The title, or the first words of the text when there is none.
    pub title: String,
    pub score: f32,
    /// A passage of the text around the matches.
    pub snippet: String,
    /// Matched words in `snippet`, as `[start, end)` code points.
    pub highlights: Vec<[usize; 2]>,
}

#[derive(Debug, Clone, Serialize)]
pub struct QuoteHit {
    pub article: String,
    pub date: String,
    pub title: String,
    pub text: String,
    pub kind: String,
    /// The speaker's name, when the speaker is a known entity.
    pub speaker: Option<String>,
    pub speaker_text: Option<String>,
    pub cue: Option<String>,
    pub medium: Option<String>,
    pub confidence: f32,
}

#[derive(Debug, Clone, Serialize)]
pub struct Bucket {
    /// First day of the bucket.
    pub start: String,
    pub articles: u64,
    pub mean_tone: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct CoMention {
    pub name: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub articles: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Profile {
    pub entity: EntityRow,
    /// Entities named with it most often, in its latest 2,000 articles.
    pub co_mentioned: Vec<CoMention>,
    pub latest_quotes: Vec<QuoteHit>,
    pub tone_by_month: Vec<Bucket>,
    /// Other entities the name may mean (`Teigen` alone, in other articles).
    pub also: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Timeline {
    pub query: String,
    /// `entity` when the words named an entity, else `search`.
    pub matched_as: String,
    pub by: String,
    pub buckets: Vec<Bucket>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Stats {
    pub articles: u64,
    pub entities: usize,
    pub quotes: u64,
    pub first_date: Option<String>,
    pub last_date: Option<String>,
    pub bytes_on_disk: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Granularity {
    Day,
    Week,
    Month,
}

impl Granularity {
    pub fn name(self) -> &'static str {
        match self {
            Granularity::Day => "day",
            Granularity::Week => "week",
            Granularity::Month => "month",
        }
    }

    /// The first day of the bucket holding `date`.
    fn start(self, date: Date) -> Date {
        match self {
            Granularity::Day => date,
            Granularity::Week => date - jiff::Span::new().days(i64::from(date.weekday().to_monday_zero_offset())),
            Granularity::Month => date.first_of_month(),
        }
    }
}

const EPOCH: Date = Date::constant(1970, 1, 1);

fn day_to_date(day: i64) -> Date {
    EPOCH.checked_add(jiff::Span::new().days(day)).unwrap_or(EPOCH)
}

/// Questions over one store.
pub struct Queries<'s> {
    store: &'s Store,
}

impl<'s> Queries<'s> {
    pub fn new(store: &'s Store) -> Queries<'s> {
        Queries { store }
    }

    fn parse(&self, query: &str, default_fields: &[tantivy::schema::Field]) -> Result<Box<dyn Query>, QueryError> {
        let f = self.store.fields();
        let mut parser = QueryParser::for_index(self.store.index(), default_fields.to_vec());
        parser.set_conjunction_by_default();
        parser.set_field_boost(f.title, 2.0);
        parser.parse_query(query).map_err(|e| QueryError::BadQuery { query: query.to_string(), reason: e.to_string() })
    }

    fn date_filter(&self, dates: Dates) -> Option<Box<dyn Query>> {
        if dates.from.is_none() && dates.to.is_none() {
            return None;
        }
        let field = self.store.fields().date;
        let term = |d: Date| Term::from_field_date(field, dateline_store::date_value(&d.to_string()));
        let lower = dates.from.map_or(Bound::Unbounded, |d| Bound::Included(term(d)));
        let upper = dates.to.map_or(Bound::Unbounded, |d| Bound::Included(term(d)));
        Some(Box::new(RangeQuery::new(lower, upper)))
    }

    fn any_key(&self, field: tantivy::schema::Field, keys: &[String]) -> Box<dyn Query> {
        let clauses: Vec<(Occur, Box<dyn Query>)> = keys
            .iter()
            .map(|k| {
                let q: Box<dyn Query> =
                    Box::new(TermQuery::new(Term::from_field_text(field, k), IndexRecordOption::Basic));
                (Occur::Should, q)
            })
            .collect();
        Box::new(BooleanQuery::new(clauses))
    }

    fn all_of(parts: Vec<Box<dyn Query>>) -> Box<dyn Query> {
        if parts.is_empty() {
            return Box::new(AllQuery);
        }
        Box::new(BooleanQuery::new(parts.into_iter().map(|q| (Occur::Must, q)).collect()))
    }

    /// Entities a name may mean, most written about first.
    pub fn resolve(&self, name: &str) -> Vec<&'s EntityRow> {
        self.store.entities().lookup(name)
    }

    /// Ranked articles (BM25) with a highlighted snippet. The query
    /// language has phrases (`"…"`), `AND`/`OR`/`NOT` (or `+`/`-`), and
    /// field prefixes `title:`, `text:`, `quote:`, `speaker:`, `entity:`;
    /// words without a prefix search title, text, quotes, speakers and
    /// entity names, and all must match.
    pub fn search(
        &self,
        query: &str,
        dates: Dates,
        entity: Option<&str>,
        limit: usize,
    ) -> Result<Vec<SearchHit>, QueryError> {
        let f = self.store.fields();
        let parsed = self.parse(query, &[f.title, f.text, f.quote, f.speaker, f.entity])?;
        let mut parts: Vec<Box<dyn Query>> = vec![parsed.box_clone()];
        parts.extend(self.date_filter(dates));
        if let Some(name) = entity {
            let keys: Vec<String> = self.resolve(name).iter().map(|r| r.key.clone()).collect();
            if keys.is_empty() {
                return Ok(Vec::new());
            }
            parts.push(self.any_key(f.entity_key, &keys));
        }
        let query = Self::all_of(parts);
        let searcher = self.store.searcher();
        let hits = searcher.search(&*query, &TopDocs::with_limit(limit.max(1)).order_by_score())?;
        // The passage comes from the article text, but the matched words
        // may have been asked of another field (`quote:baby`,
        // `speaker:Roe`): those words stand in the text too, so each
        // field's terms are tried on it, text first.
        let mut snippets = Vec::new();
        for field in [f.text, f.quote, f.speaker, f.entity, f.title] {
            let mut generator = SnippetGenerator::create(&searcher, &*parsed, field)?;
            generator.set_max_num_chars(240);
            snippets.push(generator);
        }
        let mut out = Vec::with_capacity(hits.len());
        for (score, address) in hits {
            let record = self.store.record_at(&searcher, address)?;
            let snippet = snippets
                .iter()
                .map(|g| g.snippet(&record.text))
                .find(|s| !s.fragment().is_empty())
                .unwrap_or_else(|| snippets[0].snippet(&record.text));
            let (fragment, highlights) = if snippet.fragment().is_empty() {
                (first_words(&record.text, 30), Vec::new())
            } else {
                let fragment = snippet.fragment().to_string();
                let ranges = snippet
                    .highlighted()
                    .iter()
                    .map(|r| [char_index(&fragment, r.start), char_index(&fragment, r.end)])
                    .collect();
                (fragment, ranges)
            };
            out.push(SearchHit {
                id: record.id.clone(),
                date: record.date.clone(),
                title: title_of(&record),
                score,
                snippet: fragment,
                highlights,
            });
        }
        Ok(out)
    }

    /// Quotes, newest first. With a speaker name: the quotes of the entities
    /// that name means ("Teigen" finds Chrissy Teigen's), or, for unnamed
    /// speakers, quotes whose speaker words contain it. With a query: quotes
    /// whose words include the query's words.
    pub fn quotes(
        &self,
        speaker: Option<&str>,
        query: Option<&str>,
        dates: Dates,
        limit: usize,
    ) -> Result<Vec<QuoteHit>, QueryError> {
        let f = self.store.fields();
        let keys: Vec<String> =
            speaker.map(|s| self.resolve(s).iter().map(|r| r.key.clone()).collect()).unwrap_or_default();
        let mut parts: Vec<Box<dyn Query>> = Vec::new();
        match (speaker, keys.is_empty()) {
            (Some(_), false) => parts.push(self.any_key(f.speaker_key, &keys)),
            (Some(name), true) => parts.push(self.parse(&format!("\"{}\"", name.replace('"', "")), &[f.speaker])?),
            (None, _) => {}
        }
        if let Some(q) = query {
            parts.push(self.parse(q, &[f.quote])?);
        }
        parts.extend(self.date_filter(dates));
        let query_words: Vec<String> = query.map(content_words).unwrap_or_default();
        let searcher = self.store.searcher();
        let mut out = Vec::new();
        // Newest articles first, in pages, until enough quotes are found.
        // Pages grow from a few articles (most have several quotes by the
        // same speaker) to hundreds, so that a common speaker costs a few
        // records and a rare one is still found.
        let wanted = limit.max(1);
        let mut offset = 0;
        let mut page = wanted.clamp(5, 50);
        let query = Self::all_of(parts);
        loop {
            let collector = TopDocs::with_limit(page)
                .and_offset(offset)
                .order_by_fast_field::<tantivy::DateTime>("date", Order::Desc);
            let hits = searcher.search(&*query, &collector)?;
            for (_, address) in &hits {
                let record = self.store.record_at(&searcher, *address)?;
                for quote in &record.quotes {
                    let speaker_entity =
                        quote.speaker.as_deref().and_then(|id| record.entities.iter().find(|e| e.id == id));
                    let by_speaker = match speaker {
                        None => true,
                        Some(_) if !keys.is_empty() => {
                            speaker_entity.is_some_and(|e| keys.contains(&entity_key(&e.kind, &e.name)))
                        }
                        Some(name) => quote
                            .speaker_text
                            .as_deref()
                            .is_some_and(|t| t.to_lowercase().contains(&name.to_lowercase())),
                    };
                    let lower = quote.text.to_lowercase();
                    let by_words = query_words.iter().all(|w| lower.contains(w.as_str()));
                    if by_speaker && by_words {
                        out.push(quote_hit(&record, quote));
                        if out.len() == wanted {
                            return Ok(out);
                        }
                    }
                }
            }
            if hits.len() < page {
                return Ok(out);
            }
            offset += page;
            page = (page * 2).min(1000);
        }
    }

    /// The profile of the entity a name means.
    pub fn entity(&self, name: &str) -> Result<Option<Profile>, QueryError> {
        let rows = self.resolve(name);
        let Some(&row) = rows.first() else { return Ok(None) };
        let f = self.store.fields();
        let searcher = self.store.searcher();
        let about = self.any_key(f.entity_key, std::slice::from_ref(&row.key));
        let days = searcher.search(&*about, &DayToneCollector)?;
        // Co-mentions over the latest articles only: a bounded cost for an
        // entity named in hundreds of thousands of articles, and recent
        // company is what a profile is read for.
        let since = recent_window(&days, CO_MENTION_WINDOW);
        let mut parts = vec![about.box_clone()];
        parts.extend(self.date_filter(Dates { from: since, to: None }));
        let counts = searcher.search(&*Self::all_of(parts), &KeyCountCollector)?;
        let mut co: Vec<(&String, &u64)> = counts.iter().filter(|(k, _)| **k != row.key).collect();
        // Most shared articles first; among equals, people before
        // organisations before places and the rest (people are what a
        // profile's reader looks for), then by name.
        co.sort_by(|a, b| b.1.cmp(a.1).then(kind_rank(a.0).cmp(&kind_rank(b.0))).then(a.0.cmp(b.0)));
        let co_mentioned = co
            .into_iter()
            .take(10)
            .map(|(key, n)| {
                let other = self.store.entities().get(key);
                CoMention {
                    name: other.map_or_else(|| key.clone(), |o| o.name.clone()),
                    kind: other.map_or_else(String::new, |o| o.kind.clone()),
                    articles: *n,
                }
            })
            .collect();
        let latest_quotes = self
            .quotes(Some(&row.name), None, Dates::default(), 5)?
            .into_iter()
            .filter(|q| q.speaker.as_deref() == Some(row.name.as_str()))
            .collect();
        Ok(Some(Profile {
            entity: row.clone(),
            co_mentioned,
            latest_quotes,
            tone_by_month: buckets(&days, Granularity::Month),
            also: rows
                .iter()
                .skip(1)
                .take(10)
                .map(|r| format!("{} ({}, {} articles)", r.name, r.kind, r.articles))
                .collect(),
        }))
    }

    /// Articles and mean tone per bucket, for an entity (when the words are
    /// an entity's name or alias) or else a search query.
    pub fn timeline(&self, words: &str, by: Granularity, dates: Dates) -> Result<Timeline, QueryError> {
        let f = self.store.fields();
        let exact: Vec<String> = self
            .resolve(words)
            .iter()
            .filter(|r| {
                r.name.eq_ignore_ascii_case(words.trim())
                    || r.aliases.keys().any(|a| a.eq_ignore_ascii_case(words.trim()))
            })
            .map(|r| r.key.clone())
            .collect();
        let (matched_as, base) = if exact.is_empty() {
            ("search", self.parse(words, &[f.title, f.text, f.quote, f.speaker, f.entity])?)
        } else {
            ("entity", self.any_key(f.entity_key, &exact))
        };
        let mut parts = vec![base];
        parts.extend(self.date_filter(dates));
        let days = self.store.searcher().search(&*Self::all_of(parts), &DayToneCollector)?;
        Ok(Timeline {
            query: words.to_string(),
            matched_as: matched_as.into(),
            by: by.name().into(),
            buckets: buckets(&days, by),
        })
    }

    pub fn show(&self, id: &str) -> Result<Option<Record>, QueryError> {
        Ok(self.store.record(id)?)
    }

    pub fn stats(&self) -> Result<Stats, QueryError> {
        let searcher = self.store.searcher();
        let (articles, quotes) = searcher.search(&AllQuery, &(Count, SumCollector("quote_count")))?;
        let first = searcher
            .search(&AllQuery, &TopDocs::with_limit(1).order_by_fast_field::<tantivy::DateTime>("date", Order::Asc))?;
        let last = searcher
            .search(&AllQuery, &TopDocs::with_limit(1).order_by_fast_field::<tantivy::DateTime>("date", Order::Desc))?;
        let day = |hits: &[(Option<tantivy::DateTime>, tantivy::DocAddress)]| {
            hits.first()
                .and_then(|(d, _)| *d)
                .map(|d| day_to_date(d.into_timestamp_secs().div_euclid(86_400)).to_string())
        };
        Ok(Stats {
            articles: articles as u64,
            entities: self.store.entities().len(),
            quotes,
            first_date: day(&first),
            last_date: day(&last),
            bytes_on_disk: self.store.size_on_disk(),
        })
    }
}

/// Where an entity's type puts it among co-mentions named in as many
/// articles, read from its store key (`person:helen okafor`).
fn kind_rank(key: &str) -> u8 {
    match key.split_once(':').map_or("", |(kind, _)| kind) {
        "person" => 0,
        "org" => 1,
        "gpe" | "loc" => 2,
        _ => 3,
    }
}

/// Articles counted for an entity's co-mentions: the latest this many.
const CO_MENTION_WINDOW: u64 = 2_000;

/// The first day of the latest `window` articles, from counts by day.
fn recent_window(days: &collect::DayTone, window: u64) -> Option<Date> {
    let mut seen = 0;
    for (&day, &(count, _)) in days.iter().rev() {
        seen += count;
        if seen >= window {
            return Some(day_to_date(day));
        }
    }
    None
}

fn buckets(days: &collect::DayTone, by: Granularity) -> Vec<Bucket> {
    let mut grouped: std::collections::BTreeMap<Date, (u64, f64)> = std::collections::BTreeMap::new();
    for (&day, &(count, tone)) in days {
        let slot = grouped.entry(by.start(day_to_date(day))).or_insert((0, 0.0));
        slot.0 += count;
        slot.1 += tone;
    }
    grouped
        .into_iter()
        .map(|(start, (count, tone))| Bucket {
            start: start.to_string(),
            articles: count,
            mean_tone: if count == 0 { 0.0 } else { (tone / count as f64 * 100.0).round() / 100.0 },
        })
        .collect()
}

fn quote_hit(record: &Record, quote: &Quote) -> QuoteHit {
    let speaker =
        quote.speaker.as_deref().and_then(|id| record.entities.iter().find(|e| e.id == id)).map(|e| e.name.clone());
    QuoteHit {
        article: record.id.clone(),
        date: record.date.clone(),
        title: title_of(record),
        text: quote.text.clone(),
        kind: quote.kind.clone(),
        speaker,
        speaker_text: quote.speaker_text.clone(),
        cue: quote.cue.clone(),
        medium: quote.medium.clone(),
        confidence: quote.confidence,
    }
}

/// The article's title, or for one without (the dateline text format has
/// none) the first words of its first line, which is most often the
/// headline: not the byline that follows it.
fn title_of(record: &Record) -> String {
    record.title.clone().unwrap_or_else(|| headline_of(&record.text))
}

fn headline_of(text: &str) -> String {
    first_words(text.lines().find(|line| !line.trim().is_empty()).unwrap_or_default(), 14)
}

fn first_words(text: &str, n: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().take(n + 1).collect();
    if words.len() > n {
        format!("{} …", words[..n].join(" "))
    } else {
        words.join(" ")
    }
}

fn char_index(text: &str, byte: usize) -> usize {
    text[..byte.min(text.len())].chars().count()
}

/// The plain words a quote must hold to match a query: operators, field
/// prefixes and negated words (`NOT x`, `-x`) left out.
fn content_words(query: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut negate = false;
    for raw in query.split_whitespace() {
        if raw == "NOT" {
            negate = true;
            continue;
        }
        let skip = negate || raw.starts_with('-') || matches!(raw, "AND" | "OR");
        negate = false;
        if skip {
            continue;
        }
        let bare = raw.rsplit(':').next().unwrap_or(raw);
        words.extend(
            bare.split(|c: char| !c.is_alphanumeric() && c != '\'').filter(|w| !w.is_empty()).map(str::to_lowercase),
        );
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buckets_start_on_mondays_and_first_days() {
        let d = Date::constant(2020, 10, 14);
        assert_eq!(Granularity::Week.start(d), Date::constant(2020, 10, 12));
        assert_eq!(Granularity::Month.start(d), Date::constant(2020, 10, 1));
    }

    #[test]
    fn people_lead_co_mentions_named_in_as_many_articles() {
        let mut keys = ["fac:city hall", "org:voltline", "person:daniel reyes", "gpe:detroit"];
        keys.sort_by_key(|k| (kind_rank(k), *k));
        assert_eq!(keys, ["person:daniel reyes", "org:voltline", "gpe:detroit", "fac:city hall"]);
    }

    #[test]
    fn an_untitled_article_is_named_by_its_first_line() {
        let text = "\nScientists find plastics in fish\n\nBy Amelia Hart\n\nParticles were found.";
        assert_eq!(headline_of(text), "Scientists find plastics in fish");
        assert_eq!(first_words("one two three four", 3), "one two three …");
    }

    #[test]
    fn query_words_leave_out_operators_and_prefixes() {
        assert_eq!(content_words("quote:baby AND \"no home\" NOT x -y"), ["baby", "no", "home"]);
    }
}
