/**
 * The explorer's optional columns. A person's choice is kept in a cookie, so the server renders
 * the table they chose on every visit, without a flash of the default.
 */
import { z } from 'zod';

export const EXPLORER_COLUMNS = {
  opened: 'Opened',
  customer: 'Customer',
  product: 'Product',
  department: 'Department',
  cause: 'Root cause',
  channel: 'Channel',
  severity: 'Severity',
  resolution: 'Resolution',
  contacts: 'Contacts',
  handle: 'Handle time',
  recurrence: 'Recurrence',
  cost: 'Fix cost',
} as const;
export type ExplorerColumn = keyof typeof EXPLORER_COLUMNS;

export const COLUMN_KEYS = Object.keys(EXPLORER_COLUMNS) as ExplorerColumn[];

export const DEFAULT_COLUMNS: ExplorerColumn[] = [
  'opened',
  'customer',
  'department',
  'cause',
  'channel',
  'resolution',
  'handle',
  'recurrence',
];

export const COLUMNS_COOKIE = 'upstream-explorer-columns';

const cookieSchema = z
  .string()
  .max(500)
  .transform((s) => s.split(',').filter((c): c is ExplorerColumn => c in EXPLORER_COLUMNS));

/** The chosen columns in display order; the defaults when the cookie is missing or unusable. */
export function parseColumnsCookie(value: string | undefined): ExplorerColumn[] {
  if (value === undefined) return DEFAULT_COLUMNS;
  const parsed = cookieSchema.safeParse(value);
  // An empty choice is kept: the ticket number and subject are always shown.
  if (!parsed.success) return DEFAULT_COLUMNS;
  const chosen = new Set(parsed.data);
  return COLUMN_KEYS.filter((c) => chosen.has(c));
}

export function columnsCookieValue(columns: readonly ExplorerColumn[]): string {
  return columns.join(',');
}
