/**
 * One CSV record as the ticket it describes, or the reasons it cannot be stored. Pure: the names
 * of departments and causes come in as reference data; customers and products are resolved to
 * ids (or created) by the database layer afterwards.
 */
import { z } from 'zod';
import { CHANNELS, type Channel, type ContactInput, type Severity } from '../domain';
import { liveCauses, type CauseRecord, type LiveCause } from '../taxonomy';
import { IMPORT_FIELDS, type ImportField, type ImportMapping } from './mapping';
import {
  parseChannel,
  parseCount,
  parseCsat,
  parseDateTime,
  parseDuration,
  parseMoneyCents,
  parseSeverity,
  unescapeFormula,
  type Parsed,
  type TimeReading,
} from './values';

/** Longest text Upstream keeps in one field; longer is a broken export, not a ticket. */
export const MAX_TEXT_LENGTH = 100_000;
const MAX_KEY_LENGTH = 200;

export interface ReferenceData {
  /** Department id by slug and by lower-case name. */
  departments: Map<string, number>;
  /**
   * Every cause, merged and retired ones too, by "department id/lower-case name" and by id, as
   * the live cause it stands for (lib/taxonomy.ts).
   */
  causes: Map<string, LiveCause>;
  causesById: Map<number, LiveCause>;
}

/** The names and ids a file or the API may use, from the stored departments and causes. */
export function referenceData(
  departments: readonly { id: number; slug: string; name: string }[],
  causes: readonly CauseRecord[],
): ReferenceData {
  const live = liveCauses(causes);
  return {
    departments: new Map(
      departments.flatMap((d) => [
        [d.slug, d.id],
        [d.name.toLowerCase(), d.id],
      ]),
    ),
    // By the name a cause has in its own department, merged or not.
    causes: new Map(
      causes.map((c) => [`${c.departmentId}/${c.name.toLowerCase()}`, live.get(c.id)!]),
    ),
    causesById: live,
  };
}

/** What a row sets; a field left undefined keeps the stored ticket's value. */
export interface ImportedTicket {
  sourceSystem: string;
  externalId: string;
  openedAt: number;
  resolvedAt?: number | null;
  channel?: Channel;
  severity?: Severity;
  customer: { ref: string | null; name: string | null };
  product?: { sku: string | null; name: string | null } | null;
  orderRef?: string | null;
  /**
   * The attribution, or undefined to keep the stored one. `newCause`: a cause named in an
   * Upstream export that this database does not have yet, to be created in the department.
   */
  classification?: { rootCauseId: number | null; departmentId: number | null; newCause?: string };
  subject?: string;
  description?: string;
  csat?: number | null;
  fixCostCents?: number;
  contacts?: ContactInput[];
}

export type RowResult = { ok: true; ticket: ImportedTicket } | { ok: false; errors: string[] };

const contactsSchema = z.array(
  z.object({
    started_at: z.string(),
    channel: z.enum(CHANNELS),
    agent: z.string().max(200),
    handle_seconds: z.number().int().min(0).max(86_400),
  }),
);

/** Splits a category cell: tag columns hold several words; the first one with a meaning counts. */
export function categoryValues(cell: string, header: string): string[] {
  const value = cell.trim();
  if (value === '') return [];
  return /tag/i.test(header) ? value.split(/[\s,;]+/).filter(Boolean) : [value];
}

/**
 * One record being mapped. The helpers are methods, not closures made anew for every row: the
 * import runs through tsx, whose kept function names make each closure cost a property write.
 */
class RowContext {
  readonly errors: string[] = [];

  constructor(
    readonly record: readonly string[],
    readonly index: Partial<Record<ImportField, number>>,
    readonly mapping: ImportMapping,
  ) {}

  has(field: ImportField): boolean {
    return this.index[field] !== undefined;
  }

  /** The trimmed cell of a mapped field ('' when not mapped). */
  cell(field: ImportField): string {
    const at = this.index[field];
    return at === undefined ? '' : unescapeFormula(this.record[at] ?? '').trim();
  }

  name(field: ImportField): string {
    return `${this.mapping.columns[field]} (${IMPORT_FIELDS[field].label})`;
  }

  take<T>(field: ImportField, parsed: Parsed<T>): T | undefined {
    if (parsed.ok) return parsed.value;
    this.errors.push(`${this.name(field)}: ${parsed.error}`);
    return undefined;
  }

  /**
   * A mapped optional column: its value, null when empty, undefined when not mapped. Times are
   * read as the mapping says.
   */
  optional<T>(field: ImportField, parse: (text: string, reading: TimeReading) => Parsed<T>) {
    if (!this.has(field)) return undefined;
    const text = this.cell(field);
    return text === '' ? null : this.take(field, parse(text, this.mapping));
  }

  text(field: ImportField, max: number): string | undefined {
    if (!this.has(field)) return undefined;
    const value = this.cell(field);
    if (value.length > max) {
      this.errors.push(
        `${this.name(field)}: longer than ${max.toLocaleString('en-US')} characters`,
      );
    }
    return value;
  }
}

export function mapRow(
  record: readonly string[],
  index: Partial<Record<ImportField, number>>,
  mapping: ImportMapping,
  reference: ReferenceData,
): RowResult {
  const row = new RowContext(record, index, mapping);
  const { errors } = row;

  const externalId = row.text('externalId', MAX_KEY_LENGTH) ?? '';
  if (externalId === '') errors.push(`${row.name('externalId')}: empty; every ticket needs its id`);
  const sourceSystem =
    (row.has('sourceSystem') && row.cell('sourceSystem')) || mapping.sourceSystem;

  const openedText = row.cell('openedAt');
  const openedAt =
    openedText === ''
      ? (errors.push(`${row.name('openedAt')}: empty; every ticket needs its opening time`),
        undefined)
      : row.take('openedAt', parseDateTime(openedText, mapping));
  let resolvedAt = row.optional('resolvedAt', parseDateTime);
  if (resolvedAt === null || (resolvedAt === undefined && row.has('closedAt'))) {
    const closed = row.optional('closedAt', parseDateTime);
    if (closed !== undefined) resolvedAt = closed;
  }
  if (openedAt !== undefined && typeof resolvedAt === 'number' && resolvedAt < openedAt) {
    errors.push(
      `${row.name(row.has('resolvedAt') ? 'resolvedAt' : 'closedAt')}: before the opening time`,
    );
  }

  const customerRef = row.text('customerRef', MAX_KEY_LENGTH) || null;
  const customerName = row.text('customerName', 500) || null;
  if (customerRef === null && customerName === null) {
    errors.push('Customer: empty; every ticket needs its customer id, email or name');
  }
  let product: ImportedTicket['product'];
  if (row.has('productSku') || row.has('productName')) {
    const sku = row.text('productSku', MAX_KEY_LENGTH) || null;
    const productName = row.text('productName', 500) || null;
    product = sku === null && productName === null ? null : { sku, name: productName };
  }

  const ticket: ImportedTicket = {
    sourceSystem,
    externalId,
    openedAt: openedAt ?? 0,
    resolvedAt,
    customer: { ref: customerRef, name: customerName },
    product,
    orderRef: row.has('orderRef') ? row.text('orderRef', MAX_KEY_LENGTH) || null : undefined,
    subject: row.text('subject', 1_000),
    description: row.text('description', MAX_TEXT_LENGTH),
    csat: row.optional('csat', parseCsat),
    classification: classificationOf(row, reference),
  };
  if (row.has('channel')) ticket.channel = parseChannel(row.cell('channel'));
  const severity = row.optional('severity', parseSeverity);
  if (severity) ticket.severity = severity;
  const fixCost = row.optional('fixCost', parseMoneyCents);
  if (fixCost !== undefined) ticket.fixCostCents = fixCost ?? 0;
  ticket.contacts = contactsOf(ticket, row);

  return errors.length > 0 ? { ok: false, errors } : { ok: true, ticket };
}

export type NamedAttribution =
  | { ok: true; classification: NonNullable<ImportedTicket['classification']> }
  | { ok: false; field: 'department' | 'rootCause'; error: string };

/**
 * The attribution that a department (slug or name) and a cause named within it give, as a CSV
 * row or an API ticket names them ('' for none). Both empty: unattributed. A name this database
 * does not know is refused, never read as "none": a typo must not cost a ticket its cause. A
 * cause the department lacks is made in it when `createCauses` (an Upstream export carries its
 * taxonomy), otherwise refused.
 */
export function attributionOfNames(
  reference: ReferenceData,
  department: string,
  cause: string,
  { createCauses }: { createCauses: boolean },
): NamedAttribution {
  if (department === '') {
    return cause === ''
      ? { ok: true, classification: { rootCauseId: null, departmentId: null } }
      : { ok: false, field: 'department', error: `name the department of the cause "${cause}"` };
  }
  const departmentId = reference.departments.get(department.toLowerCase());
  if (departmentId === undefined) {
    return { ok: false, field: 'department', error: `no department "${department}"` };
  }
  if (cause === '') return { ok: true, classification: { rootCauseId: null, departmentId } };
  const found = reference.causes.get(`${departmentId}/${cause.toLowerCase()}`);
  if (found?.retired) {
    return { ok: false, field: 'rootCause', error: `the cause "${cause}" is retired` };
  }
  if (found) {
    return {
      ok: true,
      classification: { rootCauseId: found.id, departmentId: found.departmentId },
    };
  }
  return createCauses
    ? { ok: true, classification: { rootCauseId: null, departmentId, newCause: cause } }
    : { ok: false, field: 'rootCause', error: `no cause "${cause}" in department "${department}"` };
}

function classificationOf(
  row: RowContext,
  reference: ReferenceData,
): ImportedTicket['classification'] {
  const { index, mapping, record } = row;
  // Upstream's own columns: a department slug or name, and a cause named within it.
  if (index.department !== undefined || index.rootCause !== undefined) {
    const named = attributionOfNames(reference, row.cell('department'), row.cell('rootCause'), {
      createCauses: true,
    });
    if (named.ok) return named.classification;
    row.errors.push(`${row.name(named.field)}: ${named.error}`);
    return undefined;
  }
  if (index.category === undefined) return undefined;
  // The first value with a meaning decides; none leaves the stored attribution alone. A value
  // mapped to what no longer takes tickets refuses the row: the mapping needs a new target.
  for (const value of categoryValues(record[index.category] ?? '', mapping.columns.category!)) {
    const target = mapping.values[value];
    if (!target) continue;
    let refused: string;
    if ('causeId' in target) {
      const cause = reference.causesById.get(target.causeId);
      if (cause && !cause.retired) {
        return { rootCauseId: cause.id, departmentId: cause.departmentId };
      }
      refused = cause
        ? `the retired cause "${cause.name}"`
        : `cause ${target.causeId}, which does not exist`;
    } else {
      const departmentId = reference.departments.get(target.department.toLowerCase());
      if (departmentId !== undefined) return { rootCauseId: null, departmentId };
      refused = `department "${target.department}", which does not exist`;
    }
    row.errors.push(`${row.name('category')}: "${value}" is mapped to ${refused}`);
    return undefined;
  }
  return undefined;
}

/**
 * The Upstream format carries contacts as JSON. Helpdesk exports carry at most a handle time
 * and a number of interactions: the handle time is spread evenly over that many contacts (one
 * when the number is not given), so AHT and first-contact resolution come out right. Without a
 * handle time no contacts are made: a count alone would report calls of zero seconds. Such a
 * ticket counts in neither AHT nor FCR (lib/metrics.ts).
 */
function contactsOf(ticket: ImportedTicket, ctx: RowContext): ContactInput[] | undefined {
  if (ctx.has('contacts')) {
    let json: unknown;
    try {
      json = JSON.parse(ctx.cell('contacts') || '[]');
    } catch {
      ctx.errors.push(`${ctx.name('contacts')}: not a JSON array of contacts`);
      return undefined;
    }
    const parsed = contactsSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      ctx.errors.push(`${ctx.name('contacts')}: ${issue.path.join('.')} ${issue.message}`);
      return undefined;
    }
    const contacts: ContactInput[] = [];
    for (const c of parsed.data) {
      const startedAt = ctx.take('contacts', parseDateTime(c.started_at, ctx.mapping));
      if (startedAt === undefined) return undefined;
      contacts.push({
        startedAt,
        channel: c.channel,
        agent: c.agent,
        handleSeconds: c.handle_seconds,
      });
    }
    return contacts;
  }
  if (!ctx.has('handleTime')) return undefined;
  const handleText = ctx.cell('handleTime');
  if (handleText === '') return [];
  const handleSeconds = ctx.take(
    'handleTime',
    parseDuration(handleText, ctx.mapping.handleTimeUnit),
  );
  const countText = ctx.has('contactCount') ? ctx.cell('contactCount') : '';
  const count = countText === '' ? 1 : ctx.take('contactCount', parseCount(countText));
  if (handleSeconds === undefined || count === undefined) return undefined;
  const n = Math.max(1, count);
  const share = Math.floor(handleSeconds / n);
  return Array.from({ length: n }, (_, i) => ({
    startedAt: ticket.openedAt,
    channel: ticket.channel ?? 'web',
    agent: '',
    handleSeconds: share + (i === 0 ? handleSeconds - share * n : 0),
  }));
}
