/** Settings stored as JSON values in the settings table, validated here with their defaults. */
import { z } from 'zod';

export const settingsSchema = z.object({
  recurrenceWindowDays: z.number().int().min(1).max(365).default(30),
  recurrenceKey: z.enum(['customer', 'customer_product']).default('customer'),
  /** Fully loaded cost of one agent hour, in the display currency. */
  agentCostPerHour: z.number().min(0).max(10_000).default(42),
  currency: z.string().length(3).default('USD'),
  displayTimeZone: z.string().min(1).default('UTC'),
  effectivenessWeeks: z.number().int().min(1).max(52).default(8),
});

export type Settings = z.infer<typeof settingsSchema>;
export type SettingKey = keyof Settings;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** Builds settings from stored key/JSON-value rows; a bad stored value names its key. */
export function settingsFromRows(rows: readonly { key: string; value: string }[]): Settings {
  const raw: Record<string, unknown> = {};
  for (const row of rows) {
    try {
      raw[row.key] = JSON.parse(row.value);
    } catch {
      throw new Error(`Setting "${row.key}" is not valid JSON: ${row.value}`);
    }
  }
  const parsed = settingsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Setting "${issue.path.join('.')}" is invalid: ${issue.message}`);
  }
  return parsed.data;
}
