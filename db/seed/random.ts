/**
 * The seeded randomness of the demo generator. sfc32 is small, fast and passes PractRand far
 * beyond what a demo needs; Math.random would make the data different on every run.
 */

/** splitmix32 step: spreads a small seed over all 32 bits so seeds 1 and 2 are unrelated. */
function splitmix32(state: number): [number, number] {
  const next = (state + 0x9e3779b9) | 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return [next, (z ^ (z >>> 16)) >>> 0];
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private spareNormal: number | null = null;

  /** One independent stream per (seed, stream): parts of the data do not shift each other. */
  constructor(seed: number, stream = 0) {
    let s = (seed ^ Math.imul(stream + 1, 0x27d4eb2f)) | 0;
    const words: number[] = [];
    for (let i = 0; i < 4; i++) {
      const [next, out] = splitmix32(s);
      s = next;
      words.push(out);
    }
    [this.a, this.b, this.c, this.d] = words;
    // The first outputs of sfc32 still carry the seed's structure.
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.float() * n);
  }

  /** Uniform integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  /** Standard normal (Box-Muller; the second value of each pair is kept for the next call). */
  normal(): number {
    if (this.spareNormal !== null) {
      const spare = this.spareNormal;
      this.spareNormal = null;
      return spare;
    }
    const u = 1 - this.float();
    const v = this.float();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spareNormal = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  }

  /** Log-normal given its median and the sigma of its logarithm. */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  /** Exponential with the given mean. */
  exponential(mean: number): number {
    return -mean * Math.log(1 - this.float());
  }
}

/**
 * Walker/Vose alias table: picks an index with probability proportional to its weight in O(1),
 * which matters when a million tickets each pick one of 130,000 customers.
 */
export class AliasTable {
  /**
   * Per index, the chance to keep it and the index to take otherwise, side by side: sampling
   * 130,000 customers reads one cache line instead of two.
   */
  private readonly slots: Float64Array;
  readonly size: number;

  constructor(weights: ArrayLike<number>) {
    const n = weights.length;
    if (n === 0) throw new Error('AliasTable needs at least one weight');
    let total = 0;
    for (let i = 0; i < n; i++) {
      if (!(weights[i] >= 0)) throw new Error(`AliasTable weight ${i} is not a number >= 0`);
      total += weights[i];
    }
    if (total <= 0) throw new Error('AliasTable needs a positive total weight');
    this.size = n;
    const slots = new Float64Array(2 * n);
    const scaled = new Float64Array(n);
    const small: number[] = [];
    const large: number[] = [];
    for (let i = 0; i < n; i++) {
      scaled[i] = (weights[i] * n) / total;
      (scaled[i] < 1 ? small : large).push(i);
    }
    while (small.length > 0 && large.length > 0) {
      const s = small.pop()!;
      const l = large.pop()!;
      slots[2 * s] = scaled[s];
      slots[2 * s + 1] = l;
      scaled[l] = scaled[l] + scaled[s] - 1;
      (scaled[l] < 1 ? small : large).push(l);
    }
    // Leftovers are 1 up to rounding error.
    for (const i of large) slots[2 * i] = 1;
    for (const i of small) slots[2 * i] = 1;
    this.slots = slots;
  }

  sample(rng: Rng): number {
    const u = rng.float() * this.size;
    const i = Math.floor(u);
    return u - i < this.slots[2 * i] ? i : this.slots[2 * i + 1];
  }
}
