/** Imports: their settings, progress and counters, rejected rows, and saved mappings. */
import { z } from 'zod';
import type { Db } from '../open';
import type { IMPORT_STATUSES } from '../schema';
import { importMappingSchema, type ImportMapping } from '@/lib/import/mapping';

export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export interface ImportRow {
  id: number;
  kind: 'csv' | 'api';
  sourceSystem: string;
  fileName: string | null;
  filePath: string | null;
  fileBytes: number;
  encoding: string | null;
  delimiter: string | null;
  headers: string[];
  /** null until the person has mapped the columns. */
  mapping: ImportMapping | null;
  status: ImportStatus;
  error: string | null;
  startedAt: number;
  finishedAt: number | null;
  heartbeatAt: number | null;
  rowsDone: number;
  bytesDone: number;
  rowsTotal: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  firstOpenedAt: number | null;
  lastOpenedAt: number | null;
}

const headersSchema = z.array(z.string());

const COLUMNS = `id, kind, source_system AS sourceSystem, file_name AS fileName, file_path AS filePath,
  file_bytes AS fileBytes, encoding, delimiter, headers, mapping, status, error,
  started_at AS startedAt, finished_at AS finishedAt, heartbeat_at AS heartbeatAt,
  rows_done AS rowsDone, bytes_done AS bytesDone, rows_total AS rowsTotal, inserted, updated,
  unchanged, rejected, first_opened_at AS firstOpenedAt, last_opened_at AS lastOpenedAt`;

type StoredImport = Omit<ImportRow, 'headers' | 'mapping'> & {
  headers: string | null;
  mapping: string | null;
};

/** JSON columns are checked on the way out too: a hand-edited row must not crash a page. */
function fromStored(row: StoredImport): ImportRow {
  const headers = headersSchema.safeParse(JSON.parse(row.headers ?? '[]'));
  const mapping = row.mapping ? importMappingSchema.safeParse(JSON.parse(row.mapping)) : null;
  return {
    ...row,
    headers: headers.success ? headers.data : [],
    mapping: mapping?.success ? mapping.data : null,
  };
}

export function getImport(db: Db, id: number): ImportRow | undefined {
  const row = db.$client.prepare(`SELECT ${COLUMNS} FROM imports WHERE id = ?`).get(id) as
    StoredImport | undefined;
  return row && fromStored(row);
}

export function listImports(db: Db, limit = 50): ImportRow[] {
  return (
    db.$client
      .prepare(`SELECT ${COLUMNS} FROM imports ORDER BY id DESC LIMIT ?`)
      .all(limit) as StoredImport[]
  ).map(fromStored);
}

export interface NewCsvImport {
  fileName: string;
  filePath: string;
  fileBytes: number;
  encoding: string;
  delimiter: string;
  headers: string[];
  sourceSystem: string;
  mapping: ImportMapping;
  userId: string | null;
  now: number;
}

export function createCsvImport(db: Db, input: NewCsvImport): number {
  const result = db.$client
    .prepare(
      `INSERT INTO imports (kind, source_system, file_name, file_path, file_bytes, encoding,
         delimiter, headers, mapping, status, started_at, created_by_user_id)
       VALUES ('csv', ?, ?, ?, ?, ?, ?, ?, ?, 'uploaded', ?, ?)`,
    )
    .run(
      input.sourceSystem,
      input.fileName,
      input.filePath,
      input.fileBytes,
      input.encoding,
      input.delimiter,
      JSON.stringify(input.headers),
      JSON.stringify(input.mapping),
      input.now,
      input.userId,
    );
  return Number(result.lastInsertRowid);
}

/** An API batch is recorded whole, with its counters, in the transaction that stored it. */
export function createApiImport(db: Db, sourceSystem: string, now: number): number {
  const result = db.$client
    .prepare(
      `INSERT INTO imports (kind, source_system, status, started_at, heartbeat_at)
       VALUES ('api', ?, 'running', ?, ?)`,
    )
    .run(sourceSystem, now, now);
  return Number(result.lastInsertRowid);
}

export function setImportMapping(db: Db, id: number, mapping: ImportMapping): void {
  db.$client
    .prepare(
      `UPDATE imports SET mapping = ?, source_system = ? WHERE id = ? AND status = 'uploaded'`,
    )
    .run(JSON.stringify(mapping), mapping.sourceSystem, id);
}

/** Claims the import for a run; false when another run holds it (its heartbeat is fresh). */
export function claimImport(db: Db, id: number, now: number, staleAfterMs: number): boolean {
  const result = db.$client
    .prepare(
      `UPDATE imports SET status = 'running', heartbeat_at = ?, error = NULL
       WHERE id = ? AND (status IN ('uploaded', 'failed')
         OR (status = 'running' AND (heartbeat_at IS NULL OR heartbeat_at <= ?)))`,
    )
    .run(now, id, now - staleAfterMs);
  return result.changes === 1;
}

export interface BatchProgress {
  rowsDone: number;
  bytesDone: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejects: { rowNumber: number; rawLine: string; reason: string }[];
  openedAt: { first: number; last: number } | null;
  now: number;
}

/** Counters and rejects of one batch; call in the batch's transaction. */
export function recordImportBatch(db: Db, id: number, p: BatchProgress): void {
  db.$client
    .prepare(
      `UPDATE imports SET rows_done = ?, bytes_done = ?, heartbeat_at = ?,
         inserted = inserted + ?, updated = updated + ?, unchanged = unchanged + ?,
         rejected = rejected + ?,
         first_opened_at = MIN(COALESCE(first_opened_at, ?), ?),
         last_opened_at = MAX(COALESCE(last_opened_at, ?), ?)
       WHERE id = ?`,
    )
    .run(
      p.rowsDone,
      p.bytesDone,
      p.now,
      p.inserted,
      p.updated,
      p.unchanged,
      p.rejects.length,
      p.openedAt?.first ?? null,
      p.openedAt?.first ?? null,
      p.openedAt?.last ?? null,
      p.openedAt?.last ?? null,
      id,
    );
  const insert = db.$client.prepare(
    'INSERT INTO import_rejects (import_id, row_number, raw_line, reason) VALUES (?, ?, ?, ?)',
  );
  for (const r of p.rejects) insert.run(id, r.rowNumber, r.rawLine, r.reason);
}

export function heartbeatImport(db: Db, id: number, now: number): void {
  db.$client.prepare('UPDATE imports SET heartbeat_at = ? WHERE id = ?').run(now, id);
}

export function finishImport(
  db: Db,
  id: number,
  outcome: { status: 'done' | 'failed'; error: string | null; now: number },
): void {
  db.$client
    .prepare(
      `UPDATE imports SET status = ?, error = ?, finished_at = ?, heartbeat_at = ?,
         rows_total = CASE WHEN ? = 'done' THEN rows_done ELSE rows_total END
       WHERE id = ?`,
    )
    .run(outcome.status, outcome.error, outcome.now, outcome.now, outcome.status, id);
}

export interface ImportReject {
  rowNumber: number;
  rawLine: string;
  reason: string;
}

/** Rejected rows in file order, a page at a time after a row number (for streaming them out). */
export function getImportRejects(
  db: Db,
  id: number,
  afterRow: number,
  limit: number,
): ImportReject[] {
  return db.$client
    .prepare(
      `SELECT row_number AS rowNumber, raw_line AS rawLine, reason FROM import_rejects
       WHERE import_id = ? AND row_number > ? ORDER BY row_number LIMIT ?`,
    )
    .all(id, afterRow, limit) as ImportReject[];
}

export interface SavedMapping {
  id: number;
  name: string;
  mapping: ImportMapping;
}

export function listSavedMappings(db: Db): SavedMapping[] {
  const rows = db.$client
    .prepare('SELECT id, name, mapping FROM import_mappings ORDER BY name')
    .all() as { id: number; name: string; mapping: string }[];
  return rows.flatMap((r) => {
    const parsed = importMappingSchema.safeParse(JSON.parse(r.mapping));
    return parsed.success ? [{ id: r.id, name: r.name, mapping: parsed.data }] : [];
  });
}

/** Saves under a name, replacing a mapping of the same name. */
export function saveMapping(
  db: Db,
  name: string,
  mapping: ImportMapping,
  userId: string | null,
): void {
  db.$client
    .prepare(
      `INSERT INTO import_mappings (name, mapping, created_by_user_id) VALUES (?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET mapping = excluded.mapping`,
    )
    .run(name, JSON.stringify(mapping), userId);
}

/** What the browser may see of an import while it runs (no file path, no mapping). */
export type ImportProgress = Pick<
  ImportRow,
  | 'id'
  | 'status'
  | 'error'
  | 'fileName'
  | 'fileBytes'
  | 'bytesDone'
  | 'rowsDone'
  | 'inserted'
  | 'updated'
  | 'unchanged'
  | 'rejected'
  | 'startedAt'
  | 'finishedAt'
  | 'heartbeatAt'
> & {
  /** Only while a bulk import runs (import/live-progress.ts): 'finishing' once every row is in. */
  phase?: 'storing' | 'finishing';
};

export function importProgressOf(row: ImportRow): ImportProgress {
  const { id, status, error, fileName, fileBytes, bytesDone, rowsDone, inserted, updated } = row;
  const { unchanged, rejected, startedAt, finishedAt, heartbeatAt } = row;
  return {
    id,
    status,
    error,
    fileName,
    fileBytes,
    bytesDone,
    rowsDone,
    inserted,
    updated,
    unchanged,
    rejected,
    startedAt,
    finishedAt,
    heartbeatAt,
  };
}
