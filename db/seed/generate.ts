/**
 * The demo ticket generator. It walks the span day by day and streams rows into fixed-size
 * buffers, so memory holds one day of drafts, the repeat problems scheduled for later days and
 * the recurrence window, never all tickets.
 *
 * Exactly `tickets` tickets come out: each day gets its share of the daily volume curve
 * (cumulative rounding), repeat tickets due that day first, fresh tickets for the rest.
 */
import type { RecurrenceSettings } from '@/lib/recurrence';
import { dayOf, dayStartMs, MS_PER_DAY, MS_PER_HOUR } from '@/lib/time';
import { customerShortName, type Product } from './catalog';
import {
  dailyVolume,
  HOUR_WEIGHTS,
  nextWorkday,
  phaseOf,
  storyDates,
  unclassifiedChance,
  type Phase,
  type SeedSpan,
  type StoryDates,
} from './calendar';
import { AliasTable, Rng } from './random';
import { RecurrenceTracker } from './recurrence-tracker';
import { TicketWriter } from './text';
import { channelAt, severityAt, STREAM, type World } from './world';
import { ContactWriter } from './contacts';
import { SOURCE_SYSTEM, type RowSinks } from './rows';

export interface GenerateStats {
  tickets: number;
  classified: number;
  recurrences: number;
  open: number;
  repeatTickets: number;
  contacts: number;
}

export interface GenerateOptions {
  tickets: number;
  seed: number;
  span: SeedSpan;
  recurrence: RecurrenceSettings;
}

/** What is known of a ticket before its id, contacts and text. */
interface Draft {
  openedAt: number;
  resolvedAt: number | null;
  causeIndex: number;
  customerId: number;
  product: Product | null;
  orderRef: string | null;
  channelIndex: number;
  severityIndex: number;
  classified: boolean;
  /** 0 for a new problem; n for the n-th return of the same problem. */
  generation: number;
}

/** A problem that will come back to the same customer on a later day. */
interface RepeatProblem {
  customerId: number;
  product: Product | null;
  orderRef: string | null;
  causeIndex: number;
  generation: number;
}

/** Critical tickets get fixed faster, low ones wait (index as SEVERITIES). */
const SEVERITY_SPEED = [1.1, 1, 0.85, 0.6];
/** A fix that already failed once is a little less likely to fail again. */
const REPEAT_DECAY = 0.6;
const MIN_RESOLUTION_SECONDS = 600;
const CSAT_RESPONSE_CHANCE = 0.35;
const PHONE = 0;
const SWEEP_EVERY_DAYS = 30;

/**
 * One day's drafts by opening time, ties in draft order, as a stable sort would give them. The
 * keys sort as a Float64Array, without a comparison function: at a million tickets, sorting
 * with one cost 0.2 s.
 */
function byOpening(drafts: readonly Draft[], dayStart: number): Draft[] {
  const n = drafts.length;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const offset = drafts[i].openedAt - dayStart;
    if (!(offset >= 0 && offset < MS_PER_DAY)) throw new Error('A draft opens outside its day');
    keys[i] = offset * n + i;
  }
  keys.sort();
  return Array.from(keys, (key) => drafts[key % n]);
}

export class TicketGenerator {
  readonly stats: GenerateStats = {
    tickets: 0,
    classified: 0,
    recurrences: 0,
    open: 0,
    repeatTickets: 0,
    contacts: 0,
  };
  private readonly rng: Rng;
  private readonly writer: TicketWriter;
  private readonly tracker: RecurrenceTracker;
  private readonly hours = new AliasTable(HOUR_WEIGHTS);
  private readonly productById: Product[];
  private readonly repeats = new Map<number, RepeatProblem[]>();
  private readonly dates: StoryDates;
  private readonly endMs: number;
  private readonly contacts: ContactWriter;
  private lastTicketId = 0;

  constructor(
    private readonly world: World,
    private readonly options: GenerateOptions,
  ) {
    this.rng = new Rng(options.seed, STREAM.tickets);
    this.writer = new TicketWriter(new Rng(options.seed, STREAM.text), world.productsByFamily);
    this.contacts = new ContactWriter(this.rng, world.agents);
    this.tracker = new RecurrenceTracker(options.recurrence.windowDays, options.recurrence.key);
    this.productById = [];
    for (const p of world.products) this.productById[p.id] = p;
    this.dates = storyDates(options.span.endDay);
    this.endMs = options.span.endMs;
  }

  /**
   * Writes every ticket and contact into the sinks, day by day; `progress` hears the running
   * ticket count after each day.
   */
  run(sinks: RowSinks, progress: (tickets: number) => void = () => {}): GenerateStats {
    const { span, tickets: total } = this.options;
    const volume = dailyVolume(span, new Rng(this.options.seed, STREAM.volume));
    for (let i = 0; i < volume.length; i++) {
      volume[i] *= this.world.phaseVolumeFactor[phaseOf(span.startDay + i, this.dates)];
    }
    const volumeTotal = volume.reduce((sum, v) => sum + v, 0);
    let cumulative = 0;
    for (let i = 0; i < volume.length; i++) {
      const day = span.startDay + i;
      cumulative += volume[i];
      const target =
        i === volume.length - 1 ? total : Math.round((total * cumulative) / volumeTotal);
      const drafts = this.draftsOfDay(day, Math.max(0, target - this.stats.tickets));
      // Ids follow opened_at, and the recurrence tracker needs that order.
      for (const draft of byOpening(drafts, dayStartMs(day))) this.emit(draft, sinks);
      if (i % SWEEP_EVERY_DAYS === 0) this.tracker.sweep(dayStartMs(day + 1));
      progress(this.stats.tickets);
    }
    sinks.tickets.flush();
    sinks.contacts.flush();
    return this.stats;
  }

  private draftsOfDay(day: number, count: number): Draft[] {
    const drafts: Draft[] = [];
    const due = this.repeats.get(day);
    if (due) {
      this.repeats.delete(day);
      const taken = Math.min(due.length, count);
      for (let i = 0; i < taken; i++) drafts.push(this.repeatDraft(day, due[i]));
      // A day's volume is fixed; repeats that do not fit come back on the next workday.
      for (let i = taken; i < due.length; i++) this.schedule(nextWorkday(day + 1), due[i]);
    }
    const phase = phaseOf(day, this.dates);
    while (drafts.length < count) drafts.push(this.freshDraft(day, phase));
    return drafts;
  }

  private freshDraft(day: number, phase: Phase): Draft {
    const rng = this.rng;
    const causeIndex = this.world.causeByPhase[phase].sample(rng);
    const tables = this.world.causes[causeIndex];
    const b = tables.cause.behaviour;
    const customerId = this.world.customers.table.sample(rng) + 1;
    const product =
      tables.products && rng.chance(b.productChance)
        ? this.productById[tables.productIds[tables.products.sample(rng)]]
        : null;
    const orderRef = rng.chance(b.orderChance) ? `SO-${rng.between(100000, 999999)}` : null;
    return this.draft(day, { customerId, product, orderRef, causeIndex, generation: 0 });
  }

  private repeatDraft(day: number, problem: RepeatProblem): Draft {
    this.stats.repeatTickets++;
    return this.draft(day, problem);
  }

  private draft(day: number, problem: RepeatProblem): Draft {
    const rng = this.rng;
    const tables = this.world.causes[problem.causeIndex];
    const b = tables.cause.behaviour;
    // A customer chasing a problem that came back mostly picks up the phone.
    const channelIndex =
      problem.generation > 0 && rng.chance(0.6) ? PHONE : tables.channels.sample(rng);
    const openedAt = dayStartMs(day) + this.hours.sample(rng) * MS_PER_HOUR + rng.int(3600) * 1000;
    const severityIndex = tables.severities.sample(rng);
    const hours = rng.logNormal(
      b.resolutionMedianHours * SEVERITY_SPEED[severityIndex],
      b.resolutionSigma,
    );
    const resolvedAt = openedAt + Math.max(MIN_RESOLUTION_SECONDS, Math.round(hours * 3600)) * 1000;
    const open = resolvedAt >= this.endMs;
    const classified = !rng.chance(unclassifiedChance(openedAt, this.endMs));
    if (!open && rng.chance(b.repeatChance * REPEAT_DECAY ** problem.generation)) {
      const delayDays = b.repeatMinDays + rng.exponential(b.repeatMeanExtraDays);
      const repeatDay = nextWorkday(Math.max(day + 1, dayOf(resolvedAt + delayDays * MS_PER_DAY)));
      if (repeatDay < this.options.span.endDay) {
        this.schedule(repeatDay, { ...problem, generation: problem.generation + 1 });
      }
    }
    return {
      openedAt,
      resolvedAt: open ? null : resolvedAt,
      causeIndex: problem.causeIndex,
      customerId: problem.customerId,
      product: problem.product,
      orderRef: problem.orderRef,
      channelIndex,
      severityIndex,
      classified,
      generation: problem.generation,
    };
  }

  private schedule(day: number, problem: RepeatProblem): void {
    if (day >= this.options.span.endDay) return;
    const list = this.repeats.get(day);
    if (list) list.push(problem);
    else this.repeats.set(day, [problem]);
  }

  private emit(d: Draft, sinks: RowSinks): void {
    const rng = this.rng;
    const id = ++this.lastTicketId;
    const cause = this.world.causes[d.causeIndex].cause;
    const b = cause.behaviour;
    const rootCauseId = d.classified ? cause.id : null;
    const productId = d.product ? d.product.id : null;
    const isRecurrence = this.tracker.observe(
      d.customerId,
      productId,
      rootCauseId,
      d.openedAt,
      d.resolvedAt,
    );
    const channel = channelAt(d.channelIndex);
    const contacts = this.contacts.write(sinks.contacts, {
      ticketId: id,
      openedAt: d.openedAt,
      until: d.resolvedAt ?? this.endMs,
      channel,
      handleMedianSeconds: b.handleMedianSeconds,
      extraContacts: b.extraContacts,
      slow: d.resolvedAt === null || d.resolvedAt - d.openedAt > 7 * MS_PER_DAY,
    });

    let csat: number | null = null;
    let fixCostCents = 0;
    if (d.resolvedAt !== null) {
      if (rng.chance(CSAT_RESPONSE_CHANCE)) {
        const days = (d.resolvedAt - d.openedAt) / MS_PER_DAY;
        const mean = 4.6 - 0.55 * Math.log1p(days) - (d.generation > 0 ? 0.5 : 0);
        csat = Math.min(5, Math.max(1, Math.round(mean + 0.8 * rng.normal())));
      }
      if (rng.chance(b.costChance))
        fixCostCents = Math.round(rng.logNormal(b.costMedianCents, 0.6));
    }
    const text = this.writer.write({
      causeIndex: d.causeIndex,
      product: d.product,
      orderRef: d.orderRef,
      company: customerShortName(this.world.seed, d.customerId),
      channel,
      isRepeat: d.generation > 0,
    });

    const v = sinks.tickets.values;
    const o = sinks.tickets.nextRow();
    v[o] = id;
    v[o + 1] = SOURCE_SYSTEM;
    v[o + 2] = `DEMO-${String(id).padStart(6, '0')}`;
    v[o + 3] = d.openedAt;
    v[o + 4] = d.resolvedAt;
    v[o + 5] = channel;
    v[o + 6] = d.customerId;
    v[o + 7] = productId;
    v[o + 8] = d.orderRef;
    v[o + 9] = rootCauseId;
    v[o + 10] = d.classified ? cause.departmentId : null;
    v[o + 11] = severityAt(d.severityIndex);
    v[o + 12] = csat;
    v[o + 13] = fixCostCents;
    v[o + 14] = text.subject;
    v[o + 15] = text.description;
    v[o + 16] = contacts.handleSeconds;
    v[o + 17] = contacts.count;
    v[o + 18] = isRecurrence ? 1 : 0;
    v[o + 19] = d.openedAt;
    v[o + 20] = d.resolvedAt ?? contacts.lastStartedAt;
    // The demo's causes stand for an analyst's triage: rules and imports leave them be.
    v[o + 21] = d.classified ? 'human' : null;

    const s = this.stats;
    s.tickets++;
    s.contacts += contacts.count;
    if (d.classified) s.classified++;
    if (isRecurrence) s.recurrences++;
    if (d.resolvedAt === null) s.open++;
  }
}
