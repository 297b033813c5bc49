/**
 * `npm run bench -- [--tickets 1000000] [--runs 30] [--db PATH] [--keep] [--reuse]
 *   [--import-rows 1000000]`
 * Seeds a temporary database (or, with --reuse, uses the tickets already in --db), then prints
 * p50/p95 of every overview, department-page, cause-page and explorer query for the full range and a recent
 * one, the root-cause suggestions' accuracy on held-out tickets and their speed, the seeding
 * rows/s, the import's rows/s and peak RSS (a CSV of --import-rows exported
 * from the seeded tickets), the file size, and, when a production build exists, the time to serve
 * the overview page from a warm `next start`.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { explorerTimings } from './explorer';
import { importTimings } from './import';
import { suggestionTimings } from './suggest';
import { measure, printTimings, type Timing } from './measure';
import { openDatabase, type Db } from '@/db/open';
import { getCauseCounts } from '@/db/queries/cause-pareto';
import { getCausePage } from '@/db/queries/cause-page';
import { getCauseTotals } from '@/db/queries/cause-totals';
import { getCause } from '@/db/queries/causes';
import { getReview } from '@/db/queries/review';
import { storyDates } from '@/db/seed/calendar';
import { DEMO_USERS, ensureDemoUsers } from '@/db/seed/users';
import { isoWeekOf, isoWeekStart, lastCompleteWeek } from '@/lib/iso-week';
import { getDepartmentPage } from '@/db/queries/department-page';
import { getDepartmentBySlug } from '@/db/queries/departments';
import { getOpenBacklogByAge } from '@/db/queries/open-backlog';
import { getRecurringCustomers } from '@/db/queries/recurring-customers';
import { getRecurringProducts } from '@/db/queries/recurring-products';
import { getOverview } from '@/db/queries/overview';
import { getDepartmentTotals } from '@/db/queries/range-totals';
import { getResolutionHistograms } from '@/db/queries/resolution-histogram';
import { getWeeklyTotals } from '@/db/queries/weekly-totals';
import { getWeeklyTickets } from '@/db/queries/weekly-tickets';
import { countRows } from '@/db/seed/load';
import { seedAndReport } from '@/db/seed/report';
import { DEFAULT_SEED } from '@/db/seed/seed';
import { todayIso } from '@/db/seed/options';
import { makeRange, presetRange, type DateRange } from '@/lib/filters';
import { dayOf } from '@/lib/time';

const argsSchema = z.object({
  tickets: z.coerce.number().int().min(1000).default(1_000_000),
  runs: z.coerce.number().int().min(20).default(30),
  db: z.string().optional(),
  keep: z.boolean().default(false),
  reuse: z.boolean().default(false),
  /** Rows of the import benchmark's CSV; 0 leaves it out. */
  'import-rows': z.coerce.number().int().min(0).default(1_000_000),
});

const PAGE_PORT = 3300;
const DEPARTMENT_SLUG = 'manufacturing';

function fileSizeMb(dbPath: string): number {
  const sizes = ['', '-wal'].map((suffix) =>
    fs.existsSync(dbPath + suffix) ? fs.statSync(dbPath + suffix).size : 0,
  );
  return sizes.reduce((a, b) => a + b, 0) / 1024 / 1024;
}

async function overviewTimings(db: Db, label: string, range: DateRange, runs: number) {
  const timings: Timing[] = [
    await measure('department totals', runs, () => getDepartmentTotals(db, range)),
    await measure('resolution histogram', runs, () => getResolutionHistograms(db, range)),
    await measure('weekly tickets', runs, () => getWeeklyTickets(db, range)),
    await measure('cause Pareto', runs, () => getCauseCounts(db, range)),
    await measure('whole overview (incl. previous period)', runs, () => getOverview(db, range)),
  ];
  printTimings(`Overview data, ${label} (${range.from} to ${range.to})`, timings);
}

/** The department page's queries for one large department (manufacturing in the demo data). */
async function departmentTimings(db: Db, label: string, range: DateRange, runs: number) {
  const department = getDepartmentBySlug(db, DEPARTMENT_SLUG);
  if (!department) throw new Error(`No department "${DEPARTMENT_SLUG}" in this database`);
  const id = department.id;
  const now = Date.now();
  const timings: Timing[] = [
    await measure('cause totals', runs, () => getCauseTotals(db, range, id)),
    await measure('cause histograms', runs, () => getResolutionHistograms(db, range, 'cause', id)),
    await measure('weekly totals', runs, () => getWeeklyTotals(db, range, { departmentId: id })),
    await measure('top customers (tickets index)', runs, () =>
      getRecurringCustomers(db, range, { departmentId: id }),
    ),
    await measure('top products (tickets index)', runs, () =>
      getRecurringProducts(db, range, { departmentId: id }),
    ),
    await measure('open backlog by age (tickets index)', runs, () =>
      getOpenBacklogByAge(db, range, id, now),
    ),
    await measure('whole department page (incl. previous period)', runs, () =>
      getDepartmentPage(db, department, range, now),
    ),
  ];
  printTimings(
    `Department page data, ${DEPARTMENT_SLUG}, ${label} (${range.from} to ${range.to})`,
    timings,
  );
}

/** The customer with the most tickets: the explorer's slowest single-customer list. */
function busiestCustomer(db: Db): number {
  const row = db.$client
    .prepare(
      'SELECT customer_id AS id FROM tickets GROUP BY customer_id ORDER BY COUNT(*) DESC LIMIT 1',
    )
    .get() as { id: number };
  return row.id;
}

/** The helpdesk id of the last ticket stored, for the explorer's lookup by id. */
function lastHelpdeskId(db: Db): string {
  return db.$client
    .prepare('SELECT external_id FROM tickets ORDER BY id DESC LIMIT 1')
    .pluck()
    .get() as string;
}

/** The cause page's data for the largest root cause of the demo's largest department. */
async function causeTimings(db: Db, label: string, range: DateRange, runs: number) {
  const { id } = db.$client
    .prepare(
      `SELECT root_cause_id AS id FROM tickets WHERE root_cause_id IS NOT NULL
       GROUP BY root_cause_id ORDER BY COUNT(*) DESC LIMIT 1`,
    )
    .get() as { id: number };
  const cause = getCause(db, id)!;
  printTimings(`Cause page data, "${cause.name}", ${label} (${range.from} to ${range.to})`, [
    await measure('weekly totals', runs, () => getWeeklyTotals(db, range, { causeId: id })),
    await measure('top customers (tickets index)', runs, () =>
      getRecurringCustomers(db, range, { causeId: id }),
    ),
    await measure('top products (tickets index)', runs, () =>
      getRecurringProducts(db, range, { causeId: id }),
    ),
    await measure('whole cause page (incl. previous period)', runs, () =>
      getCausePage(db, cause, range),
    ),
  ]);
}

/** The weekly review's data: a quiet recent week and the first week of the planted spike. */
async function reviewTimings(db: Db, today: number, runs: number) {
  const weeks = [
    ['last complete week', lastCompleteWeek(today)],
    ['first week of the order-entry spike', isoWeekOf(storyDates(today).spikeStartDay)],
  ] as const;
  const measured = [];
  for (const [label, week] of weeks) {
    const start = isoWeekStart(week)!;
    measured.push(
      await measure(`getReview ${week} (${label})`, runs, () => getReview(db, start, today)),
    );
  }
  printTimings('Weekly review data (everything the page shows)', measured);
}

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server at ${url} did not start in ${timeoutMs} ms`);
}

/** Signs the demo executive in through the auth API; returns the session cookie. */
async function signIn(base: string, role: 'executive' | 'analyst'): Promise<string> {
  const { email, password } = DEMO_USERS.find((u) => u.role === role)!;
  const response = await fetch(`${base}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`Sign-in for the page timings: ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

async function pageTimings(dbPath: string, runs: number): Promise<void> {
  if (!fs.existsSync('.next/BUILD_ID')) {
    console.log('\nPage timings skipped: no production build (run `npx next build` first).');
    return;
  }
  const server = spawn('npx', ['next', 'start', '-p', String(PAGE_PORT)], {
    // The auth library accepts sign-ins only from its own origin.
    env: {
      ...process.env,
      DATABASE_PATH: dbPath,
      BETTER_AUTH_URL: `http://127.0.0.1:${PAGE_PORT}`,
    },
    stdio: 'ignore',
    detached: true,
  });
  try {
    const base = `http://127.0.0.1:${PAGE_PORT}`;
    await waitForServer(`${base}/api/health`, 60_000);
    // No redirects followed: a page that sends to /sign-in must fail, not time the sign-in page.
    const getAs = (cookie: string) => (query: string) => async () => {
      const response = await fetch(`${base}/${query}`, { headers: { cookie }, redirect: 'manual' });
      if (response.status !== 200) throw new Error(`GET /${query}: ${response.status}`);
      await response.text();
    };
    // Warm means after start-up: the server trains the suggestions when it starts
    // (instrumentation.ts), a slice at a time between requests. The triage page waits for the
    // model, so once it answers the training is done.
    await getAs(await signIn(base, 'analyst'))('triage')();
    const get = getAs(await signIn(base, 'executive'));
    printTimings('Overview page, production server, warm (full HTML response)', [
      await measure('/?range=24m', runs, get('?range=24m')),
      await measure('/ (last 12 months)', runs, get('')),
      await measure('/?range=quarter', runs, get('?range=quarter')),
    ]);
    const week = lastCompleteWeek(dayOf(Date.now()));
    printTimings('Weekly review page, production server, warm (full HTML response)', [
      await measure(`/review/${week}`, runs, get(`review/${week}`)),
    ]);
  } finally {
    process.kill(-server.pid!, 'SIGTERM');
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      tickets: { type: 'string' },
      runs: { type: 'string' },
      db: { type: 'string' },
      keep: { type: 'boolean' },
      reuse: { type: 'boolean' },
      'import-rows': { type: 'string' },
    },
  });
  const args = argsSchema.parse(values);
  const dbPath =
    args.db ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'upstream-bench-')), 'bench.db');
  const db = openDatabase(dbPath);
  if (args.reuse && countRows(db.$client, 'tickets') > 0) {
    console.log(
      `Reusing ${dbPath} (${countRows(db.$client, 'tickets').toLocaleString('en-US')} tickets).`,
    );
  } else {
    seedAndReport(db, dbPath, {
      tickets: args.tickets,
      seed: DEFAULT_SEED,
      end: todayIso(),
      reset: true,
    });
  }
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  console.log(`Database file: ${fileSizeMb(dbPath).toFixed(1)} MB (${dbPath})`);

  const today = dayOf(Date.now());
  await overviewTimings(db, 'full range, last 24 months', presetRange('24m', today), args.runs);
  await overviewTimings(db, 'last 90 days', makeRange(today - 89, today, 'custom'), args.runs);
  await departmentTimings(db, 'full range, last 24 months', presetRange('24m', today), args.runs);
  await departmentTimings(db, 'last 90 days', makeRange(today - 89, today, 'custom'), args.runs);
  await causeTimings(db, 'full range, last 24 months', presetRange('24m', today), args.runs);
  await causeTimings(db, 'last 90 days', makeRange(today - 89, today, 'custom'), args.runs);
  const explorerCommon = {
    word: 'leak',
    customerId: busiestCustomer(db),
    helpdeskId: lastHelpdeskId(db),
  };
  for (const [label, range] of [
    ['last 12 months', presetRange('12m', today)],
    ['last 90 days', makeRange(today - 89, today, 'custom')],
  ] as const) {
    await explorerTimings(db, label, range, args.runs, explorerCommon);
  }
  await reviewTimings(db, today, args.runs);
  suggestionTimings(db);
  if (args['import-rows'] > 0) {
    importTimings(db, presetRange('24m', today), args['import-rows'], path.dirname(dbPath));
  }
  await ensureDemoUsers(db);
  db.$client.close();
  await pageTimings(dbPath, args.runs);
  if (!args.keep && !args.db) fs.rmSync(path.dirname(dbPath), { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
