import { describe, expect, test } from 'vitest';
import { labelGeometry, placeLabels } from './scatter-labels';

const plot = { width: 400, height: 300 };
const mark = (x: number, y: number, r: number, text: string) => ({ x, y, r, text });

describe('labelGeometry', () => {
  test('a one-digit label on the right starts 3 px past the mark, 7.5 x 14 px', () => {
    expect(labelGeometry(mark(100, 100, 5, '1'), 'right')).toEqual({
      x: 108,
      y: 100,
      textAnchor: 'start',
      box: { left: 108, top: 93, right: 115.5, bottom: 107 },
    });
  });
});

describe('placeLabels', () => {
  test('a mark on its own is labelled on the right', () => {
    expect(placeLabels([mark(100, 100, 5, '1')], plot)).toEqual(['right']);
  });

  test('a neighbour just to the right sends the label to the left', () => {
    // 1's right label spans 108-115.5 px; 2's mark 115-125 px.
    expect(placeLabels([mark(100, 100, 5, '1'), mark(120, 100, 5, '2')], plot)).toEqual([
      'left',
      'right',
    ]);
  });

  test('a mark at the right edge is labelled on the left', () => {
    expect(placeLabels([mark(395, 100, 5, '12')], plot)).toEqual(['left']);
  });

  test('labels do not cover each other even when the marks do', () => {
    // 2 sits inside 1 (83-117 px). Its right label (113-120.5) would touch 1's (120-127.5): 70 +
    // 56 px² of 1's mark; left, 105 px² of 1's mark; above, only 37.5 px² of it.
    expect(placeLabels([mark(100, 100, 17, '1'), mark(101, 100, 9, '2')], plot)).toEqual([
      'right',
      'top',
    ]);
  });
});
