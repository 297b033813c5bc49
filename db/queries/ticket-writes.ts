/**
 * The one write path for tickets. Every insert, update, resolution or re-classification goes
 * through `upsertTickets` or `updateTickets`, which in a single transaction store the rows,
 * decide recurrence for every ticket the change can affect (and only those), and keep the
 * summary tables and the full-text index current. A load about as large as what is stored (a
 * first import) goes through `BulkTicketLoad`, which settles all of that once at its end.
 */
import type Database from 'better-sqlite3';
import { BulkInsert, CONTACT_COLUMNS, TICKET_COLUMNS, type SqlValue } from '../bulk-load';
import type { Db } from '../open';
import { findRecurrenceFlips, writeRecurrenceFlips } from './recurrence-rebuild';
import { ANY_OF } from './sql-lists';
import { SUMMARY_ROWS_HELD, SummaryDelta, type SummarizedTicket } from './summaries';
import {
  ticketKey,
  type Channel,
  type ClassificationSource,
  type ContactInput,
  type Severity,
} from '@/lib/domain';
import { recurrencesInGroup, recurrenceKeyOf, type RecurrenceTicket } from '@/lib/recurrence';
import type { Settings } from '@/lib/settings';

/** The stored fields of a ticket that a writer may set. */
export interface TicketFields {
  openedAt: number;
  resolvedAt: number | null;
  channel: Channel;
  customerId: number;
  productId: number | null;
  orderRef: string | null;
  rootCauseId: number | null;
  departmentId: number | null;
  severity: Severity;
  csat: number | null;
  fixCostCents: number;
  classificationSource: ClassificationSource | null;
  subject: string;
  description: string;
}

/**
 * One ticket to insert or update, identified by (sourceSystem, externalId). A field left out keeps
 * its stored value; `contacts`, when given, replace the ticket's contacts.
 */
export type TicketUpsert = { sourceSystem: string; externalId: string } & Partial<TicketFields> & {
    contacts?: ContactInput[];
  };

export type WriteOutcome = 'inserted' | 'updated' | 'unchanged';

export interface StoredTicket extends TicketFields, SummarizedTicket {
  id: number;
  sourceSystem: string;
  externalId: string;
  handleSeconds: number;
  contactCount: number;
  isRecurrence: boolean;
}

const FIELD_COLUMNS: Record<keyof TicketFields, string> = {
  openedAt: 'opened_at',
  resolvedAt: 'resolved_at',
  channel: 'channel',
  customerId: 'customer_id',
  productId: 'product_id',
  orderRef: 'order_ref',
  rootCauseId: 'root_cause_id',
  departmentId: 'department_id',
  severity: 'severity',
  csat: 'csat',
  fixCostCents: 'fix_cost_cents',
  classificationSource: 'classification_source',
  subject: 'subject',
  description: 'description',
};
const FIELDS = Object.keys(FIELD_COLUMNS) as (keyof TicketFields)[];
const REQUIRED_ON_INSERT: (keyof TicketFields)[] = ['openedAt', 'channel', 'customerId'];
const DEFAULTS: Omit<TicketFields, 'openedAt' | 'channel' | 'customerId'> = {
  resolvedAt: null,
  productId: null,
  orderRef: null,
  rootCauseId: null,
  departmentId: null,
  severity: 'medium',
  csat: null,
  fixCostCents: 0,
  classificationSource: null,
  subject: '',
  description: '',
};

const SELECT_TICKET = `SELECT id, source_system AS sourceSystem, external_id AS externalId,
  ${FIELDS.map((f) => `${FIELD_COLUMNS[f]} AS ${f}`).join(', ')},
  handle_seconds AS handleSeconds, contact_count AS contactCount, is_recurrence AS isRecurrence
  FROM tickets`;

/** A row as SQLite returns it: the recurrence flag is 0 or 1. */
type Raw<T extends { isRecurrence: boolean }> = Omit<T, 'isRecurrence'> & { isRecurrence: number };
type RawTicket = Raw<StoredTicket>;
const fromRaw = <T extends { isRecurrence: boolean }>(row: Raw<T>): T =>
  ({ ...row, isRecurrence: row.isRecurrence === 1 }) as T;

/** What moving a ticket's summary shares needs of it: no texts. */
type SettledTicket = RecurrenceTicket & SummarizedTicket;
/** What deciding a group's recurrence reads: all of it in the tickets_recurrence_key index. */
type GroupMember = RecurrenceTicket & { isRecurrence: boolean };

const SELECT_GROUP = `SELECT id, customer_id AS customerId, product_id AS productId,
  root_cause_id AS rootCauseId, opened_at AS openedAt, resolved_at AS resolvedAt,
  is_recurrence AS isRecurrence FROM tickets`;

const SELECT_SETTLED = `SELECT id, customer_id AS customerId, product_id AS productId,
  root_cause_id AS rootCauseId, department_id AS departmentId, opened_at AS openedAt,
  resolved_at AS resolvedAt, contact_count AS contactCount, handle_seconds AS handleSeconds,
  fix_cost_cents AS fixCostCents, is_recurrence AS isRecurrence FROM tickets`;

function statements(sqlite: Database.Database) {
  const columns = FIELDS.map((f) => FIELD_COLUMNS[f]);
  return {
    byKey: sqlite.prepare(`${SELECT_TICKET} WHERE source_system = ? AND external_id = ?`),
    /** The second parameter: a JSON array of external ids. */
    byKeys: sqlite.prepare(`${SELECT_TICKET} WHERE source_system = ? AND external_id IN ${ANY_OF}`),
    byId: sqlite.prepare(`${SELECT_TICKET} WHERE id = ?`),
    insert: sqlite.prepare(
      `INSERT INTO tickets (source_system, external_id, ${columns.join(', ')}, handle_seconds,
         contact_count, is_recurrence)
       VALUES (?, ?, ${columns.map(() => '?').join(', ')}, ?, ?, ?)`,
    ),
    update: sqlite.prepare(
      `UPDATE tickets SET ${columns.map((c) => `${c} = ?`).join(', ')}, handle_seconds = ?,
         contact_count = ?, is_recurrence = ?, updated_at = ? WHERE id = ?`,
    ),
    setRecurrence: sqlite.prepare('UPDATE tickets SET is_recurrence = ? WHERE id = ?'),
    indexText: sqlite.prepare(
      'INSERT INTO tickets_fts (rowid, subject, description) VALUES (?, ?, ?)',
    ),
    unindexText: sqlite.prepare(
      `INSERT INTO tickets_fts (tickets_fts, rowid, subject, description) VALUES ('delete', ?, ?, ?)`,
    ),
    contactsOf: sqlite.prepare(
      `SELECT started_at AS startedAt, channel, agent, handle_seconds AS handleSeconds
       FROM contacts WHERE ticket_id = ? ORDER BY started_at, id`,
    ),
    deleteContacts: sqlite.prepare('DELETE FROM contacts WHERE ticket_id = ?'),
    insertContact: sqlite.prepare(
      'INSERT INTO contacts (ticket_id, started_at, channel, agent, handle_seconds) VALUES (?, ?, ?, ?, ?)',
    ),
    settledById: sqlite.prepare(`${SELECT_SETTLED} WHERE id = ?`),
    groupByCustomer: sqlite.prepare(`${SELECT_GROUP} WHERE customer_id = ? AND root_cause_id = ?`),
    groupByCustomerProduct: sqlite.prepare(
      `${SELECT_GROUP} WHERE customer_id = ? AND root_cause_id = ? AND product_id IS ?`,
    ),
  };
}

const cache = new WeakMap<Database.Database, ReturnType<typeof statements>>();
function stmts(db: Db) {
  let s = cache.get(db.$client);
  if (!s) {
    s = statements(db.$client);
    cache.set(db.$client, s);
  }
  return s;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** One order for contacts, by all their fields: any total order serves to compare two lists. */
const byContact = (a: ContactInput, b: ContactInput) =>
  a.startedAt - b.startedAt ||
  compareText(a.channel, b.channel) ||
  compareText(a.agent, b.agent) ||
  a.handleSeconds - b.handleSeconds;

/**
 * The same contacts, in whatever order: stored ones are read by start time, and a helpdesk or the
 * API may send the same ones in another order, which must not count as a change.
 */
function sameContacts(a: ContactInput[], b: ContactInput[]): boolean {
  if (a.length !== b.length) return false;
  const [x, y] = [a.toSorted(byContact), b.toSorted(byContact)];
  return x.every((c, i) => byContact(c, y[i]) === 0);
}

/**
 * Inserts or updates tickets in one transaction; returns what happened to each, in input order.
 * Throws (and stores nothing) when a new ticket lacks a required field.
 */
export function upsertTickets(db: Db, inputs: TicketUpsert[], settings: Settings): WriteOutcome[] {
  const s = stmts(db);
  return db.$client.transaction(() => {
    const batch = newBatch();
    const outcomes = inputs.map((input, index) => {
      const raw = s.byKey.get(input.sourceSystem, input.externalId) as RawTicket | undefined;
      return writeOne(db, raw ? fromRaw<StoredTicket>(raw) : null, input, index, batch);
    });
    settleRecurrenceAndSummaries(db, batch, settings);
    indexTexts(db, batch);
    return outcomes;
  })();
}

/** Changes fields of tickets by id (resolution, classification); same guarantees as upserts. */
export function updateTickets(
  db: Db,
  changes: { id: number; fields: Partial<TicketFields> }[],
  settings: Settings,
): void {
  const s = stmts(db);
  db.$client.transaction(() => {
    const batch = newBatch();
    for (const [index, change] of changes.entries()) {
      const raw = s.byId.get(change.id) as RawTicket | undefined;
      if (!raw) throw new Error(`Row ${index + 1}: ticket ${change.id} does not exist`);
      const before = fromRaw<StoredTicket>(raw);
      const input = {
        sourceSystem: before.sourceSystem,
        externalId: before.externalId,
        ...change.fields,
      };
      writeOne(db, before, input, index, batch);
    }
    settleRecurrenceAndSummaries(db, batch, settings);
    indexTexts(db, batch);
  })();
}

interface TicketText {
  subject: string;
  description: string;
}

/** What one write transaction has done so far. */
interface Batch {
  /** Ticket id -> its row before this transaction first wrote it (null for a new ticket). */
  written: Map<number, StoredTicket | null>;
  summaries: SummaryDelta;
  /** Ticket id -> its text as the search index holds it (null: not yet) and as written now. */
  texts: Map<number, { indexed: TicketText | null; current: TicketText }>;
}

const newBatch = (): Batch => ({
  written: new Map(),
  summaries: new SummaryDelta(),
  texts: new Map(),
});

function writeOne(
  db: Db,
  before: StoredTicket | null,
  input: TicketUpsert,
  index: number,
  { written, summaries, texts }: Batch,
): WriteOutcome {
  const s = stmts(db);
  if (!before) {
    const missing = REQUIRED_ON_INSERT.filter((f) => input[f] === undefined);
    if (missing.length > 0) {
      throw new Error(
        `Row ${index + 1} (${input.sourceSystem}/${input.externalId}): new ticket needs ${missing.join(', ')}`,
      );
    }
  }
  const fields = { ...DEFAULTS, ...pickFields(before), ...pickFields(input) } as TicketFields;
  const storedContacts = before ? (s.contactsOf.all(before.id) as ContactInput[]) : [];
  const contacts = input.contacts ?? storedContacts;
  const contactsChanged = !sameContacts(contacts, storedContacts);
  if (before && !contactsChanged && FIELDS.every((f) => fields[f] === before[f])) {
    return 'unchanged';
  }
  const handleSeconds = contacts.reduce((sum, c) => sum + c.handleSeconds, 0);
  const values = [...FIELDS.map((f) => fields[f]), handleSeconds, contacts.length];
  let id: number;
  if (before) {
    // A ticket written twice in one batch had its contribution removed the first time already.
    if (!written.has(before.id)) {
      summaries.add(before, -1);
      written.set(before.id, before);
    }
    s.update.run(...values, before.isRecurrence ? 1 : 0, Date.now(), before.id);
    id = before.id;
  } else {
    id = Number(s.insert.run(input.sourceSystem, input.externalId, ...values, 0).lastInsertRowid);
    written.set(id, null);
  }
  const text = texts.get(id);
  if (text) text.current = { subject: fields.subject, description: fields.description };
  else if (
    !before ||
    fields.subject !== before.subject ||
    fields.description !== before.description
  )
    texts.set(id, {
      indexed: before && { subject: before.subject, description: before.description },
      current: { subject: fields.subject, description: fields.description },
    });
  if (contactsChanged) {
    // A new ticket has no contacts to delete.
    if (before) s.deleteContacts.run(id);
    for (const c of contacts)
      s.insertContact.run(id, c.startedAt, c.channel, c.agent, c.handleSeconds);
  }
  return before && written.get(before.id) !== null ? 'updated' : 'inserted';
}

/**
 * Brings the full-text index up to the written texts, once per ticket. Done here rather than by
 * triggers: a trigger makes FTS5 flush its pending terms at every statement, many times slower.
 */
function indexTexts(db: Db, { texts }: Batch): void {
  const s = stmts(db);
  for (const [id, { indexed, current }] of texts) {
    if (
      indexed &&
      indexed.subject === current.subject &&
      indexed.description === current.description
    )
      continue;
    if (indexed) s.unindexText.run(id, indexed.subject, indexed.description);
    s.indexText.run(id, current.subject, current.description);
  }
}

function pickFields(source: Partial<TicketFields> | null): Partial<TicketFields> {
  const picked: Partial<Record<keyof TicketFields, unknown>> = {};
  if (source) for (const f of FIELDS) if (source[f] !== undefined) picked[f] = source[f];
  return picked as Partial<TicketFields>;
}

/**
 * Recurrence can change for the written tickets and for the other tickets of their old and new
 * (customer, cause) groups. Re-decide those groups, then add the written tickets' contributions
 * (their old ones were removed when they were written) and move the contributions of the others
 * whose flag flipped.
 */
function settleRecurrenceAndSummaries(
  db: Db,
  { written, summaries }: Batch,
  settings: Settings,
): void {
  const s = stmts(db);
  const groups = new Map<string, RecurrenceTicket>();
  const addGroup = (t: RecurrenceTicket) => {
    const key = recurrenceKeyOf(t, settings.recurrenceKey);
    if (key !== null) groups.set(key, t);
  };
  const current = new Map<number, SettledTicket>();
  for (const [id, before] of written) {
    if (before) addGroup(before);
    const now = fromRaw<SettledTicket>(s.settledById.get(id) as Raw<SettledTicket>);
    current.set(id, now);
    addGroup(now);
  }
  const flags = new Map<number, boolean>();
  for (const member of groups.values()) {
    const group = (
      settings.recurrenceKey === 'customer'
        ? s.groupByCustomer.all(member.customerId, member.rootCauseId)
        : s.groupByCustomerProduct.all(member.customerId, member.rootCauseId, member.productId)
    ).map((r) => fromRaw<GroupMember>(r as Raw<GroupMember>));
    const recurrences = recurrencesInGroup(group, settings.recurrenceWindowDays);
    for (const t of group) {
      const isRecurrence = recurrences.has(t.id);
      flags.set(t.id, isRecurrence);
      if (!written.has(t.id) && t.isRecurrence !== isRecurrence) {
        // Only a ticket whose flag flips needs its row: its summary share moves.
        const flipped = fromRaw<SettledTicket>(s.settledById.get(t.id) as Raw<SettledTicket>);
        summaries.add(flipped, -1);
        s.setRecurrence.run(isRecurrence ? 1 : 0, t.id);
        summaries.add({ ...flipped, isRecurrence }, 1);
      }
    }
  }
  for (const [id, t] of current) {
    const isRecurrence = flags.get(id) ?? false;
    if (isRecurrence !== t.isRecurrence) s.setRecurrence.run(isRecurrence ? 1 : 0, id);
    summaries.add({ ...t, isRecurrence }, 1);
  }
  summaries.flush(db);
}

const TICKETS_PER_STATEMENT = 50;
const CONTACTS_PER_STATEMENT = 150;

/** The external ids of tickets, by source system. */
function externalIdsBySource(
  tickets: readonly { sourceSystem: string; externalId: string }[],
): Map<string, string[]> {
  const bySource = new Map<string, string[]>();
  for (const t of tickets) {
    const ids = bySource.get(t.sourceSystem);
    if (ids) ids.push(t.externalId);
    else bySource.set(t.sourceSystem, [t.externalId]);
  }
  return bySource;
}

/** The stored tickets among these, by ticketKey. */
export function findStoredTickets(
  db: Db,
  tickets: readonly { sourceSystem: string; externalId: string }[],
): Map<string, StoredTicket> {
  const stored = new Map<string, StoredTicket>();
  const select = stmts(db).byKeys;
  for (const [source, ids] of externalIdsBySource(tickets)) {
    for (const row of select.all(source, JSON.stringify(ids)) as RawTicket[]) {
      stored.set(ticketKey(row), fromRaw<StoredTicket>(row));
    }
  }
  return stored;
}

/**
 * Writes many tickets inside one transaction that the caller holds open, for a load about as
 * large as what is stored (a first import): `finish` reads every ticket. New tickets go in by
 * multi-row INSERTs, with the indexes their keys scatter over put off (db/bulk-load.ts), and
 * recurrence and the summary tables are settled once for all of them in `finish` instead of per
 * group and per ticket. Stored tickets are written as by every other write (writeOne). The
 * full-text index is rebuilt when the deferred indexes come back.
 */
export class BulkTicketLoad {
  private readonly firstNewId: number;
  private nextTicketId: number;
  private nextContactId: number;
  /**
   * The stored tickets written so far, with their rows before, and the summary shares of
   * everything written (a new ticket's share is its share as inserted, not a recurrence).
   */
  private readonly batch = newBatch();
  private readonly tickets: BulkInsert;
  private readonly contacts: BulkInsert;

  constructor(private readonly db: Db) {
    const next = (table: string) =>
      (
        db.$client.prepare(`SELECT COALESCE(MAX(id), 0) + 1 AS id FROM ${table}`).get() as {
          id: number;
        }
      ).id;
    this.firstNewId = this.nextTicketId = next('tickets');
    this.nextContactId = next('contacts');
    this.tickets = new BulkInsert(db.$client, 'tickets', TICKET_COLUMNS, TICKETS_PER_STATEMENT);
    this.contacts = new BulkInsert(db.$client, 'contacts', CONTACT_COLUMNS, CONTACTS_PER_STATEMENT);
  }

  /**
   * Writes a batch; returns what happened to each ticket, in input order. `stored`: the batch's
   * stored tickets, when the caller has looked them up already.
   */
  write(
    inputs: readonly TicketUpsert[],
    stored: ReadonlyMap<string, StoredTicket> = findStoredTickets(this.db, inputs),
  ): WriteOutcome[] {
    const now = Date.now();
    const tickets: SqlValue[] = [];
    const contacts: SqlValue[] = [];
    const outcomes = inputs.map((input, index): WriteOutcome => {
      const before = stored.get(ticketKey(input));
      if (before) return writeOne(this.db, before, input, index, this.batch);
      const missing = REQUIRED_ON_INSERT.filter((f) => input[f] === undefined);
      if (missing.length > 0) {
        throw new Error(
          `Row ${index + 1} (${input.sourceSystem}/${input.externalId}): new ticket needs ${missing.join(', ')}`,
        );
      }
      const id = this.nextTicketId++;
      let handleSeconds = 0;
      for (const c of input.contacts ?? []) {
        contacts.push(this.nextContactId++, id, c.startedAt, c.channel, c.agent, c.handleSeconds);
        handleSeconds += c.handleSeconds;
      }
      // Its share as stored now, not a recurrence: finish() moves it if it turns out to be one.
      this.batch.summaries.add(
        {
          openedAt: input.openedAt!,
          resolvedAt: input.resolvedAt ?? null,
          rootCauseId: input.rootCauseId ?? null,
          departmentId: input.departmentId ?? null,
          contactCount: input.contacts?.length ?? 0,
          handleSeconds,
          fixCostCents: input.fixCostCents ?? DEFAULTS.fixCostCents,
          isRecurrence: false,
        },
        1,
      );
      // In the order of TICKET_COLUMNS. A field the input leaves undefined takes its default
      // (null for every nullable one); recurrence is decided in finish().
      const d = DEFAULTS;
      tickets.push(
        id, input.sourceSystem, input.externalId, input.openedAt!, input.resolvedAt ?? d.resolvedAt,
        input.channel!, input.customerId!, input.productId ?? d.productId,
        input.orderRef ?? d.orderRef, input.rootCauseId ?? d.rootCauseId,
        input.departmentId ?? d.departmentId, input.severity ?? d.severity, input.csat ?? d.csat,
        input.fixCostCents ?? d.fixCostCents, input.subject ?? d.subject,
        input.description ?? d.description, handleSeconds, input.contacts?.length ?? 0, 0, now, now,
        input.classificationSource ?? d.classificationSource,
      ); // prettier-ignore
      return 'inserted';
    });
    this.tickets.insertAll(tickets);
    this.contacts.insertAll(contacts);
    if (this.batch.summaries.size > SUMMARY_ROWS_HELD) this.batch.summaries.flush(this.db);
    return outcomes;
  }

  /**
   * Decides recurrence for every ticket and brings the summary tables up to date. Call once,
   * when every batch is written.
   */
  finish(settings: Settings): void {
    const s = stmts(this.db);
    const { written, summaries } = this.batch;
    const settled = (id: number) =>
      fromRaw<SettledTicket>(s.settledById.get(id) as Raw<SettledTicket>);
    const flips = findRecurrenceFlips(this.db, settings);
    // A ticket that this load inserted, or did not write, is counted in the summaries as
    // stored: it moves. The written stored tickets gave up their old shares when written and
    // get their new ones below.
    for (const flip of flips) {
      if (!written.has(flip.id)) summaries.moveRecurrence(flip, flip.isRecurrence);
    }
    writeRecurrenceFlips(this.db, flips);
    for (const id of written.keys()) summaries.add(settled(id), 1);
    summaries.flush(this.db);
  }
}
