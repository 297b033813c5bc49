/**
 * First step of `npm run demo`: seeds the default demo data set when the database has no
 * tickets, and otherwise leaves it alone.
 */
import { openDatabase } from '@/db/open';
import { countRows } from '@/db/seed/load';
import { todayIso } from '@/db/seed/options';
import { seedAndReport } from '@/db/seed/report';
import { DEFAULT_SEED, DEFAULT_TICKETS, SeedRefusedError } from '@/db/seed/seed';
import { ensureDemoUsers, formatDemoUsers } from '@/db/seed/users';
import { databasePath } from '@/lib/env';

async function main(): Promise<number> {
  const path = databasePath();
  const db = openDatabase(path);
  try {
    const tickets = countRows(db.$client, 'tickets');
    if (tickets > 0) {
      console.log(
        `Using the existing database ${path} (${tickets.toLocaleString('en-US')} tickets).`,
      );
      console.log(formatDemoUsers(await ensureDemoUsers(db)));
      return 0;
    }
    seedAndReport(db, path, {
      tickets: DEFAULT_TICKETS,
      seed: DEFAULT_SEED,
      end: todayIso(),
      reset: false,
    });
    console.log(formatDemoUsers(await ensureDemoUsers(db)));
    return 0;
  } catch (error) {
    if (!(error instanceof SeedRefusedError)) throw error;
    console.error(`Error: ${error.message} (npm run seed -- --reset)`);
    return 1;
  } finally {
    db.$client.close();
  }
}

main().then((code) => {
  process.exitCode = code;
});
