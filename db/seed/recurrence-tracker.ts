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
  /** Resolution times still inside the window, per recurrence group. */
  private readonly recent = new Map<number, number[]>();
  private lastOpenedAt = -Infinity;

  constructor(
    windowDays: number,
    private readonly keyKind: RecurrenceKeyKind,
  ) {
    this.windowMs = windowDays * MS_PER_DAY;
  }

  /** A numeric form of recurrenceKeyOf: Map lookups on numbers are much cheaper than strings. */
  private keyOf(customerId: number, productId: number | null, rootCauseId: number): number {
    if (rootCauseId >= CAUSE_SLOTS) throw new Error(`Root cause id ${rootCauseId} too large`);
    if (this.keyKind === 'customer') return customerId * CAUSE_SLOTS + rootCauseId;
    const product = productId ?? 0;
    if (product >= PRODUCT_SLOTS) throw new Error(`Product id ${product} too large`);
    return (customerId * PRODUCT_SLOTS + product) * CAUSE_SLOTS + rootCauseId;
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
    this.lastOpenedAt = openedAt;
    if (rootCauseId === null) return false;
    const key = this.keyOf(customerId, productId, rootCauseId);
    const from = openedAt - this.windowMs;
    let times = this.recent.get(key);
    let recurrence = false;
    if (times) {
      let kept = 0;
      for (let i = 0; i < times.length; i++) {
        const at = times[i];
        if (at < from) continue;
        if (at <= openedAt) recurrence = true;
        times[kept++] = at;
      }
      times.length = kept;
    }
    if (resolvedAt !== null) {
      if (times) times.push(resolvedAt);
      else this.recent.set(key, (times = [resolvedAt]));
    }
    if (times && times.length === 0) this.recent.delete(key);
    return recurrence;
  }

  /** Forgets groups whose resolutions are all older than the window before `now`. */
  sweep(now: number): void {
    const from = now - this.windowMs;
    for (const [key, times] of this.recent) {
      if (times.every((at) => at < from)) this.recent.delete(key);
    }
  }

  get groupCount(): number {
    return this.recent.size;
  }
}
