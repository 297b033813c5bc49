/** The tables of the demo data, and deleting them for a new seed. */
import type Database from 'better-sqlite3';
import { getTableName } from 'drizzle-orm';
import {
  causeStats,
  contacts,
  correctiveActions,
  customers,
  departmentStats,
  importRejects,
  imports,
  products,
  resolutionHistogram,
  rootCauses,
  tickets,
} from '@/db/schema';

/** Tables the seeder fills, parents first. */
export const DEMO_TABLES = [
  rootCauses,
  customers,
  products,
  correctiveActions,
  tickets,
  contacts,
].map(getTableName);

/** Names from the drizzle schema, so a renamed summary table cannot be missed here. */
export const SUMMARY_TABLES = [departmentStats, causeStats, resolutionHistogram].map(getTableName);

export function countRows(sqlite: Database.Database, table: string): number {
  const row = sqlite.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number };
  return row.n;
}

/**
 * Deletes everything a seed (or an import) created: tickets and their contacts, causes,
 * customers, products, corrective actions, imports and summaries. Departments, users, tokens,
 * settings and the audit trail stay.
 */
export function deleteDemoData(sqlite: Database.Database): void {
  // Children before parents, so it also works with foreign keys on.
  const tables = [
    ...[...DEMO_TABLES].reverse(),
    getTableName(importRejects),
    getTableName(imports),
  ];
  for (const table of tables) sqlite.exec(`DELETE FROM "${table}"`);
  deleteSummaries(sqlite);
}

export function deleteSummaries(sqlite: Database.Database): void {
  for (const table of SUMMARY_TABLES) sqlite.exec(`DELETE FROM "${table}"`);
}
