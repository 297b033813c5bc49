/** Environment variables, validated once. */
import { z } from 'zod';

const envSchema = z.object({
  DATABASE_PATH: z.string().min(1).default('./data/upstream.db'),
  BETTER_AUTH_URL: z.url().default('http://localhost:3000'),
  /** Signs session cookies. A development default keeps the first run to one command. */
  BETTER_AUTH_SECRET: z.string().min(32).optional(),
  NODE_ENV: z.string().default('development'),
});

function parseEnv() {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Environment variable ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

export function databasePath(): string {
  return parseEnv().DATABASE_PATH;
}

const DEVELOPMENT_SECRET = 'upstream-development-secret-change-me-0123456789';

export function authEnv(): { baseUrl: string; secret: string; usesDevelopmentSecret: boolean } {
  const env = parseEnv();
  return {
    baseUrl: env.BETTER_AUTH_URL,
    secret: env.BETTER_AUTH_SECRET ?? DEVELOPMENT_SECRET,
    usesDevelopmentSecret: env.BETTER_AUTH_SECRET === undefined,
  };
}
