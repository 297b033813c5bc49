/**
 * A compact form of generated rows for the trip from the generator thread to the inserting one.
 * Structured cloning an array of mixed values costs about as much as inserting it. Here numbers
 * (and values from fixed lists, as list indexes) go in a Float64Array that is transferred, not
 * copied, and the texts in one string. Messages stay small (a few hundred rows), because V8
 * handles strings over 128 kB far more slowly.
 */
import { CHANNELS, SEVERITIES } from '@/lib/domain';
import { CONTACT_COLUMNS, TICKET_COLUMNS, type SqlValue } from '@/db/bulk-load';
import { SOURCE_SYSTEM } from './rows';

/** How a column travels: as a number, as text, or as an index into a fixed list of values. */
export type ColumnKind = 'number' | 'number?' | 'text' | 'text?' | readonly string[];

/** Ends every text; the generator never writes control characters. */
const SEPARATOR = '\u001f';

export const TICKET_KINDS: readonly ColumnKind[] = [
  'number', // id
  [SOURCE_SYSTEM], // source_system
  'text', // external_id
  'number', // opened_at
  'number?', // resolved_at
  CHANNELS, // channel
  'number', // customer_id
  'number?', // product_id
  'text?', // order_ref
  'number?', // root_cause_id
  'number?', // department_id
  SEVERITIES, // severity
  'number?', // csat
  'number', // fix_cost_cents
  'text', // subject
  'text', // description
  'number', // handle_seconds
  'number', // contact_count
  'number', // is_recurrence
  'number', // created_at
  'number', // updated_at
  'text?', // classification_source
];

/** Agents come from the demo's fixed pool, so they travel as indexes too. */
export function contactKinds(agents: readonly string[]): readonly ColumnKind[] {
  return [
    'number', // id
    'number', // ticket_id
    'number', // started_at
    CHANNELS, // channel
    agents, // agent
    'number', // handle_seconds
  ];
}

if (
  TICKET_KINDS.length !== TICKET_COLUMNS.length ||
  contactKinds([]).length !== CONTACT_COLUMNS.length
) {
  throw new Error('codec.ts column kinds do not match the columns of rows.ts');
}

export interface EncodedRows {
  rows: number;
  /** Numeric and list columns, row by row; NaN stands for NULL. */
  numbers: Float64Array;
  /** Text columns, row by row, each followed by SEPARATOR; '' stands for NULL in 'text?'. */
  text: string;
}

/** The columns split by how they travel, worked out once per table. */
export class RowCodec {
  private readonly width: number;
  private readonly numeric: number[] = [];
  private readonly nullableNumeric: boolean[] = [];
  /** Per numeric column: value -> index for list columns, else null. */
  private readonly toIndex: (Map<string, number> | null)[] = [];
  private readonly lists: (readonly string[] | null)[] = [];
  private readonly text: number[] = [];
  private readonly nullableText: boolean[] = [];

  constructor(kinds: readonly ColumnKind[]) {
    this.width = kinds.length;
    kinds.forEach((kind, column) => {
      if (kind === 'text' || kind === 'text?') {
        this.text.push(column);
        this.nullableText.push(kind === 'text?');
        return;
      }
      this.numeric.push(column);
      this.nullableNumeric.push(kind === 'number?');
      const list = typeof kind === 'string' ? null : kind;
      this.lists.push(list);
      this.toIndex.push(list && new Map(list.map((value, i) => [value, i])));
    });
  }

  encode(values: readonly SqlValue[], rows: number): EncodedRows {
    const { width, numeric, toIndex, text: textColumns } = this;
    const numbers = new Float64Array(rows * numeric.length);
    let n = 0;
    let text = '';
    for (let row = 0; row < rows; row++) {
      const base = row * width;
      for (let i = 0; i < numeric.length; i++) {
        const value = values[base + numeric[i]];
        const lookup = toIndex[i];
        if (lookup !== null) {
          const index = lookup.get(value as string);
          if (index === undefined) throw new Error(`"${value}" is not in its column's list`);
          numbers[n++] = index;
        } else {
          numbers[n++] = value === null ? NaN : (value as number);
        }
      }
      for (let i = 0; i < textColumns.length; i++) {
        const value = values[base + textColumns[i]];
        text += (value === null ? '' : (value as string)) + SEPARATOR;
      }
    }
    return { rows, numbers, text };
  }

  /** Writes the rows into `target`, one row at the offset each `nextRow()` call gives. */
  decode(encoded: EncodedRows, target: { values: SqlValue[]; nextRow(): number }): void {
    const { numeric, nullableNumeric, lists, text: textColumns, nullableText } = this;
    const texts = textColumns.length > 0 ? encoded.text.split(SEPARATOR) : [];
    const { numbers } = encoded;
    let n = 0;
    let t = 0;
    for (let row = 0; row < encoded.rows; row++) {
      const offset = target.nextRow();
      const values = target.values;
      for (let i = 0; i < numeric.length; i++) {
        const number = numbers[n++];
        const list = lists[i];
        values[offset + numeric[i]] =
          list !== null ? list[number] : nullableNumeric[i] && Number.isNaN(number) ? null : number;
      }
      for (let i = 0; i < textColumns.length; i++) {
        const text = texts[t++];
        values[offset + textColumns[i]] = nullableText[i] && text === '' ? null : text;
      }
    }
  }
}
