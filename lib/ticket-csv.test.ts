import { describe, expect, test } from 'vitest';
import {
  escapeFormula,
  TICKET_CSV_COLUMNS,
  ticketCsvRecord,
  type ExportTicket,
} from './ticket-csv';

describe('formula injection', () => {
  test.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+1 555 0100', `'+1 555 0100`],
    ['-broken seal', `'-broken seal`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tcmd', `'\tcmd`],
    ['\rcmd', `'\rcmd`],
    ['Broken = yes', 'Broken = yes'],
    ['', ''],
    ["'quoted", "'quoted"],
  ])('%j → %j', (input, expected) => {
    expect(escapeFormula(input)).toBe(expected);
  });
});

describe('a ticket as a CSV record', () => {
  const ticket: ExportTicket = {
    sourceSystem: 'zendesk',
    externalId: '4711',
    openedAt: Date.UTC(2026, 0, 5, 9, 30),
    resolvedAt: Date.UTC(2026, 0, 6, 15, 0),
    channel: 'phone',
    severity: 'high',
    customerRef: 'CUST-000042',
    customerName: 'Acme, "North" GmbH',
    productSku: 'PM-1001',
    productName: 'Pump',
    orderRef: null,
    departmentSlug: 'order-entry',
    causeName: 'Transposed part number',
    subject: '=cmd|calc',
    description: 'Line one\nline two',
    csat: 4,
    fixCostCents: 12_345,
    isRecurrence: true,
    contacts: [
      {
        startedAt: Date.UTC(2026, 0, 5, 9, 30),
        channel: 'phone',
        agent: 'A. Lee',
        handleSeconds: 300,
      },
      {
        startedAt: Date.UTC(2026, 0, 6, 14, 0),
        channel: 'email',
        agent: 'B. Kim',
        handleSeconds: 120,
      },
    ],
  };
  test('has every column, in order, with hand-computed derived figures', () => {
    const record = ticketCsvRecord(ticket);
    expect(Object.keys(record)).toEqual([...TICKET_CSV_COLUMNS]);
    expect(record).toMatchObject({
      opened_at: '2026-01-05T09:30:00.000Z',
      resolved_at: '2026-01-06T15:00:00.000Z',
      order_ref: '',
      subject: "'=cmd|calc",
      description: 'Line one\nline two',
      fix_cost: '123.45',
      contact_count: '2',
      handle_seconds: '420',
      resolution_hours: '29.50',
      is_recurrence: '1',
      csat: '4',
    });
    expect(JSON.parse(record.contacts)).toEqual([
      {
        started_at: '2026-01-05T09:30:00.000Z',
        channel: 'phone',
        agent: 'A. Lee',
        handle_seconds: 300,
      },
      {
        started_at: '2026-01-06T14:00:00.000Z',
        channel: 'email',
        agent: 'B. Kim',
        handle_seconds: 120,
      },
    ]);
  });
  test('an open, unclassified ticket without contacts', () => {
    const record = ticketCsvRecord({
      ...ticket,
      resolvedAt: null,
      departmentSlug: null,
      causeName: null,
      csat: null,
      contacts: [],
    });
    expect(record).toMatchObject({
      resolved_at: '',
      resolution_hours: '',
      department: '',
      root_cause: '',
      csat: '',
      contacts: '[]',
      contact_count: '0',
      handle_seconds: '0',
    });
  });
});
