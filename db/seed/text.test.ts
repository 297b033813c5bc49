import { expect, test } from 'vitest';
import { CAUSE_TEXT } from './cause-text';
import { compileTemplate, transposeSku } from './text';
import { CAUSES } from './taxonomy';

test.each([
  ['VX-1042', 0, 'VX-0142'],
  ['VX-1042', 1, 'VX-1402'],
  ['VX-1042', 2, 'VX-1024'],
  ['PM-1123', 0, 'PM-1213'],
  ['SG-7777', 0, 'SG-7777'],
])('transposeSku(%s, %i) swaps two adjacent different digits: %s', (sku, position, expected) => {
  expect(transposeSku(sku, position)).toBe(expected);
});

test('every cause has subjects and details, and every placeholder is known', () => {
  for (const cause of CAUSES) {
    const text = CAUSE_TEXT[cause.id];
    expect(text.subjects.length, cause.name).toBeGreaterThanOrEqual(3);
    expect(text.details.length, cause.name).toBeGreaterThanOrEqual(2);
  }
  expect(() => compileTemplate('Received {sku2} on {nope}')).toThrow(/\{nope\}/);
  expect(compileTemplate('Order {order}.')).toEqual(['Order ', 6, '.']);
});
