import { defineConfig } from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(__dirname) } },
  test: {
    include: [
      'lib/**/*.test.ts',
      'db/**/*.test.ts',
      'components/**/*.test.ts',
      'auth/**/*.test.ts',
      'import/**/*.test.ts',
    ],
    environment: 'node',
    globalSetup: ['vitest.global-setup.ts'],
    // Database tests each open their own temporary file; threads would only fight over 2 cores.
    pool: 'forks',
    testTimeout: 60_000,
  },
});
