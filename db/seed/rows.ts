import type { BulkInsert, SqlValue } from '@/db/bulk-load';

/**
 * The generator's rows, in the layout of db/bulk-load.ts, go into fixed-size flat
 * buffers that are flushed to a multi-row INSERT whenever they fill up: no per-row objects, no
 * growing arrays, so the garbage collector has little to do and memory stays flat at any size.
 */

/** tickets.source_system of every demo ticket (external ids are DEMO-000001 and up). */
export const SOURCE_SYSTEM = 'demo';

export interface RowConsumer {
  /** Receives a full buffer: `capacity` rows of values in column order. */
  full(values: readonly SqlValue[]): void;
  /** Receives the last, partly filled buffer: only its first `rows` rows are valid. */
  partial(values: readonly SqlValue[], rows: number): void;
}

export class RowBuffer {
  readonly values: SqlValue[];
  private rows = 0;

  constructor(
    readonly width: number,
    readonly capacity: number,
    private readonly consumer: RowConsumer,
  ) {
    this.values = new Array<SqlValue>(width * capacity).fill(null);
  }

  /** Offset in `values` where the caller writes the next row; flushes a full buffer first. */
  nextRow(): number {
    if (this.rows === this.capacity) {
      this.consumer.full(this.values);
      this.rows = 0;
    }
    return this.width * this.rows++;
  }

  /** Hands over the rows still buffered. */
  flush(): void {
    if (this.rows === this.capacity) this.consumer.full(this.values);
    else if (this.rows > 0) this.consumer.partial(this.values, this.rows);
    this.rows = 0;
  }
}

export interface RowSinks {
  tickets: RowBuffer;
  contacts: RowBuffer;
}

/** A buffer that the generator's rows fill and `insert` empties. */
export const bufferFor = (insert: BulkInsert) =>
  new RowBuffer(insert.width, insert.rowsPerStatement, insert);
