import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100);
/** Its own database file, seeded fresh for every run, so the tests never touch the demo data. */
export const E2E_DATABASE_PATH = process.env.E2E_DATABASE_PATH ?? './data/e2e.db';
export const E2E_TICKETS = 20_000;

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    // No video: it needs Playwright's own ffmpeg, which cannot be downloaded here. Traces suffice.
    video: 'off',
    screenshot: 'only-on-failure',
    viewport: { width: 1400, height: 900 },
    launchOptions: {
      // Playwright cannot download its own browser here: use Debian's Chromium.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    // Signs each demo role in once; the specs reuse the saved sessions (e2e/auth-state.ts).
    { name: 'sign-in', testMatch: /auth\.setup\.ts/ },
    { name: 'chromium', dependencies: ['sign-in'] },
  ],
  webServer: {
    // A production server (next dev compiles each route on first hit: slow on 2 cores).
    // The build comes first in scripts/test.sh; here only the seed and the start.
    command: `rm -f ${E2E_DATABASE_PATH} ${E2E_DATABASE_PATH}-wal ${E2E_DATABASE_PATH}-shm && npm run seed -- --db ${E2E_DATABASE_PATH} --tickets ${E2E_TICKETS} --seed 7 && npx next start -p ${PORT}`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    env: { DATABASE_PATH: E2E_DATABASE_PATH, BETTER_AUTH_URL: `http://127.0.0.1:${PORT}` },
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'pipe',
  },
});
