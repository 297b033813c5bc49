/** The app's auth instance, over the app's one database handle. */
import 'server-only';
import { createAuth, type Auth } from './config';
import { getDb } from '@/db/client';

const globalForAuth = globalThis as unknown as { upstreamAuth?: Auth };

export function getAuth(): Auth {
  globalForAuth.upstreamAuth ??= createAuth(getDb());
  return globalForAuth.upstreamAuth;
}
