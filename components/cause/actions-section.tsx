import type { CorrectiveActionRow } from '@/db/queries/corrective-actions';
import { isOverdue } from '@/lib/actions';
import { dayOf, dayToIso } from '@/lib/time';
import { formatDay } from '../format';
import { Card } from '../ui/card';

const STATUS_LABEL: Record<CorrectiveActionRow['status'], string> = {
  open: 'open',
  in_progress: 'in progress',
  done: 'done',
  verified: 'verified',
  abandoned: 'abandoned',
};

const day = (ms: number | null) => (ms === null ? '—' : formatDay(dayToIso(dayOf(ms))));

/** The fixes of the system behind this cause: what was decided, who owns it, and when. */
export function ActionsSection(props: { actions: CorrectiveActionRow[]; nowMs: number }) {
  return (
    <section aria-labelledby="actions-heading" data-testid="cause-actions">
      <Card className="p-5">
        <h2 id="actions-heading" className="text-lg font-semibold text-slate-900">
          Corrective actions
        </h2>
        {props.actions.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">
            No corrective action has been recorded for this cause yet: its tickets are handled one
            by one, and the process behind them is unchanged.
          </p>
        ) : (
          <table className="mt-3 w-full text-sm">
            <caption className="sr-only">Corrective actions for this root cause</caption>
            <thead>
              <tr className="border-b border-slate-200 text-left text-slate-600">
                {['Action', 'Owner', 'Status', 'Opened', 'Due', 'Done'].map((h) => (
                  <th key={h} scope="col" className="py-2 pr-3 font-medium">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {props.actions.map((a) => {
                const overdue = isOverdue(a, props.nowMs);
                return (
                  <tr key={a.id} className="border-b border-slate-100 align-top last:border-0">
                    <th scope="row" className="py-2 pr-3 text-left font-normal">
                      <span className="font-medium text-slate-900">{a.title}</span>
                      {a.description && (
                        <span className="block text-slate-600">{a.description}</span>
                      )}
                    </th>
                    <td className="py-2 pr-3">{a.ownerDepartmentName}</td>
                    <td className="py-2 pr-3">
                      {STATUS_LABEL[a.status]}
                      {overdue && (
                        <span className="ml-2 rounded-full bg-red-100 px-2 py-0.5 text-xs font-medium text-red-900">
                          overdue
                        </span>
                      )}
                    </td>
                    <td className="py-2 pr-3 whitespace-nowrap">{day(a.openedAt)}</td>
                    <td
                      className={`py-2 pr-3 whitespace-nowrap ${overdue ? 'font-medium text-red-800' : ''}`}
                    >
                      {day(a.dueAt)}
                    </td>
                    <td className="py-2 whitespace-nowrap">{day(a.doneAt)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </Card>
    </section>
  );
}
