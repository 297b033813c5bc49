import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { ticketBatchesInThread } from './batch-thread';
import { ticketBatches, type BatchItem, type BatchSource } from './ticket-batches';
import { presetMapping, ZENDESK_HEADERS } from '@/lib/import/test-fixtures';

function source(rows: string[], batchRows: number): BatchSource {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'batches-')), 'tickets.csv');
  fs.writeFileSync(file, [ZENDESK_HEADERS.join(','), ...rows].join('\n'));
  const { mapping, columnIndex } = presetMapping('zendesk', ZENDESK_HEADERS);
  return {
    filePath: file,
    encoding: 'utf-8',
    delimiter: ',',
    headers: ZENDESK_HEADERS,
    mapping,
    columnIndex,
    reference: { departments: new Map(), causes: new Map(), causesById: new Map() },
    resumeAfter: 0,
    batchRows,
  };
}

async function collect(items: AsyncIterable<BatchItem>): Promise<BatchItem[]> {
  const all: BatchItem[] = [];
  for await (const item of items) all.push(item);
  return all;
}

const row = (id: number, day = 5) =>
  `${id},Subject ${id},2026-01-${String(day).padStart(2, '0')} 09:00,,Web,c${id % 7},Acme,,,,,`;

test('the thread yields the same batches as reading in this thread, duplicates rejected', async () => {
  const rows = Array.from({ length: 25 }, (_, i) => row(i + 1));
  rows.splice(10, 0, row(3, 6)); // row 11 repeats the id of row 3
  const here = await collect(ticketBatches(source(rows, 10)));
  const threaded = await collect(ticketBatchesInThread(source(rows, 10)));
  const summary = (items: BatchItem[]) =>
    items.map((item) =>
      item.kind === 'batch'
        ? {
            ids: item.batch.tickets.map((t) => t.externalId),
            rejects: item.batch.rejects.map((r) => [r.rowNumber, r.reason]),
            lastRow: item.batch.lastRow,
          }
        : item,
    );
  expect(summary(threaded)).toEqual(summary(here));
  expect(summary(threaded).map((b) => 'lastRow' in b && b.lastRow)).toEqual([10, 20, 26]);
  expect(summary(threaded)[1]).toMatchObject({
    rejects: [[11, 'The ticket id "3" was already in row 3.']],
  });
});

test('a failure in the thread surfaces as an error in the importing thread', async () => {
  const missing = { ...source([row(1)], 10), filePath: '/nonexistent/tickets.csv' };
  await expect(collect(ticketBatchesInThread(missing))).rejects.toThrow(/ENOENT/);
});
