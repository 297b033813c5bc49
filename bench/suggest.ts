/**
 * The root-cause suggestions on the demo data: trained on 80 % of the classified tickets, asked
 * about the other 20 % (every fifth by id), reporting how often the true cause is the first
 * suggestion or among the first three, the time to suggest for one ticket, and to train.
 */
import type { Db } from '@/db/open';
import { classifiedTickets } from '@/db/queries/training-set';
import { percentile } from '@/lib/metrics';
import { featuresOf } from '@/lib/suggest/features';
import { NaiveBayes } from '@/lib/suggest/naive-bayes';

export function suggestionTimings(db: Db): void {
  const model = new NaiveBayes();
  const heldOut: { features: string[]; cause: number }[] = [];
  const trainStart = performance.now();
  let trained = 0;
  for (const t of classifiedTickets(db)) {
    const features = featuresOf(t);
    if (t.id % 5 === 0) heldOut.push({ features, cause: t.rootCauseId });
    else {
      model.add(features, t.rootCauseId);
      trained++;
    }
  }
  const trainMs = performance.now() - trainStart;
  let top1 = 0;
  let top3 = 0;
  // Calibration: a confidence means something when, on average, it matches how often it is right.
  let confidence = 0;
  const samples: number[] = [];
  for (const { features, cause } of heldOut) {
    const started = performance.now();
    const suggestions = model.suggest(features, 3);
    samples.push(performance.now() - started);
    if (suggestions[0]?.label === cause) top1++;
    confidence += suggestions[0]?.confidence ?? 0;
    if (suggestions.some((s) => s.label === cause)) top3++;
  }
  const pct = (n: number) => `${((100 * n) / heldOut.length).toFixed(1)} %`;
  console.log(
    `\nRoot-cause suggestions (naive Bayes on words, product and channel), trained on ${trained.toLocaleString('en-US')} tickets, tested on ${heldOut.length.toLocaleString('en-US')} held out:`,
  );
  console.log(`  accuracy              top-1 ${pct(top1)}   top-3 ${pct(top3)}`);
  console.log(`  mean top-1 confidence ${pct(confidence)} (against ${pct(top1)} right)`);
  console.log(
    `  one suggestion        p50 ${percentile(samples, 50)!.toFixed(3)} ms   p95 ${percentile(samples, 95)!.toFixed(3)} ms`,
  );
  console.log(`  training (read + count)  ${(trainMs / 1000).toFixed(2)} s`);
}
