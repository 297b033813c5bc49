/**
 * Writes a growing database file to disk while a bulk load still runs. Linux keeps the load's
 * pages in memory until the commit's fsync, which then waits for all of them: about 0.6 s for
 * the 620 MB of a million seeded tickets. A helper thread that calls fdatasync every quarter
 * second instead lets the disk work while the load computes, and leaves the commit the last
 * few pages. More syncs never change what SQLite's journal guarantees.
 */
import { Worker } from 'node:worker_threads';

const INTERVAL_MS = 250;

/** Plain JavaScript: the thread loads nothing but node:fs. */
const FLUSHER = `
const { workerData } = require('node:worker_threads');
const fs = require('node:fs');
const fd = fs.openSync(workerData.file, 'r');
const stop = new Int32Array(workerData.stop);
while (Atomics.wait(stop, 0, 0, workerData.intervalMs) === 'timed-out') fs.fdatasyncSync(fd);
fs.closeSync(fd);`;

/** Starts flushing `file`; the function it returns stops the thread. */
export function flushInBackground(file: string): () => void {
  const stop = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const worker = new Worker(FLUSHER, {
    eval: true,
    workerData: { file, stop: stop.buffer, intervalMs: INTERVAL_MS },
  });
  // A flush that fails (the file was removed) only loses the head start.
  worker.on('error', () => {});
  worker.unref();
  return () => {
    Atomics.store(stop, 0, 1);
    Atomics.notify(stop, 0);
  };
}
