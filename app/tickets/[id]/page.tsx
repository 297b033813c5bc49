import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireUser } from '@/auth/session';
import { getDb } from '@/db/client';
import { listEntityHistory } from '@/db/queries/audit';
import { listDisputes } from '@/db/queries/disputes';
import { getDepartmentBySlug } from '@/db/queries/departments';
import { getAttributionNames, listCauseOptions } from '@/db/queries/lookups';
import { getSettings } from '@/db/queries/settings';
import { getRecurrenceChain, getTicketContacts, getTicketDetail } from '@/db/queries/ticket-detail';
import { parseFilters, parseIdParam } from '@/lib/filters';
import { causeHref, departmentHref, overviewHref, ticketsHref } from '@/lib/links';
import { describeAttribution } from '@/lib/attribution';
import { can } from '@/lib/permissions';
import { dayOf, MS_PER_HOUR } from '@/lib/time';
import { Breadcrumbs } from '@/components/breadcrumbs';
import {
  formatDateTime,
  formatDuration,
  formatInteger,
  formatMinutesSeconds,
  formatMoney,
} from '@/components/format';
import { RecurrenceChain } from '@/components/tickets/recurrence-chain';
import { ContactTimeline } from '@/components/tickets/contact-timeline';
import { RaiseDisputeForm } from '@/components/disputes/raise-dispute-form';
import { SettleDisputeForm } from '@/components/disputes/settle-dispute-form';
import { ReclassifyForm } from '@/components/tickets/reclassify-form';
import { TicketHistory } from '@/components/tickets/ticket-history';
import { Card } from '@/components/ui/card';

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const id = parseIdParam((await params).id);
  const ticket = id === null ? undefined : getTicketDetail(getDb(), id);
  return { title: ticket ? `Ticket ${ticket.externalId}` : 'Ticket not found' };
}

/** A server component renders once per request: "now" is the request's time (open tickets' age). */
const requestTime = () => Date.now();

const link = 'underline decoration-slate-300 underline-offset-2 hover:decoration-slate-900';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{label}</dt>
      <dd className="mt-0.5 text-sm text-slate-900">{children}</dd>
    </div>
  );
}

export default async function TicketPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const db = getDb();
  const id = parseIdParam((await params).id);
  const ticket = id === null ? undefined : getTicketDetail(db, id);
  if (!ticket) notFound();
  const now = requestTime();
  // The range only travels on: links back to the lists keep the period they came from.
  const { range } = parseFilters(await searchParams, dayOf(now));
  const settings = getSettings(db);
  const contacts = getTicketContacts(db, ticket.id);
  const chain = getRecurrenceChain(db, ticket, settings.recurrenceKey);
  const history = listEntityHistory(db, 'ticket', String(ticket.id));
  const openDispute = listDisputes(db, { ticketId: ticket.id, status: 'open' })[0];
  const names = getAttributionNames(db);
  const describe = (json: string | null) => describeAttribution(json, names);
  const departmentId =
    ticket.departmentSlug === null
      ? null
      : (getDepartmentBySlug(db, ticket.departmentSlug)?.id ?? null);
  // The causes this person may move the ticket to: for a lead, their own department's.
  const offered = listCauseOptions(db).filter((c) =>
    can(user, 'classify', { departmentIds: [departmentId, c.departmentId] }),
  );
  const hours = ((ticket.resolvedAt ?? now) - ticket.openedAt) / MS_PER_HOUR;

  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <Breadcrumbs
          items={[
            { label: 'Overview', href: overviewHref(range) },
            { label: 'Tickets', href: ticketsHref(range) },
            { label: `Ticket ${ticket.externalId}` },
          ]}
        />
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">
            {ticket.subject || '(no subject)'}
          </h1>
          <span
            data-testid="ticket-status"
            className={`rounded-full px-2.5 py-0.5 text-xs font-medium ${
              ticket.resolvedAt === null
                ? 'bg-amber-100 text-amber-900'
                : 'bg-emerald-100 text-emerald-900'
            }`}
          >
            {ticket.resolvedAt === null
              ? `Open for ${formatDuration(hours)}`
              : `Resolved in ${formatDuration(hours)}`}
          </span>
          {ticket.isRecurrence && (
            <span className="rounded-full bg-red-100 px-2.5 py-0.5 text-xs font-medium text-red-900">
              Recurrence
            </span>
          )}
        </div>
        <p className="text-sm text-slate-600">
          {ticket.sourceSystem} ticket {ticket.externalId}, opened{' '}
          {formatDateTime(ticket.openedAt, settings.displayTimeZone)} by {ticket.channel}
        </p>
      </header>

      <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card className="p-5">
            <h2 className="text-lg font-semibold text-slate-900">Description</h2>
            {/* Rendered as text, never as HTML: ticket text comes from customers and imports. */}
            <p className="mt-2 text-sm leading-6 whitespace-pre-wrap text-slate-800">
              {ticket.description || 'No description.'}
            </p>
          </Card>
          {offered.length > 0 && (
            <Card className="p-5">
              <h2 className="text-lg font-semibold text-slate-900">Attribution</h2>
              <p className="mt-1 text-sm text-slate-600">
                {ticket.rootCauseId === null
                  ? 'This ticket has no root cause yet.'
                  : `Attributed to “${ticket.causeName}” in ${ticket.departmentName}.`}
              </p>
              <ReclassifyForm
                ticketId={ticket.id}
                causes={offered}
                currentCauseId={ticket.rootCauseId}
              />
            </Card>
          )}
        </div>
        <Card className="p-5">
          <h2 className="sr-only">Facts</h2>
          <dl className="grid grid-cols-2 gap-4">
            <Fact label="Originating department">
              {ticket.departmentSlug ? (
                <Link href={departmentHref(ticket.departmentSlug, range)} className={link}>
                  {ticket.departmentName}
                </Link>
              ) : (
                <span className="text-slate-500">not attributed</span>
              )}
            </Fact>
            <Fact label="Root cause">
              {ticket.rootCauseId ? (
                <Link href={causeHref(ticket.rootCauseId, range)} className={link}>
                  {ticket.causeName}
                </Link>
              ) : (
                <span className="text-slate-500">unclassified</span>
              )}
            </Fact>
            <Fact label="Customer">
              <Link href={ticketsHref(range, { customer: ticket.customerId })} className={link}>
                {ticket.customerName}
              </Link>
              {ticket.customerRef && (
                <span className="block text-xs text-slate-500">{ticket.customerRef}</span>
              )}
            </Fact>
            <Fact label="Product">
              {ticket.productId ? (
                <Link href={ticketsHref(range, { product: ticket.productId })} className={link}>
                  {ticket.productName}
                </Link>
              ) : (
                '—'
              )}
              {ticket.productSku && (
                <span className="block text-xs text-slate-500">{ticket.productSku}</span>
              )}
            </Fact>
            <Fact label="Opened">{formatDateTime(ticket.openedAt, settings.displayTimeZone)}</Fact>
            <Fact label="Resolved">
              {ticket.resolvedAt === null
                ? 'not yet'
                : formatDateTime(ticket.resolvedAt, settings.displayTimeZone)}
            </Fact>
            <Fact label="Severity">{ticket.severity}</Fact>
            <Fact label="Order">{ticket.orderRef ?? '—'}</Fact>
            <Fact label="Handle time">
              {formatMinutesSeconds(ticket.handleSeconds)} over {formatInteger(ticket.contactCount)}{' '}
              {ticket.contactCount === 1 ? 'contact' : 'contacts'}
            </Fact>
            <Fact label="Fix cost">{formatMoney(ticket.fixCostCents, settings.currency)}</Fact>
            <Fact label="Satisfaction">
              {ticket.csat === null ? 'not rated' : `${ticket.csat} of 5`}
            </Fact>
          </dl>
        </Card>
      </div>

      {openDispute ? (
        <Card className="border-amber-300 p-5" data-testid="ticket-dispute">
          <h2 className="text-lg font-semibold text-slate-900">Attribution disputed</h2>
          <p className="mt-1 text-sm text-slate-700">
            {openDispute.raisedBy ?? 'A lead'} of {openDispute.departmentName} disputed it on{' '}
            {formatDateTime(openDispute.raisedAt, settings.displayTimeZone)}: “{openDispute.reason}”
          </p>
          {can(user, 'settleDispute') && (
            <div className="mt-3">
              <SettleDisputeForm disputeId={openDispute.id} causes={listCauseOptions(db)} />
            </div>
          )}
        </Card>
      ) : (
        departmentId !== null &&
        can(user, 'dispute', { departmentIds: [departmentId] }) && (
          <Card className="p-5">
            <h2 className="text-lg font-semibold text-slate-900">
              Not {ticket.departmentName}’s problem?
            </h2>
            <p className="mt-1 text-sm text-slate-600">
              Dispute the attribution: the weekly review will settle it.
            </p>
            <RaiseDisputeForm ticketId={ticket.id} />
          </Card>
        )
      )}
      <TicketHistory events={history} describe={describe} timeZone={settings.displayTimeZone} />
      <ContactTimeline
        contacts={contacts}
        openedAt={ticket.openedAt}
        timeZone={settings.displayTimeZone}
      />
      <RecurrenceChain
        ticket={ticket}
        chain={chain}
        range={range}
        windowDays={settings.recurrenceWindowDays}
        byProduct={settings.recurrenceKey === 'customer_product'}
        timeZone={settings.displayTimeZone}
      />
    </div>
  );
}
