import { describe, expect, test } from 'vitest';
import { paretoOf, UNCLASSIFIED_KEY, weeklySeries } from './overview';
import { isoToDay } from './time';

const cause = (causeId: number, tickets: number) => ({
  causeId,
  causeName: `cause ${causeId}`,
  departmentSlug: 'warehouse',
  departmentName: 'Warehouse',
  tickets,
});

describe('Pareto', () => {
  test('sorts by tickets and accumulates the share', () => {
    const points = paretoOf([cause(1, 10), cause(2, 60), cause(3, 30)]);
    expect(points.map((p) => p.causeId)).toEqual([2, 3, 1]);
    expect(points.map((p) => p.share)).toEqual([0.6, 0.3, 0.1]);
    expect(points.map((p) => p.cumulativeShare)).toEqual([0.6, 0.9, 1]);
  });
  test('no causes, no points', () => {
    expect(paretoOf([])).toEqual([]);
  });
});

describe('weekly series', () => {
  // 2026-11-04 is a Wednesday: the first week is partial (5 days), as is the last (2 days).
  const range = { fromDay: isoToDay('2026-11-04'), toDay: isoToDay('2026-11-17') };
  const monday = (iso: string) => isoToDay(iso);
  test('every week of the range, empty ones included, partial weeks marked', () => {
    const series = weeklySeries(
      [
        { weekStartDay: monday('2026-11-02'), departmentKey: 4, tickets: 3 },
        { weekStartDay: monday('2026-11-02'), departmentKey: 0, tickets: 2 },
        { weekStartDay: monday('2026-11-16'), departmentKey: 4, tickets: 1 },
      ],
      new Map([[4, 'warehouse']]),
      range,
    );
    expect(series).toEqual([
      {
        weekStart: '2026-11-02',
        days: 5,
        total: 5,
        counts: { warehouse: 3, [UNCLASSIFIED_KEY]: 2 },
      },
      { weekStart: '2026-11-09', days: 7, total: 0, counts: {} },
      { weekStart: '2026-11-16', days: 2, total: 1, counts: { warehouse: 1 } },
    ]);
  });
});
