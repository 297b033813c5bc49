/**
 * Recurrence (DESIGN.md): a ticket is a recurrence when the same customer (or customer and
 * product, per the setting) had an earlier ticket with the same root cause whose resolved_at lies
 * within the window before this ticket's opened_at: 0 <= opened_at - resolved_at <= window.
 * Earlier means opened before; of two opened at the same moment (and one resolved in it), the
 * one with the lower id, so that two such tickets are not each other's recurrence.
 * Unclassified tickets are never recurrences.
 */
import { MS_PER_DAY } from './time';

export type RecurrenceKeyKind = 'customer' | 'customer_product';

export interface RecurrenceSettings {
  windowDays: number;
  key: RecurrenceKeyKind;
}

export interface RecurrenceTicket {
  id: number;
  customerId: number;
  productId: number | null;
  rootCauseId: number | null;
  openedAt: number;
  resolvedAt: number | null;
}

/** The group a ticket is compared within, or null when it cannot recur (no cause). */
export function recurrenceKeyOf(t: RecurrenceTicket, kind: RecurrenceKeyKind): string | null {
  if (t.rootCauseId === null) return null;
  return kind === 'customer'
    ? `${t.customerId}:${t.rootCauseId}`
    : `${t.customerId}:${t.productId ?? ''}:${t.rootCauseId}`;
}

/**
 * Decides recurrence for every ticket of one key group (tickets sharing recurrenceKeyOf).
 * Sorting the group's resolution times makes it O(n log n) for a customer with many tickets.
 */
export function recurrencesInGroup(
  group: readonly RecurrenceTicket[],
  windowDays: number,
): Set<number> {
  const windowMs = windowDays * MS_PER_DAY;
  const resolved = group
    .filter((t) => t.resolvedAt !== null)
    .map((t) => ({ id: t.id, openedAt: t.openedAt, at: t.resolvedAt! }))
    .sort((a, b) => a.at - b.at);
  const result = new Set<number>();
  for (const t of group) {
    // First resolution at or after opened - window; recurrence if it is not after opened.
    let lo = 0;
    let hi = resolved.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (resolved[mid].at < t.openedAt - windowMs) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < resolved.length && resolved[i].at <= t.openedAt; i++) {
      const other = resolved[i];
      if (other.openedAt < t.openedAt || (other.openedAt === t.openedAt && other.id < t.id)) {
        result.add(t.id);
        break;
      }
    }
  }
  return result;
}

/** Ids of all recurrences among the tickets. */
export function findRecurrences(
  tickets: readonly RecurrenceTicket[],
  settings: RecurrenceSettings,
): Set<number> {
  const groups = new Map<string, RecurrenceTicket[]>();
  for (const t of tickets) {
    const key = recurrenceKeyOf(t, settings.key);
    if (key === null) continue;
    const group = groups.get(key);
    if (group) group.push(t);
    else groups.set(key, [t]);
  }
  const result = new Set<number>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    for (const id of recurrencesInGroup(group, settings.windowDays)) result.add(id);
  }
  return result;
}
