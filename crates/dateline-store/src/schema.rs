//! The index schema: one tantivy document per article.

use dateline_extract::record::Record;
use tantivy::schema::{
    BytesOptions, DateOptions, DateTimePrecision, Field, NumericOptions, Schema, FAST, INDEXED, STRING, TEXT,
};
use tantivy::{DateTime, TantivyDocument};

use crate::encode_record;
use crate::entities::entity_key;

/// The fields of an article document.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    /// The record's stable id (exact match).
    pub id: Field,
    /// Publication date, midnight UTC of the written date (range queries,
    /// sorting, timelines).
    pub date: Field,
    pub title: Field,
    pub text: Field,
    /// Every quote's text.
    pub quote: Field,
    /// Speakers' names and aliases, and the words that name unnamed ones.
    pub speaker: Field,
    /// Entity names and aliases, for `entity:` searches.
    pub entity: Field,
    /// Store-wide entity keys (`person:jane roe`), exact; a fast field for
    /// co-mention counts.
    pub entity_key: Field,
    /// Keys of the entities quoted in the article.
    pub speaker_key: Field,
    /// GDELT tone of the article (fast field for timelines).
    pub tone: Field,
    /// How many quotes the article holds (fast field for statistics).
    pub quote_count: Field,
    /// The whole record, compressed JSON.
    pub record: Field,
}

pub fn build() -> Schema {
    let mut builder = Schema::builder();
    builder.add_text_field("id", STRING);
    builder.add_date_field("date", DateOptions::from(INDEXED | FAST).set_precision(DateTimePrecision::Seconds));
    for name in ["title", "text", "quote", "speaker", "entity"] {
        builder.add_text_field(name, TEXT);
    }
    builder.add_text_field("entity_key", STRING | FAST);
    builder.add_text_field("speaker_key", STRING);
    builder.add_f64_field("tone", NumericOptions::default().set_fast());
    builder.add_u64_field("quote_count", NumericOptions::default().set_fast());
    builder.add_bytes_field("record", BytesOptions::default().set_stored());
    builder.build()
}

impl Fields {
    pub fn from_schema(schema: &Schema) -> Option<Fields> {
        let f = |name: &str| schema.get_field(name).ok();
        Some(Fields {
            id: f("id")?,
            date: f("date")?,
            title: f("title")?,
            text: f("text")?,
            quote: f("quote")?,
            speaker: f("speaker")?,
            entity: f("entity")?,
            entity_key: f("entity_key")?,
            speaker_key: f("speaker_key")?,
            tone: f("tone")?,
            quote_count: f("quote_count")?,
            record: f("record")?,
        })
    }
}

/// The date of a record as the index stores it.
pub fn date_value(date: &str) -> DateTime {
    let days = date
        .parse::<jiff::civil::Date>()
        .map_or(0, |d| i64::from((d - jiff::civil::Date::constant(1970, 1, 1)).get_days()));
    DateTime::from_timestamp_secs(days * 86_400)
}

pub(crate) fn document(fields: &Fields, record: &Record) -> TantivyDocument {
    let mut doc = TantivyDocument::default();
    doc.add_text(fields.id, &record.id);
    doc.add_date(fields.date, date_value(&record.date));
    if let Some(title) = &record.title {
        doc.add_text(fields.title, title);
    }
    doc.add_text(fields.text, &record.text);
    let entity_of = |id: &str| record.entities.iter().find(|e| e.id == id);
    // Each speaker once per article, however many quotes it has: the
    // speaker fields say who speaks here, not how often.
    let mut speakers: Vec<&str> = Vec::new();
    let mut unnamed: Vec<&str> = Vec::new();
    for quote in &record.quotes {
        doc.add_text(fields.quote, &quote.text);
        match quote.speaker.as_deref() {
            Some(id) if entity_of(id).is_some() => speakers.push(id),
            _ => unnamed.extend(quote.speaker_text.as_deref()),
        }
    }
    speakers.sort_unstable();
    speakers.dedup();
    unnamed.sort_unstable();
    unnamed.dedup();
    for entity in speakers.into_iter().filter_map(entity_of) {
        doc.add_text(fields.speaker, &entity.name);
        for alias in &entity.aliases {
            doc.add_text(fields.speaker, alias);
        }
        doc.add_text(fields.speaker_key, entity_key(&entity.kind, &entity.name));
    }
    for words in unnamed {
        doc.add_text(fields.speaker, words);
    }
    for entity in &record.entities {
        doc.add_text(fields.entity, &entity.name);
        for alias in &entity.aliases {
            doc.add_text(fields.entity, alias);
        }
        doc.add_text(fields.entity_key, entity_key(&entity.kind, &entity.name));
    }
    doc.add_f64(fields.tone, f64::from(record.tone.tone));
    doc.add_u64(fields.quote_count, record.quotes.len() as u64);
    doc.add_bytes(fields.record, &encode_record(record));
    doc
}
