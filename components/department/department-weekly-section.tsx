import type { DepartmentWeek } from '@/lib/department';
import type { DateRange } from '@/lib/filters';
import { ticketsHref, weekWithinRange } from '@/lib/links';
import { phasedLimits, signalOf } from '@/lib/control-chart';
import { dayOf, dayToIso, isoToDay, isoWeekStartDay } from '@/lib/time';
import { ChartSection } from '../chart-section';
import { DepartmentWeeklyChart } from '../charts/department-weekly-chart';
import { DrillLinks } from '../charts/drill-links';
import { EmptyChart } from '../charts/empty-chart';
import { formatDay, formatDecimal, formatInteger, formatPercent } from '../format';
import { SrTable } from '../ui/sr-table';
import type { DrillSubject } from './drill-subject';

const HEIGHT = 340;

/** The full weeks with the most tickets and the highest recurrence rate, for the caption. */
function peaks(weeks: DepartmentWeek[]) {
  const full = weeks.filter((w) => w.days === 7);
  const busiest = [...full].sort((a, b) => b.tickets - a.tickets)[0];
  const worst = [...full]
    .filter((w) => w.recurrenceRate !== null && w.tickets >= 5)
    .sort((a, b) => b.recurrenceRate! - a.recurrenceRate!)[0];
  return { busiest, worst };
}

/** The explorer with the subject's tickets of one week (its days inside the range). */
export function weekHref(week: DepartmentWeek, range: DateRange, subject: DrillSubject): string {
  return ticketsHref(weekWithinRange(isoToDay(week.weekStart), range), subject.filters);
}

export function DepartmentWeeklySection(props: {
  weeks: DepartmentWeek[];
  range: DateRange;
  subject: DrillSubject;
  /** Over the whole range. */
  recurrenceRate: number | null;
  tickets: number;
  /** Done corrective actions to mark on the timeline. */
  fixes: { doneAt: number; title: string }[];
}) {
  const { weeks, range, subject } = props;
  const fixes = props.fixes
    .map((f) => ({ weekStart: dayToIso(isoWeekStartDay(dayOf(f.doneAt))), label: f.title }))
    .filter((f) => weeks.some((w) => w.weekStart === f.weekStart));
  // Each fix changed the process: the limits start again from its week.
  const phases = phasedLimits(
    weeks,
    fixes.map((f) => f.weekStart),
  );
  const limitsByWeek = phases.flatMap((p) => p.weeks.map(() => p.limits));
  const judged = phases.filter((p) => p.limits !== null);
  const specialWeeks = phases.flatMap((p) =>
    p.weeks.filter((w) => w.days === 7 && signalOf(w.tickets, p.limits)),
  );
  const { busiest, worst } = peaks(weeks);
  const rate = props.recurrenceRate;
  return (
    <ChartSection
      id="chart-department-weekly"
      title="Tickets and recurrence per week"
      caption={
        <>
          <strong className="font-semibold text-slate-800">
            Bars are the tickets of {subject.name} opened each ISO week; the line is the share of
            those (classified) tickets that were repeats of a problem the same customer already had.
          </strong>{' '}
          A rising line with flat bars means fixes are not holding. Click a bar for its tickets.
          {rate !== null && <> Over the range the recurrence rate is {formatPercent(rate)}.</>}
          {busiest && busiest.tickets > 0 && (
            <>
              {' '}
              Busiest full week: {formatDay(busiest.weekStart)} ({formatInteger(busiest.tickets)}{' '}
              tickets).
            </>
          )}
          {worst && (
            <>
              {' '}
              Highest recurrence: week of {formatDay(worst.weekStart)} (
              {formatPercent(worst.recurrenceRate!)}).
            </>
          )}{' '}
          Lighter bars are partial weeks at the edges of the range.
          {judged.length > 0 && (
            <>
              {' '}
              Control chart (c-chart): the dashed centre line is the average of a baseline of full
              weeks (
              {judged
                .map((p) => `${formatDecimal(p.limits!.centre)} tickets a week`)
                .join(', then ')}
              ; the weeks before the last 8 when there are at least 20), the dotted lines ± 3√c̄
              {phases.length > 1 &&
                ', recomputed from each corrective action done, because the process changed'}
              ; a red week is beyond them, a special cause rather than chance.{' '}
              {specialWeeks.length === 0
                ? 'No week is beyond the limits.'
                : `Beyond the limits: ${specialWeeks
                    .slice(0, 6)
                    .map((w) => `week of ${formatDay(w.weekStart)} (${formatInteger(w.tickets)})`)
                    .join(
                      ', ',
                    )}${specialWeeks.length > 6 ? ` and ${specialWeeks.length - 6} more` : ''}.`}
            </>
          )}
          {fixes.length > 0 && ' Green lines mark corrective actions done.'}
        </>
      }
      drillLinks={
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer text-slate-600">Each week’s tickets as links</summary>
          <DrillLinks
            title="Tickets of the week starting"
            links={weeks.map((w) => ({
              label: formatDay(w.weekStart),
              count: w.tickets,
              href: weekHref(w, range, subject),
            }))}
          />
        </details>
      }
      dataTable={
        <SrTable
          caption={`Tickets and recurrence rate per week, ${subject.name}`}
          columns={['Week starting', 'Days in range', 'Tickets', 'Recurrences', 'Recurrence rate']}
          rows={weeks.map((w) => [
            formatDay(w.weekStart),
            String(w.days),
            formatInteger(w.tickets),
            formatInteger(w.recurrences),
            w.recurrenceRate === null ? 'no classified tickets' : formatPercent(w.recurrenceRate),
          ])}
        />
      }
    >
      {props.tickets === 0 ? (
        <EmptyChart height={HEIGHT} message="No tickets in this range." />
      ) : (
        <DepartmentWeeklyChart
          weeks={weeks}
          color={subject.color}
          hrefs={weeks.map((w) => weekHref(w, range, subject))}
          limits={limitsByWeek}
          specialWeeks={specialWeeks.map((w) => w.weekStart)}
          fixes={fixes.map((f) => ({
            ...f,
            label: `Fix: ${f.label.length > 28 ? `${f.label.slice(0, 27)}…` : f.label}`,
          }))}
          height={HEIGHT}
        />
      )}
    </ChartSection>
  );
}
