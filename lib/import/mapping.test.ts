import { describe, expect, test } from 'vitest';
import { TICKET_CSV_COLUMNS } from '../ticket-csv';
import {
  detectPreset,
  importMappingSchema,
  normalizeHeader,
  presetColumns,
  resolveColumns,
} from './mapping';
import { FRESHDESK_HEADERS, ZENDESK_HEADERS } from './test-fixtures';

test.each([
  ['Category [list]', 'category'],
  ['  Created   At ', 'created at'],
  ['\uFEFFId', 'id'],
  ['SOURCE', 'source'],
  ['Price [decimal]', 'price'],
])('header %j reads as %j', (header, normalized) => {
  expect(normalizeHeader(header)).toBe(normalized);
});

describe('presets', () => {
  test.each([
    [ZENDESK_HEADERS, 'zendesk'],
    [FRESHDESK_HEADERS, 'freshdesk'],
    [[...TICKET_CSV_COLUMNS], 'upstream'],
    [['When', 'What', 'Who'], 'generic'],
  ])('%j is detected as %s', (headers, preset) => {
    expect(detectPreset(headers)).toBe(preset);
  });

  test('Zendesk: the category custom field wins over tags; headers as written', () => {
    expect(presetColumns('zendesk', ZENDESK_HEADERS)).toEqual({
      externalId: 'Id',
      subject: 'Subject',
      openedAt: 'Created at',
      resolvedAt: 'Solved at',
      channel: 'Via',
      customerRef: 'Requester id',
      customerName: 'Organization',
      category: 'Category [list]',
      contactCount: 'Replies',
    });
  });

  test('Freshdesk: any header case; closed time as the fallback; time tracked', () => {
    expect(presetColumns('freshdesk', FRESHDESK_HEADERS)).toMatchObject({
      externalId: 'Ticket ID',
      channel: 'SOURCE',
      openedAt: 'Created Time',
      resolvedAt: 'Resolved time',
      closedAt: 'Closed time',
      category: 'Type',
      contactCount: 'Agent interactions',
      handleTime: 'Time Tracked',
      productName: 'Product',
      customerRef: 'Requester Email',
      customerName: 'Company Name',
    });
  });
});

describe('resolving a mapping against a file', () => {
  const mapping = importMappingSchema.parse({
    preset: 'zendesk',
    sourceSystem: 'zendesk',
    columns: presetColumns('zendesk', ZENDESK_HEADERS),
  });
  test('every mapped column is found by position', () => {
    const resolved = resolveColumns(mapping, ZENDESK_HEADERS);
    expect(resolved.ok && resolved.index).toMatchObject({
      externalId: 0,
      openedAt: 2,
      category: 11,
    });
  });
  test('a missing required column stops the import before any row, naming it', () => {
    const resolved = resolveColumns(
      mapping,
      ZENDESK_HEADERS.filter((h) => h !== 'Created at'),
    );
    expect(resolved).toEqual({
      ok: false,
      errors: ['Opened at: the file has no column "Created at"'],
    });
  });
  test('a mapping without a ticket id or customer is incomplete', () => {
    const resolved = resolveColumns(
      { ...mapping, columns: { openedAt: 'Created at' } },
      ZENDESK_HEADERS,
    );
    expect(resolved.ok).toBe(false);
    expect(!resolved.ok && resolved.errors).toEqual([
      'Ticket id: map a column to it',
      'Customer: map a column with the customer id, email or name',
    ]);
  });
  test('a root cause column needs the department column it is named within', () => {
    const resolved = resolveColumns(
      { ...mapping, columns: { ...mapping.columns, rootCause: 'Category [list]' } },
      ZENDESK_HEADERS,
    );
    expect(!resolved.ok && resolved.errors).toEqual([
      'Originating department: map a column to it; a root cause is named within it',
    ]);
  });
  test('the source system must be named', () => {
    const parsed = importMappingSchema.safeParse({ ...mapping, sourceSystem: ' ' });
    expect(parsed.success).toBe(false);
  });
});
