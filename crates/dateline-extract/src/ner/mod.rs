//! The statistical entity tagger: a greedy averaged perceptron over BIO tags
//! (PER, ORG, LOC, MISC), trained from CoNLL-2003 by `dateline train-ner`.
//!
//! Why a perceptron: it trains in seconds, tags at hundreds of thousands of
//! words a second with hashed features, and its model is one flat array that
//! ships in the binary (`data/ner.model.zst`), so there is nothing to
//! download. The finer news types (GPE, FAC, EVENT, NORP, WORK …) are decided
//! afterwards from gazetteers and rules (`entities.rs`).

mod features;

use std::sync::OnceLock;

pub use features::tag_name;
use features::{features, DocContext, DocWords, History, SentenceView, BUCKETS};

use crate::doc::Document;
use crate::tokenize::is_quotation_mark;

const TAGS: usize = 9;
const O: usize = 0;
const MAGIC: &[u8; 8] = b"DLNER\x01\0\0";

/// A trained model: one row of weights per hashed feature, quantised to 16
/// bits. Tagging is a sum of rows read at random from this table, so its
/// size in cache is its speed: 16-bit rows halve it, at no measurable cost
/// in accuracy.
pub struct Model {
    weights: Vec<i16>,
    /// What one unit of a weight is worth (only needed to save the model).
    scale: f32,
}

static MODEL: OnceLock<Model> = OnceLock::new();

/// The model shipped in the binary, decoded on first use.
pub fn model() -> &'static Model {
    MODEL.get_or_init(|| {
        Model::from_bytes(include_bytes!("../../data/ner.model.zst")).expect("the shipped entity model is valid")
    })
}

impl Model {
    /// Decodes a model written by [`Model::to_bytes`].
    pub fn from_bytes(compressed: &[u8]) -> Result<Model, String> {
        let raw = zstd::decode_all(compressed).map_err(|e| format!("entity model: {e}"))?;
        let body = raw.strip_prefix(&MAGIC[..]).ok_or("entity model: wrong magic")?;
        if body.len() != 4 + BUCKETS * TAGS * 2 {
            return Err(format!("entity model: {} bytes, expected {}", body.len(), 4 + BUCKETS * TAGS * 2));
        }
        let scale = f32::from_le_bytes(body[..4].try_into().expect("4 bytes"));
        let weights = body[4..].chunks_exact(2).map(|pair| i16::from_le_bytes([pair[0], pair[1]])).collect();
        Ok(Model { weights, scale })
    }

    /// Quantises trained weights to 16 bits.
    fn quantise(weights: &[f32]) -> Model {
        let max = weights.iter().fold(0f32, |m, w| m.max(w.abs())).max(f32::MIN_POSITIVE);
        let scale = max / f32::from(i16::MAX);
        Model { weights: weights.iter().map(|w| (w / scale).round() as i16).collect(), scale }
    }

    /// The model as compressed bytes: 2^20 × 9 rows of 16 bits, a few MB
    /// once compressed.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut raw = Vec::with_capacity(MAGIC.len() + 4 + self.weights.len() * 2);
        raw.extend_from_slice(MAGIC);
        raw.extend_from_slice(&self.scale.to_le_bytes());
        for w in &self.weights {
            raw.extend_from_slice(&w.to_le_bytes());
        }
        zstd::encode_all(&raw[..], 19).expect("compressing into memory cannot fail")
    }

    fn scores(&self, buckets: &[usize]) -> [i32; TAGS] {
        let mut scores = [0i32; TAGS];
        for &bucket in buckets {
            let row = &self.weights[bucket * TAGS..bucket * TAGS + TAGS];
            for (score, w) in scores.iter_mut().zip(row) {
                *score += i32::from(*w);
            }
        }
        scores
    }

    /// Tags every token of a document: one tag per token, in order. The
    /// whole document is read first, so that a headline in capitals can
    /// learn from the same words written normally further down.
    pub fn tag_document(&self, doc: &Document<'_>) -> Vec<usize> {
        let words = DocWords::new(doc);
        let views = words.sentences();
        let context = DocContext::new(&views);
        let mut history = History::default();
        // Two passes: the first settles the type of each name as the
        // article goes (each occurrence knows the ones before it); the
        // second tags again, every occurrence knowing all the others, so
        // that a name first met in a headline or a table is typed by its
        // use further down.
        let mut seen = vec![UNSEEN; doc.tokens.len()];
        let first = self.tag_pass(&views, &context, &mut history, Pass::Settle { seen: &mut seen });
        self.tag_pass(&views, &context, &mut history, Pass::Again { first: &first, seen: &seen })
    }

    /// Tags every sentence, in [`reading_order`], with what `history` says
    /// of each word; the tags of the whole document, in token order.
    ///
    /// The first pass adds each tag to `history` as it goes, and notes what
    /// `history` said of each word it looked at. The second asks `history`
    /// about each word without the first pass's tag of that very
    /// occurrence (which would otherwise vouch for itself). Where `history`
    /// says what it said in the first pass and the two tags before are the
    /// same, the features are the same, and so is the tag: the second pass
    /// copies it instead of working it out again, which spares it most
    /// words (a name keeps its type through an article).
    fn tag_pass<'v>(
        &self,
        views: &[SentenceView<'_, 'v>],
        context: &DocContext<'_>,
        history: &mut History<'v>,
        mut pass: Pass<'_>,
    ) -> Vec<usize> {
        let mut buckets = Vec::with_capacity(48);
        let mut tags = vec![O; views.iter().map(SentenceView::len).sum()];
        for s in reading_order(views) {
            let view = &views[s];
            let start = view.start();
            // Second pass: whether the tags so far differ from the first's.
            let mut diverged = false;
            for i in 0..view.len() {
                let t = start + i;
                let prev = if i > 0 { tags[t - 1] } else { O };
                let prev2 = if i > 1 { tags[t - 2] } else { O };
                // Outside a name, a word in lower case or a mark starts
                // none: 0.25% of CoNLL-2003's names start so, 69% of its
                // tokens are so. Tagging only the others more than
                // doubles the tagger's speed. A quotation mark is never part
                // of a name: it bounds a nickname or a title (`Maria “The
                // Rocket” Alvarez`).
                let looked_at = (prev != O || view.word(i).starts_with(|c: char| c.is_uppercase() || c.is_numeric()))
                    && !is_quotation_mark(view.word(i));
                let (said, own) = match &mut pass {
                    Pass::Settle { seen } => {
                        let said = if looked_at { history.said(view, i, O) } else { UNSEEN };
                        seen[t] = said;
                        (said, None)
                    }
                    Pass::Again { first, seen } => {
                        let own = first[t];
                        let said = if looked_at { history.said(view, i, own) } else { UNSEEN };
                        if !diverged && said == seen[t] {
                            tags[t] = own;
                            continue;
                        }
                        (said, Some(own))
                    }
                };
                let tag = if looked_at {
                    features(view, context, said, i, prev, prev2, &mut buckets);
                    best_allowed(&self.scores(&buckets), prev)
                } else {
                    O
                };
                // Only the first pass adds to what the article says: the
                // second reads it whole.
                if own.is_none() {
                    history.record(view, i, tag);
                }
                if let Pass::Again { first, .. } = &pass {
                    // Back in step once two tags in a row agree again.
                    diverged = !(tag == first[t] && (i == 0 || tags[t - 1] == first[t - 1]));
                }
                tags[t] = tag;
            }
        }
        tags
    }
}

/// The first pass's note for a word the tagger did not look at.
const UNSEEN: u8 = u8::MAX;

/// Which of the tagger's two passes: the one that settles what the article
/// says of each word (noting what `history` said at each), or the one that
/// tags again with all of it.
enum Pass<'a> {
    Settle { seen: &'a mut [u8] },
    Again { first: &'a [usize], seen: &'a [u8] },
}

/// The order in which sentences are tagged: the body first, then the
/// sentences in capitals (headlines, datelines), which then have the body's
/// names to go by.
fn reading_order(views: &[SentenceView<'_, '_>]) -> Vec<usize> {
    let (mut order, shouting): (Vec<usize>, Vec<usize>) = (0..views.len()).partition(|&s| !views[s].shouting);
    order.extend(shouting);
    order
}

/// The best tag that may follow `prev`: an inside tag only continues a name
/// of its own type.
fn best_allowed(scores: &[i32; TAGS], prev: usize) -> usize {
    let mut best = O;
    for tag in 0..TAGS {
        let inside = tag != O && tag % 2 == 0;
        if inside && prev != tag && prev != tag - 1 {
            continue;
        }
        if scores[tag] > scores[best] {
            best = tag;
        }
    }
    best
}

/// A training article: text and its entity spans in byte offsets, labelled
/// `PER`, `ORG`, `LOC` or `MISC`.
pub struct TrainingDoc {
    pub text: String,
    pub entities: Vec<(usize, usize, String)>,
}

/// How far the right tag must win by in training before a token is left
/// alone: a perceptron that updates only on mistakes stops at the first
/// weights that separate the training data, however narrowly, and names
/// it has never seen fall on the wrong side of a narrow line. Measured on
/// dev over three shuffles each: 0 → 0.9155 (names unseen in training
/// 0.816), 2 → 0.9167, 10 → 0.9173, 20 → 0.9191 (0.824), 30 → 0.9192,
/// 40 → 0.9186. A feature's weight moves by 1 per update, and a token has
/// about forty features.
const MARGIN: f32 = 20.0;

/// Trains a model with the averaged perceptron, with a margin (the right
/// tag must win by 20). `report` is told the token accuracy on the
/// training data after each epoch. Deterministic: the same documents and epochs give the
/// same model.
pub fn train(docs: &[TrainingDoc], epochs: usize, mut report: impl FnMut(usize, f64)) -> Model {
    let prepared: Vec<Prepared<'_>> = docs.iter().map(prepare).collect();
    let mut weights = vec![0f32; BUCKETS * TAGS];
    let mut totals = vec![0f64; BUCKETS * TAGS];
    let mut stamps = vec![0u32; BUCKETS * TAGS];
    let mut clock: u32 = 0;
    let mut order: Vec<usize> = (0..prepared.len()).collect();
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    let mut buckets = Vec::with_capacity(48);
    for epoch in 0..epochs {
        // Fisher–Yates with a fixed xorshift stream: reproducible shuffles.
        for i in (1..order.len()).rev() {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            order.swap(i, (seed % (i as u64 + 1)) as usize);
        }
        let (mut right, mut all) = (0usize, 0usize);
        for &d in &order {
            let (document, gold) = &prepared[d];
            let words = DocWords::new(document);
            let views = words.sentences();
            let context = DocContext::new(&views);
            let mut history = History::default();
            for s in reading_order(&views) {
                let (view, gold) = (&views[s], &gold[s]);
                let mut tags: Vec<usize> = Vec::with_capacity(gold.len());
                for i in 0..view.len() {
                    clock += 1;
                    let prev = if i > 0 { tags[i - 1] } else { O };
                    let prev2 = if i > 1 { tags[i - 2] } else { O };
                    features(view, &context, history.said(view, i, O), i, prev, prev2, &mut buckets);
                    let mut scores = [0f32; TAGS];
                    for &b in &buckets {
                        for (t, score) in scores.iter_mut().enumerate() {
                            *score += weights[b * TAGS + t];
                        }
                    }
                    let guess = (0..TAGS).fold(O, |best, t| if scores[t] > scores[best] { t } else { best });
                    let truth = gold[i];
                    let rival = strongest_rival(&scores, truth);
                    if scores[truth] < scores[rival] + MARGIN {
                        for &b in &buckets {
                            for (tag, delta) in [(truth, 1f32), (rival, -1f32)] {
                                let idx = b * TAGS + tag;
                                totals[idx] += f64::from(clock - stamps[idx]) * f64::from(weights[idx]);
                                stamps[idx] = clock;
                                weights[idx] += delta;
                            }
                        }
                    }
                    right += usize::from(guess == truth);
                    all += 1;
                    history.record(view, i, guess);
                    tags.push(guess);
                }
            }
        }
        report(epoch + 1, right as f64 / all.max(1) as f64);
    }
    let averaged: Vec<f32> = weights
        .iter()
        .zip(&totals)
        .zip(&stamps)
        .map(|((w, total), stamp)| {
            ((total + f64::from(clock - stamp) * f64::from(*w)) / f64::from(clock.max(1))) as f32
        })
        .collect();
    Model::quantise(&averaged)
}

/// The best-scoring tag other than `truth`, the first of equals (at the
/// start, when every score is 0, the first tag that is not the truth).
fn strongest_rival(scores: &[f32; TAGS], truth: usize) -> usize {
    let first = if truth == O { O + 1 } else { O };
    (first..TAGS).filter(|&t| t != truth).fold(first, |best, t| if scores[t] > scores[best] { t } else { best })
}

/// A training article, tokenised as at run time, and its gold tags per
/// sentence.
type Prepared<'d> = (Document<'d>, Vec<Vec<usize>>);

/// Tokenises a training article and gives each token its BIO tag.
fn prepare(doc: &TrainingDoc) -> Prepared<'_> {
    // The date plays no part in tagging.
    let document = Document::new(&doc.text, jiff::civil::Date::constant(2000, 1, 1));
    let mut tags: Vec<Vec<usize>> = vec![Vec::new(); document.sentences.len()];
    let mut last_entity = usize::MAX;
    for token in &document.tokens {
        let entity = doc.entities.iter().position(|(s, e, _)| token.start >= *s && token.end <= *e);
        let tag = match entity {
            None => O,
            Some(k) => {
                let base = match doc.entities[k].2.as_str() {
                    "PER" => 1,
                    "ORG" => 3,
                    "LOC" => 5,
                    _ => 7,
                };
                if k == last_entity {
                    base + 1
                } else {
                    base
                }
            }
        };
        last_entity = entity.unwrap_or(usize::MAX);
        tags[token.sentence].push(tag);
    }
    (document, tags)
}
