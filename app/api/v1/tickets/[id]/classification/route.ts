/**
 * PUT /api/v1/tickets/:id/classification  { "causeId": 12, "reason": "…" }
 * Attributes one ticket to a root cause as the signed-in person, with the same checks as the
 * triage page (a lead only into their own department). 200 { eventIds }, 403, 404 or 400.
 */
import { z } from 'zod';
import { authorizeApiRequest } from '@/auth/api-tokens';
import { getSessionUser } from '@/auth/session';
import { getDb } from '@/db/client';
import { parseIdParam } from '@/lib/filters';
import { classifyAs } from '@/triage/classify-as';

export const dynamic = 'force-dynamic';

const bodySchema = z.object({
  causeId: z.number({ error: 'causeId: a root cause id' }).int().positive(),
  reason: z.string().trim().max(500, { error: 'reason: at most 500 characters' }).optional(),
});

export async function PUT(request: Request, { params }: { params: Promise<{ id: string }> }) {
  // A person's decision: only a session may make it (tokens load data, they do not attribute).
  if (request.headers.has('authorization')) {
    return Response.json(
      { error: 'Classification needs a signed-in person, not a token.' },
      { status: 403 },
    );
  }
  const denied = await authorizeApiRequest(request, 'read');
  if (denied) return denied;
  const user = (await getSessionUser())!;
  const id = parseIdParam((await params).id);
  if (id === null) return Response.json({ error: 'No such ticket.' }, { status: 404 });
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return Response.json({ error: 'The body is not JSON.' }, { status: 400 });
  }
  const parsed = bodySchema.safeParse(body);
  if (!parsed.success)
    return Response.json({ error: parsed.error.issues[0].message }, { status: 400 });
  const outcome = classifyAs(getDb(), user, { ticketIds: [id], ...parsed.data });
  if (!outcome.ok) return Response.json({ error: outcome.error }, { status: outcome.status });
  return Response.json({ eventIds: outcome.eventIds });
}
