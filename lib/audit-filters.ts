/** The audit page's URL parameters, parsed once: what kind of change, by whom, which page. */
import { z } from 'zod';
import { firstParam, type SearchParams } from './filters';

export const AUDIT_ENTITIES = [
  'ticket',
  'action',
  'root_cause',
  'rule',
  'dispute',
  'setting',
  'user',
  'api_token',
] as const;

const schema = z.object({
  entity: z.enum(AUDIT_ENTITIES).optional(),
  user: z.string().min(1).max(100).optional(),
  before: z.coerce.number().int().positive().optional(),
});

export interface AuditParams {
  entity?: (typeof AUDIT_ENTITIES)[number];
  user?: string;
  before: number | null;
  notice: string | null;
}

// An empty parameter (a form's "any") is as good as none.
const first = (v: string | string[] | undefined) => firstParam(v) || undefined;

export function parseAuditParams(params: SearchParams): AuditParams {
  const parsed = schema.safeParse({
    entity: first(params.entity),
    user: first(params.user),
    before: first(params.before),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      before: null,
      notice: `Ignored the filters: "${issue.path.join('.')}" ${issue.message}.`,
    };
  }
  return { ...parsed.data, before: parsed.data.before ?? null, notice: null };
}
