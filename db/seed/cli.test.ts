/** The seed CLI and the demo start-up script, run as the npm scripts run them. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { openDatabase } from '@/db/open';
import { tempDatabaseFile, TEST_END } from './test-support';

const TSX = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');

function run(script: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(TSX, [script, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const seed = (...args: string[]) => run('db/seed/cli.ts', args);

function ticketCount(file: string): number {
  const db = openDatabase(file);
  try {
    return (db.$client.prepare('SELECT COUNT(*) AS n FROM tickets').get() as { n: number }).n;
  } finally {
    db.$client.close();
  }
}

describe('npm run seed', () => {
  test('seeds, prints counts per table and speed, and refuses a second run without --reset', () => {
    const file = tempDatabaseFile();
    const first = seed('--tickets', '2000', '--seed', '3', '--db', file, '--end', TEST_END);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/tickets\s+2,000/);
    expect(first.stdout).toMatch(/contacts\s+[\d,]+/);
    expect(first.stdout).toMatch(/[\d,]+ tickets\/s, [\d,]+ rows\/s/);

    const second = seed('--tickets', '1000', '--db', file, '--end', TEST_END);
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/already has data.*--reset/);
    expect(ticketCount(file)).toBe(2_000);

    const reset = seed('--tickets', '1000', '--db', file, '--end', TEST_END, '--reset');
    expect(reset.code).toBe(0);
    expect(ticketCount(file)).toBe(1_000);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  test('a bad option exits with code 2, a message naming it, and the usage', () => {
    const result = seed('--tickets', 'lots');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--tickets must be a whole number/);
    expect(result.stderr).toMatch(/Usage: npm run seed/);
  });
});

describe('scripts/ensure-demo-db.ts (npm run demo)', () => {
  test('leaves a database that has tickets alone', () => {
    const file = tempDatabaseFile();
    expect(seed('--tickets', '500', '--db', file, '--end', TEST_END).code).toBe(0);
    const result = run('scripts/ensure-demo-db.ts', [], { DATABASE_PATH: file });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Using the existing database .* \(500 tickets\)/);
    expect(ticketCount(file)).toBe(500);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  test('seeds the default demo set into an empty database', () => {
    const file = tempDatabaseFile();
    const result = run('scripts/ensure-demo-db.ts', [], { DATABASE_PATH: file });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Seeding 150,000 demo tickets/);
    expect(ticketCount(file)).toBe(150_000);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });
});
