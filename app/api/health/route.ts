import { getDb } from '@/db/client';

// Read the database on every request: health means "the app can answer from its data".
export const dynamic = 'force-dynamic';

export function GET() {
  try {
    const row = getDb().$client.prepare('SELECT COUNT(*) AS tickets FROM tickets').get() as {
      tickets: number;
    };
    return Response.json({ status: 'ok', tickets: row.tickets });
  } catch {
    return Response.json({ status: 'error' }, { status: 503 });
  }
}
