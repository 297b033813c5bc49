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
  type XAxisTickContentProps,
} from 'recharts';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import type { ParetoPoint } from '@/lib/overview';
import { formatInteger, formatPercent } from '../format';
import { ChartLegend, type LegendItem } from './chart-legend';
import { departmentColor } from './department-colors';
import { niceTicks } from './nice-ticks';
import { PARETO_TARGET } from './pareto-data';
import { TooltipBox } from './tooltip-box';

const MAX_TICK_CHARS = 26;
const LINE_COLOR = '#0f172a';

const shorten = (name: string) =>
  name.length > MAX_TICK_CHARS ? `${name.slice(0, MAX_TICK_CHARS - 1)}…` : name;

const causeBar = (props: BarShapeProps) => (
  <Rectangle {...props} fill={departmentColor((props.payload as ParetoPoint).departmentSlug)} />
);

function tooltip({ active, payload }: TooltipContentProps) {
  const cause = payload?.[0]?.payload as ParetoPoint | undefined;
  if (!active || !cause) return null;
  return (
    <TooltipBox title={cause.causeName}>
      <p>{cause.departmentName}</p>
      <p>
        {formatInteger(cause.tickets)} tickets, {formatPercent(cause.share)} of classified
      </p>
      <p>Cumulative: {formatPercent(cause.cumulativeShare)}</p>
      <p className="text-slate-500">Click to open the cause</p>
    </TooltipBox>
  );
}

/**
 * A cause's name under its bar as a link to the cause's page: an SVG <a>, reached by Tab and
 * followed with Enter, named with the whole name when the label is shortened.
 */
function causeTick(bars: ParetoPoint[], hrefs: Readonly<Record<number, string>>) {
  return function CauseTick(props: XAxisTickContentProps) {
    const cause = bars[props.index];
    const text = (
      <text
        x={props.x}
        y={props.y}
        dy="0.71em"
        textAnchor="end"
        transform={`rotate(-35, ${props.x}, ${props.y})`}
        fontSize={12}
        fill="#0f172a"
        textDecoration={cause && hrefs[cause.causeId] ? 'underline' : undefined}
      >
        {shorten(String(props.payload.value))}
      </text>
    );
    const href = cause && hrefs[cause.causeId];
    return href ? (
      <Link href={href} aria-label={cause.causeName} className="cause-link">
        {text}
      </Link>
    ) : (
      text
    );
  };
}

/** The departments owning the causes shown, in order of first appearance, then the line. */
function legendItems(bars: ParetoPoint[]): LegendItem[] {
  const departments = new Map(bars.map((b) => [b.departmentSlug, b.departmentName]));
  return [
    ...[...departments].map(([slug, name]) => ({
      key: slug,
      label: name,
      color: departmentColor(slug),
    })),
    { key: 'cumulative', label: 'Cumulative share (right axis)', color: LINE_COLOR, line: true },
  ];
}

export function ParetoChart({
  bars,
  height,
  hrefs = {},
}: {
  bars: ParetoPoint[];
  height: number;
  /** Cause id → its page; its bar and its name link there. */
  hrefs?: Readonly<Record<number, string>>;
}) {
  const router = useRouter();
  const ticks = niceTicks(Math.max(...bars.map((b) => b.tickets)), { integers: true });
  return (
    <div>
      <ChartLegend items={legendItems(bars)} />
      {/* Fifteen slanted cause names need room: narrow screens scroll rather than overlap them. */}
      <div className="overflow-x-auto">
        <div className="min-w-[720px]" style={{ height }}>
          <ResponsiveContainer width="100%" height="100%">
            <ComposedChart
              data={bars}
              margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
              accessibilityLayer
            >
              <CartesianGrid vertical={false} stroke="#e2e8f0" />
              <XAxis
                dataKey="causeName"
                interval={0}
                height={130}
                tick={causeTick(bars, hrefs)}
                label={{
                  value: 'Root cause (most frequent first)',
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
                  value: 'Tickets',
                  angle: -90,
                  position: 'insideLeft',
                  style: { textAnchor: 'middle' },
                  fontSize: 12,
                  fill: '#334155',
                }}
              />
              <YAxis
                yAxisId="share"
                orientation="right"
                domain={[0, 100]}
                ticks={[0, 20, 40, 60, 80, 100]}
                width={64}
                tick={{ fontSize: 12, fill: '#475569' }}
                tickFormatter={(v: number) => `${v} %`}
                label={{
                  value: 'Cumulative share of classified tickets (%)',
                  angle: 90,
                  position: 'insideRight',
                  style: { textAnchor: 'middle' },
                  fontSize: 12,
                  fill: '#334155',
                }}
              />
              <Tooltip content={tooltip} cursor={{ fill: '#f1f5f9' }} />
              <ReferenceLine
                yAxisId="share"
                y={PARETO_TARGET * 100}
                stroke="#64748b"
                strokeDasharray="4 3"
              />
              <Bar
                yAxisId="tickets"
                dataKey="tickets"
                name="Tickets"
                shape={causeBar}
                isAnimationActive={false}
                cursor={Object.keys(hrefs).length > 0 ? 'pointer' : undefined}
                onClick={(bar) => {
                  const href = hrefs[(bar.payload as ParetoPoint).causeId];
                  if (href) router.push(href);
                }}
              />
              <Line
                yAxisId="share"
                dataKey={(p: ParetoPoint) => p.cumulativeShare * 100}
                name="Cumulative share"
                stroke="#0f172a"
                strokeWidth={2}
                dot={{ r: 3, fill: '#0f172a' }}
                isAnimationActive={false}
              />
            </ComposedChart>
          </ResponsiveContainer>
        </div>
      </div>
    </div>
  );
}
