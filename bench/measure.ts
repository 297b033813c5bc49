/** Timing helpers for the benchmark scripts: figures printed, never asserted. */
import { percentile } from '@/lib/metrics';

export interface Timing {
  name: string;
  p50: number;
  p95: number;
  runs: number;
}

export async function measure(
  name: string,
  runs: number,
  fn: () => unknown | Promise<unknown>,
): Promise<Timing> {
  await fn(); // warm caches and prepared statements
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  return { name, p50: percentile(samples, 50)!, p95: percentile(samples, 95)!, runs };
}

export function printTimings(title: string, timings: Timing[]): void {
  console.log(`\n${title}`);
  const width = Math.max(...timings.map((t) => t.name.length));
  for (const t of timings) {
    console.log(
      `  ${t.name.padEnd(width)}  p50 ${t.p50.toFixed(2).padStart(8)} ms   p95 ${t.p95.toFixed(2).padStart(8)} ms   (${t.runs} runs)`,
    );
  }
}
