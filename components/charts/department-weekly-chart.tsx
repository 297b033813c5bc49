'use client';

import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  Rectangle,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
  type TooltipContentProps,
} from 'recharts';
import { useRouter } from 'next/navigation';
import type { ControlLimits } from '@/lib/control-chart';
import type { DepartmentWeek } from '@/lib/department';
import { formatDay, formatInteger, formatPercent } from '../format';
import { ChartLegend } from './chart-legend';
import { niceTicks } from './nice-ticks';
import { TooltipBox } from './tooltip-box';

const LINE_COLOR = '#0f172a';
const SIGNAL_COLOR = '#dc2626';
const FIX_COLOR = '#059669';
const LIMIT_COLOR = '#64748b';

/**
 * Weekly tickets as bars (left axis) and the week's recurrence rate as a line (right axis); a
 * bar opens its week's tickets (`hrefs`, one per week).
 */
export function DepartmentWeeklyChart(props: {
  weeks: DepartmentWeek[];
  hrefs: string[];
  color: string;
  height: number;
  /** Each week's c-chart centre line and 3σ limits (lib/control-chart.ts); null: none. */
  limits: (ControlLimits | null)[];
  /** Week starts (YYYY-MM-DD) of the full weeks beyond the limits: drawn red. */
  specialWeeks: string[];
  /** Week starts (YYYY-MM-DD) of done corrective actions, drawn as labelled vertical lines. */
  fixes: { weekStart: string; label: string }[];
}) {
  const { color } = props;
  const router = useRouter();
  const special = new Set(props.specialWeeks);
  const isSpecial = (week: DepartmentWeek) => special.has(week.weekStart);
  const bar = (shape: BarShapeProps) => (
    <Rectangle
      {...shape}
      fill={isSpecial(shape.payload as DepartmentWeek) ? SIGNAL_COLOR : color}
      // Partial weeks at the edges are lighter: fewer days, not a real dip.
      fillOpacity={(shape.payload as DepartmentWeek).days < 7 ? 0.4 : 1}
    />
  );

  function tooltip({ active, payload }: TooltipContentProps) {
    const week = payload?.[0]?.payload as DepartmentWeek | undefined;
    if (!active || !week) return null;
    return (
      <TooltipBox title={`Week of ${formatDay(week.weekStart)}`}>
        {week.days < 7 && (
          <p className="text-amber-800">Partial week: {week.days} of 7 days in the range</p>
        )}
        <p>{formatInteger(week.tickets)} tickets opened</p>
        {isSpecial(week) && (
          <p className="font-medium text-red-700">Beyond the control limits: a special cause</p>
        )}
        <p className="text-slate-500">Click the bar to list them</p>
        <p>
          {formatInteger(week.recurrences)} recurrences
          {week.recurrenceRate !== null && ` (${formatPercent(week.recurrenceRate)} of classified)`}
        </p>
      </TooltipBox>
    );
  }

  const ticks = niceTicks(
    Math.max(1, ...props.limits.map((l) => l?.upper ?? 0), ...props.weeks.map((w) => w.tickets)),
    { integers: true },
  );
  const maxRate = Math.max(0, ...props.weeks.map((w) => (w.recurrenceRate ?? 0) * 100));
  const rateTicks = niceTicks(Math.max(5, maxRate), { maxIntervals: 5 });
  return (
    <div>
      <ChartLegend
        items={[
          { key: 'tickets', label: 'Tickets opened (left axis)', color },
          { key: 'rate', label: 'Recurrence rate (right axis)', color: LINE_COLOR, line: true },
          ...(props.limits.some((l) => l !== null)
            ? [
                {
                  key: 'limits',
                  label: 'Centre line and 3σ limits',
                  color: LIMIT_COLOR,
                  line: true,
                },
                { key: 'signal', label: 'Week beyond the limits', color: SIGNAL_COLOR },
              ]
            : []),
          ...(props.fixes.length > 0
            ? [{ key: 'fix', label: 'Corrective action done', color: FIX_COLOR, line: true }]
            : []),
        ]}
      />
      <div style={{ height: props.height }}>
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart
            data={props.weeks.map((w, i) => ({
              ...w,
              centre: props.limits[i]?.centre ?? null,
              upper: props.limits[i]?.upper ?? null,
              // A lower limit of 0 flags nothing, so it is not drawn.
              lower: props.limits[i]?.lower || null,
            }))}
            margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
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
              yAxisId="tickets"
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
            <YAxis
              yAxisId="rate"
              orientation="right"
              ticks={rateTicks}
              domain={[0, rateTicks[rateTicks.length - 1]]}
              width={64}
              tick={{ fontSize: 12, fill: '#475569' }}
              tickFormatter={(v: number) => `${v} %`}
              label={{
                value: 'Recurrence rate (% of classified)',
                angle: 90,
                position: 'insideRight',
                style: { textAnchor: 'middle' },
                fontSize: 12,
                fill: '#334155',
              }}
            />
            <Tooltip content={tooltip} cursor={{ fill: '#f1f5f9' }} />
            {props.fixes.map((f) => (
              <ReferenceLine
                key={`${f.weekStart}-${f.label}`}
                yAxisId="tickets"
                x={f.weekStart}
                stroke={FIX_COLOR}
                strokeWidth={2}
                label={{ value: f.label, position: 'insideTopLeft', fontSize: 11, fill: FIX_COLOR }}
              />
            ))}
            <Bar
              yAxisId="tickets"
              dataKey="tickets"
              name="Tickets opened"
              shape={bar}
              isAnimationActive={false}
              cursor="pointer"
              onClick={(_, index) => router.push(props.hrefs[index])}
            />
            {(['centre', 'upper', 'lower'] as const).map((key) => (
              <Line
                key={key}
                yAxisId="tickets"
                dataKey={key}
                name={key === 'centre' ? 'Centre line' : '3σ limit'}
                type="step"
                stroke={LIMIT_COLOR}
                strokeWidth={1.5}
                strokeDasharray={key === 'centre' ? '6 3' : '2 3'}
                dot={false}
                activeDot={false}
                tooltipType="none"
                isAnimationActive={false}
              />
            ))}
            <Line
              yAxisId="rate"
              dataKey={(w: DepartmentWeek) =>
                w.recurrenceRate === null ? null : w.recurrenceRate * 100
              }
              name="Recurrence rate"
              stroke={LINE_COLOR}
              strokeWidth={2}
              dot={props.weeks.length <= 30 ? { r: 2.5, fill: LINE_COLOR } : false}
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
