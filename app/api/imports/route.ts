/**
 * POST /api/imports  (body: the CSV file itself; header X-File-Name: its name, URI-encoded)
 * Stores the upload beside the database, reads its header and sets up an import mapped by the
 * preset its columns look like. 201 { id }, or 400 { error } for a file that is not a usable CSV.
 * For admins in the browser, or an API token with scope "ingest".
 */
import fs from 'node:fs';
import { authorizeApiRequest } from '@/auth/api-tokens';
import { getSessionUser } from '@/auth/session';
import { getDb } from '@/db/client';
import { CsvShapeError } from '@/import/analyze';
import { createImportFromFile } from '@/import/create-import';
import { saveUpload, UploadTooLarge } from '@/import/uploads';
import { uploadFileNameSchema } from '@/lib/import/upload-file-name';

export const dynamic = 'force-dynamic';

export async function POST(request: Request) {
  const denied = await authorizeApiRequest(request, 'ingest');
  if (denied) return denied;
  const fileName = uploadFileNameSchema.safeParse(request.headers.get('x-file-name') ?? undefined);
  if (!fileName.success) {
    return Response.json({ error: fileName.error.issues[0].message }, { status: 400 });
  }
  if (!request.body)
    return Response.json({ error: 'The request has no file in its body.' }, { status: 400 });
  let upload;
  try {
    upload = await saveUpload(request.body);
  } catch (error) {
    if (error instanceof UploadTooLarge)
      return Response.json({ error: error.message }, { status: 413 });
    throw error;
  }
  try {
    const user = await getSessionUser();
    const id = await createImportFromFile(
      getDb(),
      { filePath: upload.filePath, fileName: fileName.data, bytes: upload.bytes },
      { userId: user?.id ?? null },
    );
    return Response.json({ id }, { status: 201 });
  } catch (error) {
    fs.rmSync(upload.filePath, { force: true });
    if (error instanceof CsvShapeError)
      return Response.json({ error: error.message }, { status: 400 });
    throw error;
  }
}
