'use client';

import {
  CartesianGrid,
  LabelList,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
  type TooltipContentProps,
} from 'recharts';
import { formatDecimal, formatInteger } from '../format';
import { ChartLegend } from './chart-legend';
import { niceTicks } from './nice-ticks';
import { useRouter } from 'next/navigation';
import { TooltipBox } from './tooltip-box';

export interface ScatterPoint {
  causeId: number;
  causeName: string;
  /** Drawn next to the circle: the cause's number in the key, or its name. */
  label: string;
  tickets: number;
  ahtMinutes: number;
  /** Median resolution in the chart's unit. */
  resolution: number;
  inCorner: boolean;
  /** The cause's page, which a click on its circle opens. */
  href: string;
}

const CORNER_COLOR = '#b91c1c';

/** Causes by call time (x) and time to fix (y), sized by tickets; the slow-fix corner shaded. */
export function CauseScatterChart(props: {
  points: ScatterPoint[];
  unit: 'hours' | 'days';
  /** The department's own AHT and median resolution: the lines that split the plane. */
  department: { ahtMinutes: number | null; resolution: number | null };
  /** Where the short-call, slow-fix corner begins, a margin beyond the department's lines. */
  corner: { maxAhtMinutes: number; minResolution: number } | null;
  color: string;
  height: number;
}) {
  const { department, unit } = props;
  const router = useRouter();
  const xTicks = niceTicks(
    Math.max(department.ahtMinutes ?? 0, ...props.points.map((p) => p.ahtMinutes)) * 1.05,
    { maxIntervals: 8 },
  );
  const yTicks = niceTicks(
    Math.max(department.resolution ?? 0, ...props.points.map((p) => p.resolution)) * 1.08,
    { maxIntervals: 6 },
  );
  const xMax = xTicks[xTicks.length - 1];
  const yMax = yTicks[yTicks.length - 1];

  function tooltip({ active, payload }: TooltipContentProps) {
    const point = payload?.[0]?.payload as ScatterPoint | undefined;
    if (!active || !point) return null;
    return (
      <TooltipBox title={point.causeName}>
        <p>{formatInteger(point.tickets)} tickets</p>
        <p>{formatDecimal(point.ahtMinutes)} min average handle time</p>
        <p>
          {formatDecimal(point.resolution)} {unit} median resolution
        </p>
        {point.inCorner && <p className="font-medium text-red-800">Short calls, slow fix</p>}
      </TooltipBox>
    );
  }

  const series = [
    { key: 'other', points: props.points.filter((p) => !p.inCorner), color: props.color },
    { key: 'corner', points: props.points.filter((p) => p.inCorner), color: CORNER_COLOR },
  ];
  return (
    <div>
      <ChartLegend
        items={[
          {
            key: 'other',
            label: 'Root cause, numbered as in the key below (circle area = tickets)',
            color: props.color,
          },
          {
            key: 'corner',
            label: 'Shorter calls but slower fixes than the department',
            color: CORNER_COLOR,
          },
          {
            key: 'lines',
            label: 'Department average handle time / median resolution',
            color: '#64748b',
            line: true,
          },
        ]}
      />
      <div style={{ height: props.height }}>
        <ResponsiveContainer width="100%" height="100%">
          <ScatterChart margin={{ top: 16, right: 24, bottom: 8, left: 8 }} accessibilityLayer>
            <CartesianGrid stroke="#e2e8f0" />
            {props.corner && (
              <ReferenceArea
                x1={0}
                x2={props.corner.maxAhtMinutes}
                y1={props.corner.minResolution}
                y2={yMax}
                fill={CORNER_COLOR}
                fillOpacity={0.06}
                stroke="none"
                label={{
                  value: 'short calls, slow fixes',
                  position: 'insideTopLeft',
                  fontSize: 12,
                  fill: CORNER_COLOR,
                }}
              />
            )}
            <XAxis
              type="number"
              dataKey="ahtMinutes"
              name="Average handle time"
              ticks={xTicks}
              domain={[0, xMax]}
              height={48}
              tick={{ fontSize: 12, fill: '#475569' }}
              tickFormatter={formatDecimal}
              label={{
                value: 'Average handle time per contact (minutes)',
                position: 'insideBottom',
                fontSize: 12,
                fill: '#334155',
              }}
            />
            <YAxis
              type="number"
              dataKey="resolution"
              name="Median resolution"
              ticks={yTicks}
              domain={[0, yMax]}
              width={64}
              tick={{ fontSize: 12, fill: '#475569' }}
              tickFormatter={formatDecimal}
              label={{
                value: `Median resolution time (${unit})`,
                angle: -90,
                position: 'insideLeft',
                style: { textAnchor: 'middle' },
                fontSize: 12,
                fill: '#334155',
              }}
            />
            <ZAxis type="number" dataKey="tickets" range={[40, 900]} name="Tickets" />
            <Tooltip content={tooltip} cursor={{ strokeDasharray: '3 3' }} />
            {department.ahtMinutes !== null && (
              <ReferenceLine x={department.ahtMinutes} stroke="#64748b" strokeDasharray="4 3" />
            )}
            {department.resolution !== null && (
              <ReferenceLine y={department.resolution} stroke="#64748b" strokeDasharray="4 3" />
            )}
            {series.map((s) => (
              <Scatter
                key={s.key}
                data={s.points}
                fill={s.color}
                fillOpacity={0.7}
                stroke={s.color}
                isAnimationActive={false}
                cursor="pointer"
                onClick={(point) => router.push((point.payload as ScatterPoint).href)}
              >
                <LabelList
                  dataKey="label"
                  position="right"
                  fontSize={12}
                  fontWeight={600}
                  fill="#1e293b"
                  stroke="#ffffff"
                  strokeWidth={3}
                  paintOrder="stroke"
                />
              </Scatter>
            ))}
          </ScatterChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
