import Link from 'next/link';
import type { CorrectiveActionRow } from '@/db/queries/corrective-actions';
import { isOverdue } from '@/lib/actions';
import { formatInteger } from '../format';
import { Card } from '../ui/card';
import { ActionsTable } from './actions-table';
import { TableScroll } from '../ui/table-scroll';

/** The corrective actions still to be done that concern a page's subject, late ones first. */
export function OpenActionsSection(props: {
  /** Open and in-progress actions. */
  actions: CorrectiveActionRow[];
  /** "in Warehouse", "in the company". */
  scope: string;
  /** The /actions list filtered to the same subject. */
  allHref: string;
  nowMs: number;
}) {
  const overdue = props.actions.filter((a) => isOverdue(a, props.nowMs));
  const ordered = [...overdue, ...props.actions.filter((a) => !isOverdue(a, props.nowMs))];
  return (
    <section aria-labelledby="open-actions-heading" data-testid="open-actions">
      <Card className="p-5">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="open-actions-heading" className="text-lg font-semibold text-slate-900">
            Open corrective actions
          </h2>
          <Link href={props.allHref} className="text-sm font-medium underline underline-offset-2">
            All corrective actions
          </Link>
        </div>
        <p
          className="mt-1 text-sm text-slate-600"
          data-testid="open-actions-summary"
          data-open={props.actions.length}
          data-overdue={overdue.length}
        >
          {props.actions.length === 0
            ? `No fix of a root cause ${props.scope} is open.`
            : `${formatInteger(props.actions.length)} ${props.actions.length === 1 ? 'fix' : 'fixes'} of root causes ${props.scope} still to be done${
                overdue.length > 0
                  ? `, ${formatInteger(overdue.length)} of them past their due date`
                  : ''
              }.`}
        </p>
        {ordered.length > 0 && (
          <TableScroll label={`Open corrective actions ${props.scope}`} className="mt-2">
            <ActionsTable
              actions={ordered}
              columns={['cause', 'owner', 'status', 'due']}
              nowMs={props.nowMs}
              caption={`Open corrective actions ${props.scope}`}
            />
          </TableScroll>
        )}
      </Card>
    </section>
  );
}
