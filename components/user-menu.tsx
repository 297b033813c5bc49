import Link from 'next/link';
import { signOut } from '@/app/sign-in/actions';
import type { SessionUser } from '@/auth/session';

const ROLE_LABEL = { admin: 'Admin', executive: 'Executive', lead: 'Lead', analyst: 'Analyst' };

/** Who is signed in, and the way out. */
export function UserMenu({ user }: { user: SessionUser }) {
  return (
    <div className="ml-auto flex items-center gap-3 text-sm text-slate-300">
      <Link href="/account" className="rounded-md px-1 hover:text-white">
        <span className="text-white">{user.name}</span>{' '}
        <span className="rounded bg-slate-700 px-1.5 py-0.5 text-xs">{ROLE_LABEL[user.role]}</span>
      </Link>
      <form action={signOut}>
        <button
          type="submit"
          className="rounded-md px-2 py-1 text-slate-300 hover:bg-slate-800 hover:text-white"
        >
          Sign out
        </button>
      </form>
    </div>
  );
}
