import type { DateRange } from '@/lib/filters';
import { formatDay, formatInteger } from './format';

/**
 * The resolved range in words, so a screenshot or printout says which period it shows, and
 * which one its changes are against (`compared`: the page shows changes).
 */
export function RangeSummary({ range, compared = true }: { range: DateRange; compared?: boolean }) {
  return (
    <p className="text-sm text-slate-600" data-testid="range-summary">
      <span className="font-medium text-slate-900">
        {formatDay(range.from)} – {formatDay(range.to)}
      </span>
      {compared &&
        `, compared with the ${range.days === 1 ? 'day' : `${formatInteger(range.days)} days`} before`}
    </p>
  );
}
