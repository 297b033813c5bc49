/**
 * Starts an import in a process of its own (scripts/import.ts --resume), so that a large file
 * neither blocks the web server nor dies with it; the page follows its progress in the database.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { uploadDir } from './uploads';

export function startImportRunner(id: number, options: { force?: boolean } = {}): void {
  fs.mkdirSync(uploadDir(), { recursive: true });
  const log = fs.openSync(path.join(uploadDir(), `import-${id}.log`), 'a');
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(process.cwd(), 'scripts', 'import.ts'),
      '--resume',
      String(id),
      ...(options.force ? ['--force'] : []),
    ],
    { cwd: process.cwd(), env: process.env, detached: true, stdio: ['ignore', log, log] },
  );
  child.unref();
  fs.closeSync(log);
}
