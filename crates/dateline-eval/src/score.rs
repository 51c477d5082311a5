//! Precision, recall and F1, and one-to-one span matching.

use serde::Serialize;

/// Counts behind one measure.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Counts {
    /// Predictions that matched a gold item.
    pub correct: usize,
    pub predicted: usize,
    pub gold: usize,
}

impl Counts {
    pub fn add(&mut self, other: Counts) {
        self.correct += other.correct;
        self.predicted += other.predicted;
        self.gold += other.gold;
    }

    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.predicted)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.correct, self.gold)
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

pub fn overlaps(a: [usize; 2], b: [usize; 2]) -> bool {
    a[0] < b[1] && b[0] < a[1]
}

fn overlap(a: [usize; 2], b: [usize; 2]) -> usize {
    a[1].min(b[1]).saturating_sub(a[0].max(b[0]))
}

/// Matches predictions to gold items one to one, greedily by the size of
/// the overlap of their main spans, among the pairs `fits` accepts. Returns
/// the number of matched pairs.
pub fn match_count<P, G>(
    predicted: &[P],
    gold: &[G],
    span_p: impl Fn(&P) -> [usize; 2],
    span_g: impl Fn(&G) -> [usize; 2],
    fits: impl Fn(&P, &G) -> bool,
) -> usize {
    match_pairs(predicted, gold, span_p, span_g, fits).len()
}

/// The pairs (prediction, gold item) that [`match_count`] counts.
pub fn match_pairs<P, G>(
    predicted: &[P],
    gold: &[G],
    span_p: impl Fn(&P) -> [usize; 2],
    span_g: impl Fn(&G) -> [usize; 2],
    fits: impl Fn(&P, &G) -> bool,
) -> Vec<(usize, usize)> {
    let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
    for (i, p) in predicted.iter().enumerate() {
        for (j, g) in gold.iter().enumerate() {
            let size = overlap(span_p(p), span_g(g));
            if size > 0 && fits(p, g) {
                pairs.push((size, i, j));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut used_p, mut used_g) = (vec![false; predicted.len()], vec![false; gold.len()]);
    let mut matched = Vec::new();
    for (_, i, j) in pairs {
        if !used_p[i] && !used_g[j] {
            used_p[i] = true;
            used_g[j] = true;
            matched.push((i, j));
        }
    }
    matched
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn f1_of_counts() {
        let c = Counts { correct: 3, predicted: 4, gold: 6 };
        assert_eq!(c.precision(), 0.75);
        assert_eq!(c.recall(), 0.5);
        assert!((c.f1() - 0.6).abs() < 1e-9);
        assert_eq!(Counts::default().f1(), 0.0);
    }

    #[test]
    fn matching_is_one_to_one() {
        let p = [[0, 10], [5, 12]];
        let g = [[0, 11]];
        assert_eq!(match_count(&p, &g, |x| *x, |x| *x, |_, _| true), 1);
    }
}
