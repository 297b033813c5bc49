/**
 * GET /api/lookup/customer?q=acme, /api/lookup/product?q=PM-10
 * Suggestions for the explorer's customer and product filters (at most 20), for signed-in users.
 */
import { z } from 'zod';
import { authorizeApiRequest } from '@/auth/api-tokens';
import { getDb } from '@/db/client';
import { searchEntityOptions } from '@/db/queries/lookups';

export const dynamic = 'force-dynamic';

const paramsSchema = z.object({
  kind: z.enum(['customer', 'product'], { error: 'kind: must be customer or product' }),
  q: z.string().trim().min(1, { error: 'q: type at least one character' }).max(100, {
    error: 'q: at most 100 characters',
  }),
});

export async function GET(request: Request, { params }: { params: Promise<{ kind: string }> }) {
  const denied = await authorizeApiRequest(request, 'read');
  if (denied) return denied;
  const parsed = paramsSchema.safeParse({
    kind: (await params).kind,
    q: new URL(request.url).searchParams.get('q') ?? '',
  });
  if (!parsed.success) {
    return Response.json({ error: parsed.error.issues[0].message }, { status: 400 });
  }
  return Response.json({
    options: searchEntityOptions(getDb(), parsed.data.kind, parsed.data.q),
  });
}
