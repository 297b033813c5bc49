import type { Db } from '../open';
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

export function insertApiToken(
  db: Db,
  token: { name: string; scope: TokenScope; tokenHash: string; createdByUserId: string },
): number {
  return Number(
    db.$client
      .prepare(
        `INSERT INTO api_tokens (name, scope, token_hash, created_by_user_id, created_at)
         VALUES (?, ?, ?, ?, ?)`,
      )
      .run(token.name, token.scope, token.tokenHash, token.createdByUserId, Date.now())
      .lastInsertRowid,
  );
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

export function revokeApiToken(db: Db, id: number): boolean {
  return (
    db.$client
      .prepare('UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL')
      .run(Date.now(), id).changes === 1
  );
}

/** The live token with this hash, marked as used now; null when unknown or revoked. */
export function consumeApiToken(
  db: Db,
  tokenHash: string,
): { id: number; scope: TokenScope } | null {
  const row = db.$client
    .prepare('SELECT id, scope FROM api_tokens WHERE token_hash = ? AND revoked_at IS NULL')
    .get(tokenHash) as { id: number; scope: TokenScope } | undefined;
  if (!row) return null;
  db.$client.prepare('UPDATE api_tokens SET last_used_at = ? WHERE id = ?').run(Date.now(), row.id);
  return row;
}
