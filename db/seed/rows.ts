/**
 * The row layout the generator produces and the loader binds. Rows go into fixed-size flat
 * buffers that are flushed to a multi-row INSERT whenever they fill up: no per-row objects, no
 * growing arrays, so the garbage collector has little to do and memory stays flat at any size.
 */

export type SqlValue = number | string | null;

/** tickets.source_system of every demo ticket (external ids are DEMO-000001 and up). */
export const SOURCE_SYSTEM = 'demo';

export const TICKET_COLUMNS = [
  'id', 'source_system', 'external_id', 'opened_at', 'resolved_at', 'channel', 'customer_id',
  'product_id', 'order_ref', 'root_cause_id', 'department_id', 'severity', 'csat',
  'fix_cost_cents', 'subject', 'description', 'handle_seconds', 'contact_count', 'is_recurrence',
  'created_at', 'updated_at',
] as const; // prettier-ignore

export const CONTACT_COLUMNS = [
  'id',
  'ticket_id',
  'started_at',
  'channel',
  'agent',
  'handle_seconds',
] as const;

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
