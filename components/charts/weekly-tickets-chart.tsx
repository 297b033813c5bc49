'use client';

import {
  Bar,
  BarChart,
  CartesianGrid,
  Rectangle,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
  type TooltipContentProps,
} from 'recharts';
import { useRouter } from 'next/navigation';
import { NO_DEPARTMENT, type DateRange } from '@/lib/filters';
import { ticketsHref, weekWithinRange } from '@/lib/links';
import { UNCLASSIFIED_KEY, type WeeklyPoint } from '@/lib/overview';
import { isoToDay } from '@/lib/time';
import { formatDay, formatInteger } from '../format';
import { ChartLegend } from './chart-legend';
import { departmentColor } from './department-colors';
import { niceTicks } from './nice-ticks';
import { TooltipBox } from './tooltip-box';
import type { WeeklySeriesInfo } from './weekly-tickets-data';

/** Partial weeks are drawn lighter: fewer days, so fewer tickets, and not a real dip. */
function weekBar(color: string) {
  return function WeekBar(props: BarShapeProps) {
    const partial = (props.payload as WeeklyPoint).days < 7;
    return <Rectangle {...props} fill={color} fillOpacity={partial ? 0.4 : 1} />;
  };
}

/** The explorer with one department's tickets of one week (only its days inside the range). */
export function weekTicketsHref(week: WeeklyPoint, seriesKey: string, range: DateRange): string {
  return ticketsHref(weekWithinRange(isoToDay(week.weekStart), range), {
    department: seriesKey === UNCLASSIFIED_KEY ? NO_DEPARTMENT : seriesKey,
  });
}

export function WeeklyTicketsChart(props: {
  weeks: WeeklyPoint[];
  series: WeeklySeriesInfo[];
  range: DateRange;
  height: number;
}) {
  const router = useRouter();
  function tooltip({ active, payload }: TooltipContentProps) {
    const week = payload?.[0]?.payload as WeeklyPoint | undefined;
    if (!active || !week) return null;
    const lines = props.series
      .map((s) => ({ ...s, count: week.counts[s.key] ?? 0 }))
      .filter((s) => s.count > 0)
      .sort((a, b) => b.count - a.count);
    return (
      <TooltipBox title={`Week of ${formatDay(week.weekStart)}`}>
        {week.days < 7 && (
          <p className="text-amber-800">Partial week: {week.days} of 7 days in the range</p>
        )}
        <p className="font-medium">{formatInteger(week.total)} tickets</p>
        <p className="text-slate-500">Click a colour to list its tickets</p>
        {lines.map((s) => (
          <p key={s.key} className="flex items-center gap-2">
            <span
              aria-hidden="true"
              className="inline-block size-2.5 rounded-sm"
              style={{ background: departmentColor(s.key) }}
            />
            {s.label}: {formatInteger(s.count)}
          </p>
        ))}
      </TooltipBox>
    );
  }

  const ticks = niceTicks(Math.max(...props.weeks.map((w) => w.total)), { integers: true });
  return (
    <div>
      <ChartLegend
        items={props.series.map((s) => ({
          key: s.key,
          label: s.label,
          color: departmentColor(s.key),
        }))}
      />
      <div style={{ height: props.height }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={props.weeks}
            margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
            barCategoryGap={1}
            accessibilityLayer
          >
            <CartesianGrid vertical={false} stroke="#e2e8f0" />
            <XAxis
              dataKey="weekStart"
              tickFormatter={formatDay}
              minTickGap={28}
              height={48}
              tick={{ fontSize: 12, fill: '#475569' }}
              label={{
                value: 'Week starting (Monday)',
                position: 'insideBottom',
                fontSize: 12,
                fill: '#334155',
              }}
            />
            <YAxis
              ticks={ticks}
              domain={[0, ticks[ticks.length - 1]]}
              width={64}
              tick={{ fontSize: 12, fill: '#475569' }}
              tickFormatter={formatInteger}
              label={{
                value: 'Tickets opened per week',
                angle: -90,
                position: 'insideLeft',
                style: { textAnchor: 'middle' },
                fontSize: 12,
                fill: '#334155',
              }}
            />
            <Tooltip content={tooltip} cursor={{ fill: '#f1f5f9' }} />
            {props.series.map((s) => (
              <Bar
                key={s.key}
                dataKey={(week: WeeklyPoint) => week.counts[s.key] ?? 0}
                name={s.label}
                stackId="tickets"
                fill={departmentColor(s.key)}
                shape={weekBar(departmentColor(s.key))}
                isAnimationActive={false}
                cursor="pointer"
                onClick={(bar) =>
                  router.push(weekTicketsHref(bar.payload as WeeklyPoint, s.key, props.range))
                }
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
