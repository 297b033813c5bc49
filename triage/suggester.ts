/**
 * The root-cause suggestions of this server process: a naive-Bayes model (lib/suggest) trained
 * on every classified ticket when first asked for, kept current by each classification made
 * here, and trained anew when other writers (imports, other processes) have moved the number of
 * classified tickets by more than a few percent, or after a while. Never per page view.
 */
import 'server-only';
import type { Db } from '@/db/open';
import { classifiedTickets, countClassified, getTicketTexts } from '@/db/queries/training-set';
import { featuresOf, type TicketText } from '@/lib/suggest/features';
import { NaiveBayes, type Suggestion } from '@/lib/suggest/naive-bayes';

/** Re-trained after this long at the latest (about 5 s at 1M tickets), or sooner on drift. */
const MAX_AGE_MS = 6 * 3600_000;
const MAX_DRIFT = 0.02;

interface Trained {
  model: NaiveBayes;
  builtAt: number;
}

const cache = globalThis as unknown as { upstreamSuggester?: Trained };

export function trainModel(db: Db): NaiveBayes {
  const model = new NaiveBayes();
  for (const t of classifiedTickets(db)) model.add(featuresOf(t), t.rootCauseId);
  return model;
}

function current(db: Db): NaiveBayes {
  const trained = cache.upstreamSuggester;
  const now = Date.now();
  if (trained && now - trained.builtAt < MAX_AGE_MS) {
    const classified = countClassified(db);
    const drift = Math.abs(classified - trained.model.trainedOn) / Math.max(1, classified);
    if (drift <= MAX_DRIFT) return trained.model;
  }
  cache.upstreamSuggester = { model: trainModel(db), builtAt: now };
  return cache.upstreamSuggester.model;
}

export function suggestCauses(
  db: Db,
  tickets: readonly (TicketText & { id: number })[],
  limit = 3,
) {
  const model = current(db);
  return new Map<number, Suggestion[]>(
    tickets.map((t) => [t.id, model.suggest(featuresOf(t), limit)]),
  );
}

/**
 * Teaches the model what a classification changed: each ticket's text moves from its old cause
 * to its new one. Call with the tickets' causes before the change, after it is stored.
 */
export function learnClassification(
  db: Db,
  before: ReadonlyMap<number, { rootCauseId: number | null }>,
): void {
  const trained = cache.upstreamSuggester;
  if (!trained) return;
  const texts = getTicketTexts(db, [...before.keys()]);
  for (const [id, old] of before) {
    const text = texts.get(id);
    if (!text || old.rootCauseId === text.rootCauseId) continue;
    const features = featuresOf(text);
    if (old.rootCauseId !== null) trained.model.add(features, old.rootCauseId, -1);
    if (text.rootCauseId !== null) trained.model.add(features, text.rootCauseId);
  }
}

/** After a change that moves many tickets at once (a rule applied, a merge): train anew next time. */
export function invalidateSuggestions(): void {
  cache.upstreamSuggester = undefined;
}
