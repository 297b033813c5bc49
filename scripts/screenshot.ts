/**
 * `npm run screenshot -- [--base http://localhost:3000] [--role executive] [--out screenshots]
 *   [--top] PATH...` (--top: only the first screenful instead of the full page)
 * Signs in as a demo account and saves a full-page PNG of each path in headless Chromium, so a
 * page can be looked at after a change (and the README screenshot refreshed).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { z } from 'zod';
import { DEMO_USERS } from '@/db/seed/users';
import { USER_ROLES } from '@/lib/domain';

const argsSchema = z.object({
  base: z.url().default('http://localhost:3000'),
  role: z.enum(USER_ROLES).default('executive'),
  out: z.string().default('screenshots'),
  width: z.coerce.number().int().positive().default(1400),
  top: z.boolean().default(false),
});

async function main() {
  const { values, positionals } = parseArgs({
    options: {
      base: { type: 'string' },
      role: { type: 'string' },
      out: { type: 'string' },
      width: { type: 'string' },
      top: { type: 'boolean' },
    },
    allowPositionals: true,
  });
  const args = argsSchema.parse(values);
  if (positionals.length === 0) throw new Error('Name at least one path, e.g. / or /tickets');
  const user = DEMO_USERS.find((u) => u.role === args.role)!;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: args.width, height: 900 } });
    await page.goto(`${args.base}/sign-in`);
    await page.getByLabel('Email').fill(user.email);
    await page.getByLabel('Password').fill(user.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    fs.mkdirSync(args.out, { recursive: true });
    for (const [i, pagePath] of positionals.entries()) {
      await page.goto(`${args.base}${pagePath}`);
      await page.waitForLoadState('load');
      await page.waitForTimeout(800);
      const file = path.join(args.out, `${i + 1}-${pagePath.replace(/[^a-z0-9]+/gi, '_')}.png`);
      await page.screenshot({ path: file, fullPage: !args.top });
      console.log(file);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
