/**
 * Keeps a server process's suggestion model current without stopping the server. Training
 * counts every classified ticket, about 4 s at a million: in one piece it would hold up every
 * other request of the single Node process. So it reads and counts the tickets in slices, in id
 * order, and lets the event loop run between slices; a request finds the previous model and
 * uses it while a newer one trains, and waits only when there is none yet.
 */
import { featuresOf, type TrainingTicket } from './features';
import { NaiveBayes } from './naive-bayes';

/** Where the training set comes from (db/queries/training-set.ts). */
export interface TrainingSource {
  /** Up to `limit` classified tickets with ids above `afterId`, in id order. */
  classifiedAfter(afterId: number, limit: number): TrainingTicket[];
  /** How many tickets are classified now; cheap. */
  countClassified(): number;
}

export interface KeeperOptions {
  /** Tickets per slice: about 0.1 s of reading and counting at a time. */
  sliceSize: number;
  /** Trained anew after this long at the latest... */
  maxAgeMs: number;
  /** ...or sooner when other writers (imports, other processes) moved the classified count. */
  maxDrift: number;
  now: () => number;
}

const DEFAULTS: KeeperOptions = {
  sliceSize: 20_000,
  maxAgeMs: 6 * 3600_000,
  maxDrift: 0.02,
  now: () => Date.now(),
};

interface Training {
  model: NaiveBayes;
  /** The tickets up to this id are counted in `model`, as they were when read. */
  countedTo: number;
  startedAt: number;
  /** The model when done; null when invalidated before it was. */
  done: Promise<NaiveBayes | null>;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export class ModelKeeper {
  private readonly options: KeeperOptions;
  private trained: { model: NaiveBayes; builtAt: number } | null = null;
  private training: Training | null = null;

  constructor(
    private readonly source: TrainingSource,
    options: Partial<KeeperOptions> = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
  }

  /** The model to suggest with: the current one, or the previous one while a newer trains. */
  async model(): Promise<NaiveBayes> {
    for (;;) {
      if (this.trained && this.isFresh(this.trained)) return this.trained.model;
      const training = this.training ?? this.startTraining();
      if (this.trained) return this.trained.model;
      const model = await training.done;
      if (model) return model;
    }
  }

  /**
   * A ticket changed cause (null: unclassified): moves its text in the model, and in the model
   * being trained if that has counted the ticket already; a ticket it has yet to read is read
   * as it is now.
   */
  learn(id: number, features: readonly string[], from: number | null, to: number | null): void {
    const models = [this.trained?.model];
    if (this.training && id <= this.training.countedTo) models.push(this.training.model);
    for (const model of models) {
      if (!model) continue;
      if (from !== null) model.add(features, from, -1);
      if (to !== null) model.add(features, to);
    }
  }

  /** After a change that moves many tickets at once (a rule applied, a merge): train anew. */
  invalidate(): void {
    this.trained = null;
    this.training = null;
  }

  private isFresh(trained: { model: NaiveBayes; builtAt: number }): boolean {
    if (this.options.now() - trained.builtAt >= this.options.maxAgeMs) return false;
    const classified = this.source.countClassified();
    const drift = Math.abs(classified - trained.model.trainedOn) / Math.max(1, classified);
    return drift <= this.options.maxDrift;
  }

  private startTraining(): Training {
    const training: Training = {
      model: new NaiveBayes(),
      countedTo: 0,
      startedAt: this.options.now(),
      done: Promise.resolve(null),
    };
    this.training = training;
    training.done = this.train(training);
    // Nobody may be waiting (the previous model serves meanwhile): the next request tries again.
    training.done.catch((error) => console.error('Training the cause suggestions failed:', error));
    return training;
  }

  private async train(training: Training): Promise<NaiveBayes | null> {
    const { sliceSize } = this.options;
    try {
      for (;;) {
        const slice = this.source.classifiedAfter(training.countedTo, sliceSize);
        for (const t of slice) training.model.add(featuresOf(t), t.rootCauseId);
        // The last slice ends the training in the same turn: no classification comes between.
        if (slice.length < sliceSize) break;
        training.countedTo = slice[slice.length - 1].id;
        await nextTurn();
        if (this.training !== training) return null;
      }
    } catch (error) {
      if (this.training === training) this.training = null;
      throw error;
    }
    this.training = null;
    this.trained = { model: training.model, builtAt: training.startedAt };
    return training.model;
  }
}
