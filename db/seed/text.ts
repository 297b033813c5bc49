/**
 * Renders ticket subjects and descriptions from the templates in cause-text.ts. Templates are
 * compiled once into literal and placeholder parts, so a million tickets cost string
 * concatenation and a few random draws each, not regular expressions.
 */
import { CHANNELS, type Channel } from '@/lib/domain';
import type { Product } from './catalog';
import {
  CAUSE_TEXT,
  CLOSERS,
  GENERIC_SUBJECTS,
  OPENERS,
  REPEAT_PREFIXES,
  REPEAT_SENTENCES,
} from './cause-text';
import type { Rng } from './random';
import { CAUSES } from './taxonomy';
import { CARRIERS, CITIES, FIRST_NAMES, PRODUCT_ATTRIBUTES } from './words';

const SLOTS = [
  'noun', 'noun2', 'sku', 'sku2', 'other', 'product', 'order', 'qty', 'qty2', 'days', 'weeks',
  'carrier', 'company', 'person', 'city', 'weekday', 'mm', 'mm2', 'small', 'pct', 'revA', 'revB',
  'err', 'ver', 'step', 'bar', 'bar2', 'temp', 'price', 'price2', 'component', 'attr', 'thread',
  'thread2', 'volt', 'volt2',
] as const; // prettier-ignore
type Slot = (typeof SLOTS)[number];
const SLOT_INDEX = new Map<string, number>(SLOTS.map((s, i) => [s, i]));
const QTY_SLOT = SLOTS.indexOf('qty');

/** Literal text, or the index of a placeholder in SLOTS. */
export type Template = readonly (string | number)[];

export function compileTemplate(template: string): Template {
  const parts: (string | number)[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const slot = SLOT_INDEX.get(match[1]);
    if (slot === undefined) throw new Error(`Unknown placeholder {${match[1]}} in "${template}"`);
    if (match.index > last) parts.push(template.slice(last, match.index));
    parts.push(slot);
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  return parts;
}

const compileAll = (templates: readonly string[]) => templates.map(compileTemplate);

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Subjects start with a capital. A subject that starts with literal text gets it here, once;
 * one that starts with a placeholder gets it when written (`TicketWriter.subject`).
 */
const compileSubjects = (templates: readonly string[]) =>
  compileAll(templates).map((parts) =>
    typeof parts[0] === 'string' ? [capitalize(parts[0]), ...parts.slice(1)] : parts,
  );

interface CompiledCauseText {
  subjects: Template[];
  details: Template[];
}

/** Indexed like CAUSES. */
const CAUSE_TEMPLATES: CompiledCauseText[] = CAUSES.map((cause) => {
  const text = CAUSE_TEXT[cause.id];
  if (!text) throw new Error(`No text templates for cause ${cause.id}`);
  return { subjects: compileSubjects(text.subjects), details: compileAll(text.details) };
});
const GENERIC = compileSubjects(GENERIC_SUBJECTS);
const OPENING = Object.fromEntries(
  CHANNELS.map((channel) => [channel, compileAll(OPENERS[channel])]),
) as Record<Channel, Template[]>;
const CLOSING = compileAll(CLOSERS);

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const COMPONENTS = ['O-ring', 'gasket', 'impeller', 'circuit board', 'bearing', 'mounting kit'];
const THREADS = ['1/2in NPT', '3/4in BSP', 'M20x1.5', '1in NPT', 'G1/2'];

/** Swaps two adjacent differing digits of a SKU: the signature of a keying error. */
export function transposeSku(sku: string, position: number): string {
  const digits = sku.slice(sku.indexOf('-') + 1);
  const prefix = sku.slice(0, sku.length - digits.length);
  for (let k = 0; k < digits.length - 1; k++) {
    const i = (position + k) % (digits.length - 1);
    if (digits[i] !== digits[i + 1]) {
      return prefix + digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2);
    }
  }
  return prefix + digits.split('').reverse().join('');
}

/** Sentences joined by a space; empty ones (openers and closers may be empty) are skipped. */
const join = (text: string, sentence: string) =>
  sentence === '' ? text : text === '' ? sentence : `${text} ${sentence}`;

export interface TicketTextInput {
  causeIndex: number;
  product: Product | null;
  orderRef: string | null;
  company: string;
  channel: Channel;
  /** A follow-up of an earlier ticket of the same problem. */
  isRepeat: boolean;
}

export interface TicketText {
  subject: string;
  description: string;
}

/** Writes subject and description; one instance per generator, reused for every ticket. */
export class TicketWriter {
  private readonly values: string[] = new Array<string>(SLOTS.length).fill('');
  /** Which ticket each of `values` was drawn for: a slot is drawn anew for every ticket. */
  private readonly drawnFor = new Int32Array(SLOTS.length);
  private ticket = 0;
  private input: TicketTextInput | null = null;

  constructor(
    private readonly rng: Rng,
    private readonly productsByFamily: ReadonlyMap<string, readonly Product[]>,
  ) {}

  write(input: TicketTextInput): TicketText {
    this.input = input;
    this.ticket++;
    const rng = this.rng;
    const templates = CAUSE_TEMPLATES[input.causeIndex];

    const subjectTemplate = rng.chance(0.12) ? rng.pick(GENERIC) : rng.pick(templates.subjects);
    let subject = this.render(subjectTemplate);
    if (typeof subjectTemplate[0] !== 'string') subject = capitalize(subject);
    if (input.isRepeat && rng.chance(0.5)) subject = rng.pick(REPEAT_PREFIXES) + subject;

    let description = this.render(rng.pick(OPENING[input.channel]));
    const detail = rng.int(templates.details.length);
    description = join(description, this.render(templates.details[detail]));
    if (rng.chance(0.3) && templates.details.length > 1) {
      const second =
        (detail + 1 + rng.int(templates.details.length - 1)) % templates.details.length;
      description = join(description, this.render(templates.details[second]));
    }
    // A stray sentence from another cause: customers mention more than one thing.
    if (rng.chance(0.08)) {
      description = join(description, this.render(rng.pick(rng.pick(CAUSE_TEMPLATES).details)));
    }
    if (input.isRepeat && rng.chance(0.6))
      description = join(description, rng.pick(REPEAT_SENTENCES));
    description = join(description, this.render(rng.pick(CLOSING)));
    return { subject, description };
  }

  private render(template: Template): string {
    let out = '';
    for (const part of template) {
      if (typeof part === 'string') out += part;
      else out += this.get(part);
    }
    return out;
  }

  /** A placeholder's value, the same everywhere it appears in one ticket's text. */
  private get(slot: number): string {
    if (this.drawnFor[slot] === this.ticket) return this.values[slot];
    const value = this.value(SLOTS[slot]);
    this.values[slot] = value;
    this.drawnFor[slot] = this.ticket;
    return value;
  }

  private otherProduct(): Product | null {
    const product = this.input!.product;
    if (!product) return null;
    const family = this.productsByFamily.get(product.family)!;
    if (family.length < 2) return null;
    const i = family.indexOf(product);
    return family[(i + 1 + this.rng.int(family.length - 1)) % family.length];
  }

  private value(slot: Slot): string {
    const rng = this.rng;
    const { product, orderRef, company } = this.input!;
    switch (slot) {
      case 'noun':
        return product?.noun ?? 'equipment';
      case 'noun2':
        return this.otherProduct()?.noun ?? 'different item';
      case 'sku':
        return product?.sku ?? 'the part';
      case 'sku2':
        return product ? transposeSku(product.sku, rng.int(3)) : 'a different part';
      case 'other':
        return this.otherProduct()?.sku ?? 'a different part';
      case 'product':
        return product?.name ?? 'the unit';
      case 'order':
        // Without our order number, customers quote their own purchase order.
        return orderRef ?? `PO ${rng.between(10000, 99999)}`;
      case 'qty':
        return String(rng.between(2, 40));
      case 'qty2': {
        const qty = Number(this.get(QTY_SLOT));
        return String(Math.max(1, qty - rng.between(1, Math.max(1, Math.floor(qty / 2)))));
      }
      case 'days':
        return String(rng.between(2, 12));
      case 'weeks':
        return String(rng.between(2, 8));
      case 'carrier':
        return rng.pick(CARRIERS);
      case 'company':
        return company;
      case 'person':
        return rng.pick(FIRST_NAMES);
      case 'city':
        return rng.pick(CITIES);
      case 'weekday':
        return rng.pick(WEEKDAYS);
      case 'mm':
        return (20 + rng.int(200) + rng.int(10) / 10).toFixed(1);
      case 'mm2':
        return (20 + rng.int(200)).toFixed(1);
      case 'small':
        return (0.2 + rng.int(20) / 10).toFixed(1);
      case 'pct':
        return String(rng.between(2, 15));
      case 'revA':
        return String.fromCharCode(65 + rng.int(4));
      case 'revB':
        return String.fromCharCode(69 + rng.int(4));
      case 'err':
        return `E${rng.between(10, 99)}`;
      case 'ver':
        return `${rng.between(2, 4)}.${rng.int(10)}.${rng.int(20)}`;
      case 'step':
        return String(rng.between(3, 14));
      case 'bar':
        return String(rng.pick([6, 10, 16, 25, 40]));
      case 'bar2':
        return String(rng.pick([4, 8, 12, 20]));
      case 'temp':
        return String(rng.between(60, 180));
      case 'price':
        return `$${rng.between(40, 900)}.00`;
      case 'price2':
        return `$${rng.between(30, 700)}.00`;
      case 'component':
        return rng.pick(COMPONENTS);
      case 'attr':
        return rng.pick(PRODUCT_ATTRIBUTES);
      case 'thread':
        return rng.pick(THREADS);
      case 'thread2':
        return rng.pick(THREADS);
      case 'volt':
        return '230V single phase';
      case 'volt2':
        return '400V three phase';
    }
  }
}
