//! The store-wide entity table.
//!
//! Merge rule: two articles name the same entity when its type and its
//! normalised full name agree (`PERSON` + `chrissy teigen`). The full name
//! is the fullest name the article used; aliases (`Teigen`, `Chrissy`) merge
//! only inside their article, because a surname alone names different
//! people in different stories. An article that calls someone only
//! `Teigen` thus adds an entity `Teigen`; lookups by name find both.

use std::collections::BTreeMap;
use std::path::Path;

use dateline_extract::record::Record;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

/// The store-wide key of an entity: type and normalised full name.
pub fn entity_key(kind: &str, name: &str) -> String {
    let mut key = kind.to_lowercase();
    key.push(':');
    let mut space = false;
    for c in name.chars() {
        if c.is_alphanumeric() {
            if space && !key.ends_with(':') {
                key.push(' ');
            }
            space = false;
            key.extend(c.to_lowercase());
        } else if !matches!(c, '\'' | '’' | '.' | '-') {
            space = true;
        }
    }
    key
}

/// What the store knows of one entity across articles.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EntityRow {
    pub key: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub name: String,
    /// Other names used for it, with the number of articles using each.
    pub aliases: BTreeMap<String, u64>,
    /// Descriptors used for it, with counts.
    pub descriptors: BTreeMap<String, u64>,
    pub handles: Vec<String>,
    pub articles: u64,
    pub mentions: u64,
    pub first_seen: String,
    pub last_seen: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct EntityTable {
    /// The index commit this table reflects.
    pub opstamp: u64,
    rows: Vec<EntityRow>,
    #[serde(skip)]
    by_key: FxHashMap<String, usize>,
    /// Lower-cased names, aliases and name words → rows.
    #[serde(skip)]
    by_name: FxHashMap<String, Vec<usize>>,
}

impl EntityTable {
    /// An empty table for the index commit `opstamp`.
    pub fn at(opstamp: u64) -> EntityTable {
        EntityTable { opstamp, ..EntityTable::default() }
    }

    pub fn load(path: &Path) -> Option<EntityTable> {
        let bytes = std::fs::read(path).ok()?;
        let json = zstd::decode_all(&bytes[..]).ok()?;
        let mut table: EntityTable = serde_json::from_slice(&json).ok()?;
        for k in 0..table.rows.len() {
            table.index_row(k);
        }
        Some(table)
    }

    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        let json = serde_json::to_vec(self).expect("the table serialises");
        crate::write_atomically(path, &zstd::encode_all(&json[..], 3)?)
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    pub fn get(&self, key: &str) -> Option<&EntityRow> {
        self.by_key.get(key).map(|&k| &self.rows[k])
    }

    pub fn rows(&self) -> &[EntityRow] {
        &self.rows
    }

    /// Entities a user may mean by `name`: an exact name or alias first,
    /// then any entity with that word in its name; most written about
    /// first.
    pub fn lookup(&self, name: &str) -> Vec<&EntityRow> {
        let wanted = name.trim().to_lowercase();
        let mut found: Vec<&EntityRow> = match self.by_name.get(&wanted) {
            Some(rows) => rows.iter().map(|&k| &self.rows[k]).collect(),
            None => Vec::new(),
        };
        let exact: Vec<&EntityRow> = found
            .iter()
            .copied()
            .filter(|r| r.name.to_lowercase() == wanted || r.aliases.keys().any(|a| a.to_lowercase() == wanted))
            .collect();
        if !exact.is_empty() {
            found = exact;
        }
        found.sort_by(|a, b| b.articles.cmp(&a.articles).then(a.key.cmp(&b.key)));
        found.dedup_by(|a, b| a.key == b.key);
        found
    }

    /// Adds one article's entities.
    pub fn add(&mut self, record: &Record) {
        for entity in &record.entities {
            let key = entity_key(&entity.kind, &entity.name);
            let k = match self.by_key.get(&key) {
                Some(&k) => k,
                None => {
                    self.rows.push(EntityRow {
                        key: key.clone(),
                        kind: entity.kind.clone(),
                        name: entity.name.clone(),
                        first_seen: record.date.clone(),
                        last_seen: record.date.clone(),
                        ..EntityRow::default()
                    });
                    self.index_row(self.rows.len() - 1);
                    self.rows.len() - 1
                }
            };
            let row = &mut self.rows[k];
            row.articles += 1;
            row.mentions += entity.mentions.len() as u64;
            if record.date < row.first_seen {
                row.first_seen = record.date.clone();
            }
            if record.date > row.last_seen {
                row.last_seen = record.date.clone();
            }
            let mut new_names = Vec::new();
            for alias in &entity.aliases {
                let count = row.aliases.entry(alias.clone()).or_insert(0);
                if *count == 0 {
                    new_names.push(alias.to_lowercase());
                }
                *count += 1;
            }
            for descriptor in &entity.descriptors {
                *row.descriptors.entry(descriptor.clone()).or_insert(0) += 1;
            }
            for handle in &entity.handles {
                if !row.handles.contains(handle) {
                    row.handles.push(handle.clone());
                }
            }
            for name in new_names {
                self.by_name.entry(name).or_default().push(k);
            }
        }
    }

    fn index_row(&mut self, k: usize) {
        let row = &self.rows[k];
        self.by_key.insert(row.key.clone(), k);
        let mut names: Vec<String> = vec![row.name.to_lowercase()];
        names.extend(row.name.split_whitespace().map(str::to_lowercase));
        names.extend(row.aliases.keys().map(|a| a.to_lowercase()));
        names.sort();
        names.dedup();
        for name in names {
            self.by_name.entry(name).or_default().push(k);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_normalise_case_space_and_punctuation() {
        assert_eq!(entity_key("PERSON", "Chrissy  Teigen"), "person:chrissy teigen");
        assert_eq!(entity_key("PERSON", "O’Brien, Jr."), "person:obrien jr");
        assert_eq!(entity_key("GPE", "U.S."), "gpe:us");
    }
}
