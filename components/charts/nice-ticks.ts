/**
 * Round axis ticks from 0 to just above the data (0, 50, ... 350 for a maximum of 310), so an
 * axis reads in steps of 1, 2, 2.5 or 5 times a power of ten and wastes little height. Recharts'
 * own choices here are either odd steps (95, 190) or a top far above the data.
 */
const STEPS = [1, 2, 2.5, 5];

export function niceTicks(max: number, { maxIntervals = 7, integers = false } = {}): number[] {
  if (!(max > 0)) return [0, 1];
  let magnitude = 10 ** Math.floor(Math.log10(max / maxIntervals));
  if (integers) magnitude = Math.max(1, magnitude);
  for (;;) {
    for (const multiple of STEPS) {
      const step = multiple * magnitude;
      if (integers && !Number.isInteger(step)) continue;
      // The tolerance stops float noise (2.0000000001 / 1) from adding an empty interval.
      const intervals = Math.ceil(max / step - 1e-9);
      if (intervals <= maxIntervals) {
        return Array.from({ length: intervals + 1 }, (_, i) => Number((i * step).toPrecision(12)));
      }
    }
    magnitude *= 10;
  }
}
