import Link from 'next/link';
import type { ReviewData } from '@/db/queries/review';
import { dayStartMs } from '@/lib/time';
import { ActionsTable } from '../actions/actions-table';
import { formatInteger } from '../format';
import { ReviewSection } from './review-section';
import { TableScroll } from '../ui/table-scroll';

/** Corrective actions due, overdue, and done with their verdict, all as of the week's end. */
export function ReviewActionsSection({ review }: { review: ReviewData }) {
  const { due, overdue, measured } = review.actions;
  const endOfWeek = dayStartMs(review.range.toDay + 1) - 1;
  const parts = [
    { key: 'overdue', title: 'Overdue', actions: overdue, columns: ['cause', 'owner', 'due'] },
    { key: 'due', title: 'Due this week', actions: due, columns: ['cause', 'owner', 'due'] },
    {
      key: 'measured',
      title: `Done in the last ${review.settings.effectivenessWeeks} weeks: did they work?`,
      actions: measured,
      columns: ['cause', 'owner', 'done', 'effect'],
    },
  ] as const;
  const total = due.length + overdue.length + measured.length;
  return (
    <ReviewSection
      id="review-actions"
      title="Corrective actions"
      lead={
        total === 0 ? (
          <>
            No corrective action was due, overdue or recently done this week.{' '}
            <Link href="/actions" className="underline">
              All corrective actions
            </Link>
          </>
        ) : (
          `${formatInteger(overdue.length)} overdue, ${formatInteger(due.length)} due this week, ${formatInteger(measured.length)} being measured; verdicts compare the cause's tickets in the ${review.settings.effectivenessWeeks} weeks before and after the fix, as of the week's end.`
        )
      }
    >
      <div className="space-y-3">
        {parts
          .filter((p) => p.actions.length > 0)
          .map((p) => (
            <div key={p.key} data-testid={`review-actions-${p.key}`}>
              <h3 className="text-sm font-semibold text-slate-900">{p.title}</h3>
              <TableScroll label={p.title}>
                <ActionsTable
                  actions={p.actions}
                  columns={[...p.columns]}
                  nowMs={endOfWeek}
                  caption={p.title}
                />
              </TableScroll>
            </div>
          ))}
      </div>
    </ReviewSection>
  );
}
