/**
 * The planted stories must show up in the stored data, as the dashboard will compute them:
 * weekly rates from tickets by opened_at, AHT from contacts, recurrence from is_recurrence.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dayStartMs, isoToDay, MS_PER_DAY } from '@/lib/time';
import { storyDates } from './calendar';
import {
  CALL_TRAP_CAUSE_ID,
  CALL_TRAP_CAUSE_NAME,
  NO_EFFECT_ACTION_TITLE,
  NO_EFFECT_CAUSE_ID,
  NO_EFFECT_CAUSE_NAME,
  SPIKE_ACTION_TITLE,
  SPIKE_CAUSE_ID,
  SPIKE_CAUSE_NAME,
  SPIKE_WEEKS,
} from './taxonomy';
import { all, one, seedTempDatabase, TEST_END, type SeededDatabase } from './test-support';

const WEEK = 7 * MS_PER_DAY;
const END_MS = isoToDay(TEST_END) * MS_PER_DAY;

let seeded: SeededDatabase;
beforeAll(() => {
  seeded = seedTempDatabase();
});
afterAll(() => seeded?.close());

/** Classified tickets of the cause per week, opened in [from, to). */
function weeklyRate(causeId: number, from: number, to: number): number {
  const { n } = one<{ n: number }>(
    seeded.db,
    'SELECT COUNT(*) AS n FROM tickets WHERE root_cause_id = ? AND opened_at >= ? AND opened_at < ?',
    causeId,
    from,
    to,
  );
  return n / ((to - from) / WEEK);
}

function action(title: string) {
  return one<{ root_cause_id: number; status: string; done_at: number | null }>(
    seeded.db,
    'SELECT root_cause_id, status, done_at FROM corrective_actions WHERE title = ?',
    title,
  );
}

test('the planted causes have the names and ids the stories refer to', () => {
  const name = (id: number) =>
    one<{ name: string }>(seeded.db, 'SELECT name FROM root_causes WHERE id = ?', id).name;
  expect(name(SPIKE_CAUSE_ID)).toBe(SPIKE_CAUSE_NAME);
  expect(name(CALL_TRAP_CAUSE_ID)).toBe(CALL_TRAP_CAUSE_NAME);
  expect(name(NO_EFFECT_CAUSE_ID)).toBe(NO_EFFECT_CAUSE_NAME);
});

describe('story 1: transposed part numbers spike for a quarter, then a fix halves them', () => {
  const dates = storyDates(isoToDay(TEST_END));
  const spikeStart = dayStartMs(dates.spikeStartDay);
  const spikeEnd = dayStartMs(dates.spikeEndDay);

  test('the action was verified or done at the end of the spike, about 30 weeks before the end', () => {
    const fix = action(SPIKE_ACTION_TITLE);
    expect(fix.root_cause_id).toBe(SPIKE_CAUSE_ID);
    expect(['verified', 'done']).toContain(fix.status);
    expect(fix.done_at).toBe(spikeEnd);
    expect((END_MS - spikeEnd) / WEEK).toBeGreaterThanOrEqual(30);
    expect((END_MS - spikeEnd) / WEEK).toBeLessThan(31);
    expect((spikeEnd - spikeStart) / WEEK).toBe(SPIKE_WEEKS);
  });

  test('the spike quarter runs at more than 2.5x the rate of the quarter 26+ weeks before it', () => {
    const baseline = weeklyRate(SPIKE_CAUSE_ID, spikeStart - 39 * WEEK, spikeStart - 26 * WEEK);
    const spike = weeklyRate(SPIKE_CAUSE_ID, spikeStart, spikeEnd);
    expect(baseline).toBeGreaterThan(5);
    expect(spike).toBeGreaterThan(2.5 * baseline);
  });

  test('after the fix the rate falls to about half of the old baseline', () => {
    const baseline = weeklyRate(SPIKE_CAUSE_ID, END_MS - 104 * WEEK, spikeStart);
    // The last three weeks are left out: triage has not classified all of them yet.
    const after = weeklyRate(SPIKE_CAUSE_ID, spikeEnd, END_MS - 3 * WEEK);
    expect(after / baseline).toBeGreaterThan(0.35);
    expect(after / baseline).toBeLessThan(0.7);
  });
});

describe('story 2: the call-time trap', () => {
  const byCause = () =>
    all<{ id: number; tickets: number; aht: number; recurrence: number }>(
      seeded.db,
      `SELECT root_cause_id AS id, COUNT(*) AS tickets,
              SUM(handle_seconds) * 1.0 / SUM(contact_count) AS aht,
              AVG(is_recurrence) AS recurrence
       FROM tickets WHERE root_cause_id IS NOT NULL GROUP BY root_cause_id`,
    );

  test('the seal cause has the shortest calls of all causes (2-3 minutes, others 5+)', () => {
    const causes = byCause();
    const trap = causes.find((c) => c.id === CALL_TRAP_CAUSE_ID)!;
    expect(trap.aht).toBeGreaterThan(120);
    expect(trap.aht).toBeLessThan(180);
    for (const other of causes.filter((c) => c.id !== CALL_TRAP_CAUSE_ID)) {
      expect(other.aht, `cause ${other.id}`).toBeGreaterThan(Math.max(trap.aht, 270));
    }
  });

  test('it has the highest recurrence rate of all causes, and a large one', () => {
    const causes = byCause();
    const trap = causes.find((c) => c.id === CALL_TRAP_CAUSE_ID)!;
    expect(trap.recurrence).toBeGreaterThan(0.3);
    for (const other of causes.filter((c) => c.id !== CALL_TRAP_CAUSE_ID)) {
      expect(other.recurrence, `cause ${other.id}`).toBeLessThan(trap.recurrence - 0.1);
    }
  });

  test('its problems take two to three weeks to fix', () => {
    const hours = all<{ h: number }>(
      seeded.db,
      `SELECT (resolved_at - opened_at) / 3600000.0 AS h FROM tickets
       WHERE root_cause_id = ? AND resolved_at IS NOT NULL ORDER BY h`,
      CALL_TRAP_CAUSE_ID,
    ).map((r) => r.h);
    const median = hours[Math.floor(hours.length / 2)];
    expect(median / 24).toBeGreaterThan(14);
    expect(median / 24).toBeLessThan(21);
  });
});

describe('story 3: scan-to-verify at packing changed nothing', () => {
  const doneAt = dayStartMs(storyDates(isoToDay(TEST_END)).noEffectDoneDay);

  test('the action is done, about 18 weeks before the end', () => {
    const fix = action(NO_EFFECT_ACTION_TITLE);
    expect(fix.root_cause_id).toBe(NO_EFFECT_CAUSE_ID);
    expect(fix.status).toBe('done');
    expect(fix.done_at).toBe(doneAt);
    expect(Math.round((END_MS - doneAt) / WEEK)).toBe(18);
  });

  test('the weekly rate in the 8 weeks after is within 20 % of the 8 weeks before', () => {
    const before = weeklyRate(NO_EFFECT_CAUSE_ID, doneAt - 8 * WEEK, doneAt);
    const after = weeklyRate(NO_EFFECT_CAUSE_ID, doneAt, doneAt + 8 * WEEK);
    expect(before).toBeGreaterThan(20);
    expect(after / before).toBeGreaterThan(0.8);
    expect(after / before).toBeLessThan(1.2);
  });
});
