/**
 * The inserting side of the two-thread seed. Generating a ticket costs about as much CPU as
 * inserting it, so a worker thread generates (worker.ts) while this thread inserts.
 *
 * This side stays synchronous, inside the one seed transaction: it takes messages with
 * receiveMessageOnPort and sleeps on Atomics.wait until the worker bumps the "posted" counter.
 * The worker sleeps when it is too many messages ahead, so memory stays bounded.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  MessageChannel,
  receiveMessageOnPort,
  Worker,
  type MessagePort,
} from 'node:worker_threads';
import { contactKinds, RowCodec, TICKET_KINDS } from './codec';
import type { RowSinks } from './rows';
import type { GenerateStats } from './generate';
import {
  CONSUMED,
  POSTED,
  type GeneratorParams,
  type WorkerData,
  type WorkerMessage,
} from './worker';

/** Longest silence from the worker before the seed gives up (it posts every few ms). */
const STALL_MS = 120_000;

/**
 * The worker starts as plain JavaScript that registers tsx and then loads worker.ts. A failure
 * to start is posted like any other error, because the inserting thread never returns to the
 * event loop to hear the worker's 'error' event.
 */
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
try {
  require(workerData.tsx);
  require(workerData.entry).runGeneratorWorker(workerData);
} catch (error) {
  const message = String((error && error.stack) || error);
  workerData.port.postMessage({ kind: 'error', message });
  const signal = new Int32Array(workerData.signal);
  Atomics.add(signal, ${POSTED}, 1);
  Atomics.notify(signal, ${POSTED});
}`;

/**
 * A generator running in a worker thread. Start it as early as possible: loading the worker
 * and building its customers and products then overlaps the other preparations.
 */
export class GeneratorThread {
  private readonly signal: Int32Array;
  private readonly port: MessagePort;
  private readonly worker: Worker;
  private consumed = 0;

  constructor(
    params: GeneratorParams,
    /** The demo's agent pool: contacts name agents by their index in it. */
    private readonly agents: readonly string[],
  ) {
    const signalBuffer = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
    this.signal = new Int32Array(signalBuffer);
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    const workerData: WorkerData & { entry: string; tsx: string } = {
      params,
      port: port2,
      signal: signalBuffer,
      entry: path.join(__dirname, 'worker.ts'),
      tsx: createRequire(__filename).resolve('tsx/cjs'),
    };
    this.worker = new Worker(BOOTSTRAP, { eval: true, workerData, transferList: [port2] });
  }

  /** Hands every row the worker generates to `rows` and returns its statistics. */
  insertAll(rows: RowSinks, progress: (tickets: number) => void): GenerateStats {
    const ticketCodec = new RowCodec(TICKET_KINDS);
    const contactCodec = new RowCodec(contactKinds(this.agents));
    let tickets = 0;
    for (;;) {
      const message = this.next();
      if (message.kind === 'generated') {
        rows.tickets.flush();
        rows.contacts.flush();
        return message.stats;
      }
      if (message.kind !== 'rows') throw new Error(`Unexpected "${message.kind}" from the worker`);
      if (message.table === 'tickets') {
        ticketCodec.decode(message.rows, rows.tickets);
        tickets += message.rows.rows;
        progress(tickets);
      } else {
        contactCodec.decode(message.rows, rows.contacts);
      }
    }
  }

  /** Waits until the worker has built the full-text index (after `insertAll`). */
  waitForSideTables(): void {
    const message = this.next();
    if (message.kind !== 'done') throw new Error(`Unexpected "${message.kind}" from the worker`);
  }

  /** Ends the worker; finished workers exit on their own, this is for errors. */
  stop(): void {
    this.port.close();
    void this.worker.terminate();
  }

  /** The worker's next message; its errors are thrown here. */
  private next(): WorkerMessage {
    for (;;) {
      const received = receiveMessageOnPort(this.port);
      if (received) {
        this.consumed++;
        Atomics.store(this.signal, CONSUMED, this.consumed);
        Atomics.notify(this.signal, CONSUMED);
        const message = received.message as WorkerMessage;
        if (message.kind === 'error') {
          throw new Error(`Generating tickets failed in the worker thread: ${message.message}`);
        }
        return message;
      }
      if (Atomics.wait(this.signal, POSTED, this.consumed, STALL_MS) === 'timed-out') {
        throw new Error('The ticket generator thread stopped responding');
      }
    }
  }
}
