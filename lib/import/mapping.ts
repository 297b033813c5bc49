/**
 * Which column of a helpdesk export feeds which field of an Upstream ticket. A mapping names
 * columns by header (matched without regard to case, spacing or a type suffix such as
 * "[list]"), so a saved mapping fits the next export of the same helpdesk.
 */
import { z } from 'zod';
import { TICKET_CSV_COLUMNS } from '../ticket-csv';
import { isTimeZone } from '../time-zone';

export const IMPORT_FIELDS = {
  externalId: { label: 'Ticket id', required: true },
  sourceSystem: { label: 'Source system' },
  openedAt: { label: 'Opened at', required: true },
  resolvedAt: { label: 'Resolved at' },
  closedAt: { label: 'Closed at (when there is no resolved time)' },
  channel: { label: 'Channel' },
  severity: { label: 'Priority' },
  customerRef: { label: 'Customer id or email' },
  customerName: { label: 'Customer name' },
  productSku: { label: 'Product SKU' },
  productName: { label: 'Product name' },
  orderRef: { label: 'Order reference' },
  department: { label: 'Originating department' },
  rootCause: { label: 'Root cause' },
  category: { label: 'Category, type or tags (mapped to causes)' },
  subject: { label: 'Subject' },
  description: { label: 'Description' },
  csat: { label: 'Satisfaction (1–5)' },
  fixCost: { label: 'Fix cost' },
  contacts: { label: 'Contacts (Upstream JSON)' },
  contactCount: { label: 'Number of contacts' },
  handleTime: { label: 'Handle time' },
} as const satisfies Record<string, { label: string; required?: boolean }>;

export type ImportField = keyof typeof IMPORT_FIELDS;
export const IMPORT_FIELD_KEYS = Object.keys(IMPORT_FIELDS) as ImportField[];

export const PRESETS = ['zendesk', 'freshdesk', 'upstream', 'generic'] as const;
export type Preset = (typeof PRESETS)[number];

export const PRESET_LABELS: Record<Preset, string> = {
  zendesk: 'Zendesk ticket export',
  freshdesk: 'Freshdesk ticket export',
  upstream: 'Upstream export',
  generic: 'Other (map the columns yourself)',
};

/** The header names each preset knows for a field, normalized, best first. */
const ALIASES: Record<Preset, Partial<Record<ImportField, string[]>>> = {
  zendesk: {
    externalId: ['id'],
    subject: ['subject'],
    description: ['description'],
    openedAt: ['created at'],
    resolvedAt: ['solved at'],
    channel: ['via'],
    severity: ['priority'],
    customerRef: ['requester id', 'requester email'],
    customerName: ['organization', 'requester'],
    category: ['category', 'type', 'tags'],
    contactCount: ['replies'],
    productName: ['product'],
  },
  freshdesk: {
    externalId: ['ticket id'],
    subject: ['subject'],
    description: ['description'],
    openedAt: ['created time'],
    resolvedAt: ['resolved time'],
    closedAt: ['closed time'],
    channel: ['source'],
    severity: ['priority'],
    customerRef: ['requester email', 'contact id', 'email'],
    customerName: ['company name', 'requester name', 'full name'],
    category: ['type', 'tags'],
    contactCount: ['agent interactions'],
    handleTime: ['time tracked'],
    productName: ['product'],
  },
  upstream: {
    externalId: ['external_id'],
    sourceSystem: ['source_system'],
    openedAt: ['opened_at'],
    resolvedAt: ['resolved_at'],
    channel: ['channel'],
    severity: ['severity'],
    customerRef: ['customer_ref'],
    customerName: ['customer_name'],
    productSku: ['product_sku'],
    productName: ['product_name'],
    orderRef: ['order_ref'],
    department: ['department'],
    rootCause: ['root_cause'],
    subject: ['subject'],
    description: ['description'],
    csat: ['csat'],
    fixCost: ['fix_cost'],
    contacts: ['contacts'],
  },
  generic: {
    externalId: ['id', 'ticket id', 'ticket', 'ticket number', 'number', 'key'],
    subject: ['subject', 'title', 'summary'],
    description: ['description', 'body', 'details'],
    openedAt: ['created', 'created at', 'opened', 'opened at', 'created date', 'date'],
    resolvedAt: ['resolved', 'resolved at', 'solved at', 'closed', 'closed at'],
    channel: ['channel', 'source', 'via'],
    severity: ['priority', 'severity'],
    customerRef: ['customer id', 'customer', 'requester', 'email', 'account'],
    customerName: ['customer name', 'company', 'organization', 'account name'],
    productSku: ['sku', 'product sku', 'part number'],
    productName: ['product', 'product name'],
    orderRef: ['order', 'order number', 'order id'],
    category: ['category', 'type', 'tags', 'reason'],
    csat: ['csat', 'satisfaction', 'rating'],
    handleTime: ['handle time', 'talk time', 'time tracked'],
    contactCount: ['contacts', 'interactions'],
  },
};

/** "  Category [list] " → "category": case, spacing and a custom-field type suffix ignored. */
export function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/\s*\[[a-z_ ]+\]$/i, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

export const dateOrderSchema = z.enum(['auto', 'dmy', 'mdy']);
export const timeZoneSchema = z
  .string()
  .refine(isTimeZone, { error: 'Time zone of the file: a zone such as UTC or Europe/Berlin' });

/** A saved or submitted mapping; validated whenever it crosses a boundary (form, DB, CLI). */
export const importMappingSchema = z.object({
  preset: z.enum(PRESETS),
  /** The source system written on every ticket unless a column gives it. */
  sourceSystem: z
    .string()
    .trim()
    .min(1, { error: 'Name the source system, e.g. zendesk' })
    .max(40, { error: 'The source system name is at most 40 characters' }),
  /** Field → header of the column feeding it. */
  columns: z.partialRecord(z.enum(IMPORT_FIELD_KEYS), z.string().min(1)),
  dateOrder: dateOrderSchema.default('auto'),
  /** The zone of the file's times written without one (mappings saved before it: UTC). */
  timeZone: timeZoneSchema.default('UTC'),
  /** The unit of a plain number in the handle-time column. */
  handleTimeUnit: z.enum(['seconds', 'minutes']).default('seconds'),
  /** Category value → what it means in Upstream; a value not listed leaves the ticket as it is. */
  values: z
    .record(
      z.string(),
      z.union([
        z.object({ causeId: z.number().int().positive() }),
        z.object({ department: z.string().min(1) }),
      ]),
    )
    .default({}),
});
export type ImportMapping = z.infer<typeof importMappingSchema>;

/** How many of a preset's fields find a column in these headers. */
function matches(preset: Preset, normalized: Set<string>): number {
  return Object.values(ALIASES[preset]).filter((names) => names.some((n) => normalized.has(n)))
    .length;
}

/** The preset whose headers these look most like: Upstream's own, Zendesk, Freshdesk, or generic. */
export function detectPreset(headers: readonly string[]): Preset {
  const normalized = new Set(headers.map(normalizeHeader));
  if (TICKET_CSV_COLUMNS.every((c) => normalized.has(c))) return 'upstream';
  const [best] = (['zendesk', 'freshdesk'] as const)
    .map((p) => [p, matches(p, normalized)] as const)
    .sort((a, b) => b[1] - a[1]);
  return best[1] >= 4 ? best[0] : 'generic';
}

/** The preset's column for every field it finds among these headers (the headers as written). */
export function presetColumns(
  preset: Preset,
  headers: readonly string[],
): Partial<Record<ImportField, string>> {
  const byNormalized = new Map(headers.map((h) => [normalizeHeader(h), h]));
  const columns: Partial<Record<ImportField, string>> = {};
  for (const [field, names] of Object.entries(ALIASES[preset]) as [ImportField, string[]][]) {
    const found = names.find((n) => byNormalized.has(n));
    if (found) columns[field] = byNormalized.get(found)!;
  }
  return columns;
}

export const DEFAULT_SOURCE_SYSTEM: Record<Preset, string> = {
  zendesk: 'zendesk',
  freshdesk: 'freshdesk',
  upstream: 'upstream',
  generic: 'import',
};

/**
 * Where each mapped field's column sits in a file with these headers, or the problems that
 * stop the import before any row is read: a required field unmapped, a mapped column missing.
 */
export function resolveColumns(
  mapping: ImportMapping,
  headers: readonly string[],
): { ok: true; index: Partial<Record<ImportField, number>> } | { ok: false; errors: string[] } {
  const positions = new Map(headers.map((h, i) => [normalizeHeader(h), i]));
  const index: Partial<Record<ImportField, number>> = {};
  const errors: string[] = [];
  for (const field of IMPORT_FIELD_KEYS) {
    const header = mapping.columns[field];
    const definition: { label: string; required?: boolean } = IMPORT_FIELDS[field];
    if (header === undefined) {
      if (definition.required) errors.push(`${definition.label}: map a column to it`);
      continue;
    }
    const position = positions.get(normalizeHeader(header));
    if (position === undefined)
      errors.push(`${definition.label}: the file has no column "${header}"`);
    else index[field] = position;
  }
  if (index.customerRef === undefined && index.customerName === undefined) {
    errors.push('Customer: map a column with the customer id, email or name');
  }
  if (index.rootCause !== undefined && index.department === undefined) {
    errors.push('Originating department: map a column to it; a root cause is named within it');
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, index };
}
