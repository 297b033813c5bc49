import type { Db } from '../open';
import { insertAuditEvents } from './audit';
import type { TokenScope } from '@/lib/domain';

export interface ApiTokenRow {
  id: number;
  name: string;
  scope: TokenScope;
  createdBy: string | null;
  createdAt: number;
  lastUsedAt: number | null;
  revokedAt: number | null;
}

/** Creates a token, with its audit event: who may call the API is a change like any other. */
export function insertApiToken(
  db: Db,
  token: { name: string; scope: TokenScope; tokenHash: string; createdByUserId: string },
): number {
  return db.$client.transaction(() => {
    const at = Date.now();
    const id = Number(
      db.$client
        .prepare(
          `INSERT INTO api_tokens (name, scope, token_hash, created_by_user_id, created_at)
           VALUES (?, ?, ?, ?, ?)`,
        )
        .run(token.name, token.scope, token.tokenHash, token.createdByUserId, at).lastInsertRowid,
    );
    insertAuditEvents(db, [
      {
        at,
        userId: token.createdByUserId,
        entity: 'api_token',
        entityId: String(id),
        action: 'create',
        field: 'scope',
        toValue: token.scope,
        reason: token.name,
      },
    ]);
    return id;
  })();
}

export function listApiTokens(db: Db): ApiTokenRow[] {
  return db.$client
    .prepare(
      `SELECT t.id, t.name, t.scope, u.email AS createdBy, t.created_at AS createdAt,
              t.last_used_at AS lastUsedAt, t.revoked_at AS revokedAt
       FROM api_tokens t LEFT JOIN users u ON u.id = t.created_by_user_id
       ORDER BY t.revoked_at IS NOT NULL, t.created_at DESC`,
    )
    .all() as ApiTokenRow[];
}

/** Revokes a live token, with its audit event; false when it was unknown or revoked already. */
export function revokeApiToken(db: Db, id: number, userId: string | null): boolean {
  return db.$client.transaction(() => {
    const at = Date.now();
    const revoked =
      db.$client
        .prepare('UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL')
        .run(at, id).changes === 1;
    if (revoked) {
      insertAuditEvents(db, [
        { at, userId, entity: 'api_token', entityId: String(id), action: 'revoke' },
      ]);
    }
    return revoked;
  })();
}

/** How stale a token's last use may get before a request writes it again. */
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * The live token with this hash; null when unknown or revoked. Its last use is recorded to the
 * minute and only where that costs the request nothing (see markTokenUsed).
 */
export function consumeApiToken(
  db: Db,
  tokenHash: string,
): { id: number; scope: TokenScope } | null {
  const row = db.$client
    .prepare(
      `SELECT id, scope, last_used_at AS lastUsedAt FROM api_tokens
       WHERE token_hash = ? AND revoked_at IS NULL`,
    )
    .get(tokenHash) as { id: number; scope: TokenScope; lastUsedAt: number | null } | undefined;
  if (!row) return null;
  const now = Date.now();
  if (row.lastUsedAt === null || now - row.lastUsedAt >= LAST_USED_RESOLUTION_MS) {
    markTokenUsed(db, row.id, now);
  }
  return { id: row.id, scope: row.scope };
}

/**
 * Best effort: a bulk import holds the write lock for minutes, and a read with a token must not
 * wait out the busy timeout and then fail for a bookkeeping write. So the write does not wait
 * (busy_timeout 0 for this one statement; better-sqlite3 is synchronous, nothing else runs on the
 * connection meanwhile) and a busy database skips it: a later request records the use.
 */
function markTokenUsed(db: Db, id: number, now: number): void {
  const sqlite = db.$client;
  const busyTimeout = sqlite.pragma('busy_timeout', { simple: true }) as number;
  sqlite.pragma('busy_timeout = 0');
  try {
    sqlite.prepare('UPDATE api_tokens SET last_used_at = ? WHERE id = ?').run(now, id);
  } catch (error) {
    if (!String((error as { code?: unknown }).code).startsWith('SQLITE_BUSY')) throw error;
  } finally {
    sqlite.pragma(`busy_timeout = ${busyTimeout}`);
  }
}
