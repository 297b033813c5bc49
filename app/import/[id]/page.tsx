import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { permittedUser } from '@/auth/session';
import { getDb } from '@/db/client';
import { listDepartments } from '@/db/queries/departments';
import { getImportReferenceData } from '@/db/queries/import-store';
import {
  getImport,
  importProgressOf,
  listSavedMappings,
  type ImportRow,
} from '@/db/queries/imports';
import { listCauseOptions } from '@/db/queries/lookups';
import { analyzeCsv } from '@/import/analyze';
import { withLiveProgress } from '@/import/live-progress';
import { previewImport } from '@/import/preview';
import { makeRange, parseIdParam } from '@/lib/filters';
import { overviewHref } from '@/lib/links';
import { dayOf } from '@/lib/time';
import { resumeImport } from '@/app/import/actions';
import { displayTimeZones } from '@/lib/time-zone';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { getSettings } from '@/db/queries/settings';
import { formatDateTime, formatInteger } from '@/components/format';
import { ImportProgress } from '@/components/import/import-progress';
import { ImportStatusBadge } from '@/components/import/import-status-badge';
import { MappingForm } from '@/components/import/mapping-form';
import { NotAllowed } from '@/components/not-allowed';
import { Card } from '@/components/ui/card';

export const metadata: Metadata = { title: 'Import' };

/** A server component renders once per request: "now" is the request's time. */
const requestTime = () => Date.now();

const button =
  'inline-block rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700';
const secondary =
  'inline-block rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50';

function Figure({ label, value, testId }: { label: string; value: number; testId: string }) {
  return (
    <Card className="p-4" data-testid={testId} data-value={value}>
      <p className="text-sm text-slate-600">{label}</p>
      <p className="text-2xl font-semibold tabular-nums">{formatInteger(value)}</p>
    </Card>
  );
}

async function Mapping({ row, displayTimeZone }: { row: ImportRow; displayTimeZone: string }) {
  const db = getDb();
  const sample = await analyzeCsv(row.filePath!, 5);
  const preview = await previewImport(row, row.mapping!, getImportReferenceData(db));
  return (
    <Card className="p-5">
      <MappingForm
        importId={row.id}
        headers={row.headers}
        sample={sample.rows}
        mapping={row.mapping!}
        preview={preview}
        displayTimeZone={displayTimeZone}
        timeZones={displayTimeZones()}
        causes={listCauseOptions(db)}
        departments={listDepartments(db)}
        saved={listSavedMappings(db)}
      />
    </Card>
  );
}

function Summary({ row }: { row: ImportRow }) {
  const range =
    row.firstOpenedAt !== null && row.lastOpenedAt !== null
      ? makeRange(dayOf(row.firstOpenedAt), dayOf(row.lastOpenedAt), 'custom')
      : null;
  return (
    <div className="space-y-4" data-testid="import-summary">
      <div className="grid grid-cols-2 gap-4 md:grid-cols-4">
        <Figure label="New tickets" value={row.inserted} testId="import-inserted" />
        <Figure label="Updated" value={row.updated} testId="import-updated" />
        <Figure label="Unchanged" value={row.unchanged} testId="import-unchanged" />
        <Figure label="Rejected rows" value={row.rejected} testId="import-rejected" />
      </div>
      <div className="flex flex-wrap gap-3">
        {row.rejected > 0 && (
          <a href={`/api/imports/${row.id}/rejects`} download className={secondary}>
            Download the {formatInteger(row.rejected)} rejected rows (CSV)
          </a>
        )}
        {range && (
          <Link href={overviewHref(range)} className={secondary}>
            See these tickets’ period on the overview
          </Link>
        )}
        <Link href="/import" className={button}>
          Import another file
        </Link>
      </div>
    </div>
  );
}

export default async function ImportRunPage({ params }: { params: Promise<{ id: string }> }) {
  if (!(await permittedUser('import'))) {
    return <NotAllowed>Only an admin loads tickets into Upstream.</NotAllowed>;
  }
  const id = parseIdParam((await params).id);
  const db = getDb();
  const row = id === null ? undefined : getImport(db, id);
  if (!row) notFound();
  const { displayTimeZone } = getSettings(db);
  const title = row.kind === 'csv' ? row.fileName : `API batch from ${row.sourceSystem}`;
  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <Breadcrumbs
          items={[
            { label: 'Overview', href: '/' },
            { label: 'Import', href: '/import' },
            { label: title ?? `Import ${row.id}` },
          ]}
        />
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{title}</h1>
          <ImportStatusBadge status={row.status} />
        </div>
        <p className="text-sm text-slate-600">
          {row.kind === 'csv' &&
            `${formatInteger(Math.round(row.fileBytes / 1024))} KB, ${row.encoding === 'utf-8' ? 'UTF-8' : 'Windows-1252'}, ${row.headers.length} columns separated by “${row.delimiter === '\t' ? 'tab' : row.delimiter}”. `}
          Started {formatDateTime(row.startedAt, displayTimeZone)}
          {row.finishedAt && `, finished ${formatDateTime(row.finishedAt, displayTimeZone)}`}.
        </p>
      </header>

      {row.status === 'uploaded' && row.mapping && (
        <Mapping row={row} displayTimeZone={displayTimeZone} />
      )}
      {row.status === 'running' && (
        <Card className="space-y-4 p-5">
          <ImportProgress
            initial={{ ...withLiveProgress(db, importProgressOf(row)), now: requestTime() }}
          />
          <form action={resumeImport}>
            <input type="hidden" name="importId" value={row.id} />
            <button type="submit" className={secondary}>
              Resume if it has stopped
            </button>
          </form>
        </Card>
      )}
      {row.status === 'failed' && (
        <Card className="space-y-3 border-red-200 p-5" role="alert">
          <h2 className="text-base font-semibold text-red-900">The import stopped</h2>
          <p className="text-sm text-red-900">{row.error}</p>
          <p className="text-sm text-slate-700">
            Rows stored before it stopped stay stored. Resuming carries on after the last stored
            row.
          </p>
          <form action={resumeImport}>
            <input type="hidden" name="importId" value={row.id} />
            <button type="submit" className={button}>
              Resume the import
            </button>
          </form>
        </Card>
      )}
      {(row.status === 'done' || row.status === 'failed') && <Summary row={row} />}
    </div>
  );
}
