/**
 * Who is asking, for pages, server actions and route handlers. The proxy only redirects visitors
 * without a session cookie; these functions are the real check, on every request.
 */
import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getAuth } from '.';
import { USER_ROLES, type UserRole } from '@/lib/domain';
import { can, type Action, type Target } from '@/lib/permissions';

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: UserRole;
  departmentId: number | null;
}

export async function getSessionUser(): Promise<SessionUser | null> {
  // headers() first: it marks the page dynamic before anything touches the database.
  const requestHeaders = await headers();
  const session = await getAuth().api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const { id, name, email, role, departmentId } = session.user;
  // A role outside Upstream's four (e.g. set by hand in the database) grants nothing.
  if (!USER_ROLES.includes(role as UserRole)) return null;
  return { id, name, email, role: role as UserRole, departmentId: departmentId ?? null };
}

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect('/sign-in');
  return user;
}

/** For pages: the user if they may do it, null if signed in but not allowed. */
export async function permittedUser(action: Action, target?: Target): Promise<SessionUser | null> {
  const user = await requireUser();
  return can(user, action, target) ? user : null;
}

export class PermissionDenied extends Error {
  constructor(action: Action) {
    super(`You are not allowed to ${action} here.`);
  }
}

/** For server actions and pages: the user if they may do it; throws PermissionDenied if not. */
export async function requirePermission(action: Action, target?: Target): Promise<SessionUser> {
  const user = await requireUser();
  if (!can(user, action, target)) throw new PermissionDenied(action);
  return user;
}
