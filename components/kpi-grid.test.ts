import { describe, expect, test } from 'vitest';
import { deltaLabel } from './kpi-delta';
import { definitionDelta, kpiDefinitions } from './kpi-grid';

const definition = (testId: string) => kpiDefinitions('USD', 30).find((d) => d.testId === testId)!;

describe('a change while many of the period’s tickets are open', () => {
  test('a figure that settles as tickets resolve is provisional and not judged', () => {
    // Median resolution 42.8 h against 70.3 h: 39 % faster, but only the quick ones are in.
    const delta = definitionDelta(definition('kpi-p50-resolution'), 42.8, 70.3, true);
    expect(delta).toMatchObject({ direction: 'down', tone: 'neutral', provisional: true });
    expect(deltaLabel(delta)).toBe('−39.1 % (provisional)');
    const settled = definitionDelta(definition('kpi-p50-resolution'), 42.8, 70.3, false);
    expect(settled).toMatchObject({ direction: 'down', tone: 'good' });
    expect(deltaLabel(settled)).toBe('−39.1 %');
  });
  test.each(['kpi-p90-resolution', 'kpi-fcr', 'kpi-cost'])('%s settles too', (testId) => {
    expect(definitionDelta(definition(testId), 2, 1, true).tone).toBe('neutral');
  });
  test('figures fixed at opening are judged as usual', () => {
    // More tickets opened, more recurrences: known in full the day the tickets open.
    expect(definitionDelta(definition('kpi-tickets'), 120, 100, true).tone).toBe('bad');
    expect(definitionDelta(definition('kpi-recurrence'), 0.2, 0.1, true).tone).toBe('bad');
  });
  test('nothing to compare stays as it is', () => {
    const delta = definitionDelta(definition('kpi-fcr'), null, 0.5, true);
    expect(delta.provisional).toBeUndefined();
    expect(delta.text).toBe('nothing to compare');
  });
});
