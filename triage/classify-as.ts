/**
 * A person attributes tickets to a root cause: the one place that checks they may (the triage
 * page's action and the HTTP API both come here), stores the change with its audit events, and
 * teaches the suggestions.
 */
import 'server-only';
import type { SessionUser } from '@/auth/session';
import type { Db } from '@/db/open';
import { attributionOfCause, classifyTickets, getAttributions } from '@/db/queries/classify';
import { getSettings } from '@/db/queries/settings';
import { can } from '@/lib/permissions';
import { learnClassification } from './suggester';

export type ClassifyOutcome =
  { ok: true; eventIds: number[] } | { ok: false; status: 403 | 404; error: string };

export function classifyAs(
  db: Db,
  user: SessionUser,
  input: { ticketIds: readonly number[]; causeId: number; reason?: string },
): ClassifyOutcome {
  const to = attributionOfCause(db, input.causeId);
  if (!to)
    return { ok: false, status: 404, error: 'That root cause does not exist or is retired.' };
  const before = getAttributions(db, input.ticketIds);
  if (before.size !== new Set(input.ticketIds).size) {
    return { ok: false, status: 404, error: 'A ticket does not exist.' };
  }
  // Every ticket checked before any is changed: a lead may move only unattributed tickets or
  // their department's, and only into their department.
  for (const ticket of before.values()) {
    if (!can(user, 'classify', { departmentIds: [ticket.departmentId, to.departmentId] })) {
      return {
        ok: false,
        status: 403,
        error:
          user.role === 'lead'
            ? 'You may only attribute tickets to causes of your own department, and only tickets not attributed to another.'
            : 'Your role may not classify tickets.',
      };
    }
  }
  const eventIds = classifyTickets(
    db,
    { ticketIds: input.ticketIds, to, userId: user.id, source: 'human', reason: input.reason },
    getSettings(db),
  );
  learnClassification(db, before);
  return { ok: true, eventIds };
}
