import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { requireUser } from '@/auth/session';
import { getDb } from '@/db/client';
import { getDepartmentBySlug } from '@/db/queries/departments';
import { listDisputes, type DisputeStatus } from '@/db/queries/disputes';
import { listCauseOptions } from '@/db/queries/lookups';
import { can } from '@/lib/permissions';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { SettleDisputeForm } from '@/components/disputes/settle-dispute-form';
import { getSettings } from '@/db/queries/settings';
import { formatDateTime } from '@/components/format';
import { Card } from '@/components/ui/card';
import { TableScroll } from '@/components/ui/table-scroll';

export const metadata: Metadata = { title: 'Disputed attributions' };

const paramsSchema = z.object({
  department: z
    .string()
    .regex(/^[a-z0-9-]{1,64}$/)
    .optional(),
  status: z.enum(['open', 'upheld', 'rejected']).optional(),
});

const STATUS: Record<DisputeStatus, string> = {
  open: 'open',
  upheld: 'upheld',
  rejected: 'rejected',
};

export default async function DisputesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const db = getDb();
  const { displayTimeZone } = getSettings(db);
  const parsed = paramsSchema.safeParse(await searchParams);
  const params = parsed.success ? parsed.data : {};
  const department = params.department ? getDepartmentBySlug(db, params.department) : undefined;
  const disputes = listDisputes(db, { status: params.status, departmentId: department?.id });
  const settles = can(user, 'settleDispute');
  const causes = settles ? listCauseOptions(db) : [];
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <Breadcrumbs
          items={[{ label: 'Overview', href: '/' }, { label: 'Disputed attributions' }]}
        />
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">
          Disputed attributions{department ? ` of ${department.name}` : ''}
        </h1>
        <p className="max-w-3xl text-sm text-slate-600">
          Tickets a department lead says are not their department’s problem. The weekly review
          settles each: upheld, the ticket goes to the cause that created it; rejected, the
          attribution stands. Open ones first.
        </p>
      </header>
      <Card>
        {disputes.length === 0 ? (
          <p className="px-5 py-10 text-center text-sm text-slate-600" data-testid="disputes-empty">
            No disputed attribution.
          </p>
        ) : (
          <TableScroll label="Disputed attributions">
            <table className="w-full min-w-[900px] text-sm" data-testid="disputes-table">
              <thead>
                <tr className="border-b border-slate-200 text-left text-slate-600">
                  {['Ticket', 'Attributed to', 'Disputed by', 'Why', 'Status'].map((h) => (
                    <th key={h} scope="col" className="px-3 py-2 font-medium">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {disputes.map((d) => (
                  <tr
                    key={d.id}
                    id={`dispute-${d.id}`}
                    className="border-b border-slate-100 align-top last:border-0 target:bg-amber-50"
                  >
                    <th scope="row" className="max-w-56 px-3 py-2 text-left font-normal">
                      <Link
                        href={`/tickets/${d.ticketId}`}
                        className="font-medium underline underline-offset-2"
                      >
                        {d.externalId}
                      </Link>
                      <span className="block truncate text-slate-600">{d.subject}</span>
                    </th>
                    <td className="px-3 py-2">
                      {d.causeName ?? 'no cause'}{' '}
                      {d.attributedDepartmentName && (
                        <span className="text-slate-500">({d.attributedDepartmentName})</span>
                      )}
                    </td>
                    <td className="px-3 py-2 whitespace-nowrap">
                      {d.raisedBy ?? '—'}{' '}
                      <span className="text-slate-500">({d.departmentName})</span>
                      <span className="block text-xs text-slate-500">
                        {formatDateTime(d.raisedAt, displayTimeZone)}
                      </span>
                    </td>
                    <td className="px-3 py-2">{d.reason}</td>
                    <td className="px-3 py-2">
                      {d.status === 'open' ? (
                        settles ? (
                          <SettleDisputeForm disputeId={d.id} causes={causes} />
                        ) : (
                          'open'
                        )
                      ) : (
                        <>
                          {STATUS[d.status]} by {d.settledBy ?? '—'}
                          <span className="block text-xs text-slate-500">{d.settlement}</span>
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </Card>
    </div>
  );
}
