import { expect, test } from 'vitest';
import { uploadFileNameSchema } from './upload-file-name';

test.each([
  ['tickets.csv', 'tickets.csv'],
  [encodeURIComponent('Tickets März 100%.csv'), 'Tickets März 100%.csv'],
  [encodeURIComponent('exports/2026/../tickets.csv'), 'exports_2026_.._tickets.csv'],
  [' tickets.csv ', 'tickets.csv'],
])('X-File-Name %j is the name %j', (header, name) => {
  expect(uploadFileNameSchema.parse(header)).toBe(name);
});

test.each([
  [undefined, 'X-File-Name: send the file name in this header'],
  ['', 'X-File-Name: empty'],
  ['%20', 'X-File-Name: empty'],
  ['x'.repeat(256), 'X-File-Name: too long'],
  // Not URI-encoded: a bare `%` is not an escape, and decodeURIComponent throws on it.
  ['100%.csv', 'X-File-Name: not URI-encoded (encodeURIComponent of the file name)'],
  ['%E4.csv', 'X-File-Name: not URI-encoded (encodeURIComponent of the file name)'],
])('X-File-Name %j is refused: %s', (header, message) => {
  const result = uploadFileNameSchema.safeParse(header);
  expect(result.success).toBe(false);
  expect(result.error?.issues[0].message).toBe(message);
});
