import type { Db } from '../open';
import { getTicketPageKeys } from './ticket-explorer';
import { ANY_OF } from './sql-lists';
import type { PageRequest, TicketSort } from '@/lib/explorer';
import type { DayRange, TicketFilters } from '@/lib/filters';
import type { Channel, ContactInput, Severity } from '@/lib/domain';
import type { ExportTicket } from '@/lib/ticket-csv';

/** The tickets with these ids as the CSV export writes them, in the order of `ids`. */
export function getExportTickets(db: Db, ids: readonly number[]): ExportTicket[] {
  if (ids.length === 0) return [];
  const rows = db.$client
    .prepare(
      `SELECT t.id, t.source_system AS sourceSystem, t.external_id AS externalId,
              t.opened_at AS openedAt, t.resolved_at AS resolvedAt, t.channel, t.severity,
              cu.external_ref AS customerRef, cu.name AS customerName,
              p.sku AS productSku, p.name AS productName, t.order_ref AS orderRef,
              d.slug AS departmentSlug, rc.name AS causeName, t.subject, t.description, t.csat,
              t.fix_cost_cents AS fixCostCents, t.is_recurrence AS isRecurrence
       FROM tickets t
       JOIN customers cu ON cu.id = t.customer_id
       LEFT JOIN products p ON p.id = t.product_id
       LEFT JOIN root_causes rc ON rc.id = t.root_cause_id
       LEFT JOIN departments d ON d.id = t.department_id
       WHERE t.id IN ${ANY_OF}`,
    )
    .all(JSON.stringify(ids)) as (Omit<ExportTicket, 'isRecurrence' | 'contacts'> & {
    id: number;
    isRecurrence: number;
    channel: Channel;
    severity: Severity;
  })[];
  // One query for all their contacts rather than one per ticket.
  const contacts = db.$client
    .prepare(
      `SELECT ticket_id AS ticketId, started_at AS startedAt, channel, agent,
              handle_seconds AS handleSeconds
       FROM contacts WHERE ticket_id IN ${ANY_OF}
       ORDER BY ticket_id, started_at, id`,
    )
    .all(JSON.stringify(ids)) as (ContactInput & { ticketId: number })[];
  const contactsOf = new Map<number, ContactInput[]>();
  for (const { ticketId, ...contact } of contacts) {
    const list = contactsOf.get(ticketId);
    if (list) list.push(contact);
    else contactsOf.set(ticketId, [contact]);
  }
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => {
    const { isRecurrence, ...row } = byId.get(id)!;
    return { ...row, isRecurrence: isRecurrence === 1, contacts: contactsOf.get(id) ?? [] };
  });
}

/**
 * The tickets the explorer shows for these filters, in its order, a chunk at a time: each chunk
 * is one keyset page, so a million tickets never sit in memory together.
 */
export function* exportTicketChunks(
  db: Db,
  range: DayRange,
  filters: TicketFilters,
  sort: TicketSort,
  chunkSize = 2_000,
): Generator<ExportTicket[]> {
  const pageOf = (page: PageRequest) =>
    getTicketPageKeys(db, range, filters, sort, page, { pageSize: chunkSize });
  let page = pageOf({ cursor: null, towards: 'after' });
  for (;;) {
    if (page.keys.length > 0)
      yield getExportTickets(
        db,
        page.keys.map((k) => k.id),
      );
    if (page.next === null) return;
    page = pageOf({ cursor: page.next, towards: 'after' });
  }
}
