/** Where uploaded CSV files wait for their import: beside the database, in uploads/. */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { databasePath } from '@/lib/env';

export const MAX_UPLOAD_BYTES = 1024 ** 3;

export class UploadTooLarge extends Error {}

export function uploadDir(): string {
  return path.join(path.dirname(path.resolve(databasePath())), 'uploads');
}

/** Only files the app stored itself are deleted after their import; a file named on the CLI stays. */
export function isUpload(filePath: string): boolean {
  return path.dirname(path.resolve(filePath)) === uploadDir();
}

/** Streams a request body to a new file, never holding it in memory; refuses more than 1 GB. */
export async function saveUpload(
  body: ReadableStream<Uint8Array>,
): Promise<{ filePath: string; bytes: number }> {
  fs.mkdirSync(uploadDir(), { recursive: true });
  const filePath = path.join(uploadDir(), `${randomUUID()}.csv`);
  let bytes = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done(
        bytes > MAX_UPLOAD_BYTES ? new UploadTooLarge('The file is larger than 1 GB.') : null,
        chunk,
      );
    },
  });
  try {
    await pipeline(
      Readable.fromWeb(body as import('node:stream/web').ReadableStream),
      limit,
      fs.createWriteStream(filePath),
    );
  } catch (error) {
    fs.rmSync(filePath, { force: true });
    throw error;
  }
  return { filePath, bytes };
}
