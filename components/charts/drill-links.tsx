import Link from 'next/link';
import { formatInteger } from '../format';

export interface DrillLink {
  label: string;
  count: number;
  href: string;
}

/**
 * The tickets behind each bar of a chart as plain links under it: what a mouse reaches by
 * clicking a bar, a keyboard or screen reader reaches here.
 */
export function DrillLinks(props: { title: string; links: DrillLink[] }) {
  const links = props.links.filter((l) => l.count > 0);
  if (links.length === 0) return null;
  return (
    <nav aria-label={props.title} className="mt-3 text-sm">
      <span className="text-slate-600">{props.title}: </span>
      <ul className="inline">
        {links.map((l, i) => (
          <li key={l.href} className="inline">
            {i > 0 && (
              <span aria-hidden="true" className="text-slate-400">
                {' '}
                ·{' '}
              </span>
            )}
            <Link
              href={l.href}
              className="text-slate-800 underline decoration-slate-300 underline-offset-2 hover:decoration-slate-900"
            >
              {l.label} ({formatInteger(l.count)})
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
