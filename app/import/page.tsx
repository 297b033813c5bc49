import type { Metadata } from 'next';
import Link from 'next/link';
import { permittedUser } from '@/auth/session';
import { getDb } from '@/db/client';
import { listImports } from '@/db/queries/imports';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { getSettings } from '@/db/queries/settings';
import { formatDateTime, formatInteger } from '@/components/format';
import { ImportStatusBadge } from '@/components/import/import-status-badge';
import { UploadForm } from '@/components/import/upload-form';
import { NotAllowed } from '@/components/not-allowed';
import { Card } from '@/components/ui/card';
import { TableScroll } from '@/components/ui/table-scroll';

export const metadata: Metadata = { title: 'Import' };

export default async function ImportPage() {
  if (!(await permittedUser('import'))) {
    return <NotAllowed>Only an admin loads tickets into Upstream.</NotAllowed>;
  }
  const db = getDb();
  const imports = listImports(db);
  const { displayTimeZone } = getSettings(db);
  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <Breadcrumbs items={[{ label: 'Overview', href: '/' }, { label: 'Import' }]} />
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Import tickets</h1>
        <p className="max-w-3xl text-sm text-slate-600">
          Load tickets from your helpdesk’s CSV export. Upstream recognises Zendesk and Freshdesk
          exports and its own, lets you check the column mapping and the first rows, and keeps every
          row it cannot store, with the reason, for you to download. Importing the same file again
          changes nothing; integrators can also send tickets to{' '}
          <code className="text-xs">POST /api/v1/tickets</code>.
        </p>
      </header>
      <Card className="p-5">
        <UploadForm />
      </Card>
      <section aria-labelledby="history-heading" className="space-y-3">
        <h2 id="history-heading" className="text-lg font-semibold text-slate-900">
          Earlier imports
        </h2>
        {imports.length === 0 ? (
          <p className="text-sm text-slate-600">None yet.</p>
        ) : (
          <Card>
            <TableScroll label="Earlier imports">
              <table className="w-full min-w-[720px] text-sm tabular-nums">
                <thead>
                  <tr className="border-b border-slate-200 text-left text-slate-600">
                    {[
                      'Import',
                      'Started',
                      'Status',
                      'Rows',
                      'New',
                      'Updated',
                      'Unchanged',
                      'Rejected',
                    ].map((h, i) => (
                      <th
                        key={h}
                        scope="col"
                        className={`px-3 py-2 font-medium ${i > 2 ? 'text-right' : ''}`}
                      >
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {imports.map((i) => (
                    <tr key={i.id} className="border-b border-slate-100 last:border-0">
                      <th scope="row" className="px-3 py-2 text-left font-normal">
                        <Link
                          href={`/import/${i.id}`}
                          className="font-medium underline decoration-slate-300 underline-offset-2"
                        >
                          {i.kind === 'csv' ? i.fileName : `API batch (${i.sourceSystem})`}
                        </Link>
                      </th>
                      <td className="px-3 py-2 whitespace-nowrap">
                        {formatDateTime(i.startedAt, displayTimeZone)}
                      </td>
                      <td className="px-3 py-2">
                        <ImportStatusBadge status={i.status} />
                      </td>
                      <td className="px-3 py-2 text-right">{formatInteger(i.rowsDone)}</td>
                      <td className="px-3 py-2 text-right">{formatInteger(i.inserted)}</td>
                      <td className="px-3 py-2 text-right">{formatInteger(i.updated)}</td>
                      <td className="px-3 py-2 text-right">{formatInteger(i.unchanged)}</td>
                      <td className="px-3 py-2 text-right">{formatInteger(i.rejected)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </Card>
        )}
      </section>
    </div>
  );
}
