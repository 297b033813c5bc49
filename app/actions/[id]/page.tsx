import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireUser } from '@/auth/session';
import { getDb } from '@/db/client';
import { listEntityHistory } from '@/db/queries/audit';
import { actionEffectiveness, getAction } from '@/db/queries/corrective-actions';
import { listDepartments } from '@/db/queries/departments';
import { getSettings } from '@/db/queries/settings';
import { listUsers } from '@/db/queries/users';
import { isOverdue, STATUS_LABELS } from '@/lib/actions';
import { makeRange, parseIdParam } from '@/lib/filters';
import { causeHref } from '@/lib/links';
import { can } from '@/lib/permissions';
import { dayOf, dayToIso } from '@/lib/time';
import { ActionForm } from '@/components/actions/action-form';
import { EffectivenessPanel } from '@/components/actions/verdict';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { formatDateTime, formatDayOf } from '@/components/format';
import { Card } from '@/components/ui/card';

export const metadata: Metadata = { title: 'Corrective action' };

/** A server component renders once per request: "now" is the request's time. */
const requestTime = () => Date.now();

const iso = (ms: number | null) => (ms === null ? '' : dayToIso(dayOf(ms)));

export default async function ActionPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const db = getDb();
  const id = parseIdParam((await params).id);
  const action = id === null ? undefined : getAction(db, id);
  if (!action) notFound();
  const now = requestTime();
  const { effectivenessWeeks, displayTimeZone } = getSettings(db);
  const effect = actionEffectiveness(db, action, effectivenessWeeks, now);
  const mayEdit = can(user, 'manageActions', { departmentIds: [action.ownerDepartmentId] });
  const history = listEntityHistory(db, 'action', String(action.id));
  const departments = listDepartments(db);
  const people = listUsers(db);
  const FIELD_WORDS: Record<string, string> = {
    title: 'title',
    description: 'description',
    status: 'status',
    ownerDepartmentId: 'owning department',
    ownerUserId: 'owner',
    dueAt: 'due date',
    doneAt: 'done date',
  };
  const shown = (field: string | null, value: string | null) => {
    if (value === null) return '—';
    if (field === 'dueAt' || field === 'doneAt') return formatDayOf(Number(value));
    if (field === 'ownerDepartmentId')
      return departments.find((d) => String(d.id) === value)?.name ?? value;
    if (field === 'ownerUserId') return people.find((u) => u.id === value)?.name ?? value;
    if (field === 'status') return STATUS_LABELS[value as keyof typeof STATUS_LABELS] ?? value;
    return value;
  };
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <Breadcrumbs
          items={[
            { label: 'Corrective actions', href: '/actions' },
            { label: action.causeName, href: `/causes/${action.rootCauseId}` },
            { label: action.title },
          ]}
        />
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{action.title}</h1>
        <p className="text-sm text-slate-600">
          Fix for{' '}
          <Link href={`/causes/${action.rootCauseId}`} className="underline underline-offset-2">
            {action.causeName}
          </Link>
          , owned by {action.ownerDepartmentName}
          {action.ownerUserName && ` (${action.ownerUserName})`}: {STATUS_LABELS[action.status]}
          {action.dueAt !== null && `, due ${formatDayOf(action.dueAt)}`}
          {action.doneAt !== null && `, done ${formatDayOf(action.doneAt)}`}.
          {isOverdue(action, now) && (
            <span className="ml-2 font-medium text-red-800">Overdue.</span>
          )}
        </p>
        {action.description && (
          <p className="max-w-3xl text-sm text-slate-800">{action.description}</p>
        )}
      </header>
      <Card className="p-5">
        <h2 className="mb-2 text-lg font-semibold text-slate-900">Did it work?</h2>
        {effect ? (
          <>
            <EffectivenessPanel result={effect} />
            {action.doneAt !== null && (
              <p className="mt-3 text-sm">
                <Link
                  href={causeHref(
                    action.rootCauseId,
                    makeRange(
                      dayOf(action.doneAt) - 7 * effectivenessWeeks,
                      Math.min(dayOf(action.doneAt) + 7 * effectivenessWeeks - 1, dayOf(now)),
                      'custom',
                    ),
                  )}
                  className="font-medium underline underline-offset-2"
                >
                  The cause’s weeks before and after the fix, on its chart
                </Link>
              </p>
            )}
          </>
        ) : (
          <p className="text-sm text-slate-600">
            Not done yet: once it is, its cause’s tickets in the {effectivenessWeeks} weeks after
            are compared with the {effectivenessWeeks} weeks before.
          </p>
        )}
      </Card>
      {mayEdit && (
        <Card className="p-5">
          <h2 className="mb-3 text-lg font-semibold text-slate-900">Update</h2>
          <ActionForm
            values={{
              id: action.id,
              rootCauseId: action.rootCauseId,
              ownerDepartmentId: action.ownerDepartmentId,
              ownerUserId: action.ownerUserId,
              title: action.title,
              description: action.description,
              status: action.status,
              due: iso(action.dueAt),
              done: iso(action.doneAt),
            }}
            causes={[]}
            departments={departments.filter((d) =>
              can(user, 'manageActions', { departmentIds: [action.ownerDepartmentId, d.id] }),
            )}
            people={people.map((u) => ({ id: u.id, name: u.name }))}
          />
        </Card>
      )}
      <Card className="p-5">
        <h2 className="text-lg font-semibold text-slate-900">History</h2>
        {history.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">No change recorded since it was loaded.</p>
        ) : (
          <ol className="mt-2 space-y-1 text-sm" data-testid="action-history">
            {history.map((e) => (
              <li key={e.id}>
                <span className="text-slate-500 tabular-nums">
                  {formatDateTime(e.at, displayTimeZone)}
                </span>{' '}
                <span className="font-medium">{e.userName ?? 'Upstream'}</span>{' '}
                {e.action === 'create'
                  ? `created “${e.toValue}”`
                  : `changed the ${FIELD_WORDS[e.field ?? ''] ?? e.field}: ${shown(e.field, e.fromValue)} → ${shown(e.field, e.toValue)}`}
              </li>
            ))}
          </ol>
        )}
      </Card>
    </div>
  );
}
