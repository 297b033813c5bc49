import { beforeAll, describe, expect, test } from 'vitest';
import { insertReferenceRows, openTestDatabase } from '../test-support';
import type { Db } from '../open';
import { listEntityHistory } from './audit';
import { classifyTickets, attributionOfCause } from './classify';
import { storeImportedTickets } from './import-store';
import {
  createRule,
  deleteRule,
  getActiveRules,
  listRules,
  setRuleEnabled,
  ticketsARuleWouldChange,
} from './rules';
import { setCauseRetired } from './taxonomy';
import { compileRule } from '@/lib/rules';
import { DEFAULT_SETTINGS } from '@/lib/settings';

const T0 = Date.UTC(2026, 0, 5);

describe('classification rules', () => {
  let db: Db;
  const ticket = (externalId: string, subject: string) => ({
    sourceSystem: 'test',
    externalId,
    openedAt: T0,
    customer: { ref: 'c1', name: null },
    subject,
    description: '',
    channel: 'email' as const,
  });
  const row = (externalId: string) =>
    db.$client
      .prepare(
        'SELECT id, root_cause_id AS cause, classification_source AS source FROM tickets WHERE external_id = ?',
      )
      .get(externalId) as { id: number; cause: number | null; source: string | null };

  beforeAll(() => {
    db = openTestDatabase();
    insertReferenceRows(db);
  });

  test('a rule attributes the new tickets it matches when they arrive, and is audited', () => {
    const id = createRule(
      db,
      { field: 'subject', operator: 'contains', pattern: 'wrong part', rootCauseId: 2 },
      null,
    );
    expect(listRules(db)).toMatchObject([
      { id, causeName: 'Wrong item picked', enabled: true, position: 1 },
    ]);
    expect(listEntityHistory(db, 'rule', String(id))[0]).toMatchObject({ action: 'create' });
    storeImportedTickets(
      db,
      [ticket('R1', 'Got the WRONG PART'), ticket('R2', 'Late again')],
      DEFAULT_SETTINGS,
    );
    expect(row('R1')).toMatchObject({ cause: 2, source: 'rule' });
    expect(row('R2')).toMatchObject({ cause: null, source: null });
  });

  test('applying to existing tickets never changes a human attribution', () => {
    storeImportedTickets(
      db,
      [ticket('R3', 'wrong part once more'), ticket('R4', 'the wrong part')],
      DEFAULT_SETTINGS,
    );
    // R3 and R4 arrived attributed by the first rule; a person moves R4 to cause 1.
    classifyTickets(
      db,
      { ticketIds: [row('R4').id], to: attributionOfCause(db, 1)!, userId: null, source: 'human' },
      DEFAULT_SETTINGS,
    );
    const broad = compileRule({
      id: 99,
      field: 'text',
      operator: 'regex',
      pattern: 'wrong|late',
      rootCauseId: 3,
    });
    expect(broad.ok).toBe(true);
    const ids = ticketsARuleWouldChange(db, broad.ok ? broad.rule : (undefined as never));
    expect(ids.sort()).toEqual([row('R1').id, row('R2').id, row('R3').id].sort());
  });

  test('a disabled rule does not run; a deleted one is gone, with a trace', () => {
    const [rule] = listRules(db);
    setRuleEnabled(db, rule.id, false, null);
    expect(getActiveRules(db)).toEqual([]);
    storeImportedTickets(db, [ticket('R5', 'wrong part')], DEFAULT_SETTINGS);
    expect(row('R5').cause).toBeNull();
    deleteRule(db, rule.id, null);
    expect(listRules(db)).toEqual([]);
    expect(listEntityHistory(db, 'rule', String(rule.id)).map((e) => e.action)).toEqual([
      'delete',
      'disable',
      'create',
    ]);
  });

  test('a rule whose cause is retired does not run until the cause is reinstated', () => {
    const id = createRule(
      db,
      { field: 'subject', operator: 'contains', pattern: 'promised', rootCauseId: 4 },
      null,
    );
    setCauseRetired(db, 4, true, null);
    expect(listRules(db).find((r) => r.id === id)).toMatchObject({ causeRetired: true });
    expect(getActiveRules(db)).toEqual([]);
    storeImportedTickets(db, [ticket('R6', 'promised Monday')], DEFAULT_SETTINGS);
    expect(row('R6')).toMatchObject({ cause: null, source: null });
    setCauseRetired(db, 4, false, null);
    storeImportedTickets(db, [ticket('R7', 'promised Monday')], DEFAULT_SETTINGS);
    expect(row('R7')).toMatchObject({ cause: 4, source: 'rule' });
  });
});
