import type { Effectiveness, Verdict } from '@/lib/effectiveness';
import { formatDecimal, formatInteger, formatPercent } from '../format';

const STYLE: Record<Verdict, string> = {
  effective: 'bg-emerald-100 text-emerald-900',
  'not yet clear': 'bg-slate-100 text-slate-800',
  'not effective': 'bg-red-100 text-red-900',
};

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return (
    <span
      className={`rounded-full px-2 py-0.5 text-xs font-medium ${STYLE[verdict]}`}
      data-testid="verdict"
    >
      {verdict}
    </span>
  );
}

/** The before/after comparison behind a verdict, in words and figures. */
export function EffectivenessPanel({ result }: { result: Effectiveness }) {
  const rate = (r: number | null) => (r === null ? '—' : formatPercent(r));
  return (
    <div className="space-y-2 text-sm" data-testid="effectiveness">
      <p>
        <VerdictBadge verdict={result.verdict} />{' '}
        <span className="text-slate-700">{result.because}.</span>
      </p>
      <table className="text-sm tabular-nums">
        <caption className="sr-only">The cause before and after the fix</caption>
        <thead>
          <tr className="text-left text-slate-600">
            <th scope="col" className="pr-6 font-medium" />
            <th scope="col" className="pr-6 font-medium">
              {result.weeks} weeks before
            </th>
            <th scope="col" className="font-medium">
              {result.weeks} weeks after
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row" className="pr-6 text-left font-normal text-slate-600">
              Tickets
            </th>
            <td className="pr-6">{formatInteger(result.before.tickets)}</td>
            <td>{formatInteger(result.after.tickets)}</td>
          </tr>
          <tr>
            <th scope="row" className="pr-6 text-left font-normal text-slate-600">
              Tickets per week
            </th>
            <td className="pr-6">{formatDecimal(result.rateBefore)}</td>
            <td>{formatDecimal(result.rateAfter)}</td>
          </tr>
          <tr>
            <th scope="row" className="pr-6 text-left font-normal text-slate-600">
              Recurrence rate
            </th>
            <td className="pr-6">{rate(result.recurrenceBefore)}</td>
            <td>{rate(result.recurrenceAfter)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
