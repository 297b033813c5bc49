/**
 * The weekly review as Markdown, for meeting notes: the same figures as the page, plain text.
 */
import type { ReviewCause, ReviewData } from '@/db/queries/review';
import { STATUS_LABELS } from '@/lib/actions';
import { describePValue } from '@/lib/effectiveness';
import type { Mover } from '@/lib/review';
import { formatDay, formatDayOf, formatDecimal, formatInteger } from '../format';
import { resolutionFiguresProvisional } from '@/lib/metrics';
import { deltaLabel } from '../kpi-delta';
import { definitionDelta, kpiDefinitions } from '../kpi-grid';
import { judgedWhenComplete } from './review-section';

const list = (lines: string[], none: string) => (lines.length === 0 ? [none] : lines);

export function reviewMarkdown(review: ReviewData): string {
  const { settings } = review;
  const provisional = resolutionFiguresProvisional(review.kpis);
  const headline = kpiDefinitions(settings.currency, settings.recurrenceWindowDays).map((d) => {
    const value = d.pick(review.kpis);
    const baseline = d.pick(review.baselineKpis);
    const shown = (v: number | null) => (v === null ? '—' : d.format(v));
    const unit = d.unit === '%' || d.unit === settings.currency ? '' : ` (${d.unit})`;
    return `| ${d.label}${unit} | ${shown(value)} | ${shown(baseline)} | ${deltaLabel(definitionDelta(d, value, baseline, provisional))} |`;
  });
  const mover = (m: Mover<ReviewCause>) =>
    `- ${m.cause.causeName} (${m.cause.departmentName}): ${formatInteger(m.cause.week)} tickets against ${formatDecimal(m.expected)} a week before (${describePValue(m.pValue)})`;
  const action = (a: ReviewData['actions']['due'][number], extra: string) =>
    `- ${a.title}: ${a.causeName}, owned by ${a.ownerDepartmentName}${a.ownerUserName ? ` (${a.ownerUserName})` : ''}, ${extra}`;
  const { due, overdue, measured } = review.actions;
  return [
    `# Weekly review ${review.isoWeek} (${formatDay(review.range.from)} – ${formatDay(review.range.to)})`,
    '',
    '## Headline: this week against the 4 weeks before',
    '',
    '| Figure | This week | 4-week average | Change |',
    '| --- | ---: | ---: | ---: |',
    ...headline,
    '',
    '## Causes that moved beyond chance',
    '',
    ...(review.movers === null
      ? [`- ${judgedWhenComplete('Rises and falls', review)}`]
      : list(
          [
            ...review.movers.rose.map((m) => mover(m).replace('- ', '- Rose: ')),
            ...review.movers.fell.map((m) => mover(m).replace('- ', '- Fell: ')),
          ],
          '- None.',
        )),
    ...(review.firstSeen.length > 0
      ? [
          '',
          '## Seen for the first time',
          '',
          ...review.firstSeen.map(
            (c) => `- ${c.causeName} (${c.departmentName}): ${formatInteger(c.week)} tickets`,
          ),
        ]
      : []),
    '',
    '## Recurrences',
    '',
    `- ${formatInteger(review.recurrences)} tickets came back (same customer and cause within ${settings.recurrenceWindowDays} days).`,
    '',
    '## Special causes (beyond 3σ control limits)',
    '',
    ...(review.specialCauses === null
      ? [`- ${judgedWhenComplete('Special causes', review)}`]
      : list(
          review.specialCauses.map(
            (s) =>
              `- ${s.name} (${s.kind}): ${formatInteger(s.tickets)} tickets, ${s.signal} the limits ${formatDecimal(s.limits.lower)} to ${formatDecimal(s.limits.upper)}`,
          ),
          '- None.',
        )),
    '',
    '## Corrective actions',
    '',
    ...list(
      [
        ...overdue.map((a) => action(a, `overdue since ${formatDayOf(a.dueAt)}`)),
        ...due.map((a) => action(a, `due ${formatDayOf(a.dueAt)} (${STATUS_LABELS[a.status]})`)),
        ...measured.map((a) =>
          action(a, `done ${formatDayOf(a.doneAt)}: ${a.effect?.verdict ?? 'not measured'}`),
        ),
      ],
      '- None due, overdue or recently done.',
    ),
    '',
    '## Disputed attributions (open at the week’s end)',
    '',
    ...list(
      review.disputes.map(
        (d) =>
          `- ${d.externalId} ${d.subject}: ${d.departmentName} says “${d.reason}” (${d.status === 'open' ? 'still open' : `${d.status} on ${formatDayOf(d.settledAt)}`})`,
      ),
      '- None.',
    ),
    ...(review.disputesRaisedSince > 0
      ? [`- ${formatInteger(review.disputesRaisedSince)} more raised since, open now.`]
      : []),
    '',
  ].join('\n');
}
