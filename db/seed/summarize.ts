/**
 * The summary tables of the demo, added up from the ticket rows on their way into the database
 * and written now and then, as every bulk write does (ticket-writes.ts): a rebuild over every
 * ticket at the end would take about 4 s at a million tickets.
 */
import type { Db } from '@/db/open';
import { SUMMARY_ROWS_HELD, SummaryDelta } from '@/db/queries/summaries';
import { TICKET_COLUMNS, type SqlValue } from '@/db/bulk-load';
import type { RowConsumer } from './rows';

const column = (name: (typeof TICKET_COLUMNS)[number]) => TICKET_COLUMNS.indexOf(name);
const OPENED = column('opened_at');
const RESOLVED = column('resolved_at');
const CAUSE = column('root_cause_id');
const DEPARTMENT = column('department_id');
const FIX_COST = column('fix_cost_cents');
const HANDLE_SECONDS = column('handle_seconds');
const CONTACTS = column('contact_count');
const RECURRENCE = column('is_recurrence');

/**
 * Passes ticket rows on to `next`, adding each one's share of the summaries first, and writes
 * the summaries into `db` whenever it holds more than SUMMARY_ROWS_HELD rows, and at `finish`.
 */
export class SummarizingConsumer implements RowConsumer {
  private readonly summaries = new SummaryDelta();

  constructor(
    private readonly next: RowConsumer,
    private readonly db: Pick<Db, '$client'>,
  ) {}

  full(values: readonly SqlValue[]): void {
    this.add(values, values.length / TICKET_COLUMNS.length);
    this.next.full(values);
    if (this.summaries.size > SUMMARY_ROWS_HELD) this.summaries.flush(this.db);
  }

  partial(values: readonly SqlValue[], rows: number): void {
    this.add(values, rows);
    this.next.partial(values, rows);
  }

  /** Writes the summary rows still held; call after the last rows. */
  finish(): void {
    this.summaries.flush(this.db);
  }

  private add(values: readonly SqlValue[], rows: number): void {
    for (let row = 0, o = 0; row < rows; row++, o += TICKET_COLUMNS.length) {
      this.summaries.add(
        {
          openedAt: values[o + OPENED] as number,
          resolvedAt: values[o + RESOLVED] as number | null,
          rootCauseId: values[o + CAUSE] as number | null,
          departmentId: values[o + DEPARTMENT] as number | null,
          contactCount: values[o + CONTACTS] as number,
          handleSeconds: values[o + HANDLE_SECONDS] as number,
          fixCostCents: values[o + FIX_COST] as number,
          isRecurrence: values[o + RECURRENCE] === 1,
        },
        1,
      );
    }
  }
}
