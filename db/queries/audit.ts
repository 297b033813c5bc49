/** The audit trail: who changed what, when, from which value to which, and why. */
import type { Db } from '../open';
import type { AUDIT_ENTITIES } from '@/lib/audit-filters';

export interface AuditEventInput {
  at: number;
  userId: string | null;
  entity: (typeof AUDIT_ENTITIES)[number];
  entityId: string;
  action: string;
  field?: string | null;
  fromValue?: string | null;
  toValue?: string | null;
  reason?: string | null;
}

export interface AuditEvent extends Required<AuditEventInput> {
  id: number;
  userName: string | null;
}

/** An event of the audit page: with the helpdesk's id of the ticket it is about, if any. */
export interface ListedAuditEvent extends AuditEvent {
  ticketExternalId: string | null;
}

/** Records events; returns their ids in order. Call in the transaction of the change itself. */
export function insertAuditEvents(db: Db, events: readonly AuditEventInput[]): number[] {
  const insert = db.$client.prepare(
    `INSERT INTO audit_events (at, user_id, entity, entity_id, action, field, from_value, to_value, reason)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return events.map((e) =>
    Number(
      insert.run(
        e.at,
        e.userId,
        e.entity,
        e.entityId,
        e.action,
        e.field ?? null,
        e.fromValue ?? null,
        e.toValue ?? null,
        e.reason ?? null,
      ).lastInsertRowid,
    ),
  );
}

const COLUMNS = `e.id, e.at, e.user_id AS userId, u.name AS userName, e.entity,
  e.entity_id AS entityId, e.action, e.field, e.from_value AS fromValue, e.to_value AS toValue,
  e.reason`;

export function getAuditEvent(db: Db, id: number): AuditEvent | undefined {
  return db.$client
    .prepare(
      `SELECT ${COLUMNS} FROM audit_events e LEFT JOIN users u ON u.id = e.user_id WHERE e.id = ?`,
    )
    .get(id) as AuditEvent | undefined;
}

/** One entity's history, newest first. */
export function listEntityHistory(
  db: Db,
  entity: AuditEventInput['entity'],
  entityId: string,
): AuditEvent[] {
  return db.$client
    .prepare(
      `SELECT ${COLUMNS} FROM audit_events e LEFT JOIN users u ON u.id = e.user_id
       WHERE e.entity = ? AND e.entity_id = ? ORDER BY e.at DESC, e.id DESC`,
    )
    .all(entity, entityId) as AuditEvent[];
}

export interface AuditFilter {
  entity?: AuditEventInput['entity'];
  userId?: string;
  /** Inclusive range of event times. */
  fromMs: number;
  toMs: number;
}

/** Events newest first, a page at a time: those with an id below `beforeId` (keyset). */
export function listAuditEvents(
  db: Db,
  filter: AuditFilter,
  page: { beforeId: number | null; limit: number },
): ListedAuditEvent[] {
  const conditions = ['e.at >= ?', 'e.at <= ?'];
  const params: (string | number)[] = [filter.fromMs, filter.toMs];
  if (filter.entity) {
    conditions.push('e.entity = ?');
    params.push(filter.entity);
  }
  if (filter.userId) {
    conditions.push('e.user_id = ?');
    params.push(filter.userId);
  }
  if (page.beforeId !== null) {
    conditions.push('e.id < ?');
    params.push(page.beforeId);
  }
  return db.$client
    .prepare(
      `SELECT ${COLUMNS}, t.external_id AS ticketExternalId
       FROM audit_events e LEFT JOIN users u ON u.id = e.user_id
       LEFT JOIN tickets t
         ON t.id = CASE WHEN e.entity = 'ticket' THEN CAST(e.entity_id AS INTEGER)
                        WHEN e.field = 'ticket' THEN CAST(e.to_value AS INTEGER) END
       WHERE ${conditions.join(' AND ')} ORDER BY e.id DESC LIMIT ?`,
    )
    .all(...params, page.limit) as ListedAuditEvent[];
}

/** The people who appear in the trail, for the page's filter. */
export function listAuditUsers(db: Db): { id: string; name: string }[] {
  return db.$client
    .prepare(
      `SELECT DISTINCT u.id, u.name FROM audit_events e JOIN users u ON u.id = e.user_id ORDER BY u.name`,
    )
    .all() as { id: string; name: string }[];
}
