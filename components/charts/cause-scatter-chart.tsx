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
  type LabelProps,
  type TooltipContentProps,
} from 'recharts';
import { useState } from 'react';
import { formatDecimal, formatInteger } from '../format';
import { ChartLegend } from './chart-legend';
import { fittedTicks } from './nice-ticks';
import { labelGeometry, placeLabels, type LabelSide } from './scatter-labels';
import { useRouter } from 'next/navigation';
import { TooltipBox } from './tooltip-box';

export interface ScatterPoint {
  causeId: number;
  causeName: string;
  /** Drawn next to the mark: the cause's number in the key below the chart. */
  label: string;
  tickets: number;
  ahtMinutes: number;
  /** Median resolution in the chart's unit. */
  resolution: number;
  inCorner: boolean;
  /** The cause's page, which a click on its mark opens. */
  href: string;
}

/**
 * Near-black: every department colour is a mid-tone hue (department-colors.ts), so this stays
 * distinct from all of them, red-orange installation included, and for colour-blind readers too.
 * The corner's causes are also diamonds, so the highlight does not rest on colour alone.
 */
const HIGHLIGHT_COLOR = '#0f172a';

const MARGIN = { top: 16, right: 24, bottom: 8, left: 8 };
const X_AXIS_HEIGHT = 48;
const Y_AXIS_WIDTH = 64;
/** Mark areas in px² (d3 symbol sizes): the smallest cause stays visible, the largest readable. */
const SIZE_RANGE: [number, number] = [40, 900];
/** The plot's width until the container has been measured (a desktop page). */
const INITIAL_WIDTH = 1100;

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
  // The axes span the causes, the department's lines and the corner's edges, not 0: causes of one
  // department often differ by tenths of a minute and would sit in one clump. Keeping the corner's
  // edge in view shows how far a cause would have to move to be named.
  const present = (v: number | null | undefined): v is number => v !== null && v !== undefined;
  const xTicks = fittedTicks(
    [
      ...props.points.map((p) => p.ahtMinutes),
      department.ahtMinutes,
      props.corner?.maxAhtMinutes,
    ].filter(present),
    { maxIntervals: 8 },
  );
  const yTicks = fittedTicks(
    [
      ...props.points.map((p) => p.resolution),
      department.resolution,
      props.corner?.minResolution,
    ].filter(present),
    { maxIntervals: 6 },
  );
  const xDomain = [xTicks[0], xTicks[xTicks.length - 1]];
  const yDomain = [yTicks[0], yTicks[yTicks.length - 1]];

  const series = [
    {
      key: 'other',
      points: props.points.filter((p) => !p.inCorner),
      color: props.color,
      shape: 'circle',
    },
    {
      key: 'corner',
      points: props.points.filter((p) => p.inCorner),
      color: HIGHLIGHT_COLOR,
      shape: 'diamond',
    },
  ] as const;

  // Labels are placed where they cover neither each other nor other marks, which takes the
  // marks' pixel positions: from the domains, the plot's size and the mark sizes (ZAxis maps
  // 0..most tickets linearly onto SIZE_RANGE). The corner's causes choose first.
  const [width, setWidth] = useState(INITIAL_WIDTH);
  const plot = {
    width: width - MARGIN.left - MARGIN.right - Y_AXIS_WIDTH,
    height: props.height - MARGIN.top - MARGIN.bottom - X_AXIS_HEIGHT,
  };
  const mostTickets = Math.max(1, ...props.points.map((p) => p.tickets));
  const ordered = [...series[1].points, ...series[0].points];
  const sides = placeLabels(
    ordered.map((p) => ({
      x: ((p.ahtMinutes - xDomain[0]) / (xDomain[1] - xDomain[0])) * plot.width,
      y: (1 - (p.resolution - yDomain[0]) / (yDomain[1] - yDomain[0])) * plot.height,
      r: Math.sqrt(
        (SIZE_RANGE[0] + ((SIZE_RANGE[1] - SIZE_RANGE[0]) * p.tickets) / mostTickets) / Math.PI,
      ),
      text: p.label,
    })),
    plot,
  );
  const sideOf = new Map<number, LabelSide>(ordered.map((p, i) => [p.causeId, sides[i]]));

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
        {point.inCorner && <p className="font-semibold text-slate-900">Short calls, slow fix</p>}
      </TooltipBox>
    );
  }

  return (
    <div>
      <ChartLegend
        items={[
          {
            key: 'other',
            label: 'Root cause, numbered as in the key below (area = tickets)',
            color: props.color,
            symbol: 'circle',
          },
          {
            key: 'corner',
            label: 'Short calls, slow fix: named in the text below',
            color: HIGHLIGHT_COLOR,
            symbol: 'diamond',
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
        <ResponsiveContainer width="100%" height="100%" onResize={setWidth}>
          <ScatterChart margin={MARGIN} accessibilityLayer>
            <CartesianGrid stroke="#e2e8f0" />
            {props.corner && (
              <ReferenceArea
                x1={xDomain[0]}
                x2={props.corner.maxAhtMinutes}
                y1={props.corner.minResolution}
                y2={yDomain[1]}
                fill={HIGHLIGHT_COLOR}
                fillOpacity={0.05}
                stroke="none"
                label={{
                  value: 'short calls, slow fixes',
                  position: 'insideTopLeft',
                  fontSize: 12,
                  fill: HIGHLIGHT_COLOR,
                }}
              />
            )}
            <XAxis
              type="number"
              dataKey="ahtMinutes"
              name="Average handle time"
              ticks={xTicks}
              domain={xDomain}
              height={X_AXIS_HEIGHT}
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
              domain={yDomain}
              width={Y_AXIS_WIDTH}
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
            <ZAxis
              type="number"
              dataKey="tickets"
              domain={[0, mostTickets]}
              range={SIZE_RANGE}
              name="Tickets"
            />
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
                shape={s.shape}
                fill={s.color}
                fillOpacity={0.7}
                stroke={s.color}
                strokeWidth={s.key === 'corner' ? 2 : 1}
                isAnimationActive={false}
                cursor="pointer"
                onClick={(point) => router.push((point.payload as ScatterPoint).href)}
              >
                <LabelList
                  dataKey="label"
                  content={(label: LabelProps) => (
                    <PointLabel {...label} side={sideOf.get(s.points[label.index ?? 0].causeId)} />
                  )}
                />
              </Scatter>
            ))}
          </ScatterChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}

/** A cause's number on the side of its mark that placeLabels chose. */
function PointLabel({ viewBox, value, side }: LabelProps & { side: LabelSide | undefined }) {
  if (!viewBox || !('width' in viewBox) || side === undefined) return null;
  const { x = 0, y = 0, width = 0, height = 0 } = viewBox;
  const at = labelGeometry(
    { x: x + width / 2, y: y + height / 2, r: width / 2, text: String(value) },
    side,
  );
  return (
    <text
      x={at.x}
      y={at.y}
      textAnchor={at.textAnchor}
      dominantBaseline="central"
      fontSize={12}
      fontWeight={600}
      fill="#1e293b"
      stroke="#ffffff"
      strokeWidth={3}
      paintOrder="stroke"
    >
      {value}
    </text>
  );
}
