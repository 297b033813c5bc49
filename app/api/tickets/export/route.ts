/**
 * GET /api/tickets/export?<the explorer's filters and sort>
 * The explorer's current tickets as CSV (lib/ticket-csv.ts, docs/csv-format.md), streamed: it
 * reads keyset pages of a few thousand tickets as the client takes the bytes, so a million rows
 * never sit in memory. Token scope "read", or a session.
 */
import { authorizeApiRequest } from '@/auth/api-tokens';
import { getDb } from '@/db/client';
import { exportTicketChunks } from '@/db/queries/ticket-export';
import { parseExplorerParams } from '@/lib/explorer';
import { parseTicketFilters } from '@/lib/filters';
import { ticketCsvHeader, ticketCsvRows } from '@/lib/ticket-csv';
import { dayOf } from '@/lib/time';

export const dynamic = 'force-dynamic';

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
  const encoder = new TextEncoder();
  const chunks = exportTicketChunks(getDb(), range, filters, sort);
  // pull() runs when the client is ready for more: one chunk of tickets per call.
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(ticketCsvHeader()));
    },
    pull(controller) {
      const next = chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(ticketCsvRows(next.value)));
    },
    cancel() {
      chunks.return(undefined);
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
