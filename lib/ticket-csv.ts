/**
 * Upstream's CSV format for tickets: what the explorer exports and the import reads back
 * (docs/csv-format.md describes it for people). One row per ticket; its contacts ride along as a
 * JSON array, so that handle time, AHT and first-contact resolution survive a round trip.
 */
import { csvLines } from './csv';
import type { Channel, ContactInput, Severity } from './domain';

export interface ExportTicket {
  sourceSystem: string;
  externalId: string;
  openedAt: number;
  resolvedAt: number | null;
  channel: Channel;
  severity: Severity;
  customerRef: string | null;
  customerName: string;
  productSku: string | null;
  productName: string | null;
  orderRef: string | null;
  departmentSlug: string | null;
  causeName: string | null;
  subject: string;
  description: string;
  csat: number | null;
  fixCostCents: number;
  isRecurrence: boolean;
  contacts: ContactInput[];
}

/** The columns in order. The last four are derived figures, for people: the import ignores them. */
export const TICKET_CSV_COLUMNS = [
  'source_system',
  'external_id',
  'opened_at',
  'resolved_at',
  'channel',
  'severity',
  'customer_ref',
  'customer_name',
  'product_sku',
  'product_name',
  'order_ref',
  'department',
  'root_cause',
  'subject',
  'description',
  'csat',
  'fix_cost',
  'contacts',
  'contact_count',
  'handle_seconds',
  'resolution_hours',
  'is_recurrence',
] as const;

export type TicketCsvColumn = (typeof TICKET_CSV_COLUMNS)[number];

/**
 * A text cell that a spreadsheet would run as a formula (= + - @, or a tab or carriage return
 * that some treat the same way) gets a leading apostrophe, which spreadsheets show as text. The
 * import removes one leading apostrophe before such a character again.
 */
export function escapeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const iso = (ms: number | null) => (ms === null ? '' : new Date(ms).toISOString());

export function ticketCsvRecord(t: ExportTicket): Record<TicketCsvColumn, string> {
  const handleSeconds = t.contacts.reduce((sum, c) => sum + c.handleSeconds, 0);
  const text = (s: string | null) => (s === null ? '' : escapeFormula(s));
  return {
    source_system: text(t.sourceSystem),
    external_id: text(t.externalId),
    opened_at: iso(t.openedAt),
    resolved_at: iso(t.resolvedAt),
    channel: t.channel,
    severity: t.severity,
    customer_ref: text(t.customerRef),
    customer_name: text(t.customerName),
    product_sku: text(t.productSku),
    product_name: text(t.productName),
    order_ref: text(t.orderRef),
    department: t.departmentSlug ?? '',
    root_cause: text(t.causeName),
    subject: text(t.subject),
    description: text(t.description),
    csat: t.csat === null ? '' : String(t.csat),
    fix_cost: (t.fixCostCents / 100).toFixed(2),
    contacts: JSON.stringify(
      t.contacts.map((c) => ({
        started_at: iso(c.startedAt),
        channel: c.channel,
        agent: c.agent,
        handle_seconds: c.handleSeconds,
      })),
    ),
    contact_count: String(t.contacts.length),
    handle_seconds: String(handleSeconds),
    resolution_hours:
      t.resolvedAt === null ? '' : ((t.resolvedAt - t.openedAt) / 3_600_000).toFixed(2),
    is_recurrence: t.isRecurrence ? '1' : '0',
  };
}

/** Excel reads a UTF-8 file as UTF-8 only with the byte order mark. */
const BOM = '\uFEFF';

/** The file's first bytes: the byte order mark and the header row. */
export function ticketCsvHeader(): string {
  return BOM + csvLines([TICKET_CSV_COLUMNS]);
}

/** Rows of tickets in the format, CRLF line ends, quoted where needed. */
export function ticketCsvRows(tickets: readonly ExportTicket[]): string {
  return csvLines(
    tickets.map((ticket) => {
      const record = ticketCsvRecord(ticket);
      return TICKET_CSV_COLUMNS.map((column) => record[column]);
    }),
  );
}
