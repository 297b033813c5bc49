import Link from 'next/link';
import Form from 'next/form';
import { RANGE_PRESETS, type DateRange, type RangePreset } from '@/lib/filters';

const PRESETS = Object.entries(RANGE_PRESETS) as [RangePreset, { label: string }][];

/**
 * Links and a GET form: the range lives in the URL, so it survives reloads, bookmarks and the
 * back button, and works before (or without) client script. `keep`: the page's other search
 * params (e.g. the explorer's filters), carried along when the range changes.
 */
export function DateRangeFilter({
  range,
  path,
  keep = {},
}: {
  range: DateRange;
  path: string;
  keep?: Record<string, string>;
}) {
  return (
    <div className="flex flex-wrap items-end gap-x-6 gap-y-3">
      <nav aria-label="Date range">
        <ul className="flex flex-wrap rounded-lg border border-slate-300 bg-white p-0.5 shadow-xs">
          {PRESETS.map(([preset, { label }]) => (
            <li key={preset}>
              <Link
                href={{ pathname: path, query: { ...keep, range: preset } }}
                aria-current={range.preset === preset ? 'page' : undefined}
                className="block rounded-md px-3 py-1.5 text-sm font-medium whitespace-nowrap text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-slate-900 aria-[current=page]:text-white"
              >
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {/* Keyed by the range so the date inputs show the new range after a preset link is followed. */}
      <Form
        key={`${range.from}/${range.to}`}
        action={path}
        className={`flex flex-wrap items-end gap-2 rounded-lg border p-1.5 pl-3 ${
          range.preset === 'custom' ? 'border-slate-900 bg-white' : 'border-slate-300 bg-white/60'
        }`}
      >
        {Object.entries(keep).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name="range" value="custom" />
        <span className="self-center text-sm font-medium text-slate-700">Custom</span>
        <label className="flex items-center gap-1.5 text-sm text-slate-700">
          From
          <input
            type="date"
            name="from"
            defaultValue={range.from}
            required
            className="rounded-md border border-slate-300 px-2 py-1 text-sm"
          />
        </label>
        <label className="flex items-center gap-1.5 text-sm text-slate-700">
          To
          <input
            type="date"
            name="to"
            defaultValue={range.to}
            required
            className="rounded-md border border-slate-300 px-2 py-1 text-sm"
          />
        </label>
        <button
          type="submit"
          className="rounded-md bg-slate-900 px-3 py-1 text-sm font-medium text-white hover:bg-slate-700"
        >
          Apply
        </button>
      </Form>
    </div>
  );
}
