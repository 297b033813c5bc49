import Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import { openTestDatabase } from '../test-support';
import { consumeApiToken, insertApiToken, revokeApiToken } from './api-tokens';
import { listEntityHistory } from './audit';
import type { Db } from '../open';

function tokenDatabase() {
  const db = openTestDatabase();
  db.$client.exec(
    `INSERT INTO users (id, email, name, role, created_at, updated_at)
     VALUES ('u1', 'ada@example.com', 'Ada', 'admin', 0, 0)`,
  );
  const id = insertApiToken(db, {
    name: 'helpdesk',
    scope: 'read',
    tokenHash: 'hash-1',
    createdByUserId: 'u1',
  });
  return { db, id };
}

const lastUsedAt = (db: Db, id: number) =>
  (
    db.$client.prepare('SELECT last_used_at AS at FROM api_tokens WHERE id = ?').get(id) as {
      at: number | null;
    }
  ).at;

const setLastUsedAt = (db: Db, id: number, at: number) =>
  db.$client.prepare('UPDATE api_tokens SET last_used_at = ? WHERE id = ?').run(at, id);

test('only a live token with a known hash passes', () => {
  const { db, id } = tokenDatabase();
  expect(consumeApiToken(db, 'hash-1')).toEqual({ id, scope: 'read' });
  expect(consumeApiToken(db, 'hash-2')).toBeNull();
  revokeApiToken(db, id, 'u1');
  expect(consumeApiToken(db, 'hash-1')).toBeNull();
});

test('creating and revoking a token are audit events; revoking it again is none', () => {
  const { db, id } = tokenDatabase();
  expect(revokeApiToken(db, id, 'u1')).toBe(true);
  expect(revokeApiToken(db, id, 'u1')).toBe(false);
  const events = listEntityHistory(db, 'api_token', String(id));
  expect(events.map((e) => [e.action, e.userId, e.field, e.toValue, e.reason])).toEqual([
    ['revoke', 'u1', null, null, null],
    ['create', 'u1', 'scope', 'read', 'helpdesk'],
  ]);
});

test('the last use is written at most once a minute', () => {
  const { db, id } = tokenDatabase();
  const before = Date.now();
  consumeApiToken(db, 'hash-1');
  expect(lastUsedAt(db, id)).toBeGreaterThanOrEqual(before);

  const recent = Date.now() - 30_000;
  setLastUsedAt(db, id, recent);
  consumeApiToken(db, 'hash-1');
  expect(lastUsedAt(db, id)).toBe(recent);

  setLastUsedAt(db, id, Date.now() - 61_000);
  const later = Date.now();
  consumeApiToken(db, 'hash-1');
  expect(lastUsedAt(db, id)).toBeGreaterThanOrEqual(later);
});

test('while another connection holds the write lock, the token still passes, without waiting', () => {
  const { db, id } = tokenDatabase();
  // A bulk import on its own connection, in the middle of its write transaction.
  const importer = new Database(db.$client.name);
  importer.exec('BEGIN IMMEDIATE');
  try {
    // Waiting would take the whole busy timeout (5 s) and then throw "database is locked".
    expect(consumeApiToken(db, 'hash-1')).toEqual({ id, scope: 'read' });
    expect(db.$client.pragma('busy_timeout', { simple: true })).toBe(5000);
  } finally {
    importer.exec('ROLLBACK');
    importer.close();
  }
  expect(lastUsedAt(db, id)).toBeNull();
  // Once the lock is gone, the next request records the use.
  consumeApiToken(db, 'hash-1');
  expect(lastUsedAt(db, id)).not.toBeNull();
});
