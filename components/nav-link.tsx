'use client';

import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import { Suspense } from 'react';

const RANGE_PARAMS = ['range', 'from', 'to'];

const className =
  'rounded-md px-3 py-2 text-sm font-medium text-slate-300 hover:bg-slate-800 hover:text-white aria-[current=page]:bg-slate-800 aria-[current=page]:text-white';

function isCurrent(href: string, pathname: string) {
  return href === '/' ? pathname === '/' : pathname.startsWith(href);
}

/** The link with the current page's date range carried along, so the period stays put. */
function RangeKeepingLink({ href, children }: { href: string; children: React.ReactNode }) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const kept = new URLSearchParams();
  for (const name of RANGE_PARAMS) {
    const value = searchParams.get(name);
    if (value) kept.set(name, value);
  }
  const query = kept.toString();
  return (
    <Link
      href={query ? `${href}?${query}` : href}
      aria-current={isCurrent(href, pathname) ? 'page' : undefined}
      className={className}
    >
      {children}
    </Link>
  );
}

/**
 * A top-navigation link that marks itself current; client-side because only the browser knows
 * the path after soft navigation. `keepRange`: the analytics pages share the URL's date range.
 */
export function NavLink(props: { href: string; keepRange?: boolean; children: React.ReactNode }) {
  const plain = <PlainNavLink href={props.href}>{props.children}</PlainNavLink>;
  if (!props.keepRange) return plain;
  // Reading the search params needs a Suspense boundary on pages rendered ahead of time.
  return (
    <Suspense fallback={plain}>
      <RangeKeepingLink href={props.href}>{props.children}</RangeKeepingLink>
    </Suspense>
  );
}

function PlainNavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const pathname = usePathname();
  return (
    <Link
      href={href}
      aria-current={isCurrent(href, pathname) ? 'page' : undefined}
      className={className}
    >
      {children}
    </Link>
  );
}
