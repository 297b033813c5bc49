import { describe, expect, test } from 'vitest';
import {
  averageHandleSeconds,
  classificationCoverage,
  costOfPoorQualityCents,
  firstContactResolution,
  kpisOfTickets,
  percentile,
  periodDelta,
  recurrenceRate,
  resolutionFiguresProvisional,
  resolutionHours,
  upstreamShare,
  type MetricTicket,
} from './metrics';

const H = 3_600_000;

describe('percentile (nearest rank)', () => {
  test.each([
    [[], 50, null],
    [[7], 50, 7],
    [[7], 90, 7],
    [[4, 1, 3, 2], 50, 2], // rank ceil(0.5*4)=2
    [[4, 1, 3, 2], 90, 4], // rank ceil(0.9*4)=4
    [[10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 90, 90], // rank 9
    [[10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 50, 50], // rank 5
    [[5, 1, 2, 3, 4], 50, 3], // rank 3
  ])('percentile(%j, %i) = %j', (values, p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });
});

describe('ratios', () => {
  test('resolution hours', () => {
    expect(resolutionHours(0, 36 * H)).toBe(36);
    expect(resolutionHours(0, null)).toBeNull();
  });
  test('AHT = handle seconds / contacts', () => {
    expect(averageHandleSeconds(900, 3)).toBe(300);
    expect(averageHandleSeconds(0, 0)).toBeNull(); // zero contacts: no AHT, not 0
  });
  test('FCR = resolved with one contact / resolved with a contact recorded', () => {
    expect(firstContactResolution(3, 4)).toBe(0.75);
    expect(firstContactResolution(0, 0)).toBeNull(); // all open, or no contact recorded
  });
  test('recurrence rate, upstream share, coverage', () => {
    expect(recurrenceRate(1, 4)).toBe(0.25);
    expect(upstreamShare(3, 4)).toBe(0.75);
    expect(classificationCoverage(9, 10)).toBe(0.9);
    expect(classificationCoverage(0, 0)).toBeNull();
  });
  test('cost of poor quality = fix costs + handle hours x agent cost', () => {
    // 1.5 h of handling at $40/h = $60 = 6000 cents, plus $25.50 of fixes.
    expect(costOfPoorQualityCents(2550, 5400, 40)).toBe(8550);
    expect(costOfPoorQualityCents(0, 0, 40)).toBe(0);
  });
});

describe('period-over-period delta', () => {
  test.each([
    [120, 100, 20, 0.2],
    [80, 100, -20, -0.2],
    [5, 0, 5, null], // no relative change from zero
    [null, 100, null, null],
    [100, null, null, null],
  ])('current %j vs previous %j', (current, previous, change, relative) => {
    const delta = periodDelta(current, previous);
    expect(delta.change).toBe(change);
    if (relative === null) expect(delta.relativeChange).toBeNull();
    else expect(delta.relativeChange).toBeCloseTo(relative);
  });
});

describe('resolution figures are provisional while many tickets are open', () => {
  test.each([
    [0, 0, false], // no tickets: nothing to settle
    [100, 0, false],
    [100, 5, false], // 5 % open: settled enough
    [100, 6, true],
    [20, 2, true], // 10 %
    [3, 3, true], // all open
  ])('%j tickets, %j open: %j', (tickets, openTickets, provisional) => {
    expect(resolutionFiguresProvisional({ tickets, openTickets })).toBe(provisional);
  });
});

describe('kpisOfTickets (the exact path)', () => {
  const base: MetricTicket = {
    openedAt: 0,
    resolvedAt: null,
    rootCauseId: null,
    departmentIsUpstream: null,
    contactCount: 1,
    handleSeconds: 300,
    fixCostCents: 0,
    isRecurrence: false,
  };

  test('no tickets: counts are zero, ratios and percentiles are missing', () => {
    const k = kpisOfTickets([], 45);
    expect(k).toEqual({
      tickets: 0,
      openTickets: 0,
      p50ResolutionHours: null,
      p90ResolutionHours: null,
      ahtSeconds: null,
      fcr: null,
      recurrenceRate: null,
      costOfPoorQualityCents: 0,
      upstreamShare: null,
      classificationCoverage: null,
    });
  });

  test('all open: no percentiles, no FCR, backlog equals tickets', () => {
    const k = kpisOfTickets([base, base], 45);
    expect(k.openTickets).toBe(2);
    expect(k.p50ResolutionHours).toBeNull();
    expect(k.fcr).toBeNull();
    expect(k.ahtSeconds).toBe(300);
  });

  test('a small mixed set, computed by hand', () => {
    const tickets: MetricTicket[] = [
      // upstream, resolved in 2 h with one contact of 120 s, a recurrence, $10 fix
      {
        ...base,
        resolvedAt: 2 * H,
        rootCauseId: 1,
        departmentIsUpstream: true,
        handleSeconds: 120,
        fixCostCents: 1000,
        isRecurrence: true,
      },
      // upstream, resolved in 10 h with 3 contacts totalling 900 s
      {
        ...base,
        resolvedAt: 10 * H,
        rootCauseId: 2,
        departmentIsUpstream: true,
        contactCount: 3,
        handleSeconds: 900,
      },
      // customer service, resolved in 4 h, 2 contacts 300 s
      {
        ...base,
        resolvedAt: 4 * H,
        rootCauseId: 3,
        departmentIsUpstream: false,
        contactCount: 2,
        handleSeconds: 300,
      },
      // unclassified, open, no contacts
      { ...base, contactCount: 0, handleSeconds: 0 },
    ];
    const k = kpisOfTickets(tickets, 36);
    expect(k.tickets).toBe(4);
    expect(k.openTickets).toBe(1);
    expect(k.p50ResolutionHours).toBe(4); // sorted 2,4,10: rank 2
    expect(k.p90ResolutionHours).toBe(10); // rank 3
    expect(k.ahtSeconds).toBe(220); // 1320 s / 6 contacts
    expect(k.fcr).toBeCloseTo(1 / 3); // one of three resolved had a single contact
    expect(k.recurrenceRate).toBeCloseTo(1 / 3); // 1 of 3 classified
    expect(k.upstreamShare).toBeCloseTo(2 / 3);
    expect(k.classificationCoverage).toBe(0.75);
    // 1320 s = 0.3667 h x $36 = $13.20 -> 1320 cents, plus 1000 cents of fixes
    expect(k.costOfPoorQualityCents).toBe(2320);
  });

  test('resolved tickets without a recorded contact: in neither side of FCR, nor in AHT', () => {
    // An import without handle times stores no contacts: such a ticket says nothing about how
    // many contacts its resolution took, and adds no calls of zero seconds to AHT.
    const unrecorded = { ...base, resolvedAt: 5 * H, contactCount: 0, handleSeconds: 0 };
    const tickets: MetricTicket[] = [
      { ...base, resolvedAt: 1 * H }, // one contact, 300 s
      { ...base, resolvedAt: 3 * H, contactCount: 2, handleSeconds: 500 },
      unrecorded,
      unrecorded,
    ];
    const k = kpisOfTickets(tickets, 36);
    expect(k.fcr).toBe(0.5); // 1 of the 2 resolved with contacts, not 1 of 4
    expect(k.ahtSeconds).toBeCloseTo(800 / 3); // 800 s over 3 contacts
    expect(k.openTickets).toBe(0);
    expect(k.p50ResolutionHours).toBe(3); // resolution counts every resolved ticket: 1, 3, 5, 5
  });
});
