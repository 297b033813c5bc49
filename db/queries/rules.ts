/** Classification rules: stored, listed, and tried on existing tickets (lib/rules.ts matches). */
import type { Db } from '../open';
import { insertAuditEvents } from './audit';
import type { RuleField, RuleOperator } from '@/lib/domain';
import { compileRule, type CompiledRule, type RuleDefinition, type RuleSubject } from '@/lib/rules';

export interface RuleRow extends RuleDefinition {
  enabled: boolean;
  position: number;
  causeName: string;
  departmentName: string;
  /** Its cause is retired (merged ones are too): a retired cause takes no new tickets. */
  causeRetired: boolean;
}

export function listRules(db: Db): RuleRow[] {
  const rows = db.$client
    .prepare(
      `SELECT r.id, r.field, r.operator, r.pattern, r.root_cause_id AS rootCauseId, r.enabled,
              r.position, c.name AS causeName, d.name AS departmentName,
              c.retired_at IS NOT NULL AS causeRetired
       FROM classification_rules r
       JOIN root_causes c ON c.id = r.root_cause_id
       JOIN departments d ON d.id = c.department_id
       ORDER BY r.position, r.id`,
    )
    .all() as (Omit<RuleRow, 'enabled' | 'causeRetired'> & {
    enabled: number;
    causeRetired: number;
  })[];
  return rows.map((r) => ({ ...r, enabled: r.enabled === 1, causeRetired: r.causeRetired === 1 }));
}

/**
 * The enabled rules whose cause takes tickets, compiled, in order: what imports and the API run.
 * A merge re-points its cause's rules to the survivor, so only a retirement leaves a rule here
 * without a cause to give; it is skipped, as applying it by hand is refused.
 */
export function getActiveRules(db: Db): CompiledRule[] {
  return listRules(db)
    .filter((r) => r.enabled && !r.causeRetired)
    .flatMap((r) => {
      const compiled = compileRule(r);
      return compiled.ok ? [compiled.rule] : [];
    });
}

const describe = (r: {
  field: RuleField;
  operator: RuleOperator;
  pattern: string;
  rootCauseId: number;
}) =>
  JSON.stringify({
    field: r.field,
    operator: r.operator,
    pattern: r.pattern,
    rootCauseId: r.rootCauseId,
  });

export function createRule(
  db: Db,
  rule: { field: RuleField; operator: RuleOperator; pattern: string; rootCauseId: number },
  userId: string | null,
): number {
  return db.$client.transaction(() => {
    const { next } = db.$client
      .prepare('SELECT COALESCE(MAX(position), 0) + 1 AS next FROM classification_rules')
      .get() as { next: number };
    const id = Number(
      db.$client
        .prepare(
          `INSERT INTO classification_rules (field, operator, pattern, root_cause_id, position, created_by_user_id)
           VALUES (?, ?, ?, ?, ?, ?)`,
        )
        .run(rule.field, rule.operator, rule.pattern, rule.rootCauseId, next, userId)
        .lastInsertRowid,
    );
    insertAuditEvents(db, [
      {
        at: Date.now(),
        userId,
        entity: 'rule',
        entityId: String(id),
        action: 'create',
        toValue: describe(rule),
      },
    ]);
    return id;
  })();
}

export function setRuleEnabled(db: Db, id: number, enabled: boolean, userId: string | null): void {
  db.$client.transaction(() => {
    const changed = db.$client
      .prepare('UPDATE classification_rules SET enabled = ? WHERE id = ? AND enabled <> ?')
      .run(enabled ? 1 : 0, id, enabled ? 1 : 0).changes;
    if (changed === 0) return;
    insertAuditEvents(db, [
      {
        at: Date.now(),
        userId,
        entity: 'rule',
        entityId: String(id),
        action: enabled ? 'enable' : 'disable',
        field: 'enabled',
        fromValue: String(!enabled),
        toValue: String(enabled),
      },
    ]);
  })();
}

export function deleteRule(db: Db, id: number, userId: string | null): void {
  db.$client.transaction(() => {
    const rule = listRules(db).find((r) => r.id === id);
    if (!rule) return;
    db.$client.prepare('DELETE FROM classification_rules WHERE id = ?').run(id);
    insertAuditEvents(db, [
      {
        at: Date.now(),
        userId,
        entity: 'rule',
        entityId: String(id),
        action: 'delete',
        fromValue: describe(rule),
      },
    ]);
  })();
}

/**
 * The tickets a rule would change if applied now: those it matches that have another (or no)
 * cause and were not classified by a person. Reads every such ticket's text: an admin's preview,
 * not a page view.
 */
export function ticketsARuleWouldChange(db: Db, rule: CompiledRule): number[] {
  const ids: number[] = [];
  const rows = db.$client
    .prepare(
      `SELECT t.id, t.subject, t.description, t.channel, p.sku AS productSku, p.name AS productName
       FROM tickets t LEFT JOIN products p ON p.id = t.product_id
       WHERE (t.root_cause_id IS NULL OR t.root_cause_id <> ?)
         AND (t.classification_source IS NULL OR t.classification_source <> 'human')`,
    )
    .iterate(rule.rootCauseId) as IterableIterator<RuleSubject & { id: number }>;
  for (const row of rows) if (rule.matches(row)) ids.push(row.id);
  return ids;
}
