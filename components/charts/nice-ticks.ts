/**
 * Round axis ticks from 0 to just above the data (0, 50, ... 350 for a maximum of 310), so an
 * axis reads in steps of 1, 2, 2.5 or 5 times a power of ten and wastes little height. Recharts'
 * own choices here are either odd steps (95, 190) or a top far above the data. With `min`, the
 * ticks start at the round value at or below it instead of at 0.
 */
const STEPS = [1, 2, 2.5, 5];

export function niceTicks(
  max: number,
  { min = 0, maxIntervals = 7, integers = false } = {},
): number[] {
  if (!(max > min)) return [min, min + 1];
  let magnitude = 10 ** Math.floor(Math.log10((max - min) / maxIntervals));
  if (integers) magnitude = Math.max(1, magnitude);
  for (;;) {
    for (const multiple of STEPS) {
      const step = multiple * magnitude;
      if (integers && !Number.isInteger(step)) continue;
      // The tolerances stop float noise (2.0000000001 / 1) from adding an empty interval.
      const first = Math.floor(min / step + 1e-9);
      const last = Math.ceil(max / step - 1e-9);
      if (last - first <= maxIntervals) {
        return Array.from({ length: last - first + 1 }, (_, i) =>
          Number(((first + i) * step).toPrecision(12)),
        );
      }
    }
    magnitude *= 10;
  }
}

/**
 * Round ticks around the values only, with `padding` (a share of their spread) of room on each
 * side, never below 0. For a scatter: its points often sit far from 0 (every call 6 to 7 minutes
 * long), and an axis from 0 would crowd them into one corner.
 */
export function fittedTicks(
  values: readonly number[],
  { padding = 0.1, maxIntervals = 7 } = {},
): number[] {
  const low = Math.min(...values);
  const high = Math.max(...values);
  // Equal values still get room around them: a share of their size, or 1 for zeros.
  const room = (high - low) * padding || Math.abs(high) * padding || 1;
  return niceTicks(high + room, { min: Math.max(0, low - room), maxIntervals });
}
