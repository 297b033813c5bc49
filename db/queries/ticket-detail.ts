/** One ticket with everything its page shows: fields, contacts, and its recurrence chain. */
import type { Db } from '../open';
import type { Channel, Severity } from '@/lib/domain';
import type { RecurrenceKeyKind } from '@/lib/recurrence';

export interface TicketDetail {
  id: number;
  sourceSystem: string;
  externalId: string;
  openedAt: number;
  resolvedAt: number | null;
  channel: Channel;
  severity: Severity;
  subject: string;
  description: string;
  customerId: number;
  customerName: string;
  customerRef: string | null;
  productId: number | null;
  productSku: string | null;
  productName: string | null;
  orderRef: string | null;
  rootCauseId: number | null;
  causeName: string | null;
  departmentSlug: string | null;
  departmentName: string | null;
  csat: number | null;
  fixCostCents: number;
  contactCount: number;
  handleSeconds: number;
  isRecurrence: boolean;
}

export interface TicketContact {
  id: number;
  startedAt: number;
  channel: Channel;
  agent: string;
  handleSeconds: number;
}

/** A ticket of the same customer (and product, if that is the key) and cause. */
export interface ChainTicket {
  id: number;
  externalId: string;
  subject: string;
  openedAt: number;
  resolvedAt: number | null;
  isRecurrence: boolean;
}

export function getTicketDetail(db: Db, id: number): TicketDetail | undefined {
  const row = db.$client
    .prepare(
      `SELECT t.id, t.source_system AS sourceSystem, t.external_id AS externalId,
              t.opened_at AS openedAt, t.resolved_at AS resolvedAt, t.channel, t.severity,
              t.subject, t.description, t.customer_id AS customerId, cu.name AS customerName,
              cu.external_ref AS customerRef, t.product_id AS productId, p.sku AS productSku,
              p.name AS productName, t.order_ref AS orderRef, t.root_cause_id AS rootCauseId,
              rc.name AS causeName, d.slug AS departmentSlug, d.name AS departmentName, t.csat,
              t.fix_cost_cents AS fixCostCents, t.contact_count AS contactCount,
              t.handle_seconds AS handleSeconds, t.is_recurrence AS isRecurrence
       FROM tickets t
       JOIN customers cu ON cu.id = t.customer_id
       LEFT JOIN products p ON p.id = t.product_id
       LEFT JOIN root_causes rc ON rc.id = t.root_cause_id
       LEFT JOIN departments d ON d.id = t.department_id
       WHERE t.id = ?`,
    )
    .get(id) as (Omit<TicketDetail, 'isRecurrence'> & { isRecurrence: number }) | undefined;
  return row && { ...row, isRecurrence: row.isRecurrence === 1 };
}

export function getTicketContacts(db: Db, ticketId: number): TicketContact[] {
  return db.$client
    .prepare(
      `SELECT id, started_at AS startedAt, channel, agent, handle_seconds AS handleSeconds
       FROM contacts WHERE ticket_id = ? ORDER BY started_at, id`,
    )
    .all(ticketId) as TicketContact[];
}

/**
 * Every ticket of the same customer and cause (and product, when the recurrence key includes
 * it), this one included, in time order: the chain in which recurrences are decided
 * (lib/recurrence.ts). Empty for an unclassified ticket, which belongs to no chain.
 */
export function getRecurrenceChain(
  db: Db,
  ticket: Pick<TicketDetail, 'customerId' | 'rootCauseId' | 'productId'>,
  key: RecurrenceKeyKind,
): ChainTicket[] {
  if (ticket.rootCauseId === null) return [];
  const byProduct = key === 'customer_product';
  const rows = db.$client
    .prepare(
      `SELECT id, external_id AS externalId, subject, opened_at AS openedAt,
              resolved_at AS resolvedAt, is_recurrence AS isRecurrence
       FROM tickets
       WHERE customer_id = ? AND root_cause_id = ?
         ${byProduct ? 'AND product_id IS ?' : ''}
       ORDER BY opened_at, id`,
    )
    .all(ticket.customerId, ticket.rootCauseId, ...(byProduct ? [ticket.productId] : [])) as (Omit<
    ChainTicket,
    'isRecurrence'
  > & { isRecurrence: number })[];
  return rows.map((r) => ({ ...r, isRecurrence: r.isRecurrence === 1 }));
}
