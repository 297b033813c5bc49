import type { DateRange } from '@/lib/filters';
import { causeHref } from '@/lib/links';
import type { ParetoPoint } from '@/lib/overview';
import { ChartSection } from '../chart-section';
import { EmptyChart } from '../charts/empty-chart';
import { ParetoChart } from '../charts/pareto-chart';
import { PARETO_BARS, PARETO_TARGET, paretoSummary } from '../charts/pareto-data';
import { formatInteger, formatPercent } from '../format';
import { SrTable } from '../ui/sr-table';

const HEIGHT = 440;

/**
 * The Pareto of root causes for any scope: the whole company (bars coloured by the owning
 * department) or one department (every bar its colour).
 */
export function ParetoSection(props: {
  pareto: readonly ParetoPoint[];
  title: string;
  /** The company-wide chart colours bars by department and says so; a department's does not. */
  byDepartment: boolean;
  /** The range the cause links carry. */
  range: DateRange;
}) {
  const summary = paretoSummary(props.pareto);
  const { rest } = summary;
  return (
    <ChartSection
      id="chart-pareto"
      title={props.title}
      caption={
        summary.classifiedTickets === 0 ? (
          'No ticket in this range has a root cause yet, so there is nothing to rank.'
        ) : (
          <>
            <strong className="font-semibold text-slate-800">
              The first {summary.causesToTarget}{' '}
              {summary.causesToTarget === 1 ? 'cause accounts' : 'causes account'} for{' '}
              {PARETO_TARGET * 100} % of classified tickets
            </strong>{' '}
            ({formatInteger(summary.classifiedTickets)} classified tickets in the range): these are
            where a fix removes the most tickets.
            {props.byDepartment && ' Bars are coloured by the department that owns the cause;'}{' '}
            {props.byDepartment ? 'the' : 'The'} dashed line marks {PARETO_TARGET * 100} %. Open a
            cause by its bar or its name.
            {rest.causes > 0 && (
              <>
                {' '}
                Showing the top {PARETO_BARS}; the other {formatInteger(rest.causes)}{' '}
                {rest.causes === 1 ? 'cause holds' : 'causes hold'} {formatInteger(rest.tickets)}{' '}
                tickets ({formatPercent(rest.share)}).
              </>
            )}
          </>
        )
      }
      dataTable={
        <SrTable
          caption="Root causes by number of tickets, with their cumulative share"
          columns={['Root cause', 'Department', 'Tickets', 'Share', 'Cumulative share']}
          rows={summary.bars.map((p) => [
            p.causeName,
            p.departmentName,
            formatInteger(p.tickets),
            formatPercent(p.share),
            formatPercent(p.cumulativeShare),
          ])}
        />
      }
    >
      {summary.bars.length === 0 ? (
        <EmptyChart height={HEIGHT} message="No classified tickets in this range." />
      ) : (
        <ParetoChart
          bars={summary.bars}
          height={HEIGHT}
          hrefs={Object.fromEntries(
            summary.bars.map((b) => [b.causeId, causeHref(b.causeId, props.range)]),
          )}
        />
      )}
    </ChartSection>
  );
}
