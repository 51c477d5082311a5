//! The statistical entity tagger: an averaged structured perceptron over BIO
//! tags (PER, ORG, LOC, MISC), which chooses a sentence's tags together
//! (Viterbi), trained from CoNLL-2003 by `dateline train-ner`.
//!
//! Why a perceptron: it trains in seconds, tags at a million words a second
//! with hashed features, and its model is one flat array that
//! ships in the binary (`data/ner.model.zst`), so there is nothing to
//! download. The finer news types (GPE, FAC, EVENT, NORP, WORK …) are decided
//! afterwards from gazetteers and rules (`entities/`).

mod features;

use std::sync::OnceLock;

pub use features::tag_name;
use features::{
    after_tag, features, said_features, tag_bigram, transition_features, DocContext, DocWords, History, SentenceView,
    BUCKETS,
};

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

/// Puts `model` in place of the shipped one, for every extraction in this
/// process; for measuring a model `train-ner` wrote (`dateline eval
/// --ner-model`), as from half of the training data. Gives it back if a
/// model is already in use.
pub fn use_model(model: Model) -> Result<(), Model> {
    MODEL.set(model)
}

/// The model shipped in the binary (or the one [`use_model`] put in its
/// place), decoded on first use.
pub fn model() -> &'static Model {
    MODEL.get_or_init(|| {
        Model::from_bytes(include_bytes!("../../data/ner.model.zst")).expect("the shipped entity model is valid")
    })
}

impl Model {
    /// Decodes a model written by [`Model::to_bytes`].
    ///
    /// Streamed into one vector sized for the weights: decoding the whole
    /// file into a growing buffer first cost start-up a copy at each
    /// doubling and twice the fresh pages, most of a short run's time.
    pub fn from_bytes(compressed: &[u8]) -> Result<Model, String> {
        use std::io::Read;
        let fail = |e: std::io::Error| format!("entity model: {e}");
        let mut decoder = zstd::stream::read::Decoder::with_buffer(compressed).map_err(fail)?;
        let mut header = [0u8; MAGIC.len() + 4];
        decoder.read_exact(&mut header).map_err(fail)?;
        if header[..MAGIC.len()] != MAGIC[..] {
            return Err("entity model: wrong magic".into());
        }
        let scale = f32::from_le_bytes(header[MAGIC.len()..].try_into().expect("4 bytes"));
        let mut weights = Vec::with_capacity(BUCKETS * TAGS);
        let mut chunk = vec![0u8; 1 << 16];
        loop {
            let read = decoder.read(&mut chunk).map_err(fail)?;
            if read == 0 {
                break;
            }
            if weights.len() * 2 + read > BUCKETS * TAGS * 2 {
                return Err(format!("entity model: more than the {} bytes of weights expected", BUCKETS * TAGS * 2));
            }
            if read % 2 == 1 {
                // A weight split between two reads: finish it.
                decoder.read_exact(&mut chunk[read..read + 1]).map_err(fail)?;
            }
            let whole = read + read % 2;
            weights.extend(chunk[..whole].chunks_exact(2).map(|pair| i16::from_le_bytes([pair[0], pair[1]])));
        }
        if weights.len() != BUCKETS * TAGS {
            return Err(format!(
                "entity model: {} bytes of weights, expected {}",
                weights.len() * 2,
                BUCKETS * TAGS * 2
            ));
        }
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

    /// Tags every token of a document: one tag per token, in order. The
    /// whole document is read first, so that a headline in capitals can
    /// learn from the same words written normally further down.
    pub fn tag_document(&self, doc: &Document<'_>) -> Vec<usize> {
        let words = DocWords::new(doc);
        let views = words.sentences();
        let context = DocContext::new(&views);
        let mut history = History::default();
        let mut lattice = Lattice::new(doc.tokens.len());
        // Two passes: the first settles the type of each name as the
        // article goes (each sentence knows the ones before it); the
        // second tags again, every occurrence knowing all the others, so
        // that a name first met in a headline or a table is typed by its
        // use further down.
        let mut seen = vec![UNSEEN; doc.tokens.len()];
        let first = self.tag_pass(&views, &context, &mut history, &mut lattice, Pass::Settle { seen: &mut seen });
        self.tag_pass(&views, &context, &mut history, &mut lattice, Pass::Again { first: &first, seen: &seen })
    }

    /// Tags every sentence, in [`reading_order`], with what `history` says
    /// of each word; the tags of the whole document, in token order.
    ///
    /// The first pass scores every sentence's words, adds each sentence's
    /// tags to `history` as it goes, and notes what `history` said of each
    /// word it looked at. The second asks `history` about each word without
    /// the first pass's tag of that very occurrence (which would otherwise
    /// vouch for itself). Where `history` says of every word of a sentence
    /// what it said in the first pass, the features are the same, and so
    /// are the tags: the second pass copies them, which spares it most
    /// sentences (a name keeps its type through an article). Elsewhere it
    /// changes in the first pass's scores only what `history` says.
    fn tag_pass<'v>(
        &self,
        views: &[SentenceView<'_, 'v>],
        context: &DocContext<'_>,
        history: &mut History<'v>,
        lattice: &mut Lattice<i32>,
        mut pass: Pass<'_>,
    ) -> Vec<usize> {
        let mut tags = vec![O; views.iter().map(SentenceView::len).sum()];
        for s in reading_order(views) {
            let view = &views[s];
            let range = view.start()..view.start() + view.len();
            match &mut pass {
                Pass::Settle { seen } => {
                    lattice.mark_scored(view, false);
                    for (i, t) in range.clone().enumerate() {
                        lattice.said[t] = if lattice.scored[t] { history.said(view, i, O) } else { UNSEEN };
                        seen[t] = lattice.said[t];
                    }
                    lattice.fill(self, view, context);
                }
                Pass::Again { first, seen } => {
                    for (i, t) in range.clone().enumerate() {
                        lattice.said[t] = if lattice.scored[t] { history.said(view, i, first[t]) } else { UNSEEN };
                    }
                    if lattice.said[range.clone()] == seen[range.clone()] {
                        tags[range.clone()].copy_from_slice(&first[range]);
                        continue;
                    }
                }
            }
            lattice.weigh_said(self, view);
            lattice.decode(view.start(), &mut tags[range]);
            // Only the first pass adds to what the article says: the
            // second reads it whole.
            if let Pass::Settle { .. } = pass {
                for i in 0..view.len() {
                    history.record(view, i, tags[view.start() + i]);
                }
            }
        }
        tags
    }
}

/// What a tagger adds up: the shipped model's 16-bit weights, or the
/// weights being trained.
trait Weights {
    type Score: Copy + Default + PartialOrd + std::ops::Add<Output = Self::Score>;
    fn add_row(&self, bucket: usize, scores: &mut [Self::Score; TAGS]);
}

impl Weights for Model {
    type Score = i32;
    fn add_row(&self, bucket: usize, scores: &mut [i32; TAGS]) {
        let row = &self.weights[bucket * TAGS..bucket * TAGS + TAGS];
        for (score, w) in scores.iter_mut().zip(row) {
            *score += i32::from(*w);
        }
    }
}

/// The weights in training, before averaging.
struct Training(Vec<f32>);

impl Weights for Training {
    type Score = f32;
    fn add_row(&self, bucket: usize, scores: &mut [f32; TAGS]) {
        let row = &self.0[bucket * TAGS..bucket * TAGS + TAGS];
        for (score, w) in scores.iter_mut().zip(row) {
            *score += *w;
        }
    }
}

/// A document's tag scores, token by token, from which the best sequence
/// of tags for each sentence is found (Viterbi): the tagger chooses a
/// sentence's tags together, so that a name's end is weighed with its
/// start. Every array has a place for each token of the document.
struct Lattice<S> {
    /// Which tokens may be tagged other than O: see [`Lattice::mark_scored`].
    scored: Vec<bool>,
    /// What [`History`] says of each token.
    said: Vec<u8>,
    /// The scores of each tag from the features that read neither the tag
    /// before nor what the article says.
    own: Vec<[S; TAGS]>,
    /// `own` and what the article says.
    base: Vec<[S; TAGS]>,
    /// The scores of each tag after each tag before.
    after: Vec<[[S; TAGS]; TAGS]>,
    buckets: Vec<usize>,
}

impl<S: Copy + Default + PartialOrd + std::ops::Add<Output = S>> Lattice<S> {
    /// A lattice for a document of `tokens` tokens.
    fn new(tokens: usize) -> Lattice<S> {
        Lattice {
            scored: vec![false; tokens],
            said: vec![UNSEEN; tokens],
            own: vec![[S::default(); TAGS]; tokens],
            base: vec![[S::default(); TAGS]; tokens],
            after: vec![[[S::default(); TAGS]; TAGS]; tokens],
            buckets: Vec::with_capacity(64),
        }
    }

    /// Marks the tokens of `view` that may be part of a name (all of them
    /// when `every`, as in training, where every word teaches): a word
    /// that opens in capitals or a digit or has a capital inside
    /// (`al-Aqsa`, `ex-Milan`), the word after one, and a short word in
    /// lower case two after one (`Joost van der Westhuizen`, `Rally for
    /// the Return`). Any other word is outside every name. A quotation
    /// mark is never part of a name: it bounds a nickname or a title
    /// (`Maria “The Rocket” Alvarez`).
    fn mark_scored(&mut self, view: &SentenceView<'_, '_>, every: bool) {
        let opens = |i: usize| view.word(i).starts_with(|c: char| c.is_uppercase() || c.is_numeric());
        let short = |word: &str| word.chars().count() <= 3 && !word.chars().any(char::is_uppercase);
        for i in 0..view.len() {
            let word = view.word(i);
            self.scored[view.start() + i] = every
                || (!is_quotation_mark(word)
                    && (opens(i)
                        || word.chars().any(char::is_uppercase)
                        || (i >= 1 && opens(i - 1))
                        || (short(word) && i >= 2 && opens(i - 2))));
        }
    }

    /// Scores every tag of every scored token of `view` but for what the
    /// article says of it (see [`Lattice::weigh_said`]).
    fn fill<W: Weights<Score = S>>(&mut self, weights: &W, view: &SentenceView<'_, '_>, context: &DocContext<'_>) {
        let mut bigrams = [[S::default(); TAGS]; TAGS];
        for (prev, scores) in bigrams.iter_mut().enumerate() {
            weights.add_row(tag_bigram(prev), scores);
        }
        for i in (0..view.len()).filter(|&i| self.scored[view.start() + i]) {
            let t = view.start() + i;
            features(view, context, i, &mut self.buckets);
            let mut own = [S::default(); TAGS];
            for &bucket in &self.buckets {
                weights.add_row(bucket, &mut own);
            }
            self.own[t] = own;
            let pairs = transition_features(view, i);
            for (prev, (after, bigram)) in self.after[t].iter_mut().zip(&bigrams).enumerate() {
                *after = *bigram;
                for first in pairs {
                    weights.add_row(after_tag(first, prev), after);
                }
            }
        }
    }

    /// Adds to the scores of every scored token of `view` what the article
    /// says of it, as `said` now holds.
    fn weigh_said<W: Weights<Score = S>>(&mut self, weights: &W, view: &SentenceView<'_, '_>) {
        for i in (0..view.len()).filter(|&i| self.scored[view.start() + i]) {
            let t = view.start() + i;
            let mut base = self.own[t];
            for bucket in said_features(view, self.said[t], i).into_iter().flatten() {
                weights.add_row(bucket, &mut base);
            }
            self.base[t] = base;
        }
    }

    /// Adds `margin` to the score of every tag but the right one, `truth`,
    /// at every scored token of the sentence that starts at token `start`:
    /// the training's tagging, which the right tags must beat by that much
    /// a token (a negative margin takes it away).
    fn widen(&mut self, start: usize, truth: &[usize], margin: S)
    where
        S: std::ops::AddAssign,
    {
        for (i, &right) in truth.iter().enumerate().filter(|&(i, _)| self.scored[start + i]) {
            for (tag, score) in self.base[start + i].iter_mut().enumerate() {
                if tag != right {
                    *score += margin;
                }
            }
        }
    }

    /// Writes into `tags` the best sequence of tags for the sentence that
    /// starts at token `start`, where an inside tag only continues a name
    /// of its own type and a token not scored is O.
    fn decode(&self, start: usize, tags: &mut [usize]) {
        let n = tags.len();
        let mut back = vec![[O as u8; TAGS]; n];
        let (mut best, mut alive) = ([S::default(); TAGS], [false; TAGS]);
        alive[O] = true;
        for (i, back) in back.iter_mut().enumerate() {
            let t = start + i;
            let (mut here, mut here_alive) = ([S::default(); TAGS], [false; TAGS]);
            let candidates = if self.scored[t] { TAGS } else { 1 };
            for tag in 0..candidates {
                let inside = tag != O && tag % 2 == 0;
                for prev in (0..TAGS).filter(|&p| alive[p]) {
                    if inside && prev != tag && prev != tag - 1 {
                        continue;
                    }
                    let score = if self.scored[t] {
                        best[prev] + self.base[t][tag] + self.after[t][prev][tag]
                    } else {
                        best[prev]
                    };
                    if !here_alive[tag] || score > here[tag] {
                        here[tag] = score;
                        here_alive[tag] = true;
                        back[tag] = prev as u8;
                    }
                }
            }
            (best, alive) = (here, here_alive);
        }
        let mut tag = (0..TAGS).filter(|&t| alive[t]).fold(O, |b, t| if best[t] > best[b] { t } else { b });
        for i in (0..n).rev() {
            tags[i] = tag;
            tag = usize::from(back[i][tag]);
        }
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

/// A training article: text and its entity spans in byte offsets, labelled
/// `PER`, `ORG`, `LOC` or `MISC`.
pub struct TrainingDoc {
    pub text: String,
    pub entities: Vec<(usize, usize, String)>,
}

/// How far the right tags must win by in training before a sentence is
/// left alone, per token: a perceptron that updates only on mistakes stops
/// at the first weights that separate the training data, however narrowly,
/// and names it has never seen fall on the wrong side of a narrow line.
/// Measured on dev over three shuffles each (a weight moves by 1 per
/// update; a token has about forty features): 40 → 0.9271, 100 → 0.9296,
/// 200 → 0.9317 (names unseen in training 0.856), 300 → 0.9297,
/// 500 → 0.9258.
const MARGIN: f32 = 200.0;

/// Trains a model with the averaged structured perceptron, with a margin:
/// each sentence is tagged with every wrong tag given a margin (200) more, and
/// where that tagging differs from the truth, the features of the truth
/// gain 1 and those of the tagging lose 1. `report` is told the token
/// accuracy on the training data after each epoch. Deterministic: the same
/// documents and epochs give the same model.
pub fn train(docs: &[TrainingDoc], epochs: usize, mut report: impl FnMut(usize, f64)) -> Model {
    let prepared: Vec<Prepared<'_>> = docs.iter().map(prepare).collect();
    let mut weights = Training(vec![0f32; BUCKETS * TAGS]);
    let mut totals = vec![0f64; BUCKETS * TAGS];
    let mut stamps = vec![0u32; BUCKETS * TAGS];
    let mut clock: u32 = 0;
    let mut order: Vec<usize> = (0..prepared.len()).collect();
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    // One lattice, as long as the longest article, for every article.
    let longest = prepared.iter().map(|(document, _)| document.tokens.len()).max().unwrap_or(0);
    let mut lattice: Lattice<f32> = Lattice::new(longest);
    let mut buckets = Vec::with_capacity(64);
    let mut tags = Vec::new();
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
                let (n, start) = (view.len(), view.start());
                lattice.mark_scored(view, true);
                for i in 0..n {
                    lattice.said[start + i] = history.said(view, i, O);
                }
                lattice.fill(&weights, view, &context);
                lattice.weigh_said(&weights, view);
                lattice.widen(start, gold, MARGIN);
                tags.resize(n, O);
                lattice.decode(start, &mut tags);
                clock += n as u32;
                let mut update = |buckets: &[usize], tag: usize, delta: f32| {
                    for &b in buckets {
                        let idx = b * TAGS + tag;
                        totals[idx] += f64::from(clock - stamps[idx]) * f64::from(weights.0[idx]);
                        stamps[idx] = clock;
                        weights.0[idx] += delta;
                    }
                };
                for i in 0..n {
                    let (truth, guess) = (gold[i], tags[i]);
                    let (truth_before, guess_before) = if i > 0 { (gold[i - 1], tags[i - 1]) } else { (O, O) };
                    if truth == guess && truth_before == guess_before {
                        continue;
                    }
                    if truth != guess {
                        features(view, &context, i, &mut buckets);
                        buckets.extend(said_features(view, lattice.said[start + i], i).into_iter().flatten());
                        update(&buckets, truth, 1.0);
                        update(&buckets, guess, -1.0);
                    }
                    let [word, shape] = transition_features(view, i);
                    for (before, tag, delta) in [(truth_before, truth, 1.0), (guess_before, guess, -1.0)] {
                        update(&[tag_bigram(before), after_tag(word, before), after_tag(shape, before)], tag, delta);
                    }
                }
                // What the article says of its words is what the tagger
                // would say with these weights, without the margin (dev,
                // three shuffles, margin 100: 0.9286 → 0.9293 against the
                // margin's tags).
                lattice.widen(start, gold, -MARGIN);
                lattice.decode(start, &mut tags);
                for i in 0..n {
                    right += usize::from(tags[i] == gold[i]);
                    history.record(view, i, tags[i]);
                }
                all += n;
            }
        }
        report(epoch + 1, right as f64 / all.max(1) as f64);
    }
    let averaged: Vec<f32> = weights
        .0
        .iter()
        .zip(&totals)
        .zip(&stamps)
        .map(|((w, total), stamp)| {
            ((total + f64::from(clock - stamp) * f64::from(*w)) / f64::from(clock.max(1))) as f32
        })
        .collect();
    Model::quantise(&averaged)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A lattice of `n` scored tokens with the given base scores and no
    /// scores for the tag before.
    fn lattice(base: Vec<[i32; TAGS]>) -> Lattice<i32> {
        let mut lattice = Lattice::new(base.len());
        lattice.scored.fill(true);
        lattice.base = base;
        lattice
    }

    fn scores(pairs: &[(usize, i32)]) -> [i32; TAGS] {
        let mut row = [0; TAGS];
        for &(tag, score) in pairs {
            row[tag] = score;
        }
        row
    }

    const B_PER: usize = 1;
    const I_PER: usize = 2;
    const B_ORG: usize = 3;
    const I_ORG: usize = 4;

    #[test]
    fn decoding_weighs_a_name_whole() {
        // Token by token, the first word is likelier a person's and the
        // second continues an organisation's name: one tag at a time
        // would give B-PER then O (I-ORG may not follow B-PER). Together,
        // B-ORG I-ORG scores 4 + 9 against B-PER O's 5 + 0.
        let lattice = lattice(vec![scores(&[(B_PER, 5), (B_ORG, 4)]), scores(&[(I_ORG, 9)])]);
        let mut tags = vec![O; 2];
        lattice.decode(0, &mut tags);
        assert_eq!(tags, [B_ORG, I_ORG]);
    }

    #[test]
    fn no_name_opens_on_an_inside_tag() {
        let alone = lattice(vec![scores(&[(I_PER, 9)])]);
        let mut tags = vec![O; 1];
        alone.decode(0, &mut tags);
        assert_eq!(tags, [O]);
        // After an outside word, an inside tag's score is reached only
        // through the opening tag before it.
        let after_outside = lattice(vec![scores(&[(O, 1)]), scores(&[(I_PER, 9)])]);
        let mut tags = vec![O; 2];
        after_outside.decode(0, &mut tags);
        assert_eq!(tags, [B_PER, I_PER]);
    }

    #[test]
    fn tokens_not_scored_are_outside_any_name() {
        let mut lattice = lattice(vec![scores(&[(B_PER, 9)]), scores(&[(I_PER, 9)]), scores(&[(B_PER, 9)])]);
        lattice.scored[1] = false;
        let mut tags = vec![O; 3];
        lattice.decode(0, &mut tags);
        assert_eq!(tags, [B_PER, O, B_PER]);
    }

    #[test]
    fn the_scores_of_the_tag_before_count() {
        let mut lattice = lattice(vec![scores(&[(B_PER, 5), (B_ORG, 4)]), scores(&[(B_PER, 1)])]);
        // After B-ORG, the second word continues the organisation.
        lattice.after[1][B_ORG][I_ORG] = 3;
        let mut tags = vec![O; 2];
        lattice.decode(0, &mut tags);
        assert_eq!(tags, [B_ORG, I_ORG]);
    }

    #[test]
    fn widening_raises_every_wrong_tag() {
        let mut lattice = lattice(vec![scores(&[(B_PER, 5)])]);
        lattice.widen(0, &[B_PER], 10);
        assert_eq!(lattice.base[0][B_PER], 5);
        assert!(lattice.base[0].iter().enumerate().all(|(tag, &s)| tag == B_PER || s == 10));
        let mut tags = vec![O; 1];
        lattice.decode(0, &mut tags);
        assert_ne!(tags, [B_PER], "the right tag must win by the margin");
    }

    fn doc(text: &str, entities: &[(&str, &str)]) -> TrainingDoc {
        let entities = entities
            .iter()
            .map(|(name, label)| {
                let start = text.find(name).expect("name in text");
                (start, start + name.len(), label.to_string())
            })
            .collect();
        TrainingDoc { text: text.to_string(), entities }
    }

    #[test]
    fn training_is_reproducible_and_learns_what_it_is_shown() {
        let docs = [
            doc(
                "Anna Berg said on Monday that Norvale Bank would grow .",
                &[("Anna Berg", "PER"), ("Norvale Bank", "ORG")],
            ),
            doc("Shares of Norvale Bank rose , Anna Berg said .", &[("Norvale Bank", "ORG"), ("Anna Berg", "PER")]),
            doc("Farmers in Kestrel County said the rain was late .", &[("Kestrel County", "LOC")]),
        ];
        let first = train(&docs, 5, |_, _| {});
        let again = train(&docs, 5, |_, _| {});
        assert_eq!(first.to_bytes(), again.to_bytes());
        let document = Document::new(&docs[1].text, jiff::civil::Date::constant(2000, 1, 1));
        let tags: Vec<&str> = first.tag_document(&document).into_iter().map(tag_name).collect();
        assert_eq!(tags, ["O", "O", "B-ORG", "I-ORG", "O", "O", "B-PER", "I-PER", "O", "O"]);
        let bytes = first.to_bytes();
        let read = Model::from_bytes(&bytes).expect("a written model reads back");
        assert_eq!(read.to_bytes(), bytes);
    }

    #[test]
    fn a_damaged_model_file_is_an_error_not_a_model() {
        let model = Model::from_bytes(include_bytes!("../../data/ner.model.zst")).expect("the shipped model reads");
        let mut raw = zstd::decode_all(&model.to_bytes()[..]).unwrap();
        let short = zstd::encode_all(&raw[..raw.len() - 2], 1).unwrap();
        assert!(Model::from_bytes(&short).err().is_some_and(|e| e.contains("expected")));
        let long = zstd::encode_all(&[&raw[..], &[0, 0]].concat()[..], 1).unwrap();
        assert!(Model::from_bytes(&long).err().is_some_and(|e| e.contains("more than")));
        raw[0] = b'X';
        assert_eq!(
            Model::from_bytes(&zstd::encode_all(&raw[..], 1).unwrap()).err(),
            Some("entity model: wrong magic".into())
        );
        assert!(Model::from_bytes(b"not zstd").is_err());
    }
}
