/**
 * The JSON ingest API's body (POST /api/v1/tickets): a batch of up to 1,000 tickets with their
 * contacts. The envelope is checked first (a malformed one is a 400); then each ticket on its
 * own, so one bad ticket does not stop the others, and its errors name their field paths.
 */
import { z } from 'zod';
import { CHANNELS, SEVERITIES } from '../domain';
import { isTicketTime, TICKET_TIME_ERROR } from '../time';
import type { ImportedTicket, ReferenceData } from './row';
import { attributionOfNames, MAX_TEXT_LENGTH } from './row';

export const MAX_BATCH = 1_000;

export const apiBatchSchema = z.object({
  sourceSystem: z
    .string({ error: 'sourceSystem: name the system the tickets come from' })
    .trim()
    .min(1, { error: 'sourceSystem: empty' })
    .max(40, { error: 'sourceSystem: at most 40 characters' }),
  tickets: z
    .array(z.unknown(), { error: 'tickets: must be an array of tickets' })
    .min(1, { error: 'tickets: send at least one ticket' })
    .max(MAX_BATCH, { error: `tickets: at most ${MAX_BATCH.toLocaleString('en-US')} per batch` }),
});

const isoTime = z.iso
  .datetime({ offset: true, error: 'must be an ISO 8601 time, e.g. 2026-01-05T09:30:00Z' })
  // Zod runs the refinement after a failed format check too: a non-time has its error already.
  .refine((t) => Number.isNaN(Date.parse(t)) || isTicketTime(Date.parse(t)), {
    error: TICKET_TIME_ERROR,
  });
const text = (max: number) =>
  z.string().max(max, { error: `at most ${max.toLocaleString('en-US')} characters` });

export const apiTicketSchema = z
  .object({
    externalId: z.string().trim().min(1, { error: 'required' }).max(200),
    openedAt: isoTime,
    resolvedAt: isoTime.nullable().optional(),
    channel: z.enum(CHANNELS).optional(),
    severity: z.enum(SEVERITIES).optional(),
    customer: z
      .object({ ref: text(200).optional(), name: text(500).optional() })
      .refine((c) => !!(c.ref?.trim() || c.name?.trim()), { error: 'give a ref or a name' }),
    product: z
      .object({ sku: text(200).optional(), name: text(500).optional() })
      .refine((p) => !!(p.sku?.trim() || p.name?.trim()), { error: 'give a sku or a name' })
      .nullable()
      .optional(),
    orderRef: text(200).nullable().optional(),
    department: z.string().nullable().optional(),
    rootCause: z.string().nullable().optional(),
    subject: text(1_000).optional(),
    description: text(MAX_TEXT_LENGTH).optional(),
    csat: z.number().int().min(1).max(5).nullable().optional(),
    fixCost: z.number().min(0).max(1e10).optional(),
    contacts: z
      .array(
        z.object({
          startedAt: isoTime,
          channel: z.enum(CHANNELS),
          agent: text(200).default(''),
          handleSeconds: z.number().int().min(0).max(86_400),
        }),
      )
      .max(200)
      .optional(),
  })
  // Only between two valid times: a bad openedAt has its own error already.
  .refine(
    (t) =>
      !t.resolvedAt ||
      !isoTime.safeParse(t.openedAt).success ||
      Date.parse(t.resolvedAt) >= Date.parse(t.openedAt),
    {
      error: 'is before openedAt',
      path: ['resolvedAt'],
    },
  );

export type ApiTicket = z.infer<typeof apiTicketSchema>;

export interface FieldError {
  path: string;
  message: string;
}

export type ApiTicketResult =
  { ok: true; ticket: ImportedTicket } | { ok: false; errors: FieldError[] };

/** One item of a batch as a ticket to store, or its errors by field path. */
export function parseApiTicket(
  item: unknown,
  sourceSystem: string,
  reference: ReferenceData,
): ApiTicketResult {
  const parsed = apiTicketSchema.safeParse(item);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => ({
        path: i.path.join('.') || '(ticket)',
        message: i.message,
      })),
    };
  }
  const t = parsed.data;
  let classification: ImportedTicket['classification'];
  // Left out, the department keeps the stored attribution; a cause without one is refused.
  if (t.department !== undefined || t.rootCause) {
    const [department, cause] = [t.department?.trim() ?? '', t.rootCause?.trim() ?? ''];
    const named = attributionOfNames(reference, department, cause, { createCauses: false });
    if (!named.ok) return { ok: false, errors: [{ path: named.field, message: named.error }] };
    classification = named.classification;
  }
  return {
    ok: true,
    ticket: {
      sourceSystem,
      externalId: t.externalId,
      openedAt: Date.parse(t.openedAt),
      resolvedAt:
        t.resolvedAt === undefined
          ? undefined
          : t.resolvedAt === null
            ? null
            : Date.parse(t.resolvedAt),
      channel: t.channel,
      severity: t.severity,
      customer: { ref: t.customer.ref?.trim() || null, name: t.customer.name?.trim() || null },
      product:
        t.product === undefined
          ? undefined
          : t.product === null
            ? null
            : { sku: t.product.sku?.trim() || null, name: t.product.name?.trim() || null },
      orderRef: t.orderRef,
      classification,
      subject: t.subject,
      description: t.description,
      csat: t.csat,
      fixCostCents: t.fixCost === undefined ? undefined : Math.round(t.fixCost * 100),
      contacts: t.contacts?.map((c) => ({
        startedAt: Date.parse(c.startedAt),
        channel: c.channel,
        agent: c.agent,
        handleSeconds: c.handleSeconds,
      })),
    },
  };
}
