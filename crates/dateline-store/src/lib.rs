//! The durable store: knowledge records, their full-text index, and the
//! store-wide entity table.
//!
//! The third stage of the pipeline (read → extract → **store** → query →
//! serve). A store is a folder:
//!
//! - `meta.json`: the store format and record schema it holds; a store of
//!   another format is refused with a message that says what to do.
//! - `index/`: a tantivy index with one document per article: the record
//!   itself (stored in postcard's compact binary form, compressed), and
//!   indexed fields for title, text, quote texts, speakers, entity names,
//!   the date and the tone (fast fields). Records and index live in one place, so one tantivy commit
//!   makes a batch durable all at once: a kill at any moment leaves the
//!   last commit whole.
//! - `entities.json`: the cross-article entity table, derived from the
//!   records. It carries the commit it was built from; when a kill lands
//!   between the index commit and this file, the next open rebuilds it.
//!
//! The store knows records, not HTTP and not the command line.

mod entities;
mod schema;

use std::collections::HashSet;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use dateline_extract::record::Record;
use serde::{Deserialize, Serialize};
use tantivy::schema::Value;
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};

pub use entities::{entity_key, EntityRow, EntityTable};
pub use schema::{date_value, Fields};

/// The on-disk format this code reads and writes.
pub const STORE_FORMAT: u32 = 2;

/// Memory given to tantivy's indexer; segments are flushed when it fills.
const WRITER_MEMORY: usize = 256 * 1024 * 1024;

/// Segments larger than this are not merged further.
const MAX_MERGED_DOCS: usize = 300_000;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: no dateline store here (run `dateline ingest` first, or pass --data DIR)")]
    Missing { path: String },
    #[error("{path}: a dateline store of format {found} (record schema {schema}); this dateline reads format {STORE_FORMAT}. Ingest the articles into a new folder with this version, or use the dateline that wrote it.")]
    WrongFormat { path: String, found: u32, schema: u32 },
    #[error("{path}: the store is damaged ({reason}). Move the folder aside and ingest the articles again.")]
    Damaged { path: String, reason: String },
    #[error("{path}: {source}")]
    Io { path: String, source: std::io::Error },
    #[error("index: {0}")]
    Index(#[from] tantivy::TantivyError),
}

#[derive(Debug, Serialize, Deserialize)]
struct Meta {
    format: u32,
    record_schema: u32,
}

/// An open store, for reading. [`Store::writer`] gives a [`StoreWriter`].
pub struct Store {
    dir: PathBuf,
    index: Index,
    reader: IndexReader,
    fields: Fields,
    entities: EntityTable,
}

impl Store {
    /// Opens an existing store.
    pub fn open(dir: &Path) -> Result<Store, StoreError> {
        let meta_path = dir.join("meta.json");
        if !meta_path.exists() {
            return Err(StoreError::Missing { path: dir.display().to_string() });
        }
        let meta: Meta = fs::read_to_string(&meta_path)
            .ok()
            .and_then(|text| serde_json::from_str(&text).ok())
            .ok_or_else(|| damaged(dir, "meta.json is unreadable"))?;
        if meta.format != STORE_FORMAT || meta.record_schema != dateline_extract::record::SCHEMA {
            return Err(StoreError::WrongFormat {
                path: dir.display().to_string(),
                found: meta.format,
                schema: meta.record_schema,
            });
        }
        let index = Index::open_in_dir(dir.join("index")).map_err(|e| damaged(dir, &e.to_string()))?;
        let fields =
            Fields::from_schema(&index.schema()).ok_or_else(|| damaged(dir, "the index lacks dateline's fields"))?;
        let reader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into()?;
        let mut store = Store { dir: dir.to_path_buf(), index, reader, fields, entities: EntityTable::default() };
        store.entities = store.load_or_rebuild_entities()?;
        Ok(store)
    }

    /// Opens the store in `dir`, creating it if the folder holds none.
    pub fn open_or_create(dir: &Path) -> Result<Store, StoreError> {
        if dir.join("meta.json").exists() {
            return Store::open(dir);
        }
        let io = |source| StoreError::Io { path: dir.display().to_string(), source };
        fs::create_dir_all(dir.join("index")).map_err(io)?;
        // Records are stored in postcard's binary form in the doc store,
        // compressed by zstd in blocks of several records (better than each
        // record alone). Binary, not JSON: field names and spans written in
        // digits made up much of a JSON record, and serialising and
        // compressing those bytes was a tenth of ingest. (Compressed, the
        // records take 12% less disk than as JSON.)
        let settings = tantivy::IndexSettings {
            docstore_compression: tantivy::store::Compressor::Zstd(tantivy::store::ZstdCompressor {
                compression_level: Some(1),
            }),
            docstore_blocksize: 64 * 1024,
            ..tantivy::IndexSettings::default()
        };
        Index::builder()
            .schema(schema::build())
            .settings(settings)
            .create_in_dir(dir.join("index"))
            .map_err(|e| damaged(dir, &e.to_string()))?;
        let meta = Meta { format: STORE_FORMAT, record_schema: dateline_extract::record::SCHEMA };
        write_atomically(
            &dir.join("meta.json"),
            serde_json::to_string_pretty(&meta).expect("meta serialises").as_bytes(),
        )
        .map_err(io)?;
        Store::open(dir)
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn index(&self) -> &Index {
        &self.index
    }

    pub fn fields(&self) -> &Fields {
        &self.fields
    }

    pub fn searcher(&self) -> tantivy::Searcher {
        self.reader.searcher()
    }

    pub fn entities(&self) -> &EntityTable {
        &self.entities
    }

    /// Number of articles stored.
    pub fn len(&self) -> u64 {
        self.searcher().num_docs()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// True when an article with this id is stored.
    pub fn contains(&self, id: &str) -> Result<bool, StoreError> {
        Ok(self.searcher().doc_freq(&Term::from_field_text(self.fields.id, id))? > 0)
    }

    /// The record stored under `id`.
    pub fn record(&self, id: &str) -> Result<Option<Record>, StoreError> {
        let searcher = self.searcher();
        let query = tantivy::query::TermQuery::new(
            Term::from_field_text(self.fields.id, id),
            tantivy::schema::IndexRecordOption::Basic,
        );
        let hits = searcher.search(&query, &tantivy::collector::TopDocs::with_limit(1).order_by_score())?;
        match hits.first() {
            Some((_, address)) => Ok(Some(self.record_at(&searcher, *address)?)),
            None => Ok(None),
        }
    }

    /// Decodes the record of a document found by a search.
    pub fn record_at(&self, searcher: &tantivy::Searcher, address: tantivy::DocAddress) -> Result<Record, StoreError> {
        let doc: TantivyDocument = searcher.doc(address)?;
        let bytes = doc
            .get_first(self.fields.record)
            .and_then(|v| v.as_bytes())
            .ok_or_else(|| damaged(&self.dir, "a document has no record"))?;
        decode_record(bytes).map_err(|reason| damaged(&self.dir, &reason))
    }

    /// Bytes on disk, all files of the store.
    pub fn size_on_disk(&self) -> u64 {
        folder_size(&self.dir)
    }

    /// Builds the index document of a record. Pure and thread-safe, so
    /// that ingest can prepare documents on every core and leave the one
    /// writer only the adding.
    pub fn prepare(&self, record: Record) -> Prepared {
        let doc = schema::document(&self.fields, &record);
        Prepared { record, doc }
    }

    /// A writer for this store. One at a time: tantivy holds a lock file
    /// while a writer lives, so a second ingest into the same folder stops
    /// with a clear error instead of corrupting it.
    pub fn writer(self) -> Result<StoreWriter, StoreError> {
        let writer = self.index.writer(WRITER_MEMORY)?;
        // Segments stop growing by merges at a few hundred thousand
        // articles: merging ever larger segments rereads the whole index
        // (memory and time that grow with the archive) for little gain in
        // query speed.
        let mut policy = tantivy::indexer::LogMergePolicy::default();
        policy.set_max_docs_before_merge(MAX_MERGED_DOCS);
        writer.set_merge_policy(Box::new(policy));
        Ok(StoreWriter { store: self, writer, pending: HashSet::new() })
    }

    fn load_or_rebuild_entities(&self) -> Result<EntityTable, StoreError> {
        let opstamp = self.index.load_metas()?.opstamp;
        if let Some(table) = EntityTable::load(&self.dir.join("entities.json")).filter(|t| t.opstamp == opstamp) {
            return Ok(table);
        }
        // The entity table is derived: rebuild it from the records when it
        // is missing or older than the index (a kill between the two).
        let mut table = EntityTable::at(opstamp);
        let searcher = self.searcher();
        for (ordinal, segment) in searcher.segment_readers().iter().enumerate() {
            let alive = segment.alive_bitset();
            for doc in 0..segment.max_doc() {
                if alive.is_some_and(|bits| !bits.is_alive(doc)) {
                    continue;
                }
                let record = self.record_at(&searcher, tantivy::DocAddress::new(ordinal as u32, doc))?;
                table.add(&record);
            }
        }
        table
            .save(&self.dir.join("entities.json"))
            .map_err(|source| StoreError::Io { path: self.dir.display().to_string(), source })?;
        Ok(table)
    }
}

/// A record with its index document built: the costly part of adding
/// (serialising and compressing the record), done by
/// [`Store::prepare`] on any thread.
pub struct Prepared {
    record: Record,
    doc: TantivyDocument,
}

/// Adds records to a store; nothing is visible or durable until
/// [`StoreWriter::commit`].
pub struct StoreWriter {
    store: Store,
    writer: IndexWriter,
    /// Ids added since the last commit (the searcher does not see them yet).
    pending: HashSet<String>,
}

/// What adding a record did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Added {
    New,
    Duplicate,
}

impl StoreWriter {
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// True when an article with this id is stored or waiting for the next
    /// commit: a resumed ingest asks before extracting, so that what is
    /// stored costs one lookup, not an extraction.
    pub fn holds(&self, id: &str) -> Result<bool, StoreError> {
        Ok(self.pending.contains(id) || self.store.contains(id)?)
    }

    /// Adds a record unless an article with the same id is stored already.
    pub fn add(&mut self, record: Record) -> Result<Added, StoreError> {
        let prepared = self.store.prepare(record);
        self.add_prepared(prepared)
    }

    /// Adds a record prepared (perhaps on another thread) by
    /// [`Store::prepare`].
    pub fn add_prepared(&mut self, prepared: Prepared) -> Result<Added, StoreError> {
        let Prepared { record, doc } = prepared;
        if self.holds(&record.id)? {
            return Ok(Added::Duplicate);
        }
        self.writer.add_document(doc)?;
        // The table in memory runs ahead of the index until the commit; it
        // is saved only after one, so the file always matches a commit.
        self.store.entities.add(&record);
        self.pending.insert(record.id);
        Ok(Added::New)
    }

    /// Makes everything added so far durable, then brings the entity table
    /// up to date with it.
    pub fn commit(&mut self) -> Result<(), StoreError> {
        let opstamp = self.writer.commit()?;
        self.store.reader.reload()?;
        self.pending.clear();
        self.store.entities.opstamp = opstamp;
        let dir = self.store.dir.clone();
        self.store
            .entities
            .save(&dir.join("entities.json"))
            .map_err(|source| StoreError::Io { path: dir.display().to_string(), source })
    }

    /// Commits and gives back the store for reading.
    pub fn finish(mut self) -> Result<Store, StoreError> {
        self.commit()?;
        self.writer.wait_merging_threads()?;
        self.store.reader.reload()?;
        Ok(self.store)
    }
}

/// Bytes in all files below `path`.
pub fn folder_size(path: &Path) -> u64 {
    fs::read_dir(path)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| match e.metadata() {
                    Ok(m) if m.is_dir() => folder_size(&e.path()),
                    Ok(m) => m.len(),
                    Err(_) => 0,
                })
                .sum()
        })
        .unwrap_or(0)
}

fn damaged(dir: &Path, reason: &str) -> StoreError {
    StoreError::Damaged { path: dir.display().to_string(), reason: reason.to_string() }
}

fn encode_record(record: &Record) -> Vec<u8> {
    postcard::to_stdvec(record).expect("a record serialises")
}

fn decode_record(bytes: &[u8]) -> Result<Record, String> {
    postcard::from_bytes(bytes).map_err(|e| format!("a record does not parse: {e}"))
}

/// Writes a file so that a reader sees the old or the new content, never a
/// part: a temporary file, synced, then renamed over the target.
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let tmp = path.with_extension("tmp");
    {
        let mut file = fs::File::create(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
    }
    fs::rename(&tmp, path)?;
    if let Some(parent) = path.parent() {
        fs::File::open(parent)?.sync_all()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two records written by hand: the store's tests must not depend on
    /// what the extractor's model finds.
    fn records() -> Vec<Record> {
        let record = |id: &str, date: &str, text: &str, quote: &str| -> Record {
            serde_json::from_value(serde_json::json!({
                "schema": 1, "id": id, "source_id": null, "date": date, "title": null, "source": null, "url": null,
                "text": text,
                "entities": [
                    {"id": "E1", "type": "PERSON", "name": "Jane Roe", "aliases": ["Roe"], "handles": [],
                     "descriptors": [], "mentions": [[0, 8]], "age": null},
                    {"id": "E2", "type": "GPE", "name": "Paris", "aliases": [], "handles": [], "descriptors": [],
                     "mentions": [[20, 25]], "age": null}
                ],
                "quotes": [{"text": quote, "span": [1, 2], "kind": "direct", "speaker": "E1", "speaker_text": "Roe",
                            "speaker_span": [3, 4], "cue": "say", "cue_span": [5, 6], "medium": null, "confidence": 0.9}],
                "timexes": [], "amounts": [],
                "tone": {"tone": 0.0, "positive": 0.0, "negative": 0.0, "polarity": 0.0, "activity": 0.0, "self_group": 0.0, "words": 5},
                "handles": [], "hashtags": [], "urls": []
            }))
            .unwrap()
        };
        vec![
            record("a1", "2020-10-14", "Jane Roe went to Paris.", "It is over"),
            record("a2", "2020-11-02", "Jane Roe came to Paris.", "Hello again"),
        ]
    }

    #[test]
    fn stores_records_once_and_reads_them_back() {
        let dir = tempfile::tempdir().unwrap();
        let mut writer = Store::open_or_create(dir.path()).unwrap().writer().unwrap();
        let recs = records();
        for r in recs.clone() {
            assert_eq!(writer.add(r).unwrap(), Added::New);
        }
        assert_eq!(writer.add(recs[0].clone()).unwrap(), Added::Duplicate);
        let store = writer.finish().unwrap();
        assert_eq!(store.len(), 2);
        assert_eq!(store.record(&recs[1].id).unwrap().unwrap(), recs[1]);
        let store = Store::open(dir.path()).unwrap();
        let mut writer = store.writer().unwrap();
        assert_eq!(writer.add(recs[1].clone()).unwrap(), Added::Duplicate);
        let store = writer.finish().unwrap();
        let jane = store.entities().get(&entity_key("PERSON", "Jane Roe")).unwrap();
        assert_eq!((jane.articles, jane.first_seen.as_str(), jane.last_seen.as_str()), (2, "2020-10-14", "2020-11-02"));
    }

    #[test]
    fn refuses_other_formats_and_damage_with_advice() {
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(Store::open(dir.path()), Err(StoreError::Missing { .. })));
        drop(Store::open_or_create(dir.path()).unwrap());
        fs::write(dir.path().join("meta.json"), r#"{"format": 99, "record_schema": 1}"#).unwrap();
        let err = Store::open(dir.path()).err().unwrap();
        assert!(err.to_string().contains("format 99") && err.to_string().contains("new folder"), "{err}");
        fs::write(dir.path().join("meta.json"), format!(r#"{{"format": {STORE_FORMAT}, "record_schema": 1}}"#))
            .unwrap();
        fs::write(dir.path().join("index/meta.json"), "garbage").unwrap();
        let err = Store::open(dir.path()).err().unwrap();
        assert!(err.to_string().contains("damaged"), "{err}");
    }

    #[test]
    fn a_stale_entity_table_is_rebuilt() {
        let dir = tempfile::tempdir().unwrap();
        let mut writer = Store::open_or_create(dir.path()).unwrap().writer().unwrap();
        for r in records() {
            writer.add(r).unwrap();
        }
        drop(writer.finish().unwrap());
        fs::remove_file(dir.path().join("entities.json")).unwrap();
        let store = Store::open(dir.path()).unwrap();
        assert_eq!(store.entities().get(&entity_key("PERSON", "Jane Roe")).unwrap().articles, 2);
    }
}
