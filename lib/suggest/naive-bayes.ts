/**
 * A multinomial naive-Bayes classifier of tickets into root causes, trained in-process on the
 * tickets already classified. Counting is all it learns, so a classification adds to it (or an
 * undo takes away) in microseconds, and a suggestion costs a few thousand additions.
 */

export interface Suggestion {
  label: number;
  /** The posterior probability among all labels, 0..1. */
  confidence: number;
}

/** Laplace smoothing: a word never seen with a cause is unlikely, not impossible. */
const ALPHA = 1;

export class NaiveBayes {
  private readonly labels: number[] = [];
  private readonly index = new Map<number, number>();
  private docs: number[] = [];
  private tokensPerLabel: number[] = [];
  private readonly counts = new Map<string, number[]>();
  private totalDocs = 0;

  private slot(label: number): number {
    let i = this.index.get(label);
    if (i === undefined) {
      i = this.labels.length;
      this.index.set(label, i);
      this.labels.push(label);
      this.docs.push(0);
      this.tokensPerLabel.push(0);
      for (const row of this.counts.values()) row.push(0);
    }
    return i;
  }

  /** Learns (sign 1) or forgets (sign −1) one classified ticket. */
  add(features: readonly string[], label: number, sign: 1 | -1 = 1): void {
    const i = this.slot(label);
    this.docs[i] += sign;
    this.totalDocs += sign;
    for (const f of features) {
      let row = this.counts.get(f);
      if (!row) {
        row = new Array<number>(this.labels.length).fill(0);
        this.counts.set(f, row);
      }
      row[i] += sign;
      this.tokensPerLabel[i] += sign;
    }
  }

  get trainedOn(): number {
    return this.totalDocs;
  }

  /** The most likely labels, best first, with their probabilities. */
  suggest(features: readonly string[], limit = 3): Suggestion[] {
    const n = this.labels.length;
    if (n === 0 || this.totalDocs === 0) return [];
    const vocabulary = this.counts.size;
    const scores = new Array<number>(n);
    for (let i = 0; i < n; i++) {
      scores[i] = this.docs[i] > 0 ? Math.log(this.docs[i] / this.totalDocs) : -Infinity;
    }
    for (const f of features) {
      const row = this.counts.get(f);
      // A word no ticket had tells nothing about the cause.
      if (!row) continue;
      for (let i = 0; i < n; i++) {
        scores[i] += Math.log((row[i] + ALPHA) / (this.tokensPerLabel[i] + ALPHA * vocabulary));
      }
    }
    const best = Math.max(...scores);
    const weights = scores.map((s) => Math.exp(s - best));
    const sum = weights.reduce((a, b) => a + b, 0);
    return weights
      .map((w, i) => ({ label: this.labels[i], confidence: w / sum }))
      .filter((s) => this.docs[this.index.get(s.label)!] > 0)
      .sort((a, b) => b.confidence - a.confidence || a.label - b.label)
      .slice(0, limit);
  }
}
