/**
 * GET /api/tickets/export?<the explorer's filters and sort>
 * The explorer's current tickets as CSV (lib/ticket-csv.ts, docs/csv-format.md), streamed: it
 * reads keyset pages of a few thousand tickets as the client takes the bytes, so a million rows
 * never sit in memory. Token scope "read", or a session.
 */
import { stringify } from 'csv-stringify/sync';
import { authorizeApiRequest } from '@/auth/api-tokens';
import { getDb } from '@/db/client';
import { getExportTickets } from '@/db/queries/ticket-export';
import { getTicketPage } from '@/db/queries/ticket-explorer';
import { parseExplorerParams, type Cursor } from '@/lib/explorer';
import { parseTicketFilters } from '@/lib/filters';
import { TICKET_CSV_COLUMNS, ticketCsvRecord } from '@/lib/ticket-csv';
import { dayOf } from '@/lib/time';

export const dynamic = 'force-dynamic';

const CHUNK = 2_000;
/** Excel reads a UTF-8 file as UTF-8 only with the byte order mark. */
const BOM = '\uFEFF';

export async function GET(request: Request) {
  const denied = await authorizeApiRequest(request, 'read');
  if (denied) return denied;
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const { range, filters, notice } = parseTicketFilters(params, dayOf(Date.now()));
  const { sort, notice: sortNotice } = parseExplorerParams(params);
  // A script should learn that its filter was wrong, not receive a different set of tickets.
  if (notice || sortNotice) {
    return Response.json(
      { error: [notice, sortNotice].filter(Boolean).join(' ') },
      { status: 400 },
    );
  }
  const db = getDb();
  const encoder = new TextEncoder();
  let cursor: Cursor | null = null;
  let done = false;

  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(
        encoder.encode(BOM + stringify([[...TICKET_CSV_COLUMNS]], { record_delimiter: 'windows' })),
      );
    },
    pull(controller) {
      if (done) return;
      const page = getTicketPage(
        db,
        range,
        filters,
        sort,
        { cursor, towards: 'after' },
        { pageSize: CHUNK },
      );
      const tickets = getExportTickets(
        db,
        page.rows.map((r) => r.id),
      );
      if (tickets.length > 0) {
        const records = tickets.map(ticketCsvRecord);
        controller.enqueue(
          encoder.encode(
            stringify(records, { columns: [...TICKET_CSV_COLUMNS], record_delimiter: 'windows' }),
          ),
        );
      }
      cursor = page.next;
      if (cursor === null) {
        done = true;
        controller.close();
      }
    },
  });

  const name = `upstream-tickets-${range.from}-to-${range.to}.csv`;
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'no-store',
    },
  });
}
