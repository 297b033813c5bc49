/**
 * One temporary directory for a whole unit-test run, removed when it ends. Tests put their
 * databases and files under os.tmpdir(), which reads TMPDIR, and so do SQLite's own temporary
 * files; the forked test workers inherit it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'upstream-unit-tests-'));
  process.env.TMPDIR = directory;
  return () => fs.rmSync(directory, { recursive: true, force: true });
}
