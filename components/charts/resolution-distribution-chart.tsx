'use client';

import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import type { ResolutionBand } from '@/lib/department';
import { formatInteger, formatPercent } from '../format';
import { ChartLegend } from './chart-legend';
import { niceTicks } from './nice-ticks';
import { TooltipBox } from './tooltip-box';

export interface PercentileMarker {
  key: string;
  label: string;
  /** Position on the band axis (lib/department.ts bandPosition). */
  position: number;
  color: string;
}

/**
 * Resolved tickets per resolution-time band. The x axis is numeric, one unit per band, so the
 * p50 and p90 lines can sit at their exact place inside a band rather than at its centre.
 */
export function ResolutionDistributionChart(props: {
  bands: ResolutionBand[];
  markers: PercentileMarker[];
  color: string;
  height: number;
}) {
  const labels = props.bands.map((b) => b.label);
  function tooltip({ active, payload }: TooltipContentProps) {
    const band = payload?.[0]?.payload as ResolutionBand | undefined;
    if (!active || !band) return null;
    return (
      <TooltipBox title={`Resolved in ${band.label}`}>
        <p>
          {formatInteger(band.tickets)} tickets, {formatPercent(band.share)} of resolved
        </p>
      </TooltipBox>
    );
  }
  const ticks = niceTicks(Math.max(1, ...props.bands.map((b) => b.tickets)), { integers: true });
  return (
    <div>
      <ChartLegend
        items={[
          { key: 'tickets', label: 'Resolved tickets', color: props.color },
          ...props.markers.map((m) => ({ key: m.key, label: m.label, color: m.color, line: true })),
        ]}
      />
      <div style={{ height: props.height }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={props.bands}
            margin={{ top: 24, right: 16, bottom: 8, left: 8 }}
            barCategoryGap="10%"
            accessibilityLayer
          >
            <CartesianGrid vertical={false} stroke="#e2e8f0" />
            <XAxis
              dataKey="center"
              type="number"
              domain={[0, props.bands.length]}
              ticks={props.bands.map((b) => b.center)}
              interval={0}
              tickFormatter={(center: number) => labels[Math.floor(center)] ?? ''}
              height={48}
              tick={{ fontSize: 12, fill: '#334155' }}
              label={{
                value: 'Time from opened to resolved',
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
                value: 'Resolved tickets',
                angle: -90,
                position: 'insideLeft',
                style: { textAnchor: 'middle' },
                fontSize: 12,
                fill: '#334155',
              }}
            />
            <Tooltip content={tooltip} cursor={{ fill: '#f1f5f9' }} />
            <Bar
              dataKey="tickets"
              name="Resolved tickets"
              fill={props.color}
              isAnimationActive={false}
            />
            {props.markers.map((m) => (
              <ReferenceLine
                key={m.key}
                x={m.position}
                stroke={m.color}
                strokeWidth={2}
                strokeDasharray="5 3"
                label={{ value: m.label, position: 'top', fontSize: 12, fill: m.color }}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
