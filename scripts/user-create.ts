/**
 * `npm run user:create -- --email a@b.c --role admin [--name "Ada"] [--department warehouse]`
 * Creates an account from the command line (e.g. the first admin of a production database). The
 * password is read from the UPSTREAM_PASSWORD environment variable, or prompted for, never taken
 * as an argument (it would land in shell history).
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { createAccount } from '@/auth/accounts';
import { createAuth } from '@/auth/config';
import { openDatabase } from '@/db/open';
import { listDepartments } from '@/db/queries/departments';
import { fieldErrors, newAccountSchema } from '@/lib/account-input';
import { databasePath } from '@/lib/env';

async function readPassword(): Promise<string> {
  if (process.env.UPSTREAM_PASSWORD) return process.env.UPSTREAM_PASSWORD;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question('Password: ');
  } finally {
    rl.close();
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      department: { type: 'string' },
    },
  });
  const db = openDatabase(databasePath());
  const department = values.department
    ? listDepartments(db).find((d) => d.slug === values.department)
    : undefined;
  if (values.department && !department) {
    console.error(`Error: --department: no department with the slug "${values.department}"`);
    return 2;
  }
  const parsed = newAccountSchema.safeParse({
    email: values.email,
    role: values.role,
    name: values.name ?? values.email?.split('@')[0],
    departmentId: department?.id ?? null,
    password: await readPassword(),
  });
  if (!parsed.success) {
    for (const [field, message] of Object.entries(fieldErrors(parsed.error))) {
      const flag =
        { departmentId: '--department', password: 'UPSTREAM_PASSWORD' }[field] ?? `--${field}`;
      console.error(`Error: ${flag}: ${message}`);
    }
    return 2;
  }
  await createAccount(createAuth(db), parsed.data);
  console.log(`Created ${parsed.data.role} ${parsed.data.email}.`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
