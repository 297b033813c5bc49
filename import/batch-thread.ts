/**
 * Reads an import's batches (ticket-batches.ts) in a worker thread. Parsing and mapping a row
 * costs about as much CPU as storing it, so on two cores the file is read ahead while the
 * import's own thread writes the batch before. The worker stays at most MAX_AHEAD batches
 * ahead, so memory holds a few batches at any file size.
 */
import { createRequire } from 'node:module';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { ticketBatches, type BatchItem, type BatchSource } from './ticket-batches';

const MAX_AHEAD = 2;
const YOUNG_GENERATION_MB = 48;

/** Plain JavaScript that registers tsx, then runs this file's worker side. */
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
require(workerData.tsx);
require(workerData.entry).runBatchWorker();`;

type FromWorker = BatchItem | { kind: 'end' };

/** The batches of `source`, read in a worker thread; ends the worker when the caller stops. */
export async function* ticketBatchesInThread(source: BatchSource): AsyncGenerator<BatchItem> {
  const worker = new Worker(BOOTSTRAP, {
    eval: true,
    // Its garbage is short-lived rows: a young generation smaller than V8's default keeps the
    // import's memory down at no cost in speed.
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    workerData: {
      source,
      entry: __filename,
      tsx: createRequire(__filename).resolve('tsx/cjs'),
    },
  });
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const wakeUp = () => {
    wake?.();
    wake = null;
  };
  const queue: FromWorker[] = [];
  worker.on('message', (item: FromWorker) => {
    queue.push(item);
    wakeUp();
  });
  worker.on('error', (error) => {
    failure = error;
    wakeUp();
  });
  worker.on('exit', (code) => {
    failure ??= new Error(`The file reading thread stopped (exit code ${code})`);
    wakeUp();
  });
  try {
    for (;;) {
      const item = queue.shift();
      if (!item) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      if (item.kind === 'end') return;
      yield item;
      if (item.kind === 'batch') worker.postMessage('stored');
    }
  } finally {
    worker.removeAllListeners();
    void worker.terminate();
  }
}

/** The worker side: posts every item, pausing while MAX_AHEAD batches await storing. */
export async function runBatchWorker(): Promise<void> {
  const port = parentPort!;
  const { source } = workerData as { source: BatchSource };
  let ahead = 0;
  let resume: (() => void) | null = null;
  port.on('message', () => {
    ahead--;
    resume?.();
    resume = null;
  });
  for await (const item of ticketBatches(source)) {
    port.postMessage(item);
    if (item.kind !== 'batch') continue;
    ahead++;
    while (ahead >= MAX_AHEAD) await new Promise<void>((r) => (resume = r));
  }
  // The importing thread ends this thread once it has read the end.
  port.postMessage({ kind: 'end' } satisfies FromWorker);
}
