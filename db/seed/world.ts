/**
 * Everything the ticket generator draws from, built once per run: customers, products, agents,
 * and per-cause lookup tables (which products, channels and severities each cause comes with).
 */
import { CHANNELS, SEVERITIES, type Channel, type Severity } from '@/lib/domain';
import {
  buildAgents,
  buildCustomers,
  buildProducts,
  customerCountFor,
  type Customers,
  type Product,
} from './catalog';
import { PHASES, SPIKE_FACTOR_BY_PHASE, type Phase } from './calendar';
import { AliasTable, Rng } from './random';
import { CAUSES, SPIKE_CAUSE_ID, type CauseDefinition } from './taxonomy';

/** Random streams: one per part of the data, so a change in one does not reshuffle the rest. */
export const STREAM = {
  customers: 1,
  products: 2,
  agents: 3,
  volume: 4,
  tickets: 5,
  text: 6,
} as const;

/** Channel mix of tickets a customer opens (field tickets come from technicians). */
const CUSTOMER_CHANNEL_MIX: Record<Exclude<Channel, 'field'>, number> = {
  phone: 0.46,
  email: 0.27,
  chat: 0.15,
  web: 0.12,
};

export interface CauseTables {
  cause: CauseDefinition;
  products: AliasTable | null;
  /** Product ids by alias-table index. */
  productIds: Int32Array;
  channels: AliasTable;
  severities: AliasTable;
}

export interface World {
  seed: number;
  customers: Customers;
  products: Product[];
  productsByFamily: Map<string, Product[]>;
  agents: string[];
  causes: CauseTables[];
  /** Cause choice (index into CAUSES) per phase of the spike story. */
  causeByPhase: Record<Phase, AliasTable>;
  /** Total cause rate in a phase relative to the baseline mix. */
  phaseVolumeFactor: Record<Phase, number>;
}

function causeTables(cause: CauseDefinition, products: Product[]): CauseTables {
  const b = cause.behaviour;
  const eligible = products.filter((p) => b.families.length === 0 || b.families.includes(p.family));
  const channelWeights = CHANNELS.map((c) =>
    c === 'field' ? b.fieldShare : CUSTOMER_CHANNEL_MIX[c] * (1 - b.fieldShare),
  );
  return {
    cause,
    products: eligible.length > 0 ? new AliasTable(eligible.map((p) => p.weight)) : null,
    productIds: Int32Array.from(eligible, (p) => p.id),
    channels: new AliasTable(channelWeights),
    severities: new AliasTable(b.severity),
  };
}

/** The agent pool alone, for the inserting thread, which needs nothing else of the world. */
export const demoAgents = (seed: number): string[] => buildAgents(new Rng(seed, STREAM.agents));

export function buildWorld(tickets: number, seed: number): World {
  const products = buildProducts(new Rng(seed, STREAM.products));
  const productsByFamily = new Map<string, Product[]>();
  for (const p of products) {
    const family = productsByFamily.get(p.family);
    if (family) family.push(p);
    else productsByFamily.set(p.family, [p]);
  }
  const baseline = CAUSES.reduce((sum, c) => sum + c.weight, 0);
  const weightsIn = (phase: Phase) =>
    CAUSES.map((c) => c.weight * (c.id === SPIKE_CAUSE_ID ? SPIKE_FACTOR_BY_PHASE[phase] : 1));
  const total = (phase: Phase) => weightsIn(phase).reduce((sum, w) => sum + w, 0);
  const byPhase = <T>(f: (phase: Phase) => T) =>
    Object.fromEntries(PHASES.map((p) => [p, f(p)])) as Record<Phase, T>;
  return {
    seed,
    customers: buildCustomers(customerCountFor(tickets), new Rng(seed, STREAM.customers)),
    products,
    productsByFamily,
    agents: demoAgents(seed),
    causes: CAUSES.map((c) => causeTables(c, products)),
    causeByPhase: byPhase((phase) => new AliasTable(weightsIn(phase))),
    phaseVolumeFactor: byPhase((phase) => total(phase) / baseline),
  };
}

export const channelAt = (index: number): Channel => CHANNELS[index];
export const severityAt = (index: number): Severity => SEVERITIES[index];
