import { Card } from '../ui/card';

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
