/**
 * An HTML legend shared by the charts: recharts' own legend cannot list colours that come from
 * each bar's department, and its icons carry aria-labels that duplicate the names.
 */
export interface LegendItem {
  key: string;
  label: string;
  color: string;
  /** A line series (drawn as a stroke) rather than bars (a square swatch). */
  line?: boolean;
  /** A scatter's mark, drawn in its shape, where the shape itself tells series apart. */
  symbol?: 'circle' | 'diamond';
}

const SWATCH_CLASS = {
  line: 'inline-block h-0.5 w-5',
  square: 'inline-block size-3 rounded-sm',
  circle: 'inline-block size-3 rounded-full',
  // A rotated square; a little smaller so that its corners stay within the row's height.
  diamond: 'mx-0.5 inline-block size-2.5 rotate-45',
};

export function ChartLegend({ items }: { items: LegendItem[] }) {
  return (
    <ul className="mb-3 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
      {items.map((item) => (
        <li key={item.key} className="flex items-center gap-1.5">
          <span
            aria-hidden="true"
            className={SWATCH_CLASS[item.line ? 'line' : (item.symbol ?? 'square')]}
            style={{ background: item.color }}
          />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
