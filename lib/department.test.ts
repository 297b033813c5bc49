import { describe, expect, test } from 'vitest';
import {
  backlogBandOf,
  backlogOpeningDays,
  backlogBands,
  bandPosition,
  causeScatter,
  departmentWeeks,
  isShortCallSlowFix,
  RESOLUTION_BANDS,
  resolutionBands,
} from './department';
import { emptyHistogram, histogramOf } from './histogram';
import { isoToDay } from './time';

describe('resolution bands', () => {
  test('groups the fine buckets into the readable bands, empty bands kept', () => {
    // 1 h and 3 h: < 4 h; 5 h: 4–8 h; 30 h twice: 1–2 d; 100 h (4.2 days): 4–7 d; 800 h: > 4 w.
    const bands = resolutionBands(histogramOf([1, 3, 5, 30, 30, 100, 800]));
    expect(bands.map((b) => b.tickets)).toEqual([2, 1, 0, 2, 0, 1, 0, 0, 1]);
    expect(bands.map((b) => b.label)).toEqual(RESOLUTION_BANDS.map((b) => b.label));
    expect(bands[3].share).toBeCloseTo(2 / 7);
    expect(bands.map((b) => b.center)).toEqual([0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5]);
  });

  test('under a minute goes to the first band; years to the last', () => {
    const bands = resolutionBands(histogramOf([0.001, 20_000]));
    expect(bands[0].tickets).toBe(1);
    expect(bands[8].tickets).toBe(1);
  });

  test('an empty histogram gives empty bands with zero shares', () => {
    const bands = resolutionBands(emptyHistogram());
    expect(bands.every((b) => b.tickets === 0 && b.share === 0)).toBe(true);
  });

  test.each([
    ['half way through the first band (linear)', 2, 0.5],
    ['the lower edge of 4–8 h', 4, 1],
    ['the geometric middle of 4–8 h', 4 * Math.SQRT2, 1.5],
    ['12 h in 8–24 h: log(1.5)/log(3)', 12, 2 + Math.log(1.5) / Math.log(3)],
    ['1000 h in the open band, read as 672–1344 h', 1000, 8 + Math.log(1000 / 672) / Math.log(2)],
    ['far beyond the last band: clamped inside it', 50_000, 8.98],
  ])('band position: %s', (_, hours, expected) => {
    expect(bandPosition(hours)).toBeCloseTo(expected, 9);
  });
});

describe('department weeks', () => {
  // 2026-11-04 is a Wednesday: weeks of 5, 7 and 2 days.
  const range = { fromDay: isoToDay('2026-11-04'), toDay: isoToDay('2026-11-17') };
  test('every week with its recurrence rate; weeks without classified tickets have none', () => {
    const weeks = departmentWeeks(
      [
        { weekStartDay: isoToDay('2026-11-02'), tickets: 10, classified: 8, recurrences: 2 },
        { weekStartDay: isoToDay('2026-11-16'), tickets: 3, classified: 0, recurrences: 0 },
      ],
      range,
    );
    expect(weeks).toEqual([
      { weekStart: '2026-11-02', days: 5, tickets: 10, recurrences: 2, recurrenceRate: 0.25 },
      { weekStart: '2026-11-09', days: 7, tickets: 0, recurrences: 0, recurrenceRate: null },
      { weekStart: '2026-11-16', days: 2, tickets: 3, recurrences: 0, recurrenceRate: null },
    ]);
  });
});

describe('cause scatter', () => {
  const cause = (
    causeId: number,
    tickets: number,
    contacts: number,
    handleSeconds: number,
    hours: number[],
  ) => ({
    causeId,
    causeName: `cause ${causeId}`,
    tickets,
    contacts,
    handleSeconds,
    histogram: hours.length ? histogramOf(hours) : undefined,
  });
  const causes = [
    cause(1, 20, 10, 1200, [300, 300, 300]), // 2 min calls, 300 h to fix: the trap
    cause(2, 50, 50, 18_000, [10, 10]), // 6 min calls, 10 h
    cause(3, 5, 5, 300, [500]), // 1 min, 500 h, but only 5 tickets: drawn, not named
    cause(4, 12, 0, 0, [20]), // no contacts: no AHT, not drawn
    cause(5, 30, 30, 3000, []), // nothing resolved: no median, not drawn
    cause(6, 15, 15, 4320, [26]), // 4.8 min, 26 h: shorter and slower, but by less than 10 %
  ];
  const scatter = causeScatter(causes, { ahtSeconds: 300, p50ResolutionHours: 24 });

  test('points with both figures, most tickets first', () => {
    expect(scatter.points.map((p) => p.causeId)).toEqual([2, 1, 6, 3]);
    expect(scatter.points.map((p) => p.ahtMinutes)).toEqual([6, 2, 4.8, 1]);
    const median = scatter.points.find((p) => p.causeId === 1)!.medianHours;
    expect(Math.abs(median - 300) / 300).toBeLessThan(0.01);
  });

  test('the short-call, slow-fix corner names causes with enough tickets, clear of the margin', () => {
    expect(scatter.ahtMinutes).toBe(5);
    expect(scatter.medianHours).toBe(24);
    // 10 % below 5 min and 10 % above 24 h.
    expect(scatter.corner?.maxAhtMinutes).toBeCloseTo(4.5, 12);
    expect(scatter.corner?.minMedianHours).toBeCloseTo(26.4, 12);
    expect(scatter.shortCallSlowFix.map((p) => p.causeId)).toEqual([1]);
  });

  test('no department figures, no corner', () => {
    const scatter = causeScatter(causes, { ahtSeconds: null, p50ResolutionHours: 24 });
    expect(scatter.corner).toBeNull();
    expect(scatter.shortCallSlowFix).toEqual([]);
  });

  // The department: 10 min calls, fixed in 20 h (median). The corner begins at 9 min and 22 h.
  test.each([
    ['well inside the corner', 40, 5, 40, true],
    ['exactly at both margins: 10 % shorter, 10 % slower', 10, 9, 22, true],
    ['calls a little less than 10 % shorter', 40, 9.01, 40, false],
    ['fixes a little less than 10 % slower', 40, 5, 21.99, false],
    [
      'shorter and slower by only 1 and 2 % (noise, like 6.0 against 6.1 min)',
      40,
      9.9,
      20.4,
      false,
    ],
    ['equal calls', 40, 10, 40, false],
    ['one ticket short of enough', 9, 5, 40, false],
  ])('short calls, slow fix: %s', (_, tickets, ahtMinutes, medianHours, expected) => {
    expect(
      isShortCallSlowFix({ tickets, ahtMinutes, medianHours }, { ahtMinutes: 10, medianHours: 20 }),
    ).toBe(expected);
  });
});

describe('open backlog by age', () => {
  test.each([
    [0, 0],
    [1, 0],
    [2, 1],
    [6, 1],
    [7, 2],
    [27, 2],
    [28, 3],
    [400, 3],
  ])('an age of %d days is in band %d', (age, band) => {
    expect(backlogBandOf(age)).toBe(band);
  });

  // Today is day 100; the range is days 80-100.
  test.each([
    [0, { fromDay: 99, toDay: 100 }],
    [1, { fromDay: 94, toDay: 98 }],
    [2, { fromDay: 80, toDay: 93 }],
    [3, null],
  ])('band %d holds the tickets opened on %j within the range', (band, days) => {
    expect(backlogOpeningDays(band, 100, { fromDay: 80, toDay: 100 })).toEqual(days);
  });

  test('a range that ended long ago has only old tickets', () => {
    expect(backlogOpeningDays(3, 100, { fromDay: 10, toDay: 40 })).toEqual({
      fromDay: 10,
      toDay: 40,
    });
    expect(backlogOpeningDays(0, 100, { fromDay: 10, toDay: 40 })).toBeNull();
  });

  test('every band, empty ones with zero', () => {
    expect(
      backlogBands([
        { band: 1, tickets: 4 },
        { band: 3, tickets: 2 },
      ]),
    ).toEqual([
      { label: '0–2 days', tickets: 0 },
      { label: '2–7 days', tickets: 4 },
      { label: '1–4 weeks', tickets: 0 },
      { label: 'over 4 weeks', tickets: 2 },
    ]);
  });
});
