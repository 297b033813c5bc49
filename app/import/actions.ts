'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requirePermission } from '@/auth/session';
import { getDb } from '@/db/client';
import { getImportReferenceData } from '@/db/queries/import-store';
import {
  claimImport,
  getImport,
  importProgressOf,
  saveMapping,
  setImportMapping,
} from '@/db/queries/imports';
import { withLiveProgress } from '@/import/live-progress';
import { previewImport, type ImportPreview } from '@/import/preview';
import { STALE_AFTER_MS } from '@/import/run-import';
import { startImportRunner } from '@/import/start-runner';
import { resolveColumns } from '@/lib/import/mapping';
import { parseMappingForm } from '@/lib/import/mapping-form';

export interface MappingFormState {
  errors: string[];
  preview: ImportPreview | null;
}

const idSchema = z.coerce.number().int().positive();

function uploadedImport(id: number) {
  const row = getImport(getDb(), id);
  if (!row || row.kind !== 'csv') throw new Error('There is no such import.');
  return row;
}

/** Checks the mapping and shows what the first rows would become. Stores nothing. */
export async function previewMapping(
  _: MappingFormState,
  form: FormData,
): Promise<MappingFormState> {
  await requirePermission('import');
  const row = uploadedImport(idSchema.parse(form.get('importId')));
  const parsed = parseMappingForm(form.entries());
  if (!parsed.ok) return { errors: parsed.errors, preview: null };
  if (row.status !== 'uploaded' || !row.filePath) {
    return { errors: ['This import has started already.'], preview: null };
  }
  const preview = await previewImport(row, parsed.mapping, getImportReferenceData(getDb()));
  return { errors: preview.mappingErrors, preview };
}

/** Saves the mapping (and, if named, as a reusable one) and starts the import. */
export async function startImport(_: MappingFormState, form: FormData): Promise<MappingFormState> {
  const user = await requirePermission('import');
  const id = idSchema.parse(form.get('importId'));
  const row = uploadedImport(id);
  const parsed = parseMappingForm(form.entries());
  if (!parsed.ok) return { errors: parsed.errors, preview: null };
  const resolved = resolveColumns(parsed.mapping, row.headers);
  if (!resolved.ok) return { errors: resolved.errors, preview: null };
  if (row.status !== 'uploaded')
    return { errors: ['This import has started already.'], preview: null };
  const db = getDb();
  setImportMapping(db, id, parsed.mapping);
  if (parsed.saveAs) saveMapping(db, parsed.saveAs, parsed.mapping, user.id);
  // Claimed here, so the page that follows shows it running and a second click starts nothing;
  // the process then takes it over.
  if (!claimImport(db, id, Date.now(), STALE_AFTER_MS)) {
    return { errors: ['This import has started already.'], preview: null };
  }
  startImportRunner(id, { force: true });
  redirect(`/import/${id}`);
}

/** Runs an import again from where it stopped: its process died, or it failed. */
export async function resumeImport(form: FormData): Promise<void> {
  await requirePermission('import');
  const id = idSchema.parse(form.get('importId'));
  const row = uploadedImport(id);
  // A bulk import's heartbeat is in its live progress until it commits.
  const { heartbeatAt } = withLiveProgress(getDb(), importProgressOf(row));
  const alive =
    row.status === 'running' && heartbeatAt !== null && Date.now() - heartbeatAt < STALE_AFTER_MS;
  if (
    !alive &&
    (row.status === 'failed' || row.status === 'running') &&
    claimImport(getDb(), id, Date.now(), STALE_AFTER_MS)
  ) {
    startImportRunner(id, { force: true });
  }
  redirect(`/import/${id}`);
}
