import { SettingsBreadcrumbs } from '@/components/breadcrumbs';
import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { createCauseAction, renameCauseAction, retireCauseAction } from './actions';
import { permittedUser } from '@/auth/session';
import { getDb } from '@/db/client';
import { listDepartments } from '@/db/queries/departments';
import { listTaxonomy, type TaxonomyCause } from '@/db/queries/taxonomy';
import { formatInteger } from '@/components/format';
import { NotAllowed } from '@/components/not-allowed';
import { MergeCauseForm, MoveCauseForm } from '@/components/settings/cause-change-forms';
import { rowButton, rowInput } from '@/components/settings/row-controls';
import { Card } from '@/components/ui/card';
import { Notice } from '@/components/ui/notice';
import { TableScroll } from '@/components/ui/table-scroll';

export const metadata: Metadata = { title: 'Root causes' };

const paramsSchema = z.object({
  done: z.string().max(300).optional(),
  error: z.string().max(300).optional(),
});

export default async function TaxonomyPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  if (!(await permittedUser('manageTaxonomy'))) {
    return <NotAllowed>Only administrators edit the root causes.</NotAllowed>;
  }
  const db = getDb();
  const parsed = paramsSchema.safeParse(await searchParams);
  const message = parsed.success ? parsed.data : {};
  const causes = listTaxonomy(db);
  const departments = listDepartments(db);
  // What the merge dialogs name and count, once for every row.
  const live = causes
    .filter((c) => c.mergedIntoId === null)
    .map(({ id, name, departmentId, departmentName, tickets }) => ({
      id,
      name,
      departmentId,
      departmentName,
      tickets,
    }));
  const byDepartment = departments.map((d) => ({
    ...d,
    causes: causes.filter((c) => c.departmentId === d.id),
  }));
  const name = (id: number | null) => causes.find((c) => c.id === id)?.name ?? '';

  function status(c: TaxonomyCause) {
    if (c.mergedIntoId !== null) return `merged into “${name(c.mergedIntoId)}”`;
    return c.retiredAt !== null ? 'retired' : 'in use';
  }

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <SettingsBreadcrumbs page="Root causes" />
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Root causes</h1>
        <p className="max-w-3xl text-sm text-slate-600">
          The taxonomy every ticket is attributed to. Moving a cause to another department moves its
          whole history in every chart; merging re-points its tickets, rules and corrective actions
          to the other cause and keeps its name in the history. Every change is in the{' '}
          <Link href="/audit?entity=root_cause" className="underline underline-offset-2">
            audit log
          </Link>
          .
        </p>
      </header>
      {message.done && <Notice>{message.done}</Notice>}
      {message.error && (
        <p role="alert" className="rounded-md bg-red-50 px-4 py-3 text-sm text-red-800">
          {message.error}
        </p>
      )}
      <Card className="p-5">
        <h2 className="mb-3 text-lg font-semibold text-slate-900">Add a root cause</h2>
        <form action={createCauseAction} className="flex flex-wrap items-end gap-3">
          <div>
            <label
              htmlFor="new-cause-department"
              className="block text-sm font-medium text-slate-800"
            >
              Department
            </label>
            <select
              id="new-cause-department"
              name="departmentId"
              className={`mt-1 block ${rowInput}`}
            >
              {departments.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </div>
          <div className="w-full sm:w-72">
            <label htmlFor="new-cause-name" className="block text-sm font-medium text-slate-800">
              Name
            </label>
            <input
              id="new-cause-name"
              name="name"
              required
              maxLength={120}
              className={`mt-1 block w-full ${rowInput}`}
            />
          </div>
          <div className="w-full sm:w-96">
            <label
              htmlFor="new-cause-description"
              className="block text-sm font-medium text-slate-800"
            >
              Description
            </label>
            <input
              id="new-cause-description"
              name="description"
              maxLength={1000}
              className={`mt-1 block w-full ${rowInput}`}
            />
          </div>
          <button
            type="submit"
            className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white"
          >
            Add
          </button>
        </form>
      </Card>
      {byDepartment.map((d) => (
        <Card key={d.id} className="p-5">
          <h2 className="text-base font-semibold text-slate-900">{d.name}</h2>
          {d.causes.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">No cause yet.</p>
          ) : (
            <TableScroll label={`Root causes of ${d.name}`} className="mt-2">
              <table className="w-full min-w-[900px] text-sm" data-testid={`taxonomy-${d.slug}`}>
                <thead>
                  <tr className="border-b border-slate-200 text-left text-slate-600">
                    {['Cause', 'Tickets', 'Status', 'Change'].map((h) => (
                      <th key={h} scope="col" className="py-2 pr-3 font-medium">
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {d.causes.map((c) => (
                    <tr key={c.id} className="border-b border-slate-100 align-top last:border-0">
                      <th scope="row" className="py-2 pr-3 text-left font-normal">
                        <Link href={`/causes/${c.id}`} className="underline underline-offset-2">
                          {c.name}
                        </Link>
                      </th>
                      <td className="py-2 pr-3 tabular-nums">{formatInteger(c.tickets)}</td>
                      <td className="py-2 pr-3">{status(c)}</td>
                      <td className="space-y-1 py-2">
                        {c.mergedIntoId === null && (
                          <div className="flex flex-wrap gap-2">
                            <form action={renameCauseAction} className="flex gap-1">
                              <input type="hidden" name="id" value={c.id} />
                              <input
                                name="name"
                                defaultValue={c.name}
                                aria-label={`New name for ${c.name}`}
                                className={`w-56 ${rowInput}`}
                              />
                              <button type="submit" className={rowButton}>
                                Rename
                              </button>
                            </form>
                            <form action={retireCauseAction}>
                              <input type="hidden" name="id" value={c.id} />
                              <input
                                type="hidden"
                                name="retired"
                                value={c.retiredAt === null ? '1' : '0'}
                              />
                              <button type="submit" className={rowButton}>
                                {c.retiredAt === null ? 'Retire' : 'Reinstate'}
                              </button>
                            </form>
                            <MoveCauseForm cause={c} departments={departments} />
                            <MergeCauseForm cause={c} causes={live} />
                          </div>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </Card>
      ))}
    </div>
  );
}
