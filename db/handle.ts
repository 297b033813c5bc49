/**
 * The server process's one database handle (path from DATABASE_PATH). Not marked server-only,
 * unlike db/client.ts through which pages and routes reach it: the server's start-up
 * (instrumentation.ts), which is not bundled for React's server, uses it too.
 */
import { openDatabase, type Db } from './open';
import { databasePath } from '@/lib/env';

const globalForDb = globalThis as unknown as { upstreamDb?: Db };

export function getDb(): Db {
  // On globalThis: start-up and the pages are bundled apart, and dev-mode hot reloads would
  // otherwise leak a handle each.
  globalForDb.upstreamDb ??= openDatabase(databasePath());
  return globalForDb.upstreamDb;
}
