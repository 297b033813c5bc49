import { describe, expect, test } from 'vitest';
import { FRESHDESK_HEADERS, presetMapping, ZENDESK_HEADERS } from './test-fixtures';
import type { ImportMapping } from './mapping';
import { categoryValues, mapRow, MAX_TEXT_LENGTH, referenceData } from './row';

const cause = (id: number, departmentId: number, name: string, extra: object = {}) => ({
  id,
  departmentId,
  name,
  retired: false,
  mergedIntoId: null,
  ...extra,
});
const reference = referenceData(
  [
    { id: 3, slug: 'order-entry', name: 'Quotations & order entry' },
    { id: 4, slug: 'warehouse', name: 'Warehouse' },
  ],
  [
    cause(11, 3, 'Transposed part number'),
    cause(12, 4, 'Wrong item picked'),
    // Merged into "Wrong item picked", of another department.
    cause(13, 3, 'Wrong part number', { retired: true, mergedIntoId: 12 }),
    cause(14, 4, 'Crushed in the box', { retired: true }),
  ],
);

function setup(
  headers: string[],
  preset: 'zendesk' | 'freshdesk',
  extra: Partial<ImportMapping> = {},
) {
  const { mapping, columnIndex } = presetMapping(preset, headers, {
    values: {
      'Wrong part': { causeId: 12 },
      typo: { causeId: 11 },
      shipping: { department: 'warehouse' },
    },
    ...extra,
  });
  return (values: Record<string, string>) =>
    mapRow(
      headers.map((h) => values[h] ?? ''),
      columnIndex,
      mapping,
      reference,
    );
}

describe('a Zendesk row', () => {
  const row = setup(ZENDESK_HEADERS, 'zendesk');
  const good = {
    Id: '4711',
    Subject: 'Got the wrong part',
    'Created at': '2026-01-05 09:30:00',
    'Solved at': '2026-01-06 15:00:00',
    Via: 'Phone call (incoming)',
    'Requester id': '9001',
    Organization: 'Acme GmbH',
    'Category [list]': 'Wrong part',
    Replies: '3',
  };
  test('maps every field it carries, and only those', () => {
    const result = row(good);
    expect(result).toEqual({
      ok: true,
      ticket: {
        sourceSystem: 'zendesk',
        externalId: '4711',
        openedAt: Date.parse('2026-01-05T09:30:00Z'),
        resolvedAt: Date.parse('2026-01-06T15:00:00Z'),
        channel: 'phone',
        customer: { ref: '9001', name: 'Acme GmbH' },
        product: undefined,
        orderRef: undefined,
        subject: 'Got the wrong part',
        description: undefined,
        csat: undefined,
        classification: { rootCauseId: 12, departmentId: 4 },
        // Zendesk's export has no handle time: no contacts are invented.
        contacts: undefined,
      },
    });
  });
  test('an unmapped category leaves the attribution alone; an empty solved time means open', () => {
    const result = row({ ...good, 'Category [list]': 'Something new', 'Solved at': '' });
    expect(result.ok && result.ticket.classification).toBeUndefined();
    expect(result.ok && result.ticket.resolvedAt).toBeNull();
  });
  test('several problems are all named, with the column', () => {
    const result = row({
      ...good,
      Id: '',
      'Created at': '2026-02-30 10:00',
      'Requester id': '',
      Organization: '',
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        'Id (Ticket id): empty; every ticket needs its id',
        'Created at (Opened at): is not a real calendar date',
        'Customer: empty; every ticket needs its customer id, email or name',
      ],
    });
  });
  test('solved before created is refused', () => {
    const result = row({ ...good, 'Solved at': '2026-01-04 10:00' });
    expect(!result.ok && result.errors).toEqual([
      'Solved at (Resolved at): before the opening time',
    ]);
  });
  test('an ambiguous date is refused unless the order is set', () => {
    expect(row({ ...good, 'Created at': '03/04/2026', 'Solved at': '' }).ok).toBe(false);
    const dmy = setup(ZENDESK_HEADERS, 'zendesk', { dateOrder: 'dmy' });
    const result = dmy({ ...good, 'Created at': '03/04/2026', 'Solved at': '' });
    expect(result.ok && result.ticket.openedAt).toBe(Date.parse('2026-04-03T00:00:00Z'));
  });
  test('times without a zone are in the mapping’s time zone, opening and resolution alike', () => {
    const tokyo = setup(ZENDESK_HEADERS, 'zendesk', { timeZone: 'Asia/Tokyo' });
    const result = tokyo({
      ...good,
      'Created at': '2026-01-05 08:00',
      'Solved at': '2026-01-05 17:00',
    });
    expect(result.ok && [result.ticket.openedAt, result.ticket.resolvedAt]).toEqual([
      Date.parse('2026-01-04T23:00:00Z'),
      Date.parse('2026-01-05T08:00:00Z'),
    ]);
  });
  test('a value mapped to a merged cause attributes to the cause it went into', () => {
    const merged = setup(ZENDESK_HEADERS, 'zendesk', { values: { 'Wrong part': { causeId: 13 } } });
    const result = merged(good);
    expect(result.ok && result.ticket.classification).toEqual({ rootCauseId: 12, departmentId: 4 });
  });
  test.each([
    [14, 'the retired cause "Crushed in the box"'],
    [99, 'cause 99, which does not exist'],
  ])('a value mapped to cause %j refuses the row', (causeId, why) => {
    const stale = setup(ZENDESK_HEADERS, 'zendesk', { values: { 'Wrong part': { causeId } } });
    expect(stale(good)).toEqual({
      ok: false,
      errors: [
        `Category [list] (Category, type or tags (mapped to causes)): "Wrong part" is mapped to ${why}`,
      ],
    });
  });
  test('formula escapes are undone and text stays text', () => {
    const result = row({ ...good, Subject: '\'=HYPERLINK("x")' });
    expect(result.ok && result.ticket.subject).toBe('=HYPERLINK("x")');
  });
});

describe('a Freshdesk row', () => {
  const row = setup(FRESHDESK_HEADERS, 'freshdesk');
  const good = {
    'Ticket ID': '77',
    Subject: 'Parcel arrived with another item',
    Description: 'Line one\nline two',
    SOURCE: 'Email',
    Type: 'shipping',
    'Created Time': '2026-03-01 08:00:00',
    'Resolved time': '',
    'Closed time': '2026-03-02 08:00:00',
    'Agent interactions': '3',
    'Requester Email': 'buyer@example.com',
    'Time Tracked': '00:10:01',
  };
  test('closed time stands in for a missing resolved time; handle time spreads over contacts', () => {
    const result = row(good);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.ticket.resolvedAt).toBe(Date.parse('2026-03-02T08:00:00Z'));
    expect(result.ticket.classification).toEqual({ rootCauseId: null, departmentId: 4 });
    expect(result.ticket.customer).toEqual({ ref: 'buyer@example.com', name: null });
    expect(result.ticket.contacts!.map((c) => c.handleSeconds)).toEqual([201, 200, 200]);
    expect(result.ticket.contacts!.every((c) => c.channel === 'email')).toBe(true);
  });
  test.each([
    ['-00:05:00', 'negative'],
    ['soon', 'not a duration'],
  ])('a handle time of %j is refused (%s)', (value, why) => {
    const result = row({ ...good, 'Time Tracked': value });
    expect(!result.ok && result.errors[0]).toContain(why);
  });
  test('a 10 MB description is refused, not stored', () => {
    const result = row({ ...good, Description: 'x'.repeat(10_000_000) });
    expect(!result.ok && result.errors).toEqual([
      `Description (Description): longer than ${MAX_TEXT_LENGTH.toLocaleString('en-US')} characters`,
    ]);
  });
});

describe('the Upstream format', () => {
  const headers = [
    'source_system',
    'external_id',
    'opened_at',
    'customer_ref',
    'customer_name',
    'department',
    'root_cause',
    'contacts',
  ];
  const { mapping, columnIndex } = presetMapping('upstream', headers);
  const row = (values: string[]) => mapRow(values, columnIndex, mapping, reference);
  test('department and cause by name; contacts from JSON; the source system from its column', () => {
    const result = row([
      'zendesk',
      '1',
      '2026-01-05T09:30:00.000Z',
      'C-1',
      'Acme',
      'order-entry',
      'Transposed part number',
      '[{"started_at":"2026-01-05T09:30:00.000Z","channel":"phone","agent":"Al","handle_seconds":300}]',
    ]);
    expect(result.ok && result.ticket).toMatchObject({
      sourceSystem: 'zendesk',
      classification: { rootCauseId: 11, departmentId: 3 },
      contacts: [
        {
          startedAt: Date.parse('2026-01-05T09:30:00Z'),
          channel: 'phone',
          agent: 'Al',
          handleSeconds: 300,
        },
      ],
    });
  });
  test('contact times without a zone are in the mapping’s time zone too', () => {
    const inNewYork = { ...mapping, timeZone: 'America/New_York' };
    const contact =
      '{"started_at":"2026-01-05 09:30","channel":"phone","agent":"","handle_seconds":60}';
    const result = mapRow(
      ['x', '1', '2026-01-05 09:00', 'C-1', '', '', '', `[${contact}]`],
      columnIndex,
      inNewYork,
      reference,
    );
    expect(result.ok && [result.ticket.openedAt, result.ticket.contacts![0].startedAt]).toEqual([
      Date.parse('2026-01-05T14:00:00Z'),
      Date.parse('2026-01-05T14:30:00Z'),
    ]);
  });
  test('a merged cause is the cause it went into, in that one’s department', () => {
    const result = row([
      'x',
      '1',
      '2026-01-05',
      'C-1',
      '',
      'order-entry',
      'wrong part number',
      '[]',
    ]);
    expect(result.ok && result.ticket.classification).toEqual({ rootCauseId: 12, departmentId: 4 });
  });
  test('a retired cause refuses the row', () => {
    const result = row([
      'x',
      '1',
      '2026-01-05',
      'C-1',
      '',
      'warehouse',
      'Crushed in the box',
      '[]',
    ]);
    expect(result).toEqual({
      ok: false,
      errors: ['root_cause (Root cause): the cause "Crushed in the box" is retired'],
    });
  });
  test('a cause this database lacks is asked for in its department', () => {
    const result = row(['x', '1', '2026-01-05', 'C-1', '', 'warehouse', 'Gremlins', '[]']);
    expect(result.ok && result.ticket.classification).toEqual({
      rootCauseId: null,
      departmentId: 4,
      newCause: 'Gremlins',
    });
  });
  test('no department and no cause: unattributed', () => {
    const result = row(['x', '1', '2026-01-05', 'C-1', '', '', '', '[]']);
    expect(result.ok && result.ticket.classification).toEqual({
      rootCauseId: null,
      departmentId: null,
    });
  });
  test.each([
    [
      'warehose',
      'Wrong item picked',
      'department (Originating department): no department "warehose"',
    ],
    ['moon-base', '', 'department (Originating department): no department "moon-base"'],
    [
      '',
      'Wrong item picked',
      'department (Originating department): name the department of the cause "Wrong item picked"',
    ],
  ])(
    'department %j with cause %j is refused, not read as unattributed',
    (department, cause, error) => {
      const result = row(['x', '1', '2026-01-05', 'C-1', '', department, cause, '[]']);
      expect(result).toEqual({ ok: false, errors: [error] });
    },
  );
  test.each([
    ['not json', 'not a JSON array'],
    ['[{"started_at":"x","channel":"fax","agent":"","handle_seconds":1}]', 'channel'],
    [
      '[{"started_at":"2026-01-05","channel":"chat","agent":"","handle_seconds":-1}]',
      'handle_seconds',
    ],
  ])('bad contacts %j are refused (%s)', (contacts, why) => {
    const result = row(['x', '1', '2026-01-05', 'C-1', '', '', '', contacts]);
    expect(!result.ok && result.errors[0]).toContain(why);
  });
});

test.each([
  ['wrong-part, urgent  vip', 'Tags', ['wrong-part', 'urgent', 'vip']],
  ['Wrong part', 'Category', ['Wrong part']],
  ['  ', 'Tags', []],
])('category cell %j of %s', (cell, header, values) => {
  expect(categoryValues(cell, header)).toEqual(values);
});
