/**
 * The root-cause suggestions of this server process: a naive-Bayes model (lib/suggest) trained
 * on every classified ticket when first asked for, a slice at a time so that the server goes on
 * answering (lib/suggest/model-keeper.ts), kept current by each classification made here, and
 * trained anew in the background when other writers (imports, other processes) have moved the
 * number of classified tickets by more than a few percent, or after a while. Never per page view.
 * Not marked server-only: the server's start-up (instrumentation.ts) begins the training.
 */
import type { Db } from '@/db/open';
import { classifiedTicketsAfter, countClassified, getTicketTexts } from '@/db/queries/training-set';
import { featuresOf, type TicketText } from '@/lib/suggest/features';
import { ModelKeeper } from '@/lib/suggest/model-keeper';
import type { Suggestion } from '@/lib/suggest/naive-bayes';

// On globalThis: one model per process, also when the development server reloads this module.
const shared = globalThis as unknown as { upstreamSuggestions?: ModelKeeper };

function keeper(db: Db): ModelKeeper {
  shared.upstreamSuggestions ??= new ModelKeeper({
    classifiedAfter: (afterId, limit) => classifiedTicketsAfter(db, afterId, limit),
    countClassified: () => countClassified(db),
  });
  return shared.upstreamSuggestions;
}

/** Begins training at the server's start, so that the first triage view does not wait for it. */
export function warmUpSuggestions(db: Db): void {
  // A failure is logged by the keeper; the first triage view tries again.
  keeper(db)
    .model()
    .catch(() => {});
}

export async function suggestCauses(
  db: Db,
  tickets: readonly (TicketText & { id: number })[],
  limit = 3,
): Promise<Map<number, Suggestion[]>> {
  const model = await keeper(db).model();
  return new Map(tickets.map((t) => [t.id, model.suggest(featuresOf(t), limit)]));
}

/**
 * Teaches the model what a classification changed: each ticket's text moves from its old cause
 * to its new one. Call with the tickets' causes before the change, after it is stored.
 */
export function learnClassification(
  db: Db,
  before: ReadonlyMap<number, { rootCauseId: number | null }>,
): void {
  const texts = getTicketTexts(db, [...before.keys()]);
  for (const [id, old] of before) {
    const text = texts.get(id);
    if (!text || old.rootCauseId === text.rootCauseId) continue;
    keeper(db).learn(id, featuresOf(text), old.rootCauseId, text.rootCauseId);
  }
}

/** After a change that moves many tickets at once (a rule applied, a merge): train anew next time. */
export function invalidateSuggestions(): void {
  shared.upstreamSuggestions?.invalidate();
}
