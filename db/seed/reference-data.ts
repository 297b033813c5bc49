/** Inserts the demo's root causes, products, customers and corrective actions. */
import type Database from 'better-sqlite3';
import { demoActions } from './actions';
import type { SeedSpan } from './calendar';
import { customerRow } from './catalog';
import { BulkInsert, dropSecondaryIndexes, type SqlValue } from '@/db/bulk-load';
import { CAUSES } from './taxonomy';
import type { World } from './world';

/** Customers are written in slices, so a few hundred thousand never sit in memory at once. */
const CUSTOMERS_PER_SLICE = 10_000;

const ACTION_COLUMNS = [
  'id',
  'root_cause_id',
  'owner_department_id',
  'title',
  'description',
  'status',
  'opened_at',
  'due_at',
  'done_at',
  'created_at',
];

/** Returns the number of rows written. */
export function insertReferenceData(
  sqlite: Database.Database,
  world: World,
  span: SeedSpan,
): number {
  // The taxonomy exists from the start of the data; explicit times keep reruns byte-identical.
  const causes: SqlValue[] = CAUSES.flatMap((c) => [
    c.id,
    c.departmentId,
    c.name,
    c.description,
    span.startMs,
  ]);
  new BulkInsert(
    sqlite,
    'root_causes',
    ['id', 'department_id', 'name', 'description', 'created_at'],
    CAUSES.length,
  ).insertAll(causes);

  const products: SqlValue[] = world.products.flatMap((p) => [p.id, p.sku, p.name, p.family]);
  new BulkInsert(sqlite, 'products', ['id', 'sku', 'name', 'family'], 100).insertAll(products);

  // Customer names come in no order: inserted row by row into their index, 133,000 of them (a
  // million tickets' worth) took twice as long as the rows alone and sorting them afterwards.
  const restoreCustomerIndexes = dropSecondaryIndexes(sqlite, ['customers']);
  const customers = new BulkInsert(
    sqlite,
    'customers',
    ['id', 'external_ref', 'name', 'segment'],
    200,
  );
  for (let first = 1; first <= world.customers.count; first += CUSTOMERS_PER_SLICE) {
    const last = Math.min(world.customers.count, first + CUSTOMERS_PER_SLICE - 1);
    const slice: SqlValue[] = [];
    for (let id = first; id <= last; id++) {
      const c = customerRow(world.seed, world.customers, id);
      slice.push(c.id, c.externalRef, c.name, c.segment);
    }
    customers.insertAll(slice);
  }
  restoreCustomerIndexes();

  const actions = demoActions(span.endDay);
  new BulkInsert(sqlite, 'corrective_actions', ACTION_COLUMNS, 1).insertAll(
    actions.flatMap((a) => [
      a.id,
      a.rootCauseId,
      a.ownerDepartmentId,
      a.title,
      a.description,
      a.status,
      a.openedAt,
      a.dueAt,
      a.doneAt,
      a.openedAt,
    ]),
  );
  return CAUSES.length + world.products.length + world.customers.count + actions.length;
}
