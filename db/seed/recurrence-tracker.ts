/**
 * Decides recurrence (lib/recurrence.ts semantics) while tickets stream past in opened_at order,
 * so the generator never holds more than the last window's resolutions. findRecurrences needs
 * every ticket at once; this gives the same answer (recurrence-tracker.test.ts, seed.test.ts).
 *
 * Why streaming works: an earlier ticket that makes this one a recurrence was resolved at or
 * before this one opened, so it was also opened before, and was seen first. Resolutions older
 * than opened_at - window can never matter again, because opened_at only grows.
 */
import type { RecurrenceKeyKind } from '@/lib/recurrence';
import { MS_PER_DAY } from '@/lib/time';

/** Cause ids and product ids must stay below these for the numeric group keys to be unique. */
const CAUSE_SLOTS = 1024;
const PRODUCT_SLOTS = 1 << 16;

export class RecurrenceTracker {
  private readonly windowMs: number;
  /**
   * By customer id, the resolutions still inside the window as [group, resolved at] pairs, flat.
   * Every recurrence key starts with the customer, and demo customer ids are small and dense, so
   * an array beats a Map keyed by group: at a million tickets, the Map's lookups took 0.3 s.
   */
  private readonly recent: (number[] | undefined)[] = [];
  private lastOpenedAt = -Infinity;

  constructor(
    windowDays: number,
    private readonly keyKind: RecurrenceKeyKind,
  ) {
    this.windowMs = windowDays * MS_PER_DAY;
  }

  /** The rest of recurrenceKeyOf after the customer, as a number. */
  private groupOf(productId: number | null, rootCauseId: number): number {
    if (rootCauseId >= CAUSE_SLOTS) throw new Error(`Root cause id ${rootCauseId} too large`);
    if (this.keyKind === 'customer') return rootCauseId;
    const product = productId ?? 0;
    if (product >= PRODUCT_SLOTS) throw new Error(`Product id ${product} too large`);
    return product * CAUSE_SLOTS + rootCauseId;
  }

  /**
   * Whether the ticket is a recurrence; then remembers its resolution for later tickets.
   * Tickets must come in non-decreasing opened_at order, each resolved after it opened.
   * (Positional arguments: this runs once per ticket, and an object per call shows in profiles.)
   */
  observe(
    customerId: number,
    productId: number | null,
    rootCauseId: number | null,
    openedAt: number,
    resolvedAt: number | null,
  ): boolean {
    if (openedAt < this.lastOpenedAt) throw new Error('Tickets must arrive in opened_at order');
    // With a zero resolution time, a ticket opened in the same millisecond could recur on it or
    // not depending on arrival order; the generator never makes such tickets.
    if (resolvedAt !== null && resolvedAt <= openedAt) {
      throw new Error('The tracker needs resolved_at later than opened_at');
    }
    if (!Number.isInteger(customerId) || customerId < 0) {
      throw new Error(`Customer id ${customerId} is not a whole number >= 0`);
    }
    this.lastOpenedAt = openedAt;
    if (rootCauseId === null) return false;
    const group = this.groupOf(productId, rootCauseId);
    const from = openedAt - this.windowMs;
    while (this.recent.length <= customerId) this.recent.push(undefined);
    const pairs = this.recent[customerId];
    let recurrence = false;
    if (pairs) {
      // Drops the customer's resolutions that left the window, of every group: opened_at only
      // grows, so they can never matter again.
      let kept = 0;
      for (let i = 0; i < pairs.length; i += 2) {
        const at = pairs[i + 1];
        if (at < from) continue;
        if (pairs[i] === group && at <= openedAt) recurrence = true;
        pairs[kept++] = pairs[i];
        pairs[kept++] = at;
      }
      pairs.length = kept;
    }
    if (resolvedAt !== null) {
      if (pairs) pairs.push(group, resolvedAt);
      else this.recent[customerId] = [group, resolvedAt];
    }
    return recurrence;
  }

  /** Forgets resolutions older than the window before `now`. */
  sweep(now: number): void {
    const from = now - this.windowMs;
    const recent = this.recent;
    for (let customer = 0; customer < recent.length; customer++) {
      const pairs = recent[customer];
      if (!pairs) continue;
      let kept = 0;
      for (let i = 0; i < pairs.length; i += 2) {
        if (pairs[i + 1] < from) continue;
        pairs[kept++] = pairs[i];
        pairs[kept++] = pairs[i + 1];
      }
      if (kept === 0) recent[customer] = undefined;
      else pairs.length = kept;
    }
  }

  /** Recurrence groups with a resolution still remembered. */
  get groupCount(): number {
    let count = 0;
    for (const pairs of this.recent) {
      if (!pairs) continue;
      const groups = new Set<number>();
      for (let i = 0; i < pairs.length; i += 2) groups.add(pairs[i]);
      count += groups.size;
    }
    return count;
  }
}
