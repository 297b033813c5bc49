import { describe, expect, test } from 'vitest';
import { featuresOf } from './features';
import { NaiveBayes } from './naive-bayes';

describe('ticket features', () => {
  test('words without numbers or stop words, the channel and the product', () => {
    expect(
      featuresOf({
        subject: 'Wrong part: PN-4471 instead of PN-4417',
        description: 'The box had the wrong item in it.',
        productId: 12,
        channel: 'email',
      }),
    ).toEqual([
      'wrong',
      'part',
      'pn',
      'instead',
      'pn',
      'box',
      'wrong',
      'item',
      'channel:email',
      'product:12',
    ]);
  });
});

describe('naive Bayes on hand-computed cases', () => {
  // Two causes: 1 = leaks (3 tickets), 2 = wrong part (1 ticket).
  const model = new NaiveBayes();
  model.add(['leak', 'seal'], 1);
  model.add(['leak', 'drip'], 1);
  model.add(['leak'], 1);
  model.add(['wrong', 'part'], 2);

  test('priors decide when the words say nothing', () => {
    const [first, second] = model.suggest(['unheard']);
    expect(first).toEqual({ label: 1, confidence: expect.closeTo(0.75, 10) });
    expect(second).toEqual({ label: 2, confidence: expect.closeTo(0.25, 10) });
  });

  test('likelihoods with Laplace smoothing', () => {
    // Vocabulary 5 (leak, seal, drip, wrong, part); cause 1 has 5 words, cause 2 has 2.
    // P(1 | wrong) ∝ 3/4 · (0+1)/(5+5) = 0.075;  P(2 | wrong) ∝ 1/4 · (1+1)/(2+5) = 1/14.
    const expected = 0.075 / (0.075 + 1 / 14);
    const [first] = model.suggest(['wrong']);
    expect(first.label).toBe(1);
    expect(first.confidence).toBeCloseTo(expected, 10);
    expect(model.suggest(['wrong', 'part'])[0].label).toBe(2);
  });

  test('forgetting undoes learning exactly', () => {
    const before = model.suggest(['leak', 'part']);
    model.add(['part', 'part', 'seal'], 1);
    expect(model.suggest(['leak', 'part'])).not.toEqual(before);
    model.add(['part', 'part', 'seal'], 1, -1);
    expect(model.suggest(['leak', 'part'])).toEqual(before);
    expect(model.trainedOn).toBe(4);
  });

  test('at most the limit, best first; nothing without training', () => {
    expect(model.suggest(['leak'], 1)).toHaveLength(1);
    expect(new NaiveBayes().suggest(['leak'])).toEqual([]);
  });
});
