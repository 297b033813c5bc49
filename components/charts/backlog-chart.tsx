'use client';

import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import { useRouter } from 'next/navigation';
import type { BacklogBand } from '@/lib/department';
import { formatInteger } from '../format';
import { ChartLegend } from './chart-legend';
import { niceTicks } from './nice-ticks';
import { TooltipBox } from './tooltip-box';

type LinkedBand = BacklogBand & { href: string | null };

/** Open tickets per age band, youngest first, as horizontal bars; a bar opens its tickets. */
export function BacklogChart(props: { bands: LinkedBand[]; color: string; height: number }) {
  const router = useRouter();
  function tooltip({ active, payload }: TooltipContentProps) {
    const band = payload?.[0]?.payload as BacklogBand | undefined;
    if (!active || !band) return null;
    return (
      <TooltipBox title={`Open for ${band.label}`}>
        <p>{formatInteger(band.tickets)} open tickets</p>
      </TooltipBox>
    );
  }
  const ticks = niceTicks(Math.max(1, ...props.bands.map((b) => b.tickets)), {
    integers: true,
    maxIntervals: 6,
  });
  return (
    <div>
      <ChartLegend items={[{ key: 'open', label: 'Open tickets', color: props.color }]} />
      <div style={{ height: props.height }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={props.bands}
            layout="vertical"
            margin={{ top: 8, right: 48, bottom: 8, left: 8 }}
            accessibilityLayer
          >
            <CartesianGrid horizontal={false} stroke="#e2e8f0" />
            <XAxis
              type="number"
              ticks={ticks}
              domain={[0, ticks[ticks.length - 1]]}
              height={44}
              tick={{ fontSize: 12, fill: '#475569' }}
              tickFormatter={formatInteger}
              label={{
                value: 'Open tickets',
                position: 'insideBottom',
                fontSize: 12,
                fill: '#334155',
              }}
            />
            <YAxis
              type="category"
              dataKey="label"
              width={104}
              tick={{ fontSize: 13, fill: '#1e293b' }}
              tickLine={false}
              label={{
                value: 'Age (as of now)',
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
              name="Open tickets"
              fill={props.color}
              barSize={22}
              isAnimationActive={false}
              cursor="pointer"
              onClick={(bar) => {
                const href = (bar.payload as LinkedBand).href;
                if (href) router.push(href);
              }}
            >
              <LabelList
                dataKey="tickets"
                position="right"
                fontSize={12}
                fill="#334155"
                formatter={(v) => (typeof v === 'number' ? formatInteger(v) : '')}
              />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
