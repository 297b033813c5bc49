/** `npm run seed -- --tickets N --seed S [--db PATH] [--end YYYY-MM-DD] [--reset]` */
import { openDatabase } from '@/db/open';
import { databasePath } from '@/lib/env';
import { parseSeedArgs, todayIso, UsageError, USAGE } from './options';
import { seedAndReport } from './report';
import { SeedRefusedError } from './seed';
import { ensureDemoUsers, formatDemoUsers } from './users';

async function main(): Promise<number> {
  let options;
  try {
    options = parseSeedArgs(process.argv.slice(2), { db: databasePath(), end: todayIso() });
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`Error: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const db = openDatabase(options.db);
  try {
    seedAndReport(db, options.db, options);
    console.log(formatDemoUsers(await ensureDemoUsers(db)));
    return 0;
  } catch (error) {
    if (!(error instanceof SeedRefusedError)) throw error;
    console.error(`Error: ${error.message}`);
    return 1;
  } finally {
    db.$client.close();
  }
}

main().then((code) => {
  process.exitCode = code;
});
