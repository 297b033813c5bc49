import { describe, expect, test } from 'vitest';
import { ACTIONS, can, type Action, type Actor } from './permissions';

const admin: Actor = { role: 'admin', departmentId: null };
const executive: Actor = { role: 'executive', departmentId: null };
const analyst: Actor = { role: 'analyst', departmentId: null };
const warehouseLead: Actor = { role: 'lead', departmentId: 4 };
const leadWithoutDepartment: Actor = { role: 'lead', departmentId: null };

const WAREHOUSE = { departmentIds: [4] };
const MANUFACTURING = { departmentIds: [1] };
const UNATTRIBUTED_TO_WAREHOUSE = { departmentIds: [null, 4] };
const MANUFACTURING_TO_WAREHOUSE = { departmentIds: [1, 4] };

// [actor, action, expected] for every role and every action, on a target in the lead's department.
const table: [string, Actor, Action, boolean][] = [
  ...ACTIONS.map((a): [string, Actor, Action, boolean] => ['admin', admin, a, a !== 'dispute']),
  ...ACTIONS.map((a): [string, Actor, Action, boolean] => [
    'executive',
    executive,
    a,
    a === 'view',
  ]),
  ...ACTIONS.map((a): [string, Actor, Action, boolean] => [
    'analyst',
    analyst,
    a,
    a === 'view' || a === 'classify' || a === 'settleDispute',
  ]),
  ...ACTIONS.map((a): [string, Actor, Action, boolean] => [
    'warehouse lead',
    warehouseLead,
    a,
    ['view', 'classify', 'dispute', 'manageActions'].includes(a),
  ]),
];

describe('permissions by role and action (target in the lead’s own department)', () => {
  test.each(table)('%s may %s: %s', (_, actor, action, expected) => {
    expect(can(actor, action, WAREHOUSE)).toBe(expected);
  });
});

describe('department scoping of leads', () => {
  test.each([
    ['classify a manufacturing ticket', 'classify', MANUFACTURING, false],
    ['move a manufacturing ticket to warehouse', 'classify', MANUFACTURING_TO_WAREHOUSE, false],
    ['classify an unattributed ticket into warehouse', 'classify', UNATTRIBUTED_TO_WAREHOUSE, true],
    ['edit a manufacturing action', 'manageActions', MANUFACTURING, false],
    ['dispute a manufacturing attribution', 'dispute', MANUFACTURING, false],
    ['act without saying on what', 'classify', undefined, false],
    ['act on nothing attributed', 'classify', { departmentIds: [null] }, false],
  ] as const)('a warehouse lead may not always: %s -> %s', (_, action, target, expected) => {
    expect(can(warehouseLead, action, target)).toBe(expected);
  });
  test('a lead with no department may do nothing department-scoped', () => {
    expect(can(leadWithoutDepartment, 'classify', WAREHOUSE)).toBe(false);
    expect(can(leadWithoutDepartment, 'view')).toBe(true);
  });
  test('analysts classify any ticket, admins too', () => {
    expect(can(analyst, 'classify', MANUFACTURING_TO_WAREHOUSE)).toBe(true);
    expect(can(admin, 'classify', MANUFACTURING)).toBe(true);
  });
});
