import type { Metadata } from 'next';
import { z } from 'zod';
import { requireUser } from '@/auth/session';
import { getDb } from '@/db/client';
import { getCause } from '@/db/queries/causes';
import { listDepartments } from '@/db/queries/departments';
import { listCauseOptions } from '@/db/queries/lookups';
import { listUsers } from '@/db/queries/users';
import { can } from '@/lib/permissions';
import { ActionForm } from '@/components/actions/action-form';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { NotAllowed } from '@/components/not-allowed';
import { Card } from '@/components/ui/card';

export const metadata: Metadata = { title: 'New corrective action' };

const paramsSchema = z.object({ cause: z.coerce.number().int().positive().optional() });

export default async function NewActionPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const db = getDb();
  const parsed = paramsSchema.safeParse(await searchParams);
  const cause = parsed.success && parsed.data.cause ? getCause(db, parsed.data.cause) : undefined;
  // A lead owns fixes of their own department; an admin any.
  const departments = listDepartments(db).filter((d) =>
    can(user, 'manageActions', { departmentIds: [d.id] }),
  );
  if (departments.length === 0) {
    return <NotAllowed>Admins and department leads create corrective actions.</NotAllowed>;
  }
  const owner = departments.find((d) => d.id === cause?.departmentId) ?? departments[0];
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <Breadcrumbs
          items={[
            { label: 'Corrective actions', href: '/actions' },
            ...(cause ? [{ label: cause.name, href: `/causes/${cause.id}` }] : []),
            { label: 'New' },
          ]}
        />
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">
          New corrective action{cause ? ` for “${cause.name}”` : ''}
        </h1>
        <p className="max-w-3xl text-sm text-slate-600">
          A fix of the process that creates this kind of problem, not of one ticket. Once it is
          done, Upstream compares the cause’s tickets before and after to tell whether it worked.
        </p>
      </header>
      <Card className="p-5">
        <ActionForm
          values={{
            rootCauseId: cause?.id ?? null,
            ownerDepartmentId: owner.id,
            ownerUserId: null,
            title: '',
            description: '',
            status: 'open',
            due: '',
            done: '',
          }}
          causes={listCauseOptions(db)}
          departments={departments}
          people={listUsers(db).map((u) => ({ id: u.id, name: u.name }))}
        />
      </Card>
    </div>
  );
}
