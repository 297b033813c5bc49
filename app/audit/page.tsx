import type { Metadata } from 'next';
import Link from 'next/link';
import { requireUser } from '@/auth/session';
import { getDb } from '@/db/client';
import { listAuditEvents, listAuditUsers, type ListedAuditEvent } from '@/db/queries/audit';
import { getAttributionNames } from '@/db/queries/lookups';
import { describeAttribution } from '@/lib/attribution';
import { AUDIT_ENTITIES, parseAuditParams } from '@/lib/audit-filters';
import { parseFilters, rangeSearchParams } from '@/lib/filters';
import { ticketHref } from '@/lib/links';
import { dayOf, MS_PER_DAY } from '@/lib/time';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { DateRangeFilter } from '@/components/date-range-filter';
import { getSettings } from '@/db/queries/settings';
import { formatDateTime } from '@/components/format';
import { Card } from '@/components/ui/card';
import { Notice } from '@/components/ui/notice';
import { TableScroll } from '@/components/ui/table-scroll';

export const metadata: Metadata = { title: 'Audit log' };

const PAGE = 100;
const ENTITY_LABEL: Record<(typeof AUDIT_ENTITIES)[number], string> = {
  ticket: 'Tickets',
  action: 'Corrective actions',
  root_cause: 'Root causes',
  rule: 'Rules',
  dispute: 'Disputes',
  setting: 'Settings',
  user: 'Users',
  api_token: 'API tokens',
};

/** What an event's action did, in the past tense; unknown ones show as they are stored. */
const ACTION_WORDS: Record<string, string> = {
  classify: 'attributed',
  undo: 'undid an attribution of',
  rule: 'a rule attributed',
  merge: 'merged',
  move: 'moved',
  retire: 'retired',
  reinstate: 'reinstated',
  settle_dispute: 'settled the dispute on',
  dispute: 'raised',
  uphold: 'upheld',
  reject: 'rejected',
  create: 'created',
  update: 'changed',
  delete: 'deleted',
  rename: 'renamed',
  enable: 'enabled',
  disable: 'disabled',
  revoke: 'revoked',
  reset_password: 'reset the password of',
};

/** A server component renders once per request: "now" is the request's time. */
const requestTime = () => Date.now();

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireUser();
  const db = getDb();
  const { displayTimeZone } = getSettings(db);
  const params = await searchParams;
  const { range, notice } = parseFilters(params, dayOf(requestTime()));
  const audit = parseAuditParams(params);
  const events = listAuditEvents(
    db,
    {
      entity: audit.entity,
      userId: audit.user,
      fromMs: range.fromDay * MS_PER_DAY,
      toMs: (range.toDay + 1) * MS_PER_DAY - 1,
    },
    { beforeId: audit.before, limit: PAGE },
  );
  const names = getAttributionNames(db);
  const keep: Record<string, string> = {
    ...(audit.entity ? { entity: audit.entity } : {}),
    ...(audit.user ? { user: audit.user } : {}),
  };
  const ticketLink = (id: string, e: ListedAuditEvent) => (
    <Link href={ticketHref(Number(id), range)} className="underline underline-offset-2">
      ticket {e.ticketExternalId ?? id}
    </Link>
  );
  const subject = (e: ListedAuditEvent) => {
    if (e.entity === 'ticket') return ticketLink(e.entityId, e);
    if (e.entity === 'action')
      return (
        <Link href={`/actions/${e.entityId}`} className="underline underline-offset-2">
          corrective action {e.entityId}
        </Link>
      );
    if (e.entity === 'root_cause') {
      const name = names.causes.get(Number(e.entityId));
      return (
        <Link href={`/causes/${e.entityId}`} className="underline underline-offset-2">
          root cause {name ? `“${name}”` : e.entityId}
        </Link>
      );
    }
    return `${e.entity.replace('_', ' ')} ${e.entityId}`;
  };
  const value = (e: ListedAuditEvent, v: string | null) => {
    if (e.field === 'attribution') return describeAttribution(v, names);
    if (e.field === 'ticket' && v !== null) return ticketLink(v, e);
    // A cause moved between departments records their ids.
    if (e.entity === 'root_cause' && e.field === 'department' && v !== null) {
      return names.departments.get(Number(v)) ?? `department ${v}`;
    }
    if (e.field === 'retired' && v !== null) return v === 'true' ? 'retired' : 'in use';
    return v ?? '—';
  };

  return (
    <div className="space-y-6">
      {[notice, audit.notice].filter(Boolean).map((n) => (
        <Notice key={n}>{n}</Notice>
      ))}
      <header className="space-y-3">
        <Breadcrumbs items={[{ label: 'Overview', href: '/' }, { label: 'Audit log' }]} />
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Audit log</h1>
        <p className="max-w-3xl text-sm text-slate-600">
          Every change of a ticket’s attribution, a cause, a rule, a dispute, a corrective action, a
          setting, a user or an API token: who made it, when, from what to what, and why. Nothing is
          changed without a trace.
        </p>
        <DateRangeFilter range={range} path="/audit" keep={keep} />
        <form action="/audit" className="flex flex-wrap items-end gap-3">
          {Object.entries(rangeSearchParams(range)).map(([k, v]) => (
            <input key={k} type="hidden" name={k} value={v} />
          ))}
          <label className="text-sm text-slate-700">
            Changes to
            <select
              name="entity"
              defaultValue={audit.entity ?? ''}
              className="ml-2 rounded-md border border-slate-300 px-2 py-1 text-sm"
            >
              <option value="">anything</option>
              {AUDIT_ENTITIES.map((e) => (
                <option key={e} value={e}>
                  {ENTITY_LABEL[e]}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm text-slate-700">
            By
            <select
              name="user"
              defaultValue={audit.user ?? ''}
              className="ml-2 rounded-md border border-slate-300 px-2 py-1 text-sm"
            >
              <option value="">anyone</option>
              {listAuditUsers(db).map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </label>
          <button
            type="submit"
            className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white"
          >
            Show
          </button>
        </form>
      </header>
      <Card>
        {events.length === 0 ? (
          <p className="px-5 py-10 text-center text-sm text-slate-600" data-testid="audit-empty">
            No change matches these filters in the period.
          </p>
        ) : (
          <TableScroll label="Changes">
            <table className="w-full min-w-[760px] text-sm" data-testid="audit-table">
              <thead>
                <tr className="border-b border-slate-200 text-left text-slate-600">
                  {['When', 'Who', 'What', 'From', 'To', 'Why'].map((h) => (
                    <th key={h} scope="col" className="px-3 py-2 font-medium">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {events.map((e) => (
                  <tr key={e.id} className="border-b border-slate-100 align-top last:border-0">
                    <td className="px-3 py-2 whitespace-nowrap tabular-nums">
                      {formatDateTime(e.at, displayTimeZone)}
                    </td>
                    <td className="px-3 py-2">{e.userName ?? 'Upstream'}</td>
                    <td className="px-3 py-2">
                      {ACTION_WORDS[e.action] ?? e.action} {subject(e)}
                    </td>
                    <td className="px-3 py-2 text-slate-600">{value(e, e.fromValue)}</td>
                    <td className="px-3 py-2">{value(e, e.toValue)}</td>
                    <td className="px-3 py-2 text-slate-600">{e.reason ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </Card>
      {events.length === PAGE && (
        <Link
          href={`/audit?${new URLSearchParams({ ...rangeSearchParams(range), ...keep, before: String(events[events.length - 1].id) })}`}
          className="inline-block rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium"
          rel="next"
        >
          Older changes →
        </Link>
      )}
    </div>
  );
}
