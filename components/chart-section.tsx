import { Card } from './ui/card';

/**
 * The frame of every chart: a figure whose caption is the h2 title (its accessible name), the
 * chart, a paragraph saying what to notice (its description), and the data as a table for screen
 * readers. The name comes from the figcaption rather than aria-labelledby so that titles do not
 * also turn up as form labels to getByLabel-style lookups.
 */
export function ChartSection(props: {
  id: string;
  title: string;
  caption: React.ReactNode;
  dataTable: React.ReactNode;
  /** Links to the tickets behind the chart's marks (DrillLinks), under the caption. */
  drillLinks?: React.ReactNode;
  children: React.ReactNode;
}) {
  const captionId = `${props.id}-caption`;
  return (
    <section data-testid={props.id}>
      <Card className="p-5">
        <figure aria-describedby={captionId}>
          <figcaption>
            <h2 className="text-lg font-semibold text-slate-900">{props.title}</h2>
          </figcaption>
          <div className="mt-4">{props.children}</div>
          <p id={captionId} className="mt-4 max-w-4xl text-sm leading-6 text-slate-600">
            {props.caption}
          </p>
        </figure>
        {props.drillLinks}
        {props.dataTable}
      </Card>
    </section>
  );
}
