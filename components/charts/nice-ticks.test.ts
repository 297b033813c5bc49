import { describe, expect, test } from 'vitest';
import { fittedTicks, niceTicks } from './nice-ticks';

describe('niceTicks', () => {
  test.each([
    ['from 0 just past the maximum', 310, {}, [0, 50, 100, 150, 200, 250, 300, 350]],
    ['a maximum on a tick adds no empty interval', 2, { maxIntervals: 2 }, [0, 1, 2]],
    ['whole steps only for counts', 3, { integers: true }, [0, 1, 2, 3]],
    [
      'from the round value below a minimum',
      6.27,
      { min: 5.42, maxIntervals: 8 },
      [5.4, 5.6, 5.8, 6, 6.2, 6.4],
    ],
    ['a minimum on a tick starts there', 40, { min: 20 }, [20, 25, 30, 35, 40]],
    ['nothing to span: one interval', 0, {}, [0, 1]],
  ])('%s', (_, max, options, ticks) => {
    expect(niceTicks(max, options)).toEqual(ticks);
  });
});

describe('fittedTicks', () => {
  test('spans the values with a tenth of their spread to spare, not from 0', () => {
    // 6.0 to 6.2 with 0.02 of room: 5.98 to 6.22, in steps of 0.05.
    expect(fittedTicks([6.1, 6, 6.2])).toEqual([5.95, 6, 6.05, 6.1, 6.15, 6.2, 6.25]);
  });

  test('does not go below 0', () => {
    expect(fittedTicks([0.5, 10])).toEqual([0, 2, 4, 6, 8, 10, 12]);
  });

  test('equal values get room around them', () => {
    // 4.5 to 5.5, in steps of 0.2.
    expect(fittedTicks([5, 5])).toEqual([4.4, 4.6, 4.8, 5, 5.2, 5.4, 5.6]);
    expect(fittedTicks([0])).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });
});
