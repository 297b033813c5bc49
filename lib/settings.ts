/** Settings stored as JSON values in the settings table, validated here with their defaults. */
import { z } from 'zod';
import { isTimeZone } from './time-zone';

export const settingsSchema = z.object({
  recurrenceWindowDays: z.number().int().min(1).max(365).default(30),
  recurrenceKey: z.enum(['customer', 'customer_product']).default('customer'),
  /** Fully loaded cost of one agent hour, in the display currency. */
  agentCostPerHour: z.number().min(0).max(10_000).default(42),
  currency: z.string().length(3).default('USD'),
  /** Where times are shown (tickets, contacts, audit, imports); days stay UTC calendar days. */
  displayTimeZone: z.string().refine(isTimeZone, 'not a known time zone').default('UTC'),
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

/** The admin's settings form: text fields checked here, each error naming its field. */
export const settingsFormSchema = z.object({
  recurrenceWindowDays: z.coerce
    .number({ error: 'Recurrence window: a number of days' })
    .int({ error: 'Recurrence window: whole days' })
    .min(1, { error: 'Recurrence window: at least 1 day' })
    .max(365, { error: 'Recurrence window: at most 365 days' }),
  recurrenceKey: z.enum(['customer', 'customer_product'], {
    error: 'Recurrence key: customer, or customer and product',
  }),
  agentCostPerHour: z.coerce
    .number({ error: 'Agent cost: an amount per hour' })
    .min(0, { error: 'Agent cost: not negative' })
    .max(10_000, { error: 'Agent cost: at most 10,000 an hour' }),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, { error: 'Currency: a three-letter ISO code such as USD or EUR' }),
  displayTimeZone: z
    .string()
    .trim()
    .refine(isTimeZone, { error: 'Display time zone: a zone such as UTC or Europe/Berlin' }),
  effectivenessWeeks: z.coerce
    .number({ error: 'Effectiveness window: a number of weeks' })
    .int({ error: 'Effectiveness window: whole weeks' })
    .min(1, { error: 'Effectiveness window: at least 1 week' })
    .max(52, { error: 'Effectiveness window: at most 52 weeks' }),
});
