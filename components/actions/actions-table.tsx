import Link from 'next/link';
import type { ActionWithEffect, CorrectiveActionRow } from '@/db/queries/corrective-actions';
import { isOverdue, STATUS_LABELS } from '@/lib/actions';
import { formatDayOf } from '../format';
import { VerdictBadge } from './verdict';

type Column = 'cause' | 'owner' | 'status' | 'opened' | 'due' | 'done' | 'effect';

const HEADINGS: Record<Column, string> = {
  cause: 'Root cause',
  owner: 'Owner',
  status: 'Status',
  opened: 'Opened',
  due: 'Due',
  done: 'Done',
  effect: 'Effect',
};

/** Corrective actions, each linked to its page, late ones marked, done ones with their verdict. */
export function ActionsTable(props: {
  /** Without a verdict (not measured here), the effect column shows a dash. */
  actions: (CorrectiveActionRow & Partial<Pick<ActionWithEffect, 'effect'>>)[];
  columns: Column[];
  nowMs: number;
  caption: string;
}) {
  return (
    <table className="w-full text-sm" data-testid="actions-table">
      <caption className="sr-only">{props.caption}</caption>
      <thead>
        <tr className="border-b border-slate-200 text-left text-slate-600">
          <th scope="col" className="px-3 py-2 font-medium">
            Action
          </th>
          {props.columns.map((c) => (
            <th key={c} scope="col" className="px-3 py-2 font-medium">
              {HEADINGS[c]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.actions.map((a) => {
          const overdue = isOverdue(a, props.nowMs);
          const cells: Record<Column, React.ReactNode> = {
            cause: (
              <Link
                href={`/causes/${a.rootCauseId}`}
                className="underline decoration-slate-300 underline-offset-2"
              >
                {a.causeName}
              </Link>
            ),
            owner: (
              <>
                {a.ownerDepartmentName}
                {a.ownerUserName && (
                  <span className="block text-xs text-slate-500">{a.ownerUserName}</span>
                )}
              </>
            ),
            status: (
              <>
                {STATUS_LABELS[a.status]}
                {overdue && (
                  <span className="ml-2 rounded-full bg-red-100 px-2 py-0.5 text-xs font-medium text-red-900">
                    overdue
                  </span>
                )}
              </>
            ),
            opened: formatDayOf(a.openedAt),
            due: (
              <span className={overdue ? 'font-medium text-red-800' : ''}>
                {formatDayOf(a.dueAt)}
              </span>
            ),
            done: formatDayOf(a.doneAt),
            effect: a.effect ? <VerdictBadge verdict={a.effect.verdict} /> : '—',
          };
          return (
            <tr
              key={a.id}
              className="border-b border-slate-100 align-top last:border-0"
              data-testid="action-row"
            >
              <th scope="row" className="px-3 py-2 text-left font-normal">
                <Link
                  href={`/actions/${a.id}`}
                  className="font-medium text-slate-900 underline underline-offset-2"
                >
                  {a.title}
                </Link>
              </th>
              {props.columns.map((c) => (
                <td
                  key={c}
                  className={`px-3 py-2 ${['opened', 'due', 'done'].includes(c) ? 'whitespace-nowrap' : ''}`}
                >
                  {cells[c]}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
