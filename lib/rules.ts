/**
 * Classification rules: "when the subject contains 'wrong part', the cause is Wrong item
 * picked". Checked at the boundary (a bad regular expression is a clear error naming the
 * pattern, never a crash when tickets arrive), then tried in order on a ticket: the first rule
 * that matches decides.
 */
import { z } from 'zod';
import {
  CHANNELS,
  RULE_FIELDS,
  RULE_OPERATORS,
  type Channel,
  type RuleField,
  type RuleOperator,
} from './domain';

export interface RuleDefinition {
  id: number;
  field: RuleField;
  operator: RuleOperator;
  pattern: string;
  rootCauseId: number;
}

/** What rules can look at of a ticket. */
export interface RuleSubject {
  subject: string;
  description: string;
  productSku: string | null;
  productName: string | null;
  channel: Channel;
}

export interface CompiledRule extends RuleDefinition {
  matches(ticket: RuleSubject): boolean;
}

export const FIELD_LABELS: Record<RuleField, string> = {
  text: 'Subject or description',
  subject: 'Subject',
  description: 'Description',
  product: 'Product (SKU or name)',
  channel: 'Channel',
};

export const OPERATOR_LABELS: Record<RuleOperator, string> = {
  contains: 'contains',
  equals: 'is',
  regex: 'matches the regular expression',
};

export const ruleInputSchema = z
  .object({
    field: z.enum(RULE_FIELDS, { error: 'Choose what the rule looks at.' }),
    operator: z.enum(RULE_OPERATORS, {
      error: 'Choose contains, is, or regular expression.',
    }),
    pattern: z
      .string()
      .trim()
      .min(1, { error: 'Write what to look for.' })
      .max(500, { error: 'At most 500 characters.' }),
    rootCauseId: z.coerce
      .number({ error: 'Choose a root cause.' })
      .int()
      .positive({ error: 'Choose a root cause.' }),
  })
  .refine(
    (r) =>
      r.field !== 'channel' ||
      r.operator !== 'equals' ||
      (CHANNELS as readonly string[]).includes(r.pattern.toLowerCase()),
    {
      error: `A channel is one of ${CHANNELS.join(', ')}.`,
      path: ['pattern'],
    },
  );

function valuesOf(field: RuleField, t: RuleSubject): string[] {
  switch (field) {
    case 'text':
      return [`${t.subject}\n${t.description}`];
    case 'subject':
      return [t.subject];
    case 'description':
      return [t.description];
    case 'product':
      return [t.productSku ?? '', t.productName ?? ''];
    case 'channel':
      return [t.channel];
  }
}

export function compileRule(
  rule: RuleDefinition,
): { ok: true; rule: CompiledRule } | { ok: false; error: string } {
  let test: (value: string) => boolean;
  const needle = rule.pattern.trim().toLowerCase();
  if (rule.operator === 'regex') {
    let regex: RegExp;
    try {
      regex = new RegExp(rule.pattern, 'iu');
    } catch (error) {
      return {
        ok: false,
        error: `Not a valid regular expression (${(error as Error).message}).`,
      };
    }
    test = (value) => regex.test(value);
  } else if (rule.operator === 'contains') {
    test = (value) => value.toLowerCase().includes(needle);
  } else {
    test = (value) => value.trim().toLowerCase() === needle;
  }
  return {
    ok: true,
    rule: { ...rule, matches: (ticket) => valuesOf(rule.field, ticket).some(test) },
  };
}

/** The rules that compile, in order; a broken one stored earlier is skipped, not fatal. */
export function compileRules(rules: readonly RuleDefinition[]): CompiledRule[] {
  return rules.flatMap((r) => {
    const compiled = compileRule(r);
    return compiled.ok ? [compiled.rule] : [];
  });
}

export function firstMatchingRule(
  rules: readonly CompiledRule[],
  ticket: RuleSubject,
): CompiledRule | undefined {
  return rules.find((r) => r.matches(ticket));
}
