/** Command-line options of the seed CLI: node:util parseArgs for the syntax, zod for the values. */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { dayOf, dayToIso, isoToDay } from '@/lib/time';
import { DEFAULT_SEED, DEFAULT_TICKETS, type SeedOptions } from './seed';

export const MAX_TICKETS = 10_000_000;

export const USAGE = `Usage: npm run seed -- [--tickets N] [--seed S] [--db PATH] [--end YYYY-MM-DD] [--reset]

  --tickets N         tickets to generate (default ${DEFAULT_TICKETS}, at most ${MAX_TICKETS})
  --seed S            random seed, a whole number (default ${DEFAULT_SEED}); same seed, same data
  --db PATH           SQLite file (default: $DATABASE_PATH, else ./data/upstream.db)
  --end YYYY-MM-DD    the data covers the 24 months before this day (default: today, UTC)
  --reset             delete existing tickets, causes, customers, products, actions and summaries
                      first (departments, users and settings stay)
  --help              show this text`;

export interface SeedCliOptions extends SeedOptions {
  db: string;
  help: boolean;
}

/** A mistake in the command line: the message names the option. */
export class UsageError extends Error {}

const wholeNumber = (what: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d[\d_]*$/, `must be ${what}, such as ${min === 0 ? 42 : 150_000}`)
    .transform((s) => Number(s.replaceAll('_', '')))
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

const optionsSchema = z.object({
  tickets: wholeNumber('a whole number of tickets', 1, MAX_TICKETS),
  seed: wholeNumber('a whole number', 0, 2 ** 32 - 1),
  db: z.string().trim().min(1, 'must not be empty'),
  end: z
    .string()
    .refine((s) => !Number.isNaN(isoToDay(s)), 'must be a real calendar date as YYYY-MM-DD'),
  reset: z.boolean(),
  help: z.boolean(),
});

export function todayIso(now = Date.now()): string {
  return dayToIso(dayOf(now));
}

/**
 * Parses the arguments after `tsx db/seed/cli.ts`. `defaults` supplies what depends on the
 * environment (the database path) and the clock (today), so tests can pin them.
 */
export function parseSeedArgs(
  argv: readonly string[],
  defaults: { db: string; end: string },
): SeedCliOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        tickets: { type: 'string' },
        seed: { type: 'string' },
        db: { type: 'string' },
        end: { type: 'string' },
        reset: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const raw = {
    tickets: values.tickets ?? String(DEFAULT_TICKETS),
    seed: values.seed ?? String(DEFAULT_SEED),
    db: values.db ?? defaults.db,
    end: values.end ?? defaults.end,
    reset: values.reset,
    help: values.help,
  };
  const parsed = optionsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue.path[0]);
    const given = raw[name as keyof typeof raw];
    throw new UsageError(`--${name} ${issue.message} (got "${String(given)}")`);
  }
  return parsed.data;
}
