/**
 * Attributing tickets to root causes by hand: the tickets change through the one write path
 * (recurrence and summaries kept current), and each change is an audit event with the values
 * before and after, in the same transaction.
 */
import type { Db } from '../open';
import { getAuditEvent, insertAuditEvents } from './audit';
import { updateTickets } from './ticket-writes';
import { ANY_OF } from './sql-lists';
import type { ClassificationSource } from '@/lib/domain';
import { can, type Actor } from '@/lib/permissions';
import type { Settings } from '@/lib/settings';

export interface Attribution {
  rootCauseId: number | null;
  departmentId: number | null;
}

export interface TicketAttribution extends Attribution {
  id: number;
  classificationSource: ClassificationSource | null;
}

export function getAttributions(db: Db, ids: readonly number[]): Map<number, TicketAttribution> {
  if (ids.length === 0) return new Map();
  const rows = db.$client
    .prepare(
      `SELECT id, root_cause_id AS rootCauseId, department_id AS departmentId,
              classification_source AS classificationSource
       FROM tickets WHERE id IN ${ANY_OF}`,
    )
    .all(JSON.stringify(ids)) as TicketAttribution[];
  return new Map(rows.map((r) => [r.id, r]));
}

/** The attribution a cause gives: the cause and its department. */
export function attributionOfCause(db: Db, causeId: number): Attribution | undefined {
  const row = db.$client
    .prepare(
      'SELECT id, department_id AS departmentId FROM root_causes WHERE id = ? AND retired_at IS NULL AND merged_into_id IS NULL',
    )
    .get(causeId) as { id: number; departmentId: number } | undefined;
  return row && { rootCauseId: row.id, departmentId: row.departmentId };
}

/** An attribution as audit events store it, with who had set it. */
interface RecordedAttribution extends Attribution {
  source: ClassificationSource | null;
}

const encode = (a: Attribution, source: ClassificationSource | null) =>
  JSON.stringify({ rootCauseId: a.rootCauseId, departmentId: a.departmentId, source });

/**
 * Sets the attribution of tickets and records who did it; returns the audit event ids. Tickets
 * already so attributed are left alone (no event).
 */
export function classifyTickets(
  db: Db,
  input: {
    ticketIds: readonly number[];
    to: Attribution;
    userId: string | null;
    source: ClassificationSource | null;
    action?: string;
    reason?: string | null;
  },
  settings: Settings,
): number[] {
  return db.$client.transaction(() => {
    const before = getAttributions(db, input.ticketIds);
    const changed = input.ticketIds.filter((id) => {
      const b = before.get(id);
      return (
        b && (b.rootCauseId !== input.to.rootCauseId || b.departmentId !== input.to.departmentId)
      );
    });
    const unattributed = input.to.rootCauseId === null && input.to.departmentId === null;
    updateTickets(
      db,
      changed.map((id) => ({
        id,
        fields: { ...input.to, classificationSource: unattributed ? null : input.source },
      })),
      settings,
    );
    const at = Date.now();
    return insertAuditEvents(
      db,
      changed.map((id) => ({
        at,
        userId: input.userId,
        entity: 'ticket' as const,
        entityId: String(id),
        action: input.action ?? 'classify',
        field: 'attribution',
        fromValue: encode(before.get(id)!, before.get(id)!.classificationSource),
        toValue: encode(input.to, unattributed ? null : input.source),
        reason: input.reason ?? null,
      })),
    );
  })();
}

/**
 * The audit actions a person's own classification writes, and so all that their undo takes
 * back. A merge, a rule or a settled dispute was decided by another process: undoing one would,
 * say, put a ticket back on a merged cause.
 */
const UNDOABLE_ACTIONS: readonly string[] = ['classify', 'undo'];

export type UndoOutcome =
  | { ok: false; error: string }
  | { ok: true; ticketId: number; undone: false }
  /** `before`: the attribution the undo replaced, for the suggestions to unlearn. */
  | { ok: true; ticketId: number; undone: true; before: Attribution };

/**
 * Takes back one of the person's own classifications: the ticket gets its attribution from
 * before the event, if it still has the one the event gave it (a later change is not
 * overwritten) and if the person may still classify it, by the same check as classifying (the
 * ticket's department now and the one it goes back to).
 */
export function undoClassification(
  db: Db,
  eventId: number,
  person: Actor & { id: string },
  settings: Settings,
): UndoOutcome {
  // One transaction: the checks see the ticket exactly as the undo then changes it.
  return db.$client.transaction((): UndoOutcome => {
    const event = getAuditEvent(db, eventId);
    // Only one's own: an undo is a shortcut for the person who just did it.
    if (!event || event.userId !== person.id) {
      return { ok: false, error: 'You can only undo your own classifications.' };
    }
    if (
      event.entity !== 'ticket' ||
      event.field !== 'attribution' ||
      !UNDOABLE_ACTIONS.includes(event.action)
    ) {
      return {
        ok: false,
        error: 'Only a classification can be undone, not a merge, a rule or a settled dispute.',
      };
    }
    const ticketId = Number(event.entityId);
    const from = JSON.parse(event.fromValue!) as RecordedAttribution;
    const to = JSON.parse(event.toValue!) as RecordedAttribution;
    const now = getAttributions(db, [ticketId]).get(ticketId);
    if (!now || now.rootCauseId !== to.rootCauseId || now.departmentId !== to.departmentId) {
      return { ok: true, ticketId, undone: false };
    }
    if (!can(person, 'classify', { departmentIds: [now.departmentId, from.departmentId] })) {
      return {
        ok: false,
        error: 'You may no longer classify this ticket, so you cannot undo its classification.',
      };
    }
    classifyTickets(
      db,
      {
        ticketIds: [ticketId],
        to: { rootCauseId: from.rootCauseId, departmentId: from.departmentId },
        userId: person.id,
        // Whoever had set it before: an undo restores the attribution and its origin.
        source: from.source,
        action: 'undo',
        reason: `undo of event ${eventId}`,
      },
      settings,
    );
    return { ok: true, ticketId, undone: true, before: now };
  })();
}
