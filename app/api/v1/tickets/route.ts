/**
 * POST /api/v1/tickets  { sourceSystem, tickets: [...] }  (up to 1,000 tickets with contacts)
 * Stores the valid tickets (upsert by source system and external id) and answers, per ticket,
 * "created", "updated", "unchanged" or "rejected" with its errors by field path. A malformed
 * body is a 400 and stores nothing. Token scope "ingest" (Authorization: Bearer upk_…).
 * docs/api.md has the fields.
 */
import { authorizeApiRequest } from '@/auth/api-tokens';
import { getDb } from '@/db/client';
import { getImportReferenceData, storeApiBatch } from '@/db/queries/import-store';
import { apiBatchSchema, parseApiTicket, type FieldError } from '@/lib/import/api-ticket';
import type { ImportedTicket } from '@/lib/import/row';

export const dynamic = 'force-dynamic';

const RESULT = { inserted: 'created', updated: 'updated', unchanged: 'unchanged' } as const;
const MAX_RAW_KEPT = 20_000;

type ItemResult =
  | { index: number; externalId: string | null; result: 'created' | 'updated' | 'unchanged' }
  | { index: number; externalId: string | null; result: 'rejected'; errors: FieldError[] };

export async function POST(request: Request) {
  const denied = await authorizeApiRequest(request, 'ingest');
  if (denied) return denied;
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return Response.json({ error: 'The body is not JSON.' }, { status: 400 });
  }
  const envelope = apiBatchSchema.safeParse(body);
  if (!envelope.success) {
    return Response.json(
      { error: envelope.error.issues.map((i) => i.message).join('; ') },
      { status: 400 },
    );
  }
  const db = getDb();
  const reference = getImportReferenceData(db);
  const { sourceSystem, tickets: items } = envelope.data;

  const results: ItemResult[] = [];
  const accepted: { index: number; ticket: ImportedTicket }[] = [];
  const rejects: { rowNumber: number; rawLine: string; reason: string }[] = [];
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const parsed = parseApiTicket(item, sourceSystem, reference);
    const externalId =
      typeof item === 'object' && item !== null && 'externalId' in item
        ? String((item as { externalId: unknown }).externalId)
        : null;
    let errors = parsed.ok ? null : parsed.errors;
    if (parsed.ok && seen.has(parsed.ticket.externalId)) {
      errors = [{ path: 'externalId', message: 'appears twice in this batch' }];
    }
    if (errors) {
      results.push({ index, externalId, result: 'rejected', errors });
      rejects.push({
        rowNumber: index + 1,
        rawLine: JSON.stringify(item).slice(0, MAX_RAW_KEPT),
        reason: errors.map((e) => `${e.path}: ${e.message}`).join('; '),
      });
    } else if (parsed.ok) {
      seen.add(parsed.ticket.externalId);
      accepted.push({ index, ticket: parsed.ticket });
    }
  });

  const { importId, outcomes } = storeApiBatch(db, {
    sourceSystem,
    tickets: accepted.map((a) => a.ticket),
    rejects,
    rows: items.length,
  });
  accepted.forEach((a, i) =>
    results.push({ index: a.index, externalId: a.ticket.externalId, result: RESULT[outcomes[i]] }),
  );
  results.sort((a, b) => a.index - b.index);
  const count = (r: ItemResult['result']) => results.filter((x) => x.result === r).length;
  return Response.json({
    importId,
    created: count('created'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    rejected: count('rejected'),
    results,
  });
}
