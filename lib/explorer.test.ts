import { describe, expect, test } from 'vitest';
import { cursorParam, DEFAULT_SORT, parseExplorerParams, sortParam } from './explorer';
import { columnsCookieValue, DEFAULT_COLUMNS, parseColumnsCookie } from './explorer-columns';

describe('explorer sort and page in the URL', () => {
  test('defaults: newest first, first page', () => {
    expect(parseExplorerParams({})).toEqual({
      sort: DEFAULT_SORT,
      page: { cursor: null, towards: 'after' },
      notice: null,
    });
    expect(sortParam(DEFAULT_SORT)).toBe('-opened');
  });
  test.each([
    ['resolution', { key: 'resolution', direction: 'asc' }],
    ['-handle', { key: 'handle', direction: 'desc' }],
  ])('sort=%s', (sort, expected) => {
    expect(parseExplorerParams({ sort }).sort).toEqual(expected);
    expect(sortParam(parseExplorerParams({ sort }).sort)).toBe(sort);
  });
  test.each([
    [{ after: '1767225600000_42' }, { cursor: { value: 1767225600000, id: 42 }, towards: 'after' }],
    [{ before: 'null_7' }, { cursor: { value: null, id: 7 }, towards: 'before' }],
    [{ after: '-5_3' }, { cursor: { value: -5, id: 3 }, towards: 'after' }],
  ])('cursor %j', (params, page) => {
    const parsed = parseExplorerParams(params);
    expect(parsed.page).toEqual(page);
    expect(cursorParam(parsed.page.cursor!)).toBe(Object.values(params)[0]);
  });
  test.each([
    [{ sort: 'subject' }, '"sort"'],
    [{ after: 'abc' }, '"after"'],
    [{ before: '1_2_3' }, '"before"'],
  ])('a malformed %j falls back with a notice', (params, named) => {
    const parsed = parseExplorerParams(params);
    expect(parsed.sort).toEqual(DEFAULT_SORT);
    expect(parsed.page.cursor).toBeNull();
    expect(parsed.notice).toContain(named);
  });
});

describe('remembered columns', () => {
  test('no cookie: the defaults', () => {
    expect(parseColumnsCookie(undefined)).toEqual(DEFAULT_COLUMNS);
  });
  test('unknown names are dropped and the display order is kept', () => {
    expect(parseColumnsCookie('handle,bogus,opened')).toEqual(['opened', 'handle']);
  });
  test('an empty choice stays empty', () => {
    expect(parseColumnsCookie('')).toEqual([]);
  });
  test('round trip', () => {
    expect(parseColumnsCookie(columnsCookieValue(['cost', 'product']))).toEqual([
      'product',
      'cost',
    ]);
  });
});
