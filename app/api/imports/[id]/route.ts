/** GET /api/imports/:id: the import's status and counters, which its progress bar polls. */
import { authorizeApiRequest } from '@/auth/api-tokens';
import { getDb } from '@/db/client';
import { getImport, importProgressOf } from '@/db/queries/imports';
import { withLiveProgress } from '@/import/live-progress';
import { parseIdParam } from '@/lib/filters';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const denied = await authorizeApiRequest(request, 'ingest');
  if (denied) return denied;
  const id = parseIdParam((await params).id);
  const db = getDb();
  const row = id === null ? undefined : getImport(db, id);
  if (!row) return Response.json({ error: 'No such import.' }, { status: 404 });
  return Response.json({ ...withLiveProgress(db, importProgressOf(row)), now: Date.now() });
}
