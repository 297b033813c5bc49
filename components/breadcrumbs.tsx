import Link from 'next/link';

/** "Overview › Department": where this page sits, each step a link that keeps the date range. */
export function Breadcrumbs({ items }: { items: { label: string; href?: string }[] }) {
  return (
    <nav aria-label="Breadcrumb">
      <ol className="flex flex-wrap items-center gap-1.5 text-sm text-slate-600">
        {items.map((item, i) => (
          <li key={item.label} className="flex items-center gap-1.5">
            {i > 0 && <span aria-hidden="true">›</span>}
            {item.href ? (
              <Link href={item.href} className="rounded-sm underline-offset-2 hover:underline">
                {item.label}
              </Link>
            ) : (
              <span aria-current="page" className="font-medium text-slate-900">
                {item.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** "Overview › Settings › Users": the trail of an admin page under Settings. */
export function SettingsBreadcrumbs({ page }: { page: string }) {
  return (
    <Breadcrumbs
      items={[
        { label: 'Overview', href: '/' },
        { label: 'Settings', href: '/settings/general' },
        { label: page },
      ]}
    />
  );
}
