/** Test fixtures of imports: the helpdesk exports' headers, and a preset's mapping of them. */
import {
  importMappingSchema,
  presetColumns,
  resolveColumns,
  type ImportMapping,
  type Preset,
} from './mapping';

/** A preset's mapping of a file with these headers, and its columns found as an import finds them. */
export function presetMapping(
  preset: Preset,
  headers: readonly string[],
  extra: Partial<ImportMapping> = {},
) {
  const mapping = importMappingSchema.parse({
    preset,
    sourceSystem: preset,
    columns: presetColumns(preset, [...headers]),
    ...extra,
  });
  const resolved = resolveColumns(mapping, [...headers]);
  if (!resolved.ok) throw new Error(resolved.errors.join('; '));
  return { mapping, columnIndex: resolved.index };
}

/** Header rows of the helpdesk exports the presets are for, as the tests use them. */
export const ZENDESK_HEADERS = [
  'Id',
  'Subject',
  'Created at',
  'Solved at',
  'Via',
  'Requester id',
  'Organization',
  'Tags',
  'Replies',
  'Reopens',
  'Full resolution time in minutes',
  'Category [list]',
];
export const FRESHDESK_HEADERS = [
  'Ticket ID',
  'Subject',
  'Description',
  'SOURCE',
  'Type',
  'Created Time',
  'Resolved time',
  'Closed time',
  'Agent interactions',
  'Customer interactions',
  'Product',
  'Tags',
  'Requester Email',
  'Company Name',
  'Time Tracked',
];
