import Link from 'next/link';
import { AdminMenu } from './admin-menu';
import { NavLink } from './nav-link';
import { UserMenu } from './user-menu';
import { getSessionUser, type SessionUser } from '@/auth/session';
import { can } from '@/lib/permissions';

/** The pages people work in, in the order of the weekly routine. */
const NAV_ITEMS: {
  href: string;
  label: string;
  /** Who sees the link (the page checks again); everyone when left out. */
  allowed?: (user: SessionUser) => boolean;
  keepRange?: boolean;
}[] = [
  { href: '/', label: 'Overview', keepRange: true },
  { href: '/departments', label: 'Departments', keepRange: true },
  { href: '/tickets', label: 'Tickets', keepRange: true },
  {
    href: '/triage',
    label: 'Triage',
    keepRange: true,
    allowed: (u) => can(u, 'classify', { departmentIds: [u.departmentId] }),
  },
  { href: '/actions', label: 'Actions' },
  { href: '/review', label: 'Review' },
  { href: '/disputes', label: 'Disputes' },
  { href: '/audit', label: 'Audit', keepRange: true },
];

/** The admin's pages, under one menu. */
const ADMIN_ITEMS: { href: string; label: string; allowed: (user: SessionUser) => boolean }[] = [
  { href: '/import', label: 'Import tickets', allowed: (u) => can(u, 'import') },
  { href: '/settings/taxonomy', label: 'Root causes', allowed: (u) => can(u, 'manageTaxonomy') },
  { href: '/settings/rules', label: 'Classification rules', allowed: (u) => can(u, 'manageRules') },
  { href: '/settings/users', label: 'Users', allowed: (u) => can(u, 'manageUsers') },
  { href: '/settings/tokens', label: 'API tokens', allowed: (u) => can(u, 'manageTokens') },
  { href: '/settings/general', label: 'Settings', allowed: (u) => can(u, 'manageSettings') },
];

export async function AppHeader() {
  const user = await getSessionUser();
  const adminItems = user ? ADMIN_ITEMS.filter((item) => item.allowed(user)) : [];
  return (
    <header className="bg-slate-900 print:hidden">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-8 gap-y-2 px-4 py-3 sm:px-6 lg:px-8">
        <Link href="/" className="flex items-baseline gap-2 rounded-md text-white">
          <span className="text-lg font-semibold tracking-tight">Upstream</span>
          <span className="hidden text-xs text-slate-400 2xl:inline">
            root causes of customer problems
          </span>
        </Link>
        {user && (
          <nav aria-label="Main">
            <ul className="flex flex-wrap gap-1">
              {NAV_ITEMS.filter((item) => !item.allowed || item.allowed(user)).map((item) => (
                <li key={item.href}>
                  <NavLink href={item.href} keepRange={item.keepRange}>
                    {item.label}
                  </NavLink>
                </li>
              ))}
              {adminItems.length > 0 && (
                <li>
                  <AdminMenu items={adminItems.map(({ href, label }) => ({ href, label }))} />
                </li>
              )}
            </ul>
          </nav>
        )}
        {user && <UserMenu user={user} />}
      </div>
    </header>
  );
}
