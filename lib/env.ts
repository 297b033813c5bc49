/** Environment variables, validated once. */
import { z } from 'zod';

const envSchema = z.object({
  DATABASE_PATH: z.string().min(1).default('./data/upstream.db'),
});

export function databasePath(): string {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) throw new Error(`DATABASE_PATH: ${parsed.error.issues[0].message}`);
  return parsed.data.DATABASE_PATH;
}
