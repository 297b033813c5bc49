import { describe, expect, test } from 'vitest';
import { featuresOf, type TrainingTicket } from './features';
import { ModelKeeper, type TrainingSource } from './model-keeper';
import { NaiveBayes } from './naive-bayes';

const WORDS = ['leak', 'valve', 'late', 'parcel', 'wrong', 'label', 'crack', 'seal', 'invoice'];

/** Tickets 1..n, each cause with its own words plus a shared one. */
function makeTickets(n: number): TrainingTicket[] {
  return Array.from({ length: n }, (_, i) => {
    const cause = 1 + (i % 3);
    return {
      id: i + 1,
      subject: `${WORDS[cause * 2]} ${WORDS[(i * 7) % WORDS.length]}`,
      description: WORDS[cause * 2 + 1],
      productId: i % 4 === 0 ? null : 1 + (i % 2),
      channel: 'email',
      rootCauseId: cause,
    };
  });
}

/** A training source over an array that a test changes as a database would be. */
function sourceOf(tickets: TrainingTicket[]) {
  const source: TrainingSource & { reads: number; lastIdRead: number } = {
    reads: 0,
    lastIdRead: 0,
    classifiedAfter(afterId, limit) {
      source.reads++;
      const slice = tickets.filter((t) => t.id > afterId).slice(0, limit);
      source.lastIdRead = slice.at(-1)?.id ?? source.lastIdRead;
      return slice;
    },
    countClassified: () => tickets.length,
  };
  return source;
}

function trainedAtOnce(tickets: readonly TrainingTicket[]): NaiveBayes {
  const model = new NaiveBayes();
  for (const t of tickets) model.add(featuresOf(t), t.rootCauseId);
  return model;
}

/** Two models agree when they suggest the same for every ticket and count as many. */
function expectSameModel(actual: NaiveBayes, expected: NaiveBayes, probes: TrainingTicket[]) {
  expect(actual.trainedOn).toBe(expected.trainedOn);
  for (const t of probes) {
    const a = actual.suggest(featuresOf(t));
    const e = expected.suggest(featuresOf(t));
    expect(a.map((s) => s.label)).toEqual(e.map((s) => s.label));
    a.forEach((s, i) => expect(s.confidence).toBeCloseTo(e[i].confidence, 12));
  }
}

const turns = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise<void>((resolve) => setImmediate(resolve));
};

describe('ModelKeeper', () => {
  test('trains in slices the same model as all at once, a slice per turn of the event loop', async () => {
    const tickets = makeTickets(50);
    const source = sourceOf(tickets);
    const keeper = new ModelKeeper(source, { sliceSize: 7 });
    let done = false;
    const pending = keeper.model().then((model) => {
      done = true;
      return model;
    });
    await turns(2);
    // Other work ran in between: the training is not done after two turns.
    expect(done).toBe(false);
    const model = await pending;
    expect(source.reads).toBe(8); // 7 full slices of 7, then one of 1
    expectSameModel(model, trainedAtOnce(tickets), tickets);
    // Fresh: asked again, it is the same model, with nothing read.
    expect(await keeper.model()).toBe(model);
    expect(source.reads).toBe(8);
  });

  test('serves the previous model while a newer one trains, then the newer one', async () => {
    const tickets = makeTickets(30);
    let now = 0;
    const keeper = new ModelKeeper(sourceOf(tickets), {
      sliceSize: 4,
      maxAgeMs: 1000,
      now: () => now,
    });
    const first = await keeper.model();
    // An import adds 10 % more classified tickets: too much drift.
    tickets.push(...makeTickets(33).slice(30));
    expect(await keeper.model()).toBe(first);
    await turns(20);
    const second = await keeper.model();
    expect(second).not.toBe(first);
    expectSameModel(second, trainedAtOnce(tickets), tickets);
    // Too old: the same once more.
    now = 1000;
    expect(await keeper.model()).toBe(second);
    await turns(20);
    expect(await keeper.model()).not.toBe(second);
  });

  test('a classification during the training reaches the new model exactly once', async () => {
    const tickets = makeTickets(40);
    const source = sourceOf(tickets);
    const keeper = new ModelKeeper(source, { sliceSize: 10 });
    await keeper.model();
    keeper.invalidate();
    const pending = keeper.model();
    await turns(1);
    // Some tickets are counted, the rest not yet: some of each move to another cause.
    const counted = source.lastIdRead;
    expect(counted).toBeGreaterThanOrEqual(10);
    expect(counted).toBeLessThan(40);
    for (const id of [4, counted, counted + 1, 38]) {
      const t = tickets[id - 1];
      const to = (t.rootCauseId % 3) + 1;
      tickets[id - 1] = { ...t, rootCauseId: to };
      keeper.learn(id, featuresOf(t), t.rootCauseId, to);
    }
    expectSameModel(await pending, trainedAtOnce(tickets), tickets);
  });

  test('invalidated while training: the waiting request gets a model trained anew', async () => {
    const tickets = makeTickets(40);
    const keeper = new ModelKeeper(sourceOf(tickets), { sliceSize: 10 });
    const pending = keeper.model();
    await turns(1);
    // A rule re-classifies many tickets at once.
    for (let i = 0; i < 40; i += 2) tickets[i] = { ...tickets[i], rootCauseId: 3 };
    keeper.invalidate();
    expectSameModel(await pending, trainedAtOnce(tickets), tickets);
  });

  test('a failing source fails the waiting request, and the next one tries again', async () => {
    const tickets = makeTickets(5);
    const source = sourceOf(tickets);
    const classifiedAfter = source.classifiedAfter;
    source.classifiedAfter = () => {
      throw new Error('database is locked');
    };
    const keeper = new ModelKeeper(source, { sliceSize: 10 });
    const logged = console.error;
    console.error = () => {};
    try {
      await expect(keeper.model()).rejects.toThrow('database is locked');
    } finally {
      console.error = logged;
    }
    source.classifiedAfter = classifiedAfter;
    expectSameModel(await keeper.model(), trainedAtOnce(tickets), tickets);
  });
});
