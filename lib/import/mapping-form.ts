/**
 * The import wizard's mapping form as an ImportMapping. Column selects are named
 * "column.<field>"; each category value comes as "category.<n>.value" with its choice in
 * "category.<n>.target" ("cause:<id>", "department:<slug>", or empty for none).
 */
import { z } from 'zod';
import { IMPORT_FIELD_KEYS, importMappingSchema, type ImportMapping } from './mapping';

export type MappingFormResult =
  { ok: true; mapping: ImportMapping; saveAs: string | null } | { ok: false; errors: string[] };

const targetSchema = z.union([
  z.literal('').transform(() => null),
  z
    .string()
    .regex(/^cause:\d+$/)
    .transform((s) => ({ causeId: Number(s.slice('cause:'.length)) })),
  z
    .string()
    .regex(/^department:[a-z0-9-]+$/)
    .transform((s) => ({ department: s.slice('department:'.length) })),
]);

export function parseMappingForm(form: Iterable<[string, unknown]>): MappingFormResult {
  const entries = new Map<string, string>();
  for (const [name, value] of form) if (typeof value === 'string') entries.set(name, value);
  const columns: Record<string, string> = {};
  for (const field of IMPORT_FIELD_KEYS) {
    const header = entries.get(`column.${field}`);
    if (header) columns[field] = header;
  }
  const values: Record<string, { causeId: number } | { department: string }> = {};
  const errors: string[] = [];
  for (let i = 0; entries.has(`category.${i}.value`); i++) {
    const target = targetSchema.safeParse(entries.get(`category.${i}.target`) ?? '');
    if (!target.success) errors.push(`Category value ${i + 1}: not a cause or department`);
    else if (target.data) values[entries.get(`category.${i}.value`)!] = target.data;
  }
  const parsed = importMappingSchema.safeParse({
    preset: entries.get('preset'),
    sourceSystem: entries.get('sourceSystem') ?? '',
    columns,
    dateOrder: entries.get('dateOrder') || undefined,
    timeZone: entries.get('timeZone') || undefined,
    handleTimeUnit: entries.get('handleTimeUnit') || undefined,
    values,
  });
  if (!parsed.success) errors.push(...parsed.error.issues.map((i) => i.message));
  if (errors.length > 0 || !parsed.success) return { ok: false, errors };
  const saveAs = (entries.get('saveAs') ?? '').trim();
  return { ok: true, mapping: parsed.data, saveAs: saveAs === '' ? null : saveAs.slice(0, 100) };
}
