/**
 * Upstream's schema: the entities of DESIGN.md plus the summary tables that make dashboards fast.
 *
 * Conventions: times are integer milliseconds since the Unix epoch (UTC); money is integer cents;
 * a "day" is the number of whole UTC days since 1970-01-01 (see lib/time.ts).
 */
import { sql } from 'drizzle-orm';
import {
  sqliteTable,
  integer,
  text,
  blob,
  index,
  uniqueIndex,
  primaryKey,
} from 'drizzle-orm/sqlite-core';
import {
  ACTION_STATUSES,
  CHANNELS,
  CLASSIFICATION_SOURCES,
  RULE_FIELDS,
  RULE_OPERATORS,
  SEVERITIES,
  TOKEN_SCOPES,
  USER_ROLES,
} from '@/lib/domain';

const createdAt = () =>
  integer('created_at')
    .notNull()
    .default(sql`(unixepoch() * 1000)`);

export const departments = sqliteTable('departments', {
  id: integer('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  /** False for customer-service and unknown: they are not "upstream" of the contact center. */
  isUpstream: integer('is_upstream', { mode: 'boolean' }).notNull().default(true),
  sortOrder: integer('sort_order').notNull().default(0),
});

export const rootCauses = sqliteTable(
  'root_causes',
  {
    id: integer('id').primaryKey(),
    departmentId: integer('department_id')
      .notNull()
      .references(() => departments.id),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    retiredAt: integer('retired_at'),
    /** Set when this cause was merged into another; its tickets now point at the survivor. */
    mergedIntoId: integer('merged_into_id'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('root_causes_department_name').on(t.departmentId, t.name)],
);

// Imports find customers and products by reference and, failing that, by name.
export const customers = sqliteTable(
  'customers',
  {
    id: integer('id').primaryKey(),
    externalRef: text('external_ref').unique(),
    name: text('name').notNull(),
    segment: text('segment').notNull().default('standard'),
  },
  (t) => [index('customers_name').on(t.name)],
);

export const products = sqliteTable(
  'products',
  {
    id: integer('id').primaryKey(),
    sku: text('sku').notNull().unique(),
    name: text('name').notNull(),
    family: text('family').notNull().default(''),
  },
  (t) => [index('products_name').on(t.name)],
);

export const tickets = sqliteTable(
  'tickets',
  {
    id: integer('id').primaryKey(),
    sourceSystem: text('source_system').notNull(),
    externalId: text('external_id').notNull(),
    openedAt: integer('opened_at').notNull(),
    resolvedAt: integer('resolved_at'),
    channel: text('channel', { enum: CHANNELS }).notNull(),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id),
    productId: integer('product_id').references(() => products.id),
    orderRef: text('order_ref'),
    rootCauseId: integer('root_cause_id').references(() => rootCauses.id),
    /** Originating department: the cause's department, or set by hand without a cause. */
    departmentId: integer('department_id').references(() => departments.id),
    severity: text('severity', { enum: SEVERITIES }).notNull().default('medium'),
    csat: integer('csat'),
    fixCostCents: integer('fix_cost_cents').notNull().default(0),
    subject: text('subject').notNull().default(''),
    description: text('description').notNull().default(''),
    /** Sum of the contacts' handle seconds, kept with the contacts in the same transaction. */
    handleSeconds: integer('handle_seconds').notNull().default(0),
    contactCount: integer('contact_count').notNull().default(0),
    /**
     * Who set the root cause: 'human' (a person in triage), 'rule' (a classification rule),
     * 'import' (the source system's category); null while unclassified. Rules never overrule a
     * human.
     */
    classificationSource: text('classification_source', { enum: CLASSIFICATION_SOURCES }),
    /** Decided on every write that can change it (lib/recurrence.ts, db/queries/ticket-writes.ts). */
    isRecurrence: integer('is_recurrence', { mode: 'boolean' }).notNull().default(false),
    createdAt: createdAt(),
    updatedAt: integer('updated_at')
      .notNull()
      .default(sql`(unixepoch() * 1000)`),
  },
  (t) => [
    uniqueIndex('tickets_source_external').on(t.sourceSystem, t.externalId),
    // Opening time first, then the columns of the explorer's simple filters: a count or a page
    // over a range with any of them reads this index alone, never the table rows.
    index('tickets_opened').on(
      t.openedAt,
      t.departmentId,
      t.rootCauseId,
      t.channel,
      t.isRecurrence,
      t.resolvedAt,
    ),
    // Recurrence lookups: earlier/later tickets of one customer and cause in time order. It
    // holds all that deciding a group's recurrence reads, so a write reads no table rows of the
    // group's other tickets (scattered over years of pages): an import at 1M tickets runs faster.
    index('tickets_recurrence_key').on(
      t.customerId,
      t.rootCauseId,
      t.openedAt,
      t.resolvedAt,
      t.productId,
      t.isRecurrence,
    ),
    // A department's or a cause's tickets by opening time, with the explorer's sort keys, so
    // that sorting them by resolution or handle time reads no table rows but the page's.
    index('tickets_department_opened').on(
      t.departmentId,
      t.openedAt,
      t.resolvedAt,
      t.handleSeconds,
    ),
    index('tickets_cause_opened').on(t.rootCauseId, t.openedAt, t.resolvedAt, t.handleSeconds),
    index('tickets_product_opened').on(t.productId, t.openedAt),
    index('tickets_open_backlog')
      .on(t.openedAt)
      .where(sql`resolved_at IS NULL`),
    // A text search's matches (ids from tickets_fts) checked against the range and sorted by
    // opening time from this small index instead of the wide table rows: half the time.
    index('tickets_text_search').on(t.id, t.openedAt),
    // The explorer's sort orders other than by opening time (keyset pagination walks them).
    index('tickets_resolution_time').on(sql`(resolved_at - opened_at)`),
    index('tickets_handle_seconds').on(t.handleSeconds),
    // The customers and products with the most recurrences, per department or cause and range.
    index('tickets_department_recurrences')
      .on(t.departmentId, t.openedAt, t.customerId, t.productId)
      .where(sql`is_recurrence = 1`),
    index('tickets_cause_recurrences')
      .on(t.rootCauseId, t.openedAt, t.customerId, t.productId)
      .where(sql`is_recurrence = 1`),
  ],
);

export const contacts = sqliteTable(
  'contacts',
  {
    id: integer('id').primaryKey(),
    ticketId: integer('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    startedAt: integer('started_at').notNull(),
    channel: text('channel', { enum: CHANNELS }).notNull(),
    agent: text('agent').notNull().default(''),
    /** Talk + hold + wrap. */
    handleSeconds: integer('handle_seconds').notNull(),
  },
  (t) => [index('contacts_ticket').on(t.ticketId, t.startedAt)],
);

// Users and their sessions, in the shape better-auth's drizzle adapter expects (auth/config.ts):
// string ids, Date timestamps stored as milliseconds. Passwords live hashed in accounts.password.
const timestampMs = (name: string) => integer(name, { mode: 'timestamp_ms' });

export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email').notNull().unique(),
  emailVerified: integer('email_verified', { mode: 'boolean' }).notNull().default(false),
  image: text('image'),
  role: text('role', { enum: USER_ROLES }).notNull().default('analyst'),
  /** Only for the lead role: the department they lead. */
  departmentId: integer('department_id').references(() => departments.id),
  banned: integer('banned', { mode: 'boolean' }).default(false),
  banReason: text('ban_reason'),
  banExpires: timestampMs('ban_expires'),
  createdAt: timestampMs('created_at').notNull(),
  updatedAt: timestampMs('updated_at').notNull(),
});

export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    token: text('token').notNull().unique(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: timestampMs('expires_at').notNull(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    impersonatedBy: text('impersonated_by'),
    createdAt: timestampMs('created_at').notNull(),
    updatedAt: timestampMs('updated_at').notNull(),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

export const accounts = sqliteTable(
  'accounts',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    providerId: text('provider_id').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    accessToken: text('access_token'),
    refreshToken: text('refresh_token'),
    idToken: text('id_token'),
    accessTokenExpiresAt: timestampMs('access_token_expires_at'),
    refreshTokenExpiresAt: timestampMs('refresh_token_expires_at'),
    scope: text('scope'),
    password: text('password'),
    createdAt: timestampMs('created_at').notNull(),
    updatedAt: timestampMs('updated_at').notNull(),
  },
  (t) => [index('accounts_user').on(t.userId)],
);

export const verifications = sqliteTable('verifications', {
  id: text('id').primaryKey(),
  identifier: text('identifier').notNull(),
  value: text('value').notNull(),
  expiresAt: timestampMs('expires_at').notNull(),
  createdAt: timestampMs('created_at').notNull(),
  updatedAt: timestampMs('updated_at').notNull(),
});

export const correctiveActions = sqliteTable(
  'corrective_actions',
  {
    id: integer('id').primaryKey(),
    rootCauseId: integer('root_cause_id')
      .notNull()
      .references(() => rootCauses.id),
    ownerDepartmentId: integer('owner_department_id')
      .notNull()
      .references(() => departments.id),
    ownerUserId: text('owner_user_id').references(() => users.id),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    status: text('status', { enum: ACTION_STATUSES }).notNull().default('open'),
    openedAt: integer('opened_at').notNull(),
    dueAt: integer('due_at'),
    doneAt: integer('done_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('corrective_actions_cause').on(t.rootCauseId),
    index('corrective_actions_department').on(t.ownerDepartmentId, t.status),
  ],
);

export const apiTokens = sqliteTable('api_tokens', {
  id: integer('id').primaryKey(),
  name: text('name').notNull(),
  /** SHA-256 of the token; the token itself is shown once and never stored. */
  tokenHash: text('token_hash').notNull().unique(),
  scope: text('scope', { enum: TOKEN_SCOPES }).notNull(),
  createdByUserId: text('created_by_user_id').references(() => users.id),
  createdAt: createdAt(),
  lastUsedAt: integer('last_used_at'),
  revokedAt: integer('revoked_at'),
});

export const IMPORT_STATUSES = ['uploaded', 'running', 'done', 'failed'] as const;

/**
 * One CSV file or API batch. A CSV import's counters and `rows_done` are written in the same
 * transaction as each batch of its tickets, so after a crash they say exactly how far it got
 * and a resumed run skips that many rows.
 */
export const imports = sqliteTable('imports', {
  id: integer('id').primaryKey(),
  kind: text('kind', { enum: ['csv', 'api'] }).notNull(),
  sourceSystem: text('source_system').notNull(),
  fileName: text('file_name'),
  /** Where the uploaded file is kept until the import is done. */
  filePath: text('file_path'),
  fileBytes: integer('file_bytes').notNull().default(0),
  encoding: text('encoding'),
  delimiter: text('delimiter'),
  /** JSON: the file's header row. */
  headers: text('headers'),
  /** JSON: the ImportMapping (lib/import/mapping.ts) it runs with. */
  mapping: text('mapping'),
  // Always written explicitly; the default is the one the first migration gave the column.
  status: text('status', { enum: IMPORT_STATUSES }).notNull().default('running'),
  error: text('error'),
  startedAt: integer('started_at').notNull(),
  finishedAt: integer('finished_at'),
  /** Last sign of life of the process running it: a stale one means it was interrupted. */
  heartbeatAt: integer('heartbeat_at'),
  /** Data rows read and settled (stored or rejected), and the bytes of the file they span. */
  rowsDone: integer('rows_done').notNull().default(0),
  bytesDone: integer('bytes_done').notNull().default(0),
  rowsTotal: integer('rows_total').notNull().default(0),
  inserted: integer('inserted').notNull().default(0),
  updated: integer('updated').notNull().default(0),
  unchanged: integer('unchanged').notNull().default(0),
  rejected: integer('rejected').notNull().default(0),
  /** Opening times of the stored tickets, for a link to them on the dashboard. */
  firstOpenedAt: integer('first_opened_at'),
  lastOpenedAt: integer('last_opened_at'),
  createdByUserId: text('created_by_user_id').references(() => users.id),
});

/** Column and value mappings a person saved to reuse on the next export of the same helpdesk. */
export const importMappings = sqliteTable('import_mappings', {
  id: integer('id').primaryKey(),
  name: text('name').notNull().unique(),
  /** JSON: an ImportMapping. */
  mapping: text('mapping').notNull(),
  createdAt: createdAt(),
  createdByUserId: text('created_by_user_id').references(() => users.id),
});

export const importRejects = sqliteTable(
  'import_rejects',
  {
    id: integer('id').primaryKey(),
    importId: integer('import_id')
      .notNull()
      .references(() => imports.id, { onDelete: 'cascade' }),
    rowNumber: integer('row_number').notNull(),
    rawLine: text('raw_line').notNull(),
    reason: text('reason').notNull(),
  },
  (t) => [index('import_rejects_import').on(t.importId, t.rowNumber)],
);

export const auditEvents = sqliteTable(
  'audit_events',
  {
    id: integer('id').primaryKey(),
    at: integer('at').notNull(),
    userId: text('user_id').references(() => users.id),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    action: text('action').notNull(),
    field: text('field'),
    fromValue: text('from_value'),
    toValue: text('to_value'),
    reason: text('reason'),
  },
  (t) => [
    index('audit_events_entity').on(t.entity, t.entityId, t.at),
    index('audit_events_at').on(t.at),
  ],
);

/**
 * Classification rules an admin writes: when a ticket's field matches, it is attributed to the
 * cause. They run on import and API ingest for tickets that arrive without an attribution, and
 * on existing tickets when the admin applies one; they never overrule a person (lib/rules.ts).
 */
export const classificationRules = sqliteTable('classification_rules', {
  id: integer('id').primaryKey(),
  field: text('field', { enum: RULE_FIELDS }).notNull(),
  operator: text('operator', { enum: RULE_OPERATORS }).notNull(),
  pattern: text('pattern').notNull(),
  rootCauseId: integer('root_cause_id')
    .notNull()
    .references(() => rootCauses.id),
  enabled: integer('enabled', { mode: 'boolean' }).notNull().default(true),
  /** Rules are tried in this order; the first that matches decides. */
  position: integer('position').notNull().default(0),
  createdAt: createdAt(),
  createdByUserId: text('created_by_user_id').references(() => users.id),
});

export const DISPUTE_STATUSES = ['open', 'upheld', 'rejected'] as const;

/**
 * A department lead's objection to a ticket's attribution to their department, with a reason;
 * listed for the weekly review until it is upheld (the ticket re-attributed) or rejected.
 */
export const disputes = sqliteTable(
  'disputes',
  {
    id: integer('id').primaryKey(),
    ticketId: integer('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    /** The department that objects: the ticket's department when it was raised. */
    departmentId: integer('department_id')
      .notNull()
      .references(() => departments.id),
    reason: text('reason').notNull(),
    status: text('status', { enum: DISPUTE_STATUSES }).notNull().default('open'),
    raisedAt: integer('raised_at').notNull(),
    raisedByUserId: text('raised_by_user_id').references(() => users.id),
    settledAt: integer('settled_at'),
    settledByUserId: text('settled_by_user_id').references(() => users.id),
    settlement: text('settlement'),
  },
  (t) => [
    index('disputes_status').on(t.status, t.departmentId),
    index('disputes_ticket').on(t.ticketId),
  ],
);

/** Key/value settings; values are JSON validated by lib/settings.ts. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

// ---------------------------------------------------------------------------------------------
// Summary tables. Tickets are the truth; these are kept equal to an aggregation over tickets in
// the same transaction as every ticket write (db/queries/ticket-writes.ts), and rebuilt from
// scratch by db/queries/summaries.ts. A ticket counts on the UTC day it was opened.
//
// Every summary row is for one period: period_kind 'd' is one UTC day (period = day number),
// 'm' one calendar month (period = year*12 + month-1). A date range reads its whole months from
// 'm' rows and only its partial months from 'd' rows (lib/ranges.ts), so a two-year range reads
// about 80 periods instead of 730 days.
// department_key / cause_key are 0 where the ticket has none, so they can be part of the key.

const periodKind = () => text('period_kind', { enum: ['d', 'm'] }).notNull();

const summaryMeasures = {
  tickets: integer('tickets').notNull().default(0),
  classified: integer('classified').notNull().default(0),
  recurrences: integer('recurrences').notNull().default(0),
  resolved: integer('resolved').notNull().default(0),
  resolvedOneContact: integer('resolved_one_contact').notNull().default(0),
  /** Resolved tickets with at least one contact recorded: FCR's denominator (docs/metrics.md). */
  resolvedWithContacts: integer('resolved_with_contacts').notNull().default(0),
  contacts: integer('contacts').notNull().default(0),
  handleSeconds: integer('handle_seconds').notNull().default(0),
  fixCostCents: integer('fix_cost_cents').notNull().default(0),
};

export const departmentStats = sqliteTable(
  'department_stats',
  {
    periodKind: periodKind(),
    period: integer('period').notNull(),
    departmentKey: integer('department_key').notNull(),
    ...summaryMeasures,
  },
  (t) => [primaryKey({ columns: [t.periodKind, t.period, t.departmentKey] })],
);

export const causeStats = sqliteTable(
  'cause_stats',
  {
    periodKind: periodKind(),
    period: integer('period').notNull(),
    departmentKey: integer('department_key').notNull(),
    causeKey: integer('cause_key').notNull(),
    ...summaryMeasures,
  },
  (t) => [
    primaryKey({ columns: [t.periodKind, t.period, t.departmentKey, t.causeKey] }),
    index('cause_stats_cause').on(t.causeKey, t.periodKind, t.period),
  ],
);

/**
 * Resolution-time histogram of the resolved tickets of one period, department and cause, as one
 * blob of bucket counts (lib/histogram.ts has the bucket scheme and the encoding). One row per
 * period and cause keeps a two-year range at a few thousand rows however many tickets there are;
 * cause_key -1 rows hold the whole department (db/queries/summaries.ts ALL_CAUSES).
 */
export const resolutionHistogram = sqliteTable(
  'resolution_histogram',
  {
    periodKind: periodKind(),
    period: integer('period').notNull(),
    departmentKey: integer('department_key').notNull(),
    causeKey: integer('cause_key').notNull(),
    counts: blob('counts', { mode: 'buffer' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.periodKind, t.period, t.departmentKey, t.causeKey] })],
);
