/**
 * The X-File-Name header of POST /api/imports: the uploaded file's name, URI-encoded (header
 * values are bytes, file names are any text). Slashes become `_`, so the stored name never reads
 * as a path.
 */
import { z } from 'zod';

export const uploadFileNameSchema = z
  .string({ error: 'X-File-Name: send the file name in this header' })
  .transform((s, ctx) => {
    // A bare `%` (a name sent as it is, like `100%.csv`) makes decodeURIComponent throw, and a
    // throw inside a transform escapes safeParse: it must be an issue, answered with a 400.
    try {
      return decodeURIComponent(s).replace(/[\\/]/g, '_').trim();
    } catch {
      ctx.addIssue({
        code: 'custom',
        message: 'X-File-Name: not URI-encoded (encodeURIComponent of the file name)',
      });
      return z.NEVER;
    }
  })
  .pipe(
    z.string().min(1, { error: 'X-File-Name: empty' }).max(255, { error: 'X-File-Name: too long' }),
  );
