/** The app's one database handle (path from DATABASE_PATH). */
import 'server-only';
import { openDatabase, type Db } from './open';
import { databasePath } from '@/lib/env';

const globalForDb = globalThis as unknown as { upstreamDb?: Db };

export function getDb(): Db {
  // Cached on globalThis so that dev-mode hot reloads reuse the handle instead of leaking one each.
  globalForDb.upstreamDb ??= openDatabase(databasePath());
  return globalForDb.upstreamDb;
}
