/**
 * The one answer to "may this user do this to this thing". Every server action, route handler and
 * page checks through here (auth/session.ts); hiding a button is never the protection.
 */
import type { UserRole } from './domain';

export const ACTIONS = [
  'view', // dashboards, tickets, customers, costs
  'classify', // set or change a ticket's root cause / department
  'dispute', // dispute a ticket's attribution to one's department
  'settleDispute', // uphold a dispute (re-attribute) or reject it
  'manageActions', // create and update corrective actions
  'import', // load tickets (CSV wizard)
  'manageUsers',
  'manageSettings',
  'manageTaxonomy',
  'manageRules',
  'manageTokens',
] as const;
export type Action = (typeof ACTIONS)[number];

export interface Actor {
  role: UserRole;
  /** The department a lead leads; null for other roles. */
  departmentId: number | null;
}

/**
 * The departments a department-scoped action touches: for a classification the ticket's current
 * department and the new one (null while a ticket has none), for an action its owner department.
 */
export interface Target {
  departmentIds: readonly (number | null)[];
}

const ADMIN_ONLY: readonly Action[] = [
  'import',
  'manageUsers',
  'manageSettings',
  'manageTaxonomy',
  'manageRules',
  'manageTokens',
];
const DEPARTMENT_SCOPED: readonly Action[] = ['classify', 'dispute', 'manageActions'];

export function can(actor: Actor, action: Action, target?: Target): boolean {
  if (action === 'view') return true;
  if (actor.role === 'admin') return action !== 'dispute';
  if (ADMIN_ONLY.includes(action)) return false;
  switch (actor.role) {
    case 'executive':
      return false;
    case 'analyst':
      // Analysts attribute any ticket, so they settle disputes about attributions too.
      return action === 'classify' || action === 'settleDispute';
    case 'lead': {
      if (!DEPARTMENT_SCOPED.includes(action) || actor.departmentId === null || !target) {
        return false;
      }
      const touched = target.departmentIds.filter((d): d is number => d !== null);
      return touched.length > 0 && touched.every((d) => d === actor.departmentId);
    }
  }
}
