/**
 * GET /api/imports/:id/rejects: the rows an import refused, as CSV (row, reason, the row as it
 * was in the file), streamed a thousand at a time.
 */
import { authorizeApiRequest } from '@/auth/api-tokens';
import { getDb } from '@/db/client';
import { getImport, getImportRejects } from '@/db/queries/imports';
import { csvLines } from '@/lib/csv';
import { parseIdParam } from '@/lib/filters';
import { REJECT_CSV_COLUMNS, rejectCsvRows } from '@/lib/import/rejects-csv';

export const dynamic = 'force-dynamic';

const PAGE = 1_000;

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const denied = await authorizeApiRequest(request, 'ingest');
  if (denied) return denied;
  const id = parseIdParam((await params).id);
  const db = getDb();
  const row = id === null ? undefined : getImport(db, id);
  if (!row) return Response.json({ error: 'No such import.' }, { status: 404 });
  const encoder = new TextEncoder();
  let after = 0;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`\uFEFF${csvLines([REJECT_CSV_COLUMNS])}`));
    },
    pull(controller) {
      const rejects = getImportRejects(db, row.id, after, PAGE);
      if (rejects.length === 0) return controller.close();
      after = rejects[rejects.length - 1].rowNumber;
      controller.enqueue(encoder.encode(rejectCsvRows(rejects)));
    },
  });
  const base = (row.fileName ?? `import-${row.id}`)
    .replace(/\.[^.]*$/, '')
    .replace(/[^\w.-]+/g, '_');
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${base}-rejected-rows.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}
