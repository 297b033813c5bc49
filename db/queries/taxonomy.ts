/**
 * The taxonomy of root causes, edited by an admin: create, rename, retire, move to another
 * department, merge into another cause. Each change is an audit event; tickets follow their
 * cause through the one write path, so recurrence and every chart stay true.
 */
import type { Db } from '../open';
import { insertAuditEvents } from './audit';
import { updateTickets } from './ticket-writes';
import type { Settings } from '@/lib/settings';

export interface TaxonomyCause {
  id: number;
  name: string;
  description: string;
  departmentId: number;
  departmentName: string;
  retiredAt: number | null;
  mergedIntoId: number | null;
  tickets: number;
}

export class TaxonomyError extends Error {}

/** Every cause with its department and its number of tickets (from the summary tables). */
export function listTaxonomy(db: Db): TaxonomyCause[] {
  return db.$client
    .prepare(
      `SELECT c.id, c.name, c.description, c.department_id AS departmentId,
              d.name AS departmentName, c.retired_at AS retiredAt, c.merged_into_id AS mergedIntoId,
              COALESCE((SELECT SUM(s.tickets) FROM cause_stats s
                        WHERE s.cause_key = c.id AND s.period_kind = 'd'), 0) AS tickets
       FROM root_causes c JOIN departments d ON d.id = c.department_id
       ORDER BY d.sort_order, d.id, c.name`,
    )
    .all() as TaxonomyCause[];
}

function cause(db: Db, id: number): TaxonomyCause {
  const found = listTaxonomy(db).find((c) => c.id === id);
  if (!found) throw new TaxonomyError('There is no such cause.');
  return found;
}

function nameTaken(db: Db, departmentId: number, name: string, except?: number): boolean {
  const row = db.$client
    .prepare(
      'SELECT id FROM root_causes WHERE department_id = ? AND name = ? COLLATE NOCASE AND id IS NOT ?',
    )
    .get(departmentId, name, except ?? null);
  return row !== undefined;
}

const audit = (
  db: Db,
  userId: string | null,
  id: number,
  action: string,
  field: string | null,
  from: string | null,
  to: string | null,
) =>
  insertAuditEvents(db, [
    {
      at: Date.now(),
      userId,
      entity: 'root_cause',
      entityId: String(id),
      action,
      field,
      fromValue: from,
      toValue: to,
    },
  ]);

export function createCause(
  db: Db,
  input: { departmentId: number; name: string; description: string },
  userId: string | null,
): number {
  return db.$client.transaction(() => {
    if (nameTaken(db, input.departmentId, input.name)) {
      throw new TaxonomyError(`name: the department already has a cause "${input.name}"`);
    }
    const id = Number(
      db.$client
        .prepare('INSERT INTO root_causes (department_id, name, description) VALUES (?, ?, ?)')
        .run(input.departmentId, input.name, input.description).lastInsertRowid,
    );
    audit(db, userId, id, 'create', 'name', null, input.name);
    return id;
  })();
}

export function renameCause(db: Db, id: number, name: string, userId: string | null): void {
  db.$client.transaction(() => {
    const before = cause(db, id);
    if (before.name === name) return;
    if (nameTaken(db, before.departmentId, name, id)) {
      throw new TaxonomyError(`name: the department already has a cause "${name}"`);
    }
    db.$client.prepare('UPDATE root_causes SET name = ? WHERE id = ?').run(name, id);
    // The old name lives on here: history shows what the cause was called then.
    audit(db, userId, id, 'rename', 'name', before.name, name);
  })();
}

export function setCauseRetired(db: Db, id: number, retired: boolean, userId: string | null): void {
  db.$client.transaction(() => {
    const before = cause(db, id);
    if ((before.retiredAt !== null) === retired) return;
    db.$client
      .prepare('UPDATE root_causes SET retired_at = ? WHERE id = ?')
      .run(retired ? Date.now() : null, id);
    audit(
      db,
      userId,
      id,
      retired ? 'retire' : 'reinstate',
      'retired',
      String(!retired),
      String(retired),
    );
  })();
}

const CHUNK = 2_000;

/** Re-points tickets through the write path, a slice at a time, in the caller's transaction. */
function repoint(
  db: Db,
  ids: number[],
  fields: { rootCauseId: number; departmentId: number },
  settings: Settings,
): void {
  for (let i = 0; i < ids.length; i += CHUNK) {
    updateTickets(
      db,
      ids.slice(i, i + CHUNK).map((id) => ({ id, fields })),
      settings,
    );
  }
}

function ticketsOf(db: Db, causeId: number): number[] {
  return (
    db.$client.prepare('SELECT id FROM tickets WHERE root_cause_id = ?').all(causeId) as {
      id: number;
    }[]
  ).map((r) => r.id);
}

/**
 * Moves a cause to another department, with all its tickets: their originating department
 * changes too, so the cause's whole history moves in every chart.
 */
export function moveCause(
  db: Db,
  id: number,
  departmentId: number,
  userId: string | null,
  settings: Settings,
): number {
  return db.$client.transaction(() => {
    const before = cause(db, id);
    if (before.departmentId === departmentId) return 0;
    if (nameTaken(db, departmentId, before.name)) {
      throw new TaxonomyError(`department: it already has a cause "${before.name}"`);
    }
    db.$client
      .prepare('UPDATE root_causes SET department_id = ? WHERE id = ?')
      .run(departmentId, id);
    const tickets = ticketsOf(db, id);
    repoint(db, tickets, { rootCauseId: id, departmentId }, settings);
    audit(db, userId, id, 'move', 'department', String(before.departmentId), String(departmentId));
    return tickets.length;
  })();
}

/**
 * Merges a cause into another: its tickets, rules and corrective actions move to the survivor;
 * the merged cause stays (retired, pointing at the survivor) so history keeps its name. Each
 * re-pointed ticket gets an audit event. Returns how many tickets moved.
 */
export function mergeCause(
  db: Db,
  id: number,
  intoId: number,
  userId: string | null,
  settings: Settings,
): number {
  return db.$client.transaction(() => {
    if (id === intoId) throw new TaxonomyError('into: a cause cannot be merged into itself');
    const merged = cause(db, id);
    const survivor = cause(db, intoId);
    if (survivor.mergedIntoId !== null) {
      throw new TaxonomyError('into: that cause was itself merged; choose the one it went into');
    }
    const tickets = ticketsOf(db, id);
    repoint(db, tickets, { rootCauseId: intoId, departmentId: survivor.departmentId }, settings);
    db.$client
      .prepare('UPDATE classification_rules SET root_cause_id = ? WHERE root_cause_id = ?')
      .run(intoId, id);
    db.$client
      .prepare('UPDATE corrective_actions SET root_cause_id = ? WHERE root_cause_id = ?')
      .run(intoId, id);
    db.$client
      .prepare(
        'UPDATE root_causes SET merged_into_id = ?, retired_at = COALESCE(retired_at, ?) WHERE id = ?',
      )
      .run(intoId, Date.now(), id);
    const at = Date.now();
    const from = JSON.stringify({ rootCauseId: id, departmentId: merged.departmentId });
    const to = JSON.stringify({ rootCauseId: intoId, departmentId: survivor.departmentId });
    insertAuditEvents(db, [
      {
        at,
        userId,
        entity: 'root_cause',
        entityId: String(id),
        action: 'merge',
        field: 'merged_into',
        fromValue: merged.name,
        toValue: survivor.name,
      },
      ...tickets.map((ticketId) => ({
        at,
        userId,
        entity: 'ticket' as const,
        entityId: String(ticketId),
        action: 'merge',
        field: 'attribution',
        fromValue: from,
        toValue: to,
        reason: `“${merged.name}” merged into “${survivor.name}”`,
      })),
    ]);
    return tickets.length;
  })();
}
