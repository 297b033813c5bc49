'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

/** A top-navigation link that marks itself current; client-side because only the browser knows the path after soft navigation. */
export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const pathname = usePathname();
  const current = href === '/' ? pathname === '/' : pathname.startsWith(href);
  return (
    <Link
      href={href}
      aria-current={current ? 'page' : undefined}
      className="rounded-md px-3 py-2 text-sm font-medium text-slate-300 hover:bg-slate-800 hover:text-white aria-[current=page]:bg-slate-800 aria-[current=page]:text-white"
    >
      {children}
    </Link>
  );
}
