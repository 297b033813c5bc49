import { describe, expect, test } from 'vitest';
import { apiBatchSchema, parseApiTicket } from './api-ticket';
import { referenceData } from './row';

const reference = referenceData(
  [{ id: 4, slug: 'warehouse', name: 'Warehouse & shipping' }],
  [{ id: 12, departmentId: 4, name: 'Wrong item picked', retired: false, mergedIntoId: null }],
);

const good = {
  externalId: ' 77 ',
  openedAt: '2026-01-05T09:30:00Z',
  resolvedAt: '2026-01-06T10:00:00+01:00',
  customer: { ref: 'C-1' },
  department: 'Warehouse',
  rootCause: 'wrong item picked',
  fixCost: 12.345,
  contacts: [{ startedAt: '2026-01-05T09:30:00Z', channel: 'phone', handleSeconds: 300 }],
};

describe('a ticket of the JSON API', () => {
  test('maps to what the import stores; what it leaves out stays undefined', () => {
    expect(parseApiTicket(good, 'crm', reference)).toEqual({
      ok: true,
      ticket: {
        sourceSystem: 'crm',
        externalId: '77',
        openedAt: Date.parse('2026-01-05T09:30:00Z'),
        resolvedAt: Date.parse('2026-01-06T09:00:00Z'),
        channel: undefined,
        severity: undefined,
        customer: { ref: 'C-1', name: null },
        product: undefined,
        orderRef: undefined,
        classification: { rootCauseId: 12, departmentId: 4 },
        subject: undefined,
        description: undefined,
        csat: undefined,
        fixCostCents: 1235,
        contacts: [
          {
            startedAt: Date.parse('2026-01-05T09:30:00Z'),
            channel: 'phone',
            agent: '',
            handleSeconds: 300,
          },
        ],
      },
    });
  });
  test.each([
    [{ openedAt: '05/01/2026' }, ['openedAt']],
    [{ openedAt: '2999-01-05T09:30:00Z', resolvedAt: null }, ['openedAt']],
    [{ resolvedAt: '2100-01-01T00:00:00Z' }, ['resolvedAt']],
    [{ openedAt: '2026-01-05T09:30:00Z', resolvedAt: '2026-01-04T09:30:00Z' }, ['resolvedAt']],
    [{ customer: {} }, ['customer']],
    [{ externalId: '' }, ['externalId']],
    [{ csat: 9 }, ['csat']],
    [{ department: undefined }, ['department']],
    [
      { contacts: [{ startedAt: 'x', channel: 'fax', handleSeconds: 1.5 }] },
      ['contacts.0.startedAt', 'contacts.0.channel', 'contacts.0.handleSeconds'],
    ],
    [
      { contacts: [{ startedAt: '1969-12-31T23:59:59Z', channel: 'phone', handleSeconds: 60 }] },
      ['contacts.0.startedAt'],
    ],
  ])('%j is refused at %j', (change, paths) => {
    const result = parseApiTicket({ ...good, ...change }, 'crm', reference);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => e.path)).toEqual(paths);
  });
  test('an unknown department or cause is named', () => {
    expect(parseApiTicket({ ...good, department: 'moon' }, 'crm', reference)).toEqual({
      ok: false,
      errors: [{ path: 'department', message: 'no department "moon"' }],
    });
    const cause = parseApiTicket({ ...good, rootCause: 'Gremlins' }, 'crm', reference);
    expect(!cause.ok && cause.errors[0].path).toBe('rootCause');
  });
  test('a cause without its department is refused', () => {
    expect(parseApiTicket({ ...good, department: null }, 'crm', reference)).toEqual({
      ok: false,
      errors: [
        { path: 'department', message: 'name the department of the cause "wrong item picked"' },
      ],
    });
  });
  test('department null: unattributed', () => {
    const result = parseApiTicket({ ...good, department: null, rootCause: null }, 'crm', reference);
    expect(result.ok && result.ticket.classification).toEqual({
      rootCauseId: null,
      departmentId: null,
    });
  });
});

describe('the batch envelope', () => {
  test.each([
    [{ sourceSystem: 'crm', tickets: [] }, 'at least one'],
    [{ sourceSystem: 'crm', tickets: 'x' }, 'must be an array'],
    [{ tickets: [{}] }, 'sourceSystem'],
    [{ sourceSystem: 'crm', tickets: Array(1001).fill({}) }, 'at most 1,000'],
  ])('%j is refused', (body, message) => {
    const parsed = apiBatchSchema.safeParse(body);
    expect(parsed.success).toBe(false);
    expect(!parsed.success && parsed.error.issues[0].message).toContain(message);
  });
});
