/**
 * Where each mark of a scatter gets its label, so that labels neither cover each other nor, where
 * it can be helped, another mark: causes of one department often sit a few pixels apart, and a
 * label always on the right then hides its neighbour's. Pixels, y downwards, plot origin at 0, 0.
 */
export type LabelSide = 'right' | 'left' | 'top' | 'bottom';

export interface LabelMark {
  x: number;
  y: number;
  /** Radius of the mark. */
  r: number;
  text: string;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Bold 12 px digits are about 7 px wide; generous, so that near misses count as overlaps. */
const CHAR_WIDTH = 7.5;
const LINE_HEIGHT = 14;
const GAP = 3;
const SIDES: readonly LabelSide[] = ['right', 'left', 'top', 'bottom'];

/** The label's anchor point and SVG alignment on a side of its mark, and the box it covers. */
export function labelGeometry(mark: LabelMark, side: LabelSide) {
  const width = mark.text.length * CHAR_WIDTH;
  const offset = mark.r + GAP;
  const geometry = {
    right: { x: mark.x + offset, y: mark.y, textAnchor: 'start', left: 0, top: -0.5 },
    left: { x: mark.x - offset, y: mark.y, textAnchor: 'end', left: -1, top: -0.5 },
    top: {
      x: mark.x,
      y: mark.y - offset - LINE_HEIGHT / 2,
      textAnchor: 'middle',
      left: -0.5,
      top: -0.5,
    },
    bottom: {
      x: mark.x,
      y: mark.y + offset + LINE_HEIGHT / 2,
      textAnchor: 'middle',
      left: -0.5,
      top: -0.5,
    },
  }[side];
  const left = geometry.x + geometry.left * width;
  const top = geometry.y + geometry.top * LINE_HEIGHT;
  return {
    x: geometry.x,
    y: geometry.y,
    textAnchor: geometry.textAnchor as 'start' | 'end' | 'middle',
    box: { left, top, right: left + width, bottom: top + LINE_HEIGHT },
  };
}

function overlap(a: Box, b: Box): number {
  const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}

/**
 * One side per mark, in the marks' order (the first choose first): the first side, from right,
 * left, top, bottom, whose label is clear of the labels placed so far, the other marks and the
 * plot's edges; failing that, the side that covers least, a label covered ten times worse than a
 * mark, which stays visible around it.
 */
export function placeLabels(
  marks: readonly LabelMark[],
  plot: { width: number; height: number },
): LabelSide[] {
  const markBoxes = marks.map((m) => ({
    left: m.x - m.r,
    top: m.y - m.r,
    right: m.x + m.r,
    bottom: m.y + m.r,
  }));
  const inside = { left: 0, top: 0, right: plot.width, bottom: plot.height };
  const placed: Box[] = [];
  return marks.map((mark, i) => {
    const cost = (box: Box) =>
      10 * placed.reduce((sum, other) => sum + overlap(box, other), 0) +
      markBoxes.reduce((sum, other, j) => sum + (j === i ? 0 : overlap(box, other)), 0) +
      10 * ((box.right - box.left) * (box.bottom - box.top) - overlap(box, inside));
    const options = SIDES.map((side) => ({ side, box: labelGeometry(mark, side).box }));
    const chosen =
      options.find((o) => cost(o.box) === 0) ??
      options.reduce((a, b) => (cost(b.box) < cost(a.box) ? b : a));
    placed.push(chosen.box);
    return chosen.side;
  });
}
