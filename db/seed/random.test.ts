import { describe, expect, test } from 'vitest';
import { AliasTable, Rng } from './random';

const draw = (rng: Rng, n: number) => Array.from({ length: n }, () => rng.nextUint32());

describe('the seeded random numbers', () => {
  test('the same seed and stream give the same sequence; another seed or stream does not', () => {
    expect(draw(new Rng(7, 1), 50)).toEqual(draw(new Rng(7, 1), 50));
    expect(draw(new Rng(8, 1), 50)).not.toEqual(draw(new Rng(7, 1), 50));
    expect(draw(new Rng(7, 2), 50)).not.toEqual(draw(new Rng(7, 1), 50));
  });

  test('floats are uniform in [0, 1)', () => {
    const rng = new Rng(1);
    const bins = new Array(10).fill(0);
    let outside = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = rng.float();
      if (!(x >= 0 && x < 1)) outside++;
      else bins[Math.floor(x * 10)]++;
    }
    expect(outside).toBe(0);
    for (const count of bins) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });

  test('log-normal draws have the requested median', () => {
    const rng = new Rng(3);
    const values = Array.from({ length: 20_001 }, () => rng.logNormal(40, 0.7)).sort(
      (a, b) => a - b,
    );
    expect(values[10_000]).toBeGreaterThan(38);
    expect(values[10_000]).toBeLessThan(42);
  });

  test('the alias table picks indexes in proportion to their weights', () => {
    const weights = [5, 0, 1, 3, 1];
    const table = new AliasTable(weights);
    const rng = new Rng(11);
    const counts = new Array(weights.length).fill(0);
    for (let i = 0; i < 100_000; i++) counts[table.sample(rng)]++;
    weights.forEach((w, i) => expect(Math.abs(counts[i] / 100_000 - w / 10)).toBeLessThan(0.01));
  });

  test.each([[[]], [[0, 0]], [[1, -1]], [[1, NaN]]])('rejects weights %j', (weights) => {
    expect(() => new AliasTable(weights)).toThrow();
  });
});
