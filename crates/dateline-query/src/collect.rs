//! Collectors that read fast fields of every matching article without
//! loading any record: counts and tone by day, entity co-mentions, totals.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, StrColumn};
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

/// Per day (days since 1970-01-01): number of articles and sum of tone.
pub type DayTone = BTreeMap<i64, (u64, f64)>;

pub struct DayToneCollector;

pub struct DayToneSegment {
    date: Column<tantivy::DateTime>,
    tone: Column<f64>,
    /// A hash map while collecting (one insert per article), sorted once
    /// at the end.
    days: FxHashMap<i64, (u64, f64)>,
}

impl Collector for DayToneCollector {
    type Fruit = DayTone;
    type Child = DayToneSegment;

    fn for_segment(&self, _: SegmentOrdinal, segment: &SegmentReader) -> tantivy::Result<DayToneSegment> {
        let fast = segment.fast_fields();
        Ok(DayToneSegment { date: fast.date("date")?, tone: fast.f64("tone")?, days: FxHashMap::default() })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<DayTone>) -> tantivy::Result<DayTone> {
        let mut all = DayTone::new();
        for fruit in fruits {
            for (day, (count, tone)) in fruit {
                let slot = all.entry(day).or_insert((0, 0.0));
                slot.0 += count;
                slot.1 += tone;
            }
        }
        Ok(all)
    }
}

impl SegmentCollector for DayToneSegment {
    type Fruit = DayTone;

    fn collect(&mut self, doc: DocId, _: Score) {
        let Some(date) = self.date.first(doc) else { return };
        let day = date.into_timestamp_secs().div_euclid(86_400);
        let slot = self.days.entry(day).or_insert((0, 0.0));
        slot.0 += 1;
        slot.1 += self.tone.first(doc).unwrap_or(0.0);
    }

    fn harvest(self) -> DayTone {
        self.days.into_iter().collect()
    }
}

/// Keys named per segment when counting co-mentions: enough that the top
/// ten across segments are right in all but contrived cases.
const SEGMENT_TOP: usize = 200;

/// Counts, over matching articles, how many name each entity key (the most
/// frequent [`SEGMENT_TOP`] per segment).
pub struct KeyCountCollector;

pub struct KeyCountSegment {
    keys: Option<StrColumn>,
    counts: FxHashMap<u64, u64>,
}

impl Collector for KeyCountCollector {
    type Fruit = FxHashMap<String, u64>;
    type Child = KeyCountSegment;

    fn for_segment(&self, _: SegmentOrdinal, segment: &SegmentReader) -> tantivy::Result<KeyCountSegment> {
        Ok(KeyCountSegment { keys: segment.fast_fields().str("entity_key")?, counts: FxHashMap::default() })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<FxHashMap<String, u64>>) -> tantivy::Result<FxHashMap<String, u64>> {
        let mut all = FxHashMap::default();
        for fruit in fruits {
            for (key, count) in fruit {
                *all.entry(key).or_insert(0) += count;
            }
        }
        Ok(all)
    }
}

impl SegmentCollector for KeyCountSegment {
    type Fruit = FxHashMap<String, u64>;

    fn collect(&mut self, doc: DocId, _: Score) {
        if let Some(keys) = &self.keys {
            for ord in keys.term_ords(doc) {
                *self.counts.entry(ord).or_insert(0) += 1;
            }
        }
    }

    /// Names only this segment's most frequent keys: turning an ordinal
    /// into its string costs a dictionary lookup, and a common entity is
    /// named beside tens of thousands of others.
    fn harvest(self) -> FxHashMap<String, u64> {
        let mut out = FxHashMap::default();
        let Some(keys) = self.keys else { return out };
        let mut counts: Vec<(u64, u64)> = self.counts.into_iter().collect();
        if counts.len() > SEGMENT_TOP {
            counts.select_nth_unstable_by(SEGMENT_TOP, |a, b| b.1.cmp(&a.1));
            counts.truncate(SEGMENT_TOP);
        }
        // Ordinals resolved in one sorted pass over the dictionary, not one
        // lookup (and block decode) each.
        counts.sort_unstable_by_key(|(ord, _)| *ord);
        let ords: Vec<u64> = counts.iter().map(|(ord, _)| *ord).collect();
        let mut names = Vec::with_capacity(ords.len());
        let resolved = keys.dictionary().sorted_ords_to_term_cb(&ords, |bytes| {
            names.push(String::from_utf8_lossy(bytes).into_owned());
        });
        if resolved.is_ok() {
            for (name, (_, count)) in names.into_iter().zip(counts) {
                out.insert(name, count);
            }
        }
        out
    }
}

/// Sums a u64 fast field over matching articles.
pub struct SumCollector(pub &'static str);

pub struct SumSegment {
    column: Column<u64>,
    sum: u64,
}

impl Collector for SumCollector {
    type Fruit = u64;
    type Child = SumSegment;

    fn for_segment(&self, _: SegmentOrdinal, segment: &SegmentReader) -> tantivy::Result<SumSegment> {
        Ok(SumSegment { column: segment.fast_fields().u64(self.0)?, sum: 0 })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<u64>) -> tantivy::Result<u64> {
        Ok(fruits.into_iter().sum())
    }
}

impl SegmentCollector for SumSegment {
    type Fruit = u64;

    fn collect(&mut self, doc: DocId, _: Score) {
        self.sum += self.column.first(doc).unwrap_or(0);
    }

    fn harvest(self) -> u64 {
        self.sum
    }
}
