/**
 * Stores imported tickets through the one write path (ticket-writes.ts): customers and
 * products are found by reference or name and created when new, then the tickets are upserted
 * by (source system, external id), batch by batch or, for a large load, by a BulkTicketLoad.
 * Fields a row does not carry keep their stored values.
 */
import type { Db } from '../open';
import { createApiImport, finishImport, recordImportBatch } from './imports';
import { getActiveRules } from './rules';
import { getSettings } from './settings';
import { ANY_OF } from './sql-lists';
import {
  findStoredTickets,
  upsertTickets,
  type StoredTicket,
  type TicketUpsert,
  type WriteOutcome,
} from './ticket-writes';
import { ticketKey, type ClassificationSource } from '@/lib/domain';
import { referenceData, type ImportedTicket, type ReferenceData } from '@/lib/import/row';
import { firstMatchingRule } from '@/lib/rules';
import type { Settings } from '@/lib/settings';
import { liveCauses, type CauseRecord } from '@/lib/taxonomy';

/**
 * Writes a batch of upserts in the caller's transaction: upsertTickets, or a bulk load's, which
 * takes the batch's stored tickets as looked up already.
 */
export type TicketWriter = (
  upserts: TicketUpsert[],
  stored: ReadonlyMap<string, StoredTicket>,
) => WriteOutcome[];

/**
 * Customer ids by reference and by name, kept from batch to batch of one import: most of a
 * batch's customers came in an earlier one. Customers are never deleted while an import runs.
 */
export interface KnownCustomers {
  byRef: Map<string, number>;
  byName: Map<string, number>;
}

/** Customers remembered at most; then the memory starts again (half a million: ~60 MB). */
const KNOWN_CUSTOMERS_HELD = 500_000;

export const knownCustomers = (): KnownCustomers => ({ byRef: new Map(), byName: new Map() });

/** Every root cause, merged and retired ones too. */
function getCauseRecords(db: Db): CauseRecord[] {
  const rows = db.$client
    .prepare(
      `SELECT id, department_id AS departmentId, name, retired_at IS NOT NULL AS retired,
              merged_into_id AS mergedIntoId
       FROM root_causes`,
    )
    .all() as (Omit<CauseRecord, 'retired'> & { retired: number })[];
  return rows.map((c) => ({ ...c, retired: c.retired === 1 }));
}

export function getImportReferenceData(db: Db): ReferenceData {
  const departments = db.$client.prepare('SELECT id, slug, name FROM departments').all() as {
    id: number;
    slug: string;
    name: string;
  }[];
  return referenceData(departments, getCauseRecords(db));
}

const distinct = (values: (string | null)[]) => [
  ...new Set(values.filter((v): v is string => !!v)),
];

/** Customer ids for the tickets, creating the customers not seen before. */
function resolveCustomers(
  db: Db,
  tickets: readonly ImportedTicket[],
  known: KnownCustomers,
): number[] {
  const sqlite = db.$client;
  const { byRef, byName } = known;
  if (byRef.size + byName.size > KNOWN_CUSTOMERS_HELD) {
    byRef.clear();
    byName.clear();
  }
  const refs = distinct(tickets.map((t) => t.customer.ref)).filter((r) => !byRef.has(r));
  if (refs.length > 0) {
    const found = sqlite
      .prepare(`SELECT id, external_ref AS ref FROM customers WHERE external_ref IN ${ANY_OF}`)
      .all(JSON.stringify(refs)) as { id: number; ref: string }[];
    for (const c of found) byRef.set(c.ref, c.id);
  }
  const names = distinct(tickets.filter((t) => !t.customer.ref).map((t) => t.customer.name)).filter(
    (n) => !byName.has(n),
  );
  if (names.length > 0) {
    const found = sqlite
      .prepare(`SELECT MIN(id) AS id, name FROM customers WHERE name IN ${ANY_OF} GROUP BY name`)
      .all(JSON.stringify(names)) as { id: number; name: string }[];
    for (const c of found) byName.set(c.name, c.id);
  }
  const insert = sqlite.prepare('INSERT INTO customers (external_ref, name) VALUES (?, ?)');
  return tickets.map(({ customer: { ref, name } }) => {
    const known = ref ? byRef.get(ref) : byName.get(name!);
    if (known !== undefined) return known;
    const id = Number(insert.run(ref, name ?? ref).lastInsertRowid);
    if (ref) byRef.set(ref, id);
    else byName.set(name!, id);
    return id;
  });
}

/** Product ids (null: none; undefined: not carried) by SKU, else by name; new ones created. */
function resolveProducts(
  db: Db,
  tickets: readonly ImportedTicket[],
): (number | null | undefined)[] {
  const sqlite = db.$client;
  const known = new Map<string, number>();
  // A product known only by name is stored with its name as the SKU, so it is found again.
  const keys = distinct(tickets.map((t) => t.product?.sku ?? t.product?.name ?? null));
  if (keys.length > 0) {
    const found = sqlite
      .prepare(
        `SELECT id, sku, name FROM products WHERE sku IN ${ANY_OF} OR name IN ${ANY_OF} ORDER BY id`,
      )
      .all(JSON.stringify(keys), JSON.stringify(keys)) as {
      id: number;
      sku: string;
      name: string;
    }[];
    for (const p of found.reverse()) {
      known.set(`name:${p.name}`, p.id);
      known.set(`sku:${p.sku}`, p.id);
    }
  }
  const insert = sqlite.prepare('INSERT INTO products (sku, name) VALUES (?, ?)');
  return tickets.map(({ product }) => {
    if (product === undefined || product === null) return product;
    const sku = product.sku ?? product.name!;
    const id =
      known.get(`sku:${sku}`) ?? (product.sku ? undefined : known.get(`name:${product.name}`));
    if (id !== undefined) return id;
    const created = Number(insert.run(sku, product.name ?? sku).lastInsertRowid);
    known.set(`sku:${sku}`, created);
    return created;
  });
}

/** Ids of causes an Upstream export names that are new here, created in their departments. */
function createNamedCauses(db: Db, tickets: readonly ImportedTicket[]): Map<string, number> {
  const created = new Map<string, number>();
  const find = db.$client.prepare(
    'SELECT id FROM root_causes WHERE department_id = ? AND name = ? COLLATE NOCASE',
  );
  const insert = db.$client.prepare('INSERT INTO root_causes (department_id, name) VALUES (?, ?)');
  for (const t of tickets) {
    const c = t.classification;
    if (!c?.newCause || c.departmentId === null) continue;
    const key = `${c.departmentId}/${c.newCause.toLowerCase()}`;
    if (created.has(key)) continue;
    const existing = find.get(c.departmentId, c.newCause) as { id: number } | undefined;
    created.set(
      key,
      existing?.id ?? Number(insert.run(c.departmentId, c.newCause).lastInsertRowid),
    );
  }
  return created;
}

export interface StoreOptions {
  /** Writes the upserts: upsertTickets unless given (a bulk load's). */
  write?: TicketWriter;
  /** The customers an earlier batch of the same import found or made. */
  customers?: KnownCustomers;
}

/**
 * Writes the tickets in one transaction (nested in the caller's, when there is one). A stored
 * ticket that a person classified keeps its attribution: an import never overrules a person.
 */
export function storeImportedTickets(
  db: Db,
  tickets: readonly ImportedTicket[],
  settings: Settings,
  { write = (upserts) => upsertTickets(db, upserts, settings), customers }: StoreOptions = {},
): WriteOutcome[] {
  if (tickets.length === 0) return [];
  return db.$client.transaction(() => {
    const customerIds = resolveCustomers(db, tickets, customers ?? knownCustomers());
    const productIds = resolveProducts(db, tickets);
    const stored = findStoredTickets(db, tickets);
    const newCauses = createNamedCauses(db, tickets);
    // The taxonomy as it is at this commit, not as it was when the rows were read: a cause
    // merged since lands on its survivor, as the merge re-pointed the stored tickets.
    const causes = liveCauses(getCauseRecords(db));
    const attributionOf = (c: NonNullable<ImportedTicket['classification']>) => {
      const id =
        c.newCause && c.departmentId !== null
          ? newCauses.get(`${c.departmentId}/${c.newCause.toLowerCase()}`)!
          : c.rootCauseId;
      if (id === null) return { rootCauseId: null, departmentId: c.departmentId };
      const cause = causes.get(id);
      if (!cause || cause.retired) {
        throw new Error(
          `The cause "${cause?.name ?? id}" was retired after these rows were read; store them again to have them refused`,
        );
      }
      return { rootCauseId: cause.id, departmentId: cause.departmentId };
    };
    const rules = getActiveRules(db);
    const upserts: TicketUpsert[] = tickets.map((t, i) => {
      const existing = stored.get(ticketKey(t));
      const isNew = existing === undefined;
      let classification =
        existing?.classificationSource === 'human' || !t.classification
          ? undefined
          : attributionOf(t.classification);
      const attributed =
        classification?.rootCauseId != null || classification?.departmentId != null;
      let source: ClassificationSource | null = attributed ? 'import' : null;
      // A new ticket that arrives without an attribution gets one from the first matching rule.
      if (isNew && !attributed && rules.length > 0) {
        const rule = firstMatchingRule(rules, {
          subject: t.subject ?? '',
          description: t.description ?? '',
          productSku: t.product?.sku ?? null,
          productName: t.product?.name ?? null,
          channel: t.channel ?? 'web',
        });
        if (rule) {
          classification = attributionOf({ rootCauseId: rule.rootCauseId, departmentId: null });
          source = 'rule';
        }
      }
      // A field left undefined is one the row does not carry: the write path keeps its value.
      return {
        sourceSystem: t.sourceSystem,
        externalId: t.externalId,
        customerId: customerIds[i],
        openedAt: t.openedAt,
        // A new ticket needs a channel; an export without one is taken to come from the web.
        channel: t.channel ?? (isNew ? 'web' : undefined),
        productId: productIds[i],
        rootCauseId: classification?.rootCauseId,
        departmentId: classification?.departmentId,
        classificationSource: classification ? source : undefined,
        resolvedAt: t.resolvedAt,
        severity: t.severity,
        orderRef: t.orderRef,
        subject: t.subject,
        description: t.description,
        csat: t.csat,
        fixCostCents: t.fixCostCents,
        contacts: t.contacts,
      };
    });
    return write(upserts, stored);
  })();
}

/**
 * One batch of an import in one transaction: its tickets stored, and the import's counters,
 * settled rows and refused rows with them, so the two can never disagree after a crash. The
 * settings are read in the transaction: a recurrence definition saved while an import runs
 * re-decides what is stored, and every later batch decides by it too.
 */
export function storeImportBatch(
  db: Db,
  importId: number,
  batch: {
    tickets: readonly ImportedTicket[];
    rejects: { rowNumber: number; rawLine: string; reason: string }[];
    rowsDone: number;
    bytesDone: number;
  },
  options: StoreOptions = {},
): WriteOutcome[] {
  return db.$client.transaction(() => {
    const outcomes = storeImportedTickets(db, batch.tickets, getSettings(db), options);
    const count = { inserted: 0, updated: 0, unchanged: 0 };
    for (const outcome of outcomes) count[outcome]++;
    let first = Infinity;
    let last = -Infinity;
    for (const t of batch.tickets) {
      first = Math.min(first, t.openedAt);
      last = Math.max(last, t.openedAt);
    }
    recordImportBatch(db, importId, {
      rowsDone: batch.rowsDone,
      bytesDone: batch.bytesDone,
      ...count,
      rejects: batch.rejects,
      openedAt: batch.tickets.length === 0 ? null : { first, last },
      now: Date.now(),
    });
    return outcomes;
  })();
}

/** An API batch, recorded as a finished import of kind "api" beside the CSV ones. */
export function storeApiBatch(
  db: Db,
  batch: {
    sourceSystem: string;
    tickets: readonly ImportedTicket[];
    rejects: { rowNumber: number; rawLine: string; reason: string }[];
    rows: number;
  },
): { importId: number; outcomes: WriteOutcome[] } {
  return db.$client.transaction(() => {
    const importId = createApiImport(db, batch.sourceSystem, Date.now());
    const outcomes = storeImportBatch(db, importId, {
      tickets: batch.tickets,
      rejects: batch.rejects,
      rowsDone: batch.rows,
      bytesDone: 0,
    });
    finishImport(db, importId, { status: 'done', error: null, now: Date.now() });
    return { importId, outcomes };
  })();
}
