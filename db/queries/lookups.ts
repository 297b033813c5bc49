/** Names behind the ids in the URL's filters, and the searches of the filter comboboxes. */
import type { Db } from '../open';

export interface CauseOption {
  id: number;
  name: string;
  departmentId: number;
  departmentSlug: string;
  departmentName: string;
  /** Retired: no new tickets get it, but its history can still be looked at. */
  retired: boolean;
}

export interface EntityOption {
  id: number;
  /** What a person recognises: the customer's name or the product's name. */
  label: string;
  /** The identifier beside it: the customer's reference or the product's SKU. */
  ref: string | null;
}

/**
 * The root causes a person may choose (merged ones point at their survivor), by department then
 * name; retired ones too where the choice is about the past, such as filtering tickets.
 */
export function listCauseOptions(
  db: Db,
  options: { includeRetired?: boolean } = {},
): CauseOption[] {
  return (
    db.$client
      .prepare(
        `SELECT rc.id, rc.name, d.id AS departmentId, d.slug AS departmentSlug,
                d.name AS departmentName, rc.retired_at IS NOT NULL AS retired
         FROM root_causes rc JOIN departments d ON d.id = rc.department_id
         WHERE rc.merged_into_id IS NULL ${options.includeRetired ? '' : 'AND rc.retired_at IS NULL'}
         ORDER BY d.sort_order, d.id, rc.name`,
      )
      .all() as (Omit<CauseOption, 'retired'> & { retired: number })[]
  ).map((c) => ({ ...c, retired: c.retired === 1 }));
}

const LOOKUPS = {
  customer: { table: 'customers', label: 'name', ref: 'external_ref' },
  product: { table: 'products', label: 'name', ref: 'sku' },
} as const;
export type LookupKind = keyof typeof LOOKUPS;

export function getEntityOption(db: Db, kind: LookupKind, id: number): EntityOption | undefined {
  const { table, label, ref } = LOOKUPS[kind];
  return db.$client
    .prepare(`SELECT id, ${label} AS label, ${ref} AS ref FROM ${table} WHERE id = ?`)
    .get(id) as EntityOption | undefined;
}

/**
 * Customers or products whose name or reference contains the text, those that start with it
 * first. A scan of at most a few hundred thousand short rows: a few milliseconds, no index.
 */
export function searchEntityOptions(
  db: Db,
  kind: LookupKind,
  text: string,
  limit = 20,
): EntityOption[] {
  const { table, label, ref } = LOOKUPS[kind];
  // LIKE wildcards typed by a person are matched literally.
  const escaped = text.replace(/[\\%_]/g, (c) => `\\${c}`);
  return db.$client
    .prepare(
      `SELECT id, ${label} AS label, ${ref} AS ref FROM ${table}
       WHERE ${label} LIKE ? ESCAPE '\\' OR ${ref} LIKE ? ESCAPE '\\'
       ORDER BY (${label} LIKE ? ESCAPE '\\') DESC, ${label}, id
       LIMIT ?`,
    )
    .all(`%${escaped}%`, `%${escaped}%`, `${escaped}%`, limit) as EntityOption[];
}

/** Every cause's and department's name by id, retired and merged ones too (for history). */
export function getAttributionNames(db: Db): {
  causes: Map<number, string>;
  departments: Map<number, string>;
} {
  const causes = db.$client.prepare('SELECT id, name FROM root_causes').all() as {
    id: number;
    name: string;
  }[];
  const departments = db.$client.prepare('SELECT id, name FROM departments').all() as {
    id: number;
    name: string;
  }[];
  return {
    causes: new Map(causes.map((c) => [c.id, c.name])),
    departments: new Map(departments.map((d) => [d.id, d.name])),
  };
}
