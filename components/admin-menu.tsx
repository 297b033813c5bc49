'use client';

import { Menu, MenuButton, MenuItem, MenuItems } from '@headlessui/react';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

/** The admin's pages under one menu, so the main navigation stays one line. */
export function AdminMenu({ items }: { items: { href: string; label: string }[] }) {
  const pathname = usePathname();
  const current = items.some((i) => pathname.startsWith(i.href));
  return (
    <Menu as="div" className="relative">
      <MenuButton
        className={`rounded-md px-3 py-2 text-sm font-medium hover:bg-slate-800 hover:text-white ${current ? 'bg-slate-800 text-white' : 'text-slate-300'}`}
      >
        Admin <span aria-hidden="true">▾</span>
      </MenuButton>
      <MenuItems
        anchor="bottom start"
        className="z-30 mt-1 w-48 rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg"
      >
        {items.map((item) => (
          <MenuItem key={item.href}>
            <Link
              href={item.href}
              className="block px-3 py-1.5 text-slate-800 data-focus:bg-slate-100"
            >
              {item.label}
            </Link>
          </MenuItem>
        ))}
      </MenuItems>
    </Menu>
  );
}
