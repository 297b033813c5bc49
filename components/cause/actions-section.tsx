import Link from 'next/link';
import type { ActionWithEffect } from '@/db/queries/corrective-actions';
import { ActionsTable } from '../actions/actions-table';
import { Card } from '../ui/card';
import { TableScroll } from '../ui/table-scroll';

/** The fixes of the system behind this cause: what was decided, who owns it, did it work. */
export function ActionsSection(props: {
  actions: ActionWithEffect[];
  causeId: number;
  effectivenessWeeks: number;
  /** The signed-in person may create an action for this cause. */
  mayCreate: boolean;
  nowMs: number;
}) {
  return (
    <section aria-labelledby="actions-heading" data-testid="cause-actions">
      <Card className="p-5">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="actions-heading" className="text-lg font-semibold text-slate-900">
            Corrective actions
          </h2>
          {props.mayCreate && (
            <Link
              href={`/actions/new?cause=${props.causeId}`}
              className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white"
            >
              New corrective action
            </Link>
          )}
        </div>
        {props.actions.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">
            No corrective action has been recorded for this cause yet: its tickets are handled one
            by one, and the process behind them is unchanged.
          </p>
        ) : (
          <>
            <p className="mt-1 text-sm text-slate-600">
              A done fix is judged on this cause’s tickets in the {props.effectivenessWeeks} weeks
              before and after its done date; open an action for the figures.
            </p>
            <TableScroll label="Corrective actions for this root cause" className="mt-2">
              <ActionsTable
                actions={props.actions}
                columns={['owner', 'status', 'opened', 'due', 'done', 'effect']}
                nowMs={props.nowMs}
                caption="Corrective actions for this root cause"
              />
            </TableScroll>
          </>
        )}
      </Card>
    </section>
  );
}
