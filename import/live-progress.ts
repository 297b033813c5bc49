/**
 * The progress of a bulk import, which keeps its whole file in one transaction: until it
 * commits, other connections see none of its counters in the database. Its process writes them
 * to a small file in the uploads folder beside the database instead, and the progress API lays
 * that over the stored row.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Db } from '@/db/open';
import type { ImportProgress } from '@/db/queries/imports';

const liveProgressSchema = z.object({
  rowsDone: z.number(),
  bytesDone: z.number(),
  inserted: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  rejected: z.number(),
  heartbeatAt: z.number(),
  /** 'finishing': every row is in; indexes, recurrence and summaries are being settled. */
  phase: z.enum(['storing', 'finishing']),
});

export type LiveProgress = z.infer<typeof liveProgressSchema>;

/** Beside the database the import writes to, which the web server reads too. */
const fileOf = (db: Db, importId: number) =>
  path.join(path.dirname(db.$client.name), 'uploads', `import-${importId}.progress.json`);

export function writeLiveProgress(db: Db, importId: number, progress: LiveProgress): void {
  const file = fileOf(db, importId);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Written aside and renamed, so a reader never sees half a file.
  fs.writeFileSync(`${file}.partial`, JSON.stringify(progress));
  fs.renameSync(`${file}.partial`, file);
}

export function clearLiveProgress(db: Db, importId: number): void {
  fs.rmSync(fileOf(db, importId), { force: true });
}

function readLiveProgress(db: Db, importId: number): LiveProgress | null {
  try {
    const parsed = liveProgressSchema.safeParse(
      JSON.parse(fs.readFileSync(fileOf(db, importId), 'utf8')),
    );
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The stored progress of a running import, or its bulk load's live one when that is newer. */
export function withLiveProgress(db: Db, progress: ImportProgress): ImportProgress {
  if (progress.status !== 'running') return progress;
  const live = readLiveProgress(db, progress.id);
  if (!live || live.heartbeatAt <= (progress.heartbeatAt ?? 0)) return progress;
  return { ...progress, ...live };
}
