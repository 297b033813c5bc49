import { getDb } from '@/db/client';

// Public on purpose (load balancers, the e2e runner): it says whether the database answers and
// nothing about what is in it.
export const dynamic = 'force-dynamic';

export function GET() {
  try {
    getDb().$client.prepare('SELECT 1 FROM departments LIMIT 1').get();
    return Response.json({ status: 'ok' });
  } catch {
    return Response.json({ status: 'error' }, { status: 503 });
  }
}
