/**
 * Disputed attributions: a department lead objects that a ticket is theirs; the weekly review
 * settles it by re-attributing the ticket (upheld) or rejecting the objection. Audited.
 */
import type { Db } from '../open';
import { insertAuditEvents } from './audit';
import { classifyTickets, type Attribution } from './classify';
import type { DISPUTE_STATUSES } from '../schema';
import type { Settings } from '@/lib/settings';

export type DisputeStatus = (typeof DISPUTE_STATUSES)[number];

export interface DisputeRow {
  id: number;
  ticketId: number;
  externalId: string;
  subject: string;
  departmentId: number;
  departmentSlug: string;
  /** The department that disputes the attribution. */
  departmentName: string;
  /** What the ticket is attributed to now: the disputed cause, or what a settlement made it. */
  causeName: string | null;
  attributedDepartmentName: string | null;
  reason: string;
  status: DisputeStatus;
  raisedAt: number;
  raisedBy: string | null;
  settledAt: number | null;
  settledBy: string | null;
  settlement: string | null;
}

export class DisputeError extends Error {}

const COLUMNS = `x.id, x.ticket_id AS ticketId, t.external_id AS externalId, t.subject,
  x.department_id AS departmentId, d.slug AS departmentSlug, d.name AS departmentName,
  c.name AS causeName, a.name AS attributedDepartmentName, x.reason, x.status, x.raised_at AS raisedAt, r.name AS raisedBy,
  x.settled_at AS settledAt, s.name AS settledBy, x.settlement`;

const FROM = `disputes x
  JOIN tickets t ON t.id = x.ticket_id
  JOIN departments d ON d.id = x.department_id
  LEFT JOIN root_causes c ON c.id = t.root_cause_id
  LEFT JOIN departments a ON a.id = t.department_id
  LEFT JOIN users r ON r.id = x.raised_by_user_id
  LEFT JOIN users s ON s.id = x.settled_by_user_id`;

export function listDisputes(
  db: Db,
  filter: {
    status?: DisputeStatus;
    departmentId?: number;
    ticketId?: number;
    /** Raised by this time and not settled by it (the status now may differ). */
    openAt?: number;
    limit?: number;
  } = {},
): DisputeRow[] {
  const conditions: string[] = [];
  const params: (string | number)[] = [];
  if (filter.openAt !== undefined) {
    conditions.push('x.raised_at <= ? AND (x.settled_at IS NULL OR x.settled_at > ?)');
    params.push(filter.openAt, filter.openAt);
  }
  if (filter.status) {
    conditions.push('x.status = ?');
    params.push(filter.status);
  }
  if (filter.departmentId !== undefined) {
    conditions.push('x.department_id = ?');
    params.push(filter.departmentId);
  }
  if (filter.ticketId !== undefined) {
    conditions.push('x.ticket_id = ?');
    params.push(filter.ticketId);
  }
  return db.$client
    .prepare(
      `SELECT ${COLUMNS} FROM ${FROM}
       ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}
       ORDER BY x.status = 'open' DESC, x.raised_at DESC, x.id DESC LIMIT ?`,
    )
    .all(...params, filter.limit ?? 200) as DisputeRow[];
}

/** One dispute by its id, however many others the list would show before it. */
export function getDispute(db: Db, id: number): DisputeRow | undefined {
  return db.$client.prepare(`SELECT ${COLUMNS} FROM ${FROM} WHERE x.id = ?`).get(id) as
    DisputeRow | undefined;
}

/**
 * Disputes still open that were raised after the time: the ones a review of a week before then
 * does not list, though the meeting holding it would settle them.
 */
export function countOpenDisputesRaisedAfter(db: Db, ms: number): number {
  const row = db.$client
    .prepare(`SELECT COUNT(*) AS n FROM disputes WHERE status = 'open' AND raised_at > ?`)
    .get(ms) as { n: number };
  return row.n;
}

/** Open disputes per department, for the figures that carry them. */
export function countOpenDisputes(db: Db): Map<number, number> {
  const rows = db.$client
    .prepare(
      `SELECT department_id AS id, COUNT(*) AS n FROM disputes WHERE status = 'open' GROUP BY department_id`,
    )
    .all() as { id: number; n: number }[];
  return new Map(rows.map((r) => [r.id, r.n]));
}

export function raiseDispute(
  db: Db,
  input: { ticketId: number; departmentId: number; reason: string; userId: string | null },
): number {
  return db.$client.transaction(() => {
    const open = db.$client
      .prepare(`SELECT id FROM disputes WHERE ticket_id = ? AND status = 'open'`)
      .get(input.ticketId);
    if (open) throw new DisputeError('This attribution is already disputed.');
    const at = Date.now();
    const id = Number(
      db.$client
        .prepare(
          `INSERT INTO disputes (ticket_id, department_id, reason, status, raised_at, raised_by_user_id)
           VALUES (?, ?, ?, 'open', ?, ?)`,
        )
        .run(input.ticketId, input.departmentId, input.reason, at, input.userId).lastInsertRowid,
    );
    insertAuditEvents(db, [
      {
        at,
        userId: input.userId,
        entity: 'dispute',
        entityId: String(id),
        action: 'dispute',
        field: 'ticket',
        toValue: String(input.ticketId),
        reason: input.reason,
      },
    ]);
    return id;
  })();
}

/**
 * Settles an open dispute: rejected (the attribution stands), or upheld with the ticket's new
 * attribution, which goes through the classification path (recurrence, summaries, audit).
 */
export function settleDispute(
  db: Db,
  input: {
    id: number;
    userId: string | null;
    note: string;
    reattributeTo: Attribution | null;
  },
  settings: Settings,
): void {
  db.$client.transaction(() => {
    const dispute = db.$client
      .prepare(`SELECT ticket_id AS ticketId, status FROM disputes WHERE id = ?`)
      .get(input.id) as { ticketId: number; status: DisputeStatus } | undefined;
    if (!dispute) throw new DisputeError('There is no such dispute.');
    if (dispute.status !== 'open') throw new DisputeError('This dispute is settled already.');
    const status: DisputeStatus = input.reattributeTo ? 'upheld' : 'rejected';
    const at = Date.now();
    db.$client
      .prepare(
        `UPDATE disputes SET status = ?, settled_at = ?, settled_by_user_id = ?, settlement = ? WHERE id = ?`,
      )
      .run(status, at, input.userId, input.note, input.id);
    if (input.reattributeTo) {
      classifyTickets(
        db,
        {
          ticketIds: [dispute.ticketId],
          to: input.reattributeTo,
          userId: input.userId,
          source: 'human',
          action: 'settle_dispute',
          reason: input.note,
        },
        settings,
      );
    }
    insertAuditEvents(db, [
      {
        at,
        userId: input.userId,
        entity: 'dispute',
        entityId: String(input.id),
        action: status === 'upheld' ? 'uphold' : 'reject',
        field: 'status',
        fromValue: 'open',
        toValue: status,
        reason: input.note,
      },
    ]);
  })();
}
