/**
 * The ticket explorer's own URL parameters beside the shared filters: sort order and the keyset
 * cursor of the page. Pages are found by the sort key and id of the row next to them, never by
 * an offset, so a page deep in a million tickets costs the same as the first.
 */
import { z } from 'zod';
import { firstParam, type SearchParams } from './filters';

export const EXPLORER_PAGE_SIZE = 50;

/** Sort keys; the explorer shows these as sortable column headers. */
export const SORT_KEYS = ['opened', 'resolution', 'handle'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

export interface TicketSort {
  key: SortKey;
  direction: SortDirection;
}

export const DEFAULT_SORT: TicketSort = { key: 'opened', direction: 'desc' };

/** The sort key and id of the row next to the wanted page; value null for an open ticket. */
export interface Cursor {
  value: number | null;
  id: number;
}

/** Which way from the cursor the page lies: rows after it, or rows before it. */
export interface PageRequest {
  cursor: Cursor | null;
  towards: 'after' | 'before';
}

const sortSchema = z
  .string()
  .regex(/^-?(opened|resolution|handle)$/, {
    error: `must be one of ${SORT_KEYS.join(', ')}, with a leading "-" for descending`,
  })
  .transform((s): TicketSort => {
    const descending = s.startsWith('-');
    return {
      key: (descending ? s.slice(1) : s) as SortKey,
      direction: descending ? 'desc' : 'asc',
    };
  });

const cursorSchema = z
  .string()
  .regex(/^(-?\d{1,15}|null)_\d{1,15}$/, { error: 'is not a page of this list' })
  .transform((s): Cursor => {
    const [value, id] = s.split('_');
    return { value: value === 'null' ? null : Number(value), id: Number(id) };
  });

export const sortParam = (sort: TicketSort) => `${sort.direction === 'desc' ? '-' : ''}${sort.key}`;

export const cursorParam = (cursor: Cursor) => `${cursor.value ?? 'null'}_${cursor.id}`;

export interface ParsedExplorerParams {
  sort: TicketSort;
  page: PageRequest;
  notice: string | null;
}

/** `sort`, and `after` or `before`; a bad value falls back to the default with a notice. */
export function parseExplorerParams(searchParams: SearchParams): ParsedExplorerParams {
  const notices: string[] = [];
  let sort = DEFAULT_SORT;
  const rawSort = firstParam(searchParams.sort);
  if (rawSort) {
    const parsed = sortSchema.safeParse(rawSort);
    if (parsed.success) sort = parsed.data;
    else notices.push(`Ignored "sort" (${parsed.error.issues[0].message}).`);
  }
  let page: PageRequest = { cursor: null, towards: 'after' };
  for (const towards of ['after', 'before'] as const) {
    const raw = firstParam(searchParams[towards]);
    if (!raw) continue;
    const parsed = cursorSchema.safeParse(raw);
    if (parsed.success) page = { cursor: parsed.data, towards };
    else
      notices.push(
        `Ignored "${towards}" (${parsed.error.issues[0].message}): showing the first page.`,
      );
    break;
  }
  return { sort, page, notice: notices.length > 0 ? notices.join(' ') : null };
}
