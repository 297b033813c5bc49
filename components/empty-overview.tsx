import Link from 'next/link';
import { makeRange, RANGE_PRESETS, rangeSearchParams, type DateRange } from '@/lib/filters';
import { formatDay } from './format';
import { Card } from './ui/card';

/** Five years back from the end of the range, when no preset is longer than the range shown. */
const FALLBACK_DAYS = 5 * 365;

/** The next longer preset (recent data is the likeliest to exist), else a longer custom range. */
function widerRange(range: DateRange): { label: string; query: Record<string, string> } {
  const preset = Object.entries(RANGE_PRESETS).find(([, p]) => p.days > range.days);
  if (preset) {
    return { label: preset[1].label, query: { range: preset[0] } };
  }
  const wider = makeRange(
    range.toDay - Math.max(FALLBACK_DAYS, range.days * 2) + 1,
    range.toDay,
    'custom',
  );
  return {
    label: `${formatDay(wider.from)} – ${formatDay(wider.to)}`,
    query: rangeSearchParams(wider),
  };
}

export function EmptyOverview({ range, path }: { range: DateRange; path: string }) {
  const wider = widerRange(range);
  return (
    <Card className="px-6 py-12 text-center" data-testid="empty-overview">
      <h2 className="text-lg font-semibold text-slate-900">No tickets in this period</h2>
      <p className="mx-auto mt-2 max-w-md text-sm text-slate-600">
        Nothing was opened between {formatDay(range.from)} and {formatDay(range.to)}, so there is
        nothing to chart yet. A wider period may hold tickets.
      </p>
      <Link
        href={{ pathname: path, query: wider.query }}
        className="mt-6 inline-block rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700"
      >
        Show {wider.label.charAt(0).toLowerCase() + wider.label.slice(1)}
      </Link>
    </Card>
  );
}
