import Link from 'next/link';
import { Card } from './ui/card';
import type { KpiDelta, Tone } from './kpi-delta';

export interface KpiCardProps {
  testId: string;
  label: string;
  /** Qualifier shown next to the label, e.g. "p50". */
  qualifier?: string;
  /** The unformatted figure, for tests that compare the card with SQL; null when missing. */
  value: number | null;
  display: string;
  unit: string;
  /** Why the value is missing; shown on hover and to screen readers. */
  missingReason: string;
  delta: KpiDelta;
  note?: string;
  /** The same figure for a wider scope, e.g. the whole company beside a department. */
  comparison?: { label: string; display: string; value: number | null };
  /** The explorer showing the tickets behind the figure; the whole card is the link. */
  drill?: { href: string; label: string };
}

const TONE_CLASS: Record<Tone, string> = {
  good: 'text-emerald-700',
  bad: 'text-red-700',
  neutral: 'text-slate-600',
};

const ARROW = { up: '↑', down: '↓', flat: '→' } as const;

export function KpiCard(props: KpiCardProps) {
  const { delta } = props;
  return (
    <Card
      data-testid={props.testId}
      data-value={props.value ?? undefined}
      className="relative flex h-full flex-col gap-1 p-4 has-[a:hover]:border-slate-400 has-[a:focus-visible]:ring-2 has-[a:focus-visible]:ring-blue-600"
    >
      <p className="text-sm font-medium text-slate-600">
        {props.drill ? (
          // The link's box covers the card: one click target, one tab stop, a real name.
          <Link
            href={props.drill.href}
            aria-label={props.drill.label}
            title={props.drill.label}
            className="outline-none after:absolute after:inset-0 after:rounded-lg"
          >
            {props.label}
          </Link>
        ) : (
          props.label
        )}
        {props.qualifier && (
          <span className="ml-1.5 text-xs text-slate-500">{props.qualifier}</span>
        )}
      </p>
      {props.value === null ? (
        <p className="text-3xl font-semibold text-slate-400" title={props.missingReason}>
          <span aria-hidden="true">—</span>
          <span className="sr-only">Not available: {props.missingReason}</span>
        </p>
      ) : (
        <p className="flex items-baseline gap-1.5 tabular-nums">
          <span className="text-3xl font-semibold tracking-tight">{props.display}</span>
          <span className="text-sm text-slate-500">{props.unit}</span>
        </p>
      )}
      <p className={`text-sm tabular-nums ${TONE_CLASS[delta.tone]}`} data-tone={delta.tone}>
        {delta.direction && (
          <span aria-hidden="true" className="mr-1 font-semibold">
            {ARROW[delta.direction]}
          </span>
        )}
        <span className="font-medium">{delta.text}</span>
        {delta.direction && <span className="text-slate-500"> vs previous period</span>}
        {delta.provisional && (
          <span className="block text-slate-500">provisional: many tickets still open</span>
        )}
        {delta.tone !== 'neutral' && <span className="sr-only"> ({delta.tone})</span>}
      </p>
      {props.comparison && (
        <p
          className="text-sm text-slate-700 tabular-nums"
          data-testid={`${props.testId}-comparison`}
          data-value={props.comparison.value ?? undefined}
        >
          {props.comparison.label}:{' '}
          <span className="font-medium">
            {props.comparison.value === null ? 'no figure' : props.comparison.display}
          </span>
          {props.comparison.value !== null && ` ${props.unit}`}
        </p>
      )}
      {props.note && <p className="text-xs text-slate-500">{props.note}</p>}
    </Card>
  );
}
