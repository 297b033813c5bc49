/**
 * The contacts of one ticket: how many, when, on which channel, with which agent and for how
 * long. The ticket's handle_seconds and contact_count are the sum and count of exactly these.
 */
import type { Channel } from '@/lib/domain';
import type { Rng } from './random';
import type { RowBuffer } from './rows';

export const MAX_CONTACTS = 5;
const MIN_HANDLE_SECONDS = 30;
const HANDLE_SIGMA = 0.45;
/** Email and web forms take less agent time than a call, a chat a little more. */
const CHANNEL_HANDLE_FACTOR: Record<Channel, number> = {
  phone: 1,
  email: 0.8,
  chat: 1.15,
  web: 0.7,
  field: 1,
};
/** Follow-up contacts ("any news?") are shorter than the first. */
const FOLLOW_UP_HANDLE_FACTOR = 0.8;

export interface ContactPlan {
  ticketId: number;
  openedAt: number;
  /** Contacts start before this: the resolution, or the end of the data for open tickets. */
  until: number;
  channel: Channel;
  handleMedianSeconds: number;
  /** Mean number of contacts beyond the first. */
  extraContacts: number;
  /** Slow or still-open problems make customers call more often. */
  slow: boolean;
}

export interface ContactSummary {
  count: number;
  handleSeconds: number;
  lastStartedAt: number;
}

/** Knuth's method; fine for the small means used here. */
function poisson(rng: Rng, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rng.float();
  while (p > limit) {
    k++;
    p *= rng.float();
  }
  return k;
}

export class ContactWriter {
  private nextId = 1;
  private readonly starts = new Float64Array(MAX_CONTACTS);

  constructor(
    private readonly rng: Rng,
    private readonly agents: readonly string[],
  ) {}

  /** Writes the ticket's contact rows and returns their totals. */
  write(sink: RowBuffer, plan: ContactPlan): ContactSummary {
    const rng = this.rng;
    const mean = plan.extraContacts * (plan.slow ? 1.3 : 1);
    const count = Math.min(MAX_CONTACTS, 1 + poisson(rng, mean));
    // The first contact opens the ticket; the others fall anywhere until it is resolved.
    const starts = this.starts;
    starts[0] = plan.openedAt;
    const spanSeconds = Math.floor((plan.until - plan.openedAt) / 1000);
    // Insertion sort: for at most MAX_CONTACTS numbers, Array.prototype.sort with a comparison
    // function cost more than writing the contact rows.
    for (let i = 1; i < count; i++) {
      const start = plan.openedAt + rng.int(spanSeconds) * 1000;
      let j = i;
      for (; j > 0 && starts[j - 1] > start; j--) starts[j] = starts[j - 1];
      starts[j] = start;
    }

    let handleSeconds = 0;
    const v = sink.values;
    for (let i = 0; i < count; i++) {
      const channel: Channel =
        i === 0 || rng.chance(0.7) ? plan.channel : rng.chance(0.6) ? 'phone' : 'email';
      const median =
        plan.handleMedianSeconds *
        CHANNEL_HANDLE_FACTOR[channel] *
        (i === 0 ? 1 : FOLLOW_UP_HANDLE_FACTOR);
      const seconds = Math.max(MIN_HANDLE_SECONDS, Math.round(rng.logNormal(median, HANDLE_SIGMA)));
      handleSeconds += seconds;
      const o = sink.nextRow();
      v[o] = this.nextId++;
      v[o + 1] = plan.ticketId;
      v[o + 2] = starts[i];
      v[o + 3] = channel;
      v[o + 4] = rng.pick(this.agents);
      v[o + 5] = seconds;
    }
    return { count, handleSeconds, lastStartedAt: starts[count - 1] };
  }
}
