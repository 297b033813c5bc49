'use client';

import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Rectangle,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
  type TooltipContentProps,
  type YAxisTickContentProps,
} from 'recharts';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { formatDecimal, formatInteger } from '../format';
import { departmentColor } from './department-colors';
import { niceTicks } from './nice-ticks';
import type {
  ComparisonFigures,
  DepartmentComparison,
  DepartmentComparisonRow,
} from './department-comparison-data';
import { TooltipBox } from './tooltip-box';

const ROW_HEIGHT = 40;
const TOP_MARGIN = 24;
const AXIS_HEIGHT = 44;
const NAME_WIDTH = 176;

const oneDecimal = (value: number | null) => (value === null ? '—' : formatDecimal(value));

interface Panel {
  key: keyof ComparisonFigures;
  title: string;
  axisLabel: string;
  /** Tooltip wording of the figure, with its unit. */
  describe: (value: number | null) => string;
}

function panels(unit: DepartmentComparison['resolutionUnit']): Panel[] {
  return [
    {
      key: 'ahtMinutes',
      title: 'Call time',
      axisLabel: 'Average handle time (minutes)',
      describe: (v) => `${oneDecimal(v)} min average handle time`,
    },
    {
      key: 'resolution',
      title: 'Time to fix',
      axisLabel: `Median resolution time (${unit})`,
      describe: (v) => `${oneDecimal(v)} ${unit} median resolution`,
    },
    {
      key: 'recurrencePct',
      title: 'Comes back',
      axisLabel: 'Recurrence rate (%)',
      describe: (v) => `${oneDecimal(v)} % recurrence`,
    },
  ];
}

const coloredBar = (props: BarShapeProps) => (
  <Rectangle {...props} fill={departmentColor((props.payload as DepartmentComparisonRow).slug)} />
);

/**
 * A department name on the y axis as a real link to its page (an SVG <a>: focusable, announced as
 * a link, followed with Enter).
 */
function nameTick(hrefs: Readonly<Record<string, string>>) {
  return function NameTick(props: YAxisTickContentProps) {
    const name = String(props.payload.value);
    const text = (
      <text
        x={Number(props.x) - 8}
        y={props.y}
        dy="0.355em"
        textAnchor="end"
        fontSize={13}
        fill="#0f172a"
        textDecoration="underline"
      >
        {name}
      </text>
    );
    const href = hrefs[name];
    return href ? (
      <Link href={href} className="department-link">
        {text}
      </Link>
    ) : (
      text
    );
  };
}

export function DepartmentComparisonChart({
  data,
  hrefs = {},
}: {
  data: DepartmentComparison;
  /** Department name -> its page, carrying the date range. */
  hrefs?: Readonly<Record<string, string>>;
}) {
  const router = useRouter();
  const tick = nameTick(hrefs);
  const height = TOP_MARGIN + data.rows.length * ROW_HEIGHT + AXIS_HEIGHT;
  const all = panels(data.resolutionUnit);

  function tooltip({ active, payload }: TooltipContentProps) {
    const row = payload?.[0]?.payload as DepartmentComparisonRow | undefined;
    if (!active || !row) return null;
    return (
      <TooltipBox title={row.name}>
        <p>{formatInteger(row.tickets)} tickets</p>
        {all.map((p) => (
          <p key={p.key}>{p.describe(row[p.key])}</p>
        ))}
      </TooltipBox>
    );
  }

  return (
    <div className="overflow-x-auto">
      <div className="flex min-w-[760px] gap-6">
        {all.map((panel, i) => {
          const ticks = niceTicks(
            Math.max(data.company[panel.key] ?? 0, ...data.rows.map((r) => r[panel.key] ?? 0)),
            // Few ticks: a panel is a third of the width and its values are labelled on the bars.
            { maxIntervals: 5 },
          );
          return (
            <div
              key={panel.key}
              // The first panel carries the department names; it grows like the others, plus their width.
              style={{ flex: `1 1 ${i === 0 ? NAME_WIDTH : 0}px` }}
            >
              <h3
                className="mb-1 text-sm font-semibold text-slate-800"
                style={{ paddingLeft: i === 0 ? NAME_WIDTH : 0 }}
              >
                {panel.title}
              </h3>
              <div style={{ height }}>
                <ResponsiveContainer width="100%" height="100%">
                  <BarChart
                    data={data.rows}
                    layout="vertical"
                    // The left margin keeps the 0 tick of the panels without names from being clipped.
                    margin={{ top: TOP_MARGIN, right: 40, bottom: 0, left: i === 0 ? 0 : 12 }}
                    accessibilityLayer
                  >
                    <CartesianGrid horizontal={false} stroke="#e2e8f0" />
                    <XAxis
                      type="number"
                      ticks={ticks}
                      domain={[0, ticks[ticks.length - 1]]}
                      height={AXIS_HEIGHT}
                      tick={{ fontSize: 12, fill: '#475569' }}
                      tickFormatter={formatDecimal}
                      label={{
                        value: panel.axisLabel,
                        position: 'insideBottom',
                        fontSize: 12,
                        fill: '#334155',
                      }}
                    />
                    <YAxis
                      type="category"
                      dataKey="name"
                      width={i === 0 ? NAME_WIDTH : 0}
                      hide={i !== 0}
                      tick={i === 0 ? tick : false}
                      tickLine={false}
                    />
                    <Tooltip content={tooltip} cursor={{ fill: '#f1f5f9' }} />
                    <Bar
                      dataKey={panel.key}
                      name={panel.axisLabel}
                      barSize={22}
                      shape={coloredBar}
                      isAnimationActive={false}
                      cursor="pointer"
                      onClick={(bar) => {
                        const href = hrefs[(bar.payload as DepartmentComparisonRow).name];
                        if (href) router.push(href);
                      }}
                    >
                      <LabelList
                        dataKey={panel.key}
                        position="right"
                        fontSize={12}
                        fill="#334155"
                        // A white halo keeps a value readable where it crosses the dashed line.
                        stroke="#ffffff"
                        strokeWidth={3}
                        paintOrder="stroke"
                        formatter={(v) => (typeof v === 'number' ? formatDecimal(v) : '')}
                      />
                    </Bar>
                    {data.company[panel.key] !== null && (
                      <ReferenceLine
                        x={data.company[panel.key] ?? undefined}
                        stroke="#0f172a"
                        strokeDasharray="4 3"
                        label={{
                          value: `company: ${oneDecimal(data.company[panel.key])}`,
                          position: 'top',
                          fontSize: 11,
                          fill: '#0f172a',
                        }}
                      />
                    )}
                  </BarChart>
                </ResponsiveContainer>
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
