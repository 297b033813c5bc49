import { expect, test } from 'vitest';
import { contactKinds, RowCodec, TICKET_KINDS } from './codec';
import type { SqlValue } from '@/db/bulk-load';
import { RowBuffer } from './rows';

function roundTrip(codec: RowCodec, width: number, values: SqlValue[]): SqlValue[] {
  const rows = values.length / width;
  const out: SqlValue[] = [];
  const target = new RowBuffer(width, rows, {
    full: (v) => out.push(...v),
    partial: (v, n) => out.push(...v.slice(0, n * width)),
  });
  codec.decode(codec.encode(values, rows), target);
  target.flush();
  return out;
}

test('ticket rows survive the trip between threads, NULLs and empty texts included', () => {
  const ticket = (id: number, nulls: boolean): SqlValue[] => [
    id, 'demo', `DEMO-${id}`, 1_700_000_000_000 + id, nulls ? null : 1_700_000_900_000,
    'chat', 17, nulls ? null : 3, nulls ? null : 'SO-123456', nulls ? null : 12, nulls ? null : 3,
    'critical', nulls ? null : 0, 0, 'Wrong part received', nulls ? '' : 'Two lines,\nand "quotes"',
    420, 2, 1, 1_700_000_000_000, 1_700_000_900_000, nulls ? null : 'human',
  ]; // prettier-ignore
  const values = [...ticket(1, false), ...ticket(2, true), ...ticket(3, false)];
  expect(roundTrip(new RowCodec(TICKET_KINDS), TICKET_KINDS.length, values)).toEqual(values);
});

test('contacts name their agent by index in the pool', () => {
  const kinds = contactKinds(['Ann B.', 'Bo C.']);
  const values: SqlValue[] = [
    1,
    10,
    5_000,
    'email',
    'Bo C.',
    95,
    2,
    10,
    6_000,
    'field',
    'Ann B.',
    30,
  ];
  expect(roundTrip(new RowCodec(kinds), kinds.length, values)).toEqual(values);
  expect(() => new RowCodec(kinds).encode([1, 10, 5_000, 'email', 'Cy D.', 95], 1)).toThrow(
    /Cy D\./,
  );
});
