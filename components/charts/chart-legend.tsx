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
}

export function ChartLegend({ items }: { items: LegendItem[] }) {
  return (
    <ul className="mb-3 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
      {items.map((item) => (
        <li key={item.key} className="flex items-center gap-1.5">
          <span
            aria-hidden="true"
            className={item.line ? 'inline-block h-0.5 w-5' : 'inline-block size-3 rounded-sm'}
            style={{ background: item.color }}
          />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
