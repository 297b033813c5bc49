import type { ReviewData } from '@/db/queries/review';
import { formatDay } from '../format';
import { Card } from '../ui/card';

/**
 * What a section says instead of its verdicts while the week is not over (`review.complete`):
 * the days so far against full weeks would make every cause look like a fall.
 */
export const judgedWhenComplete = (what: string, review: ReviewData) =>
  `${what} are judged when the week is complete, after ${formatDay(review.range.to)}: until then its days so far against 4 full weeks would look like falls that are only days still to come.`;

/** One part of the weekly review's agenda: a titled card that does not split across pages. */
export function ReviewSection(props: {
  id: string;
  title: string;
  /** What to notice, in a sentence. */
  lead?: React.ReactNode;
  children?: React.ReactNode;
}) {
  return (
    <section aria-labelledby={`${props.id}-heading`} data-testid={props.id}>
      <Card className="p-5 break-inside-avoid print:border-slate-300 print:p-3 print:shadow-none">
        <h2 id={`${props.id}-heading`} className="text-lg font-semibold text-slate-900">
          {props.title}
        </h2>
        {props.lead && <p className="mt-1 text-sm text-slate-600">{props.lead}</p>}
        {props.children && <div className="mt-2">{props.children}</div>}
      </Card>
    </section>
  );
}
