/**
 * The demo's customers, products and agents. Customers are never held as a list: a name is a
 * pure function of (seed, id), so five million tickets need only the customers' weights in memory.
 */
import { AliasTable, Rng } from './random';
import {
  CITIES,
  COMPANY_FIRST,
  COMPANY_SECOND,
  COMPANY_SUFFIX,
  FIRST_NAMES,
  LAST_INITIALS,
  PRODUCT_ATTRIBUTES,
  PRODUCT_FAMILIES,
} from './words';

/** Tickets per customer over the two years; fixed so small test sets still have repeat customers. */
const TICKETS_PER_CUSTOMER = 7.5;
const MIN_CUSTOMERS = 50;
export const PRODUCT_COUNT = 400;
export const AGENT_COUNT = 60;

export function customerCountFor(tickets: number): number {
  return Math.max(MIN_CUSTOMERS, Math.round(tickets / TICKETS_PER_CUSTOMER));
}

export interface CustomerRow {
  id: number;
  externalRef: string;
  name: string;
  segment: string;
}

export interface Customers {
  count: number;
  /** Picks a customer id: a few big accounts with many tickets, and a long tail. */
  table: AliasTable;
  /** Size rank of each customer (index id - 1); 0 is the biggest account. */
  rank: Int32Array;
}

/**
 * Customer weights by size rank follow a Zipf-like curve; ranks are shuffled over ids so that
 * customer 1 is not automatically the biggest account.
 */
export function buildCustomers(count: number, rng: Rng): Customers {
  const rank = new Int32Array(count);
  for (let i = 0; i < count; i++) rank[i] = i;
  for (let i = count - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const swap = rank[i];
    rank[i] = rank[j];
    rank[j] = swap;
  }
  // By rank share rather than rank, so that a customer of a given size has the same number of
  // tickets whether the demo has 5,000 tickets or 5 million (and so the same recurrences).
  const weights = new Float64Array(count);
  for (let i = 0; i < count; i++) weights[i] = 1 / Math.pow(rank[i] / count + 0.004, 0.85);
  return { count, table: new AliasTable(weights), rank };
}

export function segmentOfRank(rank: number, count: number): string {
  const share = rank / count;
  if (share < 0.01) return 'enterprise';
  if (share < 0.1) return 'mid-market';
  if (share < 0.5) return 'standard';
  return 'small';
}

/** A 32-bit hash of (seed, id), for names that need no stored state. */
function hash32(seed: number, id: number): number {
  let h = Math.imul(seed ^ 0x5bd1e995, 0x9e3779b1) ^ Math.imul(id, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  h = Math.imul(h ^ (h >>> 12), 0x297a2d39);
  return (h ^ (h >>> 15)) >>> 0;
}

/** The distinctive first word of a customer's name, which tickets quote ("Northwind says ..."). */
export function customerShortName(seed: number, id: number): string {
  return COMPANY_FIRST[hash32(seed, id) % COMPANY_FIRST.length];
}

export function customerRow(seed: number, customers: Customers, id: number): CustomerRow {
  const h = hash32(seed, id);
  const first = COMPANY_FIRST[h % COMPANY_FIRST.length];
  const second = COMPANY_SECOND[(h >>> 8) % COMPANY_SECOND.length];
  const suffix = COMPANY_SUFFIX[(h >>> 16) % COMPANY_SUFFIX.length];
  // About one name in four carries a site, as helpdesks do for accounts with several plants.
  const site = (h >>> 24) % 4 === 0 ? ` (${CITIES[(h >>> 26) % CITIES.length]})` : '';
  return {
    id,
    externalRef: `CUST-${String(id).padStart(6, '0')}`,
    name: `${first} ${second}${suffix ? ` ${suffix}` : ''}${site}`,
    segment: segmentOfRank(customers.rank[id - 1], customers.count),
  };
}

export interface Product {
  id: number;
  sku: string;
  name: string;
  family: string;
  /** Lower-case noun for ticket text ("ball valve"). */
  noun: string;
  /** Relative share of tickets. */
  weight: number;
}

export function buildProducts(rng: Rng): Product[] {
  const products: Product[] = [];
  const perFamily = PRODUCT_COUNT / PRODUCT_FAMILIES.length;
  for (const family of PRODUCT_FAMILIES) {
    const usedNumbers = new Set<number>();
    for (let i = 0; i < perFamily; i++) {
      let number = rng.between(1000, 9999);
      while (usedNumbers.has(number)) number = rng.between(1000, 9999);
      usedNumbers.add(number);
      const noun = rng.pick(family.nouns);
      const first = rng.int(PRODUCT_ATTRIBUTES.length);
      const second =
        (first + 1 + rng.int(PRODUCT_ATTRIBUTES.length - 1)) % PRODUCT_ATTRIBUTES.length;
      const attributes = rng.chance(0.6)
        ? `${PRODUCT_ATTRIBUTES[first]}, ${PRODUCT_ATTRIBUTES[second]}`
        : PRODUCT_ATTRIBUTES[first];
      products.push({
        id: products.length + 1,
        sku: `${family.prefix}-${number}`,
        name: `${noun}, ${attributes}`,
        family: family.family,
        noun: noun.toLowerCase(),
        // A few best sellers in each family carry most of its volume.
        weight: 1 / Math.pow(1 + rng.float() * 30, 1.2),
      });
    }
  }
  return products;
}

export function buildAgents(rng: Rng): string[] {
  const agents = new Set<string>();
  while (agents.size < AGENT_COUNT) {
    agents.add(`${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_INITIALS)}.`);
  }
  return [...agents];
}
