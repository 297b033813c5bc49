import { expect, test } from 'vitest';
import { parseAuditParams } from './audit-filters';

test('filters and page from the URL', () => {
  expect(parseAuditParams({ entity: 'ticket', user: 'u1', before: '42' })).toEqual({
    entity: 'ticket',
    user: 'u1',
    before: 42,
    notice: null,
  });
  expect(parseAuditParams({})).toEqual({ before: null, notice: null });
});

test.each([[{ entity: 'planet' }], [{ before: 'x' }]])(
  'malformed %j: defaults and a notice',
  (params) => {
    const parsed = parseAuditParams(params);
    expect(parsed.before).toBeNull();
    expect(parsed.entity).toBeUndefined();
    expect(parsed.notice).toContain('Ignored');
  },
);
