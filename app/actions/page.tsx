import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { requireUser } from '@/auth/session';
import { getDb } from '@/db/client';
import { listActions, withEffectiveness } from '@/db/queries/corrective-actions';
import { getDepartmentBySlug, listDepartments } from '@/db/queries/departments';
import { getSettings } from '@/db/queries/settings';
import { STATUS_LABELS } from '@/lib/actions';
import { can } from '@/lib/permissions';
import { ACTION_STATUSES } from '@/lib/domain';
import { ActionsTable } from '@/components/actions/actions-table';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { Card } from '@/components/ui/card';
import { TableScroll } from '@/components/ui/table-scroll';

export const metadata: Metadata = { title: 'Corrective actions' };

/** A server component renders once per request: "now" is the request's time. */
const requestTime = () => Date.now();

const paramsSchema = z.object({
  department: z
    .string()
    .regex(/^[a-z0-9-]{1,64}$/)
    .optional(),
  status: z.enum(ACTION_STATUSES).optional(),
  overdue: z.literal('1').optional(),
});

const select = 'ml-2 rounded-md border border-slate-300 px-2 py-1 text-sm';

export default async function ActionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const db = getDb();
  const now = requestTime();
  // The filter form sends "all" and "any" as empty values.
  const given = Object.entries(await searchParams).filter(([, v]) => v !== '');
  const parsed = paramsSchema.safeParse(Object.fromEntries(given));
  const params = parsed.success ? parsed.data : {};
  const department = params.department ? getDepartmentBySlug(db, params.department) : undefined;
  const actions = listActions(db, {
    concerningDepartmentId: department?.id,
    status: params.status,
    overdueAt: params.overdue ? now : undefined,
  });
  const { effectivenessWeeks } = getSettings(db);
  // A lead creates fixes their own department owns, an admin any.
  const mayCreate = can(user, 'manageActions', { departmentIds: [user.departmentId] });
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <Breadcrumbs items={[{ label: 'Overview', href: '/' }, { label: 'Corrective actions' }]} />
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div>
            <h1 className="text-2xl font-semibold tracking-tight text-slate-900">
              Corrective actions
            </h1>
            <p className="mt-1 max-w-3xl text-sm text-slate-600">
              Fixes of the system behind a root cause. A done fix is judged on its cause’s tickets
              in the {effectivenessWeeks} weeks before and after it: effective, not yet clear, or
              not effective.
            </p>
          </div>
          {mayCreate && (
            <Link
              href="/actions/new"
              className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white"
            >
              New corrective action
            </Link>
          )}
        </div>
        <form action="/actions" className="flex flex-wrap items-end gap-4 text-sm text-slate-700">
          <label>
            Department
            <select name="department" defaultValue={params.department ?? ''} className={select}>
              <option value="">all</option>
              {listDepartments(db).map((d) => (
                <option key={d.slug} value={d.slug}>
                  {d.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            Status
            <select name="status" defaultValue={params.status ?? ''} className={select}>
              <option value="">any</option>
              {ACTION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              name="overdue"
              value="1"
              defaultChecked={params.overdue === '1'}
            />
            Overdue only
          </label>
          <button
            type="submit"
            className="rounded-md border border-slate-300 bg-white px-3 py-1 font-medium"
          >
            Show
          </button>
        </form>
      </header>
      <Card>
        {actions.length === 0 ? (
          <p className="px-5 py-10 text-center text-sm text-slate-600">
            No corrective action matches.
          </p>
        ) : (
          <TableScroll label="Corrective actions">
            <div className="min-w-[900px]">
              <ActionsTable
                actions={withEffectiveness(db, actions, effectivenessWeeks, now)}
                columns={['cause', 'owner', 'status', 'due', 'done', 'effect']}
                nowMs={now}
                caption="Corrective actions"
              />
            </div>
          </TableScroll>
        )}
      </Card>
    </div>
  );
}
