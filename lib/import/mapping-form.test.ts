import { expect, test } from 'vitest';
import { parseMappingForm } from './mapping-form';

test('a filled-in form becomes a mapping; empty selects and empty targets are left out', () => {
  const result = parseMappingForm([
    ['preset', 'zendesk'],
    ['sourceSystem', ' zendesk-eu '],
    ['dateOrder', 'dmy'],
    ['timeZone', 'Europe/Berlin'],
    ['column.externalId', 'Id'],
    ['column.openedAt', 'Created at'],
    ['column.subject', ''],
    ['category.0.value', 'Wrong part'],
    ['category.0.target', 'cause:12'],
    ['category.1.value', 'Late, again'],
    ['category.1.target', 'department:warehouse'],
    ['category.2.value', 'Other'],
    ['category.2.target', ''],
    ['saveAs', '  Zendesk EU  '],
  ]);
  expect(result).toEqual({
    ok: true,
    saveAs: 'Zendesk EU',
    mapping: {
      preset: 'zendesk',
      sourceSystem: 'zendesk-eu',
      columns: { externalId: 'Id', openedAt: 'Created at' },
      dateOrder: 'dmy',
      timeZone: 'Europe/Berlin',
      handleTimeUnit: 'seconds',
      values: { 'Wrong part': { causeId: 12 }, 'Late, again': { department: 'warehouse' } },
    },
  });
});

test('bad input is named', () => {
  const result = parseMappingForm([
    ['preset', 'jira'],
    ['sourceSystem', ''],
    ['timeZone', 'Europe/Atlantis'],
    ['category.0.value', 'x'],
    ['category.0.target', 'cause:abc'],
  ]);
  expect(result.ok).toBe(false);
  expect(!result.ok && result.errors).toEqual(
    expect.arrayContaining([
      'Category value 1: not a cause or department',
      'Name the source system, e.g. zendesk',
      'Time zone of the file: a zone such as UTC or Europe/Berlin',
    ]),
  );
});
