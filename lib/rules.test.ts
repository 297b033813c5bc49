import { describe, expect, test } from 'vitest';
import {
  compileRule,
  compileRules,
  firstMatchingRule,
  ruleInputSchema,
  type RuleSubject,
} from './rules';

const ticket: RuleSubject = {
  subject: 'Got the WRONG part again',
  description: 'Box held PN-4417 instead of PN-4471.',
  productSku: 'PM-1001',
  productName: 'Diaphragm pump',
  channel: 'email',
};

const rule = (field: string, operator: string, pattern: string, rootCauseId = 1, id = 1) =>
  ({ id, field, operator, pattern, rootCauseId }) as Parameters<typeof compileRule>[0];

describe('matching', () => {
  test.each([
    ['text', 'contains', 'wrong part', true],
    ['text', 'contains', 'instead of', true],
    ['subject', 'contains', 'instead of', false],
    ['description', 'regex', 'PN-(\\d)(\\d)(\\d)(\\d) instead of PN-\\1\\2\\4\\3', true],
    ['subject', 'equals', 'got the wrong part again', true],
    ['subject', 'equals', 'wrong part', false],
    ['product', 'equals', 'pm-1001', true],
    ['product', 'contains', 'pump', true],
    ['channel', 'equals', 'Email', true],
    ['channel', 'equals', 'phone', false],
    ['text', 'regex', '^got\\b', true],
  ])('%s %s %j: %s', (field, operator, pattern, expected) => {
    const compiled = compileRule(rule(field, operator, pattern));
    expect(compiled.ok && compiled.rule.matches(ticket)).toBe(expected);
  });

  test('the first matching rule in order decides', () => {
    const rules = compileRules([
      rule('channel', 'equals', 'phone', 7, 1),
      rule('text', 'contains', 'wrong', 8, 2),
      rule('text', 'contains', 'part', 9, 3),
    ]);
    expect(firstMatchingRule(rules, ticket)?.rootCauseId).toBe(8);
    expect(firstMatchingRule(rules, { ...ticket, subject: 'x', description: 'y' })).toBeUndefined();
  });
});

describe('bad rules', () => {
  test('an invalid regular expression is a clear error, not a crash', () => {
    const compiled = compileRule(rule('text', 'regex', 'PN-(\\d+'));
    expect(compiled.ok).toBe(false);
    expect(!compiled.ok && compiled.error).toMatch(/^Not a valid regular expression/);
  });
  test('a broken stored rule is skipped; the others still run', () => {
    const rules = compileRules([
      rule('text', 'regex', '(', 7, 1),
      rule('text', 'contains', 'wrong', 8, 2),
    ]);
    expect(rules.map((r) => r.id)).toEqual([2]);
  });
  test.each([
    [
      { field: 'text', operator: 'contains', pattern: '  ', rootCauseId: '3' },
      'pattern',
      'Write what to look for.',
    ],
    [
      { field: 'colour', operator: 'contains', pattern: 'x', rootCauseId: '3' },
      'field',
      'Choose what the rule looks at.',
    ],
    [
      { field: 'channel', operator: 'equals', pattern: 'fax', rootCauseId: '3' },
      'pattern',
      'A channel is one of',
    ],
    [
      { field: 'text', operator: 'contains', pattern: 'x', rootCauseId: '' },
      'rootCauseId',
      'Choose a root cause.',
    ],
  ])('form input %j: the error is on %s', (input, field, message) => {
    const parsed = ruleInputSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    const issue = !parsed.success && parsed.error.issues[0];
    expect(issue && issue.path).toEqual([field]);
    expect(issue && issue.message).toContain(message);
  });
});
