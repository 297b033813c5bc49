/**
 * The generator's side of the two-thread seed: runs in a worker thread and posts the rows, in
 * the compact form of codec.ts, to the thread that inserts them (parallel.ts), so generating
 * and inserting overlap on two cores. It also builds the full-text index in a database of its
 * own (side-tables.ts), which the inserting thread copies at the end.
 */
import type { MessagePort } from 'node:worker_threads';
import type { RecurrenceSettings } from '@/lib/recurrence';
import { seedSpan } from './calendar';
import { contactKinds, RowCodec, TICKET_KINDS, type EncodedRows } from './codec';
import { TicketGenerator, type GenerateStats } from './generate';
import type { SqlValue } from '@/db/bulk-load';
import { RowBuffer } from './rows';
import { SideTablesWriter, type SideTablesPlan } from './side-tables';
import { buildWorld } from './world';

export interface GeneratorParams {
  tickets: number;
  seed: number;
  end: string;
  recurrence: RecurrenceSettings;
  /** The full-text index goes there (side-tables.ts). */
  sideTables: SideTablesPlan;
}

export type WorkerMessage =
  | { kind: 'rows'; table: 'tickets' | 'contacts'; rows: EncodedRows }
  /** After the last rows; the full-text index is still being built. */
  | { kind: 'generated'; stats: GenerateStats }
  /** The full-text index is built and its database closed. */
  | { kind: 'done' }
  | { kind: 'error'; message: string };

export interface WorkerData {
  params: GeneratorParams;
  port: MessagePort;
  /** Int32Array over it: [messages posted, messages consumed]. */
  signal: SharedArrayBuffer;
}

export const POSTED = 0;
export const CONSUMED = 1;
/** Messages the generator may run ahead of the inserter: bounds memory at any data size. */
const MAX_IN_FLIGHT = 64;
/** Tickets per message (contacts: twice as many): few messages, but texts well under 128 kB. */
const TICKETS_PER_MESSAGE = 400;

/** Hands a message over and wakes the inserting thread. */
function post(
  data: Pick<WorkerData, 'port' | 'signal'>,
  message: WorkerMessage,
  transfer: ArrayBuffer[] = [],
): void {
  const signal = new Int32Array(data.signal);
  data.port.postMessage(message, transfer);
  Atomics.add(signal, POSTED, 1);
  Atomics.notify(signal, POSTED);
}

/** Entry point of the worker thread (started by parallel.ts). */
export function runGeneratorWorker(data: WorkerData): void {
  const { params } = data;
  const signal = new Int32Array(data.signal);
  let posted = 0;
  const send = (table: 'tickets' | 'contacts', rows: EncodedRows) => {
    // Wait while the inserter is too far behind.
    for (;;) {
      const consumed = Atomics.load(signal, CONSUMED);
      if (posted - consumed < MAX_IN_FLIGHT) break;
      Atomics.wait(signal, CONSUMED, consumed, 1000);
    }
    post(data, { kind: 'rows', table, rows }, [rows.numbers.buffer as ArrayBuffer]);
    posted++;
  };
  const sender = (table: 'tickets' | 'contacts', codec: RowCodec, capacity: number) => ({
    full: (values: readonly SqlValue[]) => send(table, codec.encode(values, capacity)),
    partial: (values: readonly SqlValue[], rows: number) => send(table, codec.encode(values, rows)),
  });

  const world = buildWorld(params.tickets, params.seed);
  const contactCodec = contactKinds(world.agents);
  const generator = new TicketGenerator(world, {
    tickets: params.tickets,
    seed: params.seed,
    span: seedSpan(params.end),
    recurrence: params.recurrence,
  });
  const sideTables = new SideTablesWriter(params.sideTables);
  const tickets = sideTables.keepingTexts(
    sender('tickets', new RowCodec(TICKET_KINDS), TICKETS_PER_MESSAGE),
  );
  const contactCapacity = 2 * TICKETS_PER_MESSAGE;
  const stats = generator.run({
    tickets: new RowBuffer(TICKET_KINDS.length, TICKETS_PER_MESSAGE, tickets),
    contacts: new RowBuffer(
      contactCodec.length,
      contactCapacity,
      sender('contacts', new RowCodec(contactCodec), contactCapacity),
    ),
  });
  post(data, { kind: 'generated', stats });
  sideTables.finish();
  post(data, { kind: 'done' });
}
