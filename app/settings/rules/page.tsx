import { SettingsBreadcrumbs } from '@/components/breadcrumbs';
import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { applyRuleAction, deleteRuleAction, toggleRuleAction } from './actions';
import { permittedUser } from '@/auth/session';
import { getDb } from '@/db/client';
import { listCauseOptions } from '@/db/queries/lookups';
import { listRules, ticketsARuleWouldChange } from '@/db/queries/rules';
import { compileRule, FIELD_LABELS, OPERATOR_LABELS } from '@/lib/rules';
import { formatInteger } from '@/components/format';
import { NotAllowed } from '@/components/not-allowed';
import { NewRuleForm } from '@/components/settings/new-rule-form';
import { Card } from '@/components/ui/card';
import { Notice } from '@/components/ui/notice';
import { TableScroll } from '@/components/ui/table-scroll';

export const metadata: Metadata = { title: 'Classification rules' };

const paramsSchema = z.object({
  preview: z.coerce.number().int().positive().optional(),
  applied: z.coerce.number().int().positive().optional(),
  changed: z.coerce.number().int().min(0).optional(),
});

const small =
  'rounded-md border border-slate-300 bg-white px-2 py-1 text-xs font-medium hover:bg-slate-50';

export default async function RulesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  if (!(await permittedUser('manageRules'))) {
    return <NotAllowed>Only administrators write classification rules.</NotAllowed>;
  }
  const db = getDb();
  const parsed = paramsSchema.safeParse(await searchParams);
  const params = parsed.success ? parsed.data : {};
  const rules = listRules(db);
  const previewed = rules.find((r) => r.id === params.preview);
  const compiled = previewed && compileRule(previewed);
  const wouldChange = compiled?.ok ? ticketsARuleWouldChange(db, compiled.rule) : null;

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <SettingsBreadcrumbs page="Rules" />
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">
          Classification rules
        </h1>
        <p className="max-w-3xl text-sm text-slate-600">
          Rules attribute tickets that arrive without a root cause, by import or the API: the first
          rule that matches decides. Applied to existing tickets, a rule first shows how many it
          would change. A rule never changes a ticket a person classified.
        </p>
      </header>
      {params.applied !== undefined && (
        <Notice>
          Rule {params.applied} applied: {formatInteger(params.changed ?? 0)} tickets attributed,
          each change in the audit log.
        </Notice>
      )}
      <Card className="p-5">
        <h2 className="mb-3 text-lg font-semibold text-slate-900">Add a rule</h2>
        <NewRuleForm causes={listCauseOptions(db)} />
      </Card>
      {previewed && wouldChange && (
        <Card className="space-y-3 border-amber-300 p-5" data-testid="rule-preview">
          <h2 className="text-base font-semibold text-slate-900">
            Rule {previewed.id} would change {formatInteger(wouldChange.length)}{' '}
            {wouldChange.length === 1 ? 'ticket' : 'tickets'}
          </h2>
          <p className="text-sm text-slate-600">
            Tickets it matches that are unclassified or attributed to another cause by an import or
            a rule; tickets a person classified are left out.{' '}
            {wouldChange.slice(0, 8).map((id) => (
              <Link key={id} href={`/tickets/${id}`} className="mr-2 underline underline-offset-2">
                #{id}
              </Link>
            ))}
          </p>
          <div className="flex gap-2">
            {wouldChange.length > 0 && (
              <form action={applyRuleAction}>
                <input type="hidden" name="id" value={previewed.id} />
                <button
                  type="submit"
                  className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white"
                >
                  Apply to these {formatInteger(wouldChange.length)} tickets
                </button>
              </form>
            )}
            <Link
              href="/settings/rules"
              className="rounded-md border border-slate-300 px-3 py-1.5 text-sm"
            >
              Cancel
            </Link>
          </div>
        </Card>
      )}
      <Card>
        {rules.length === 0 ? (
          <p className="px-5 py-8 text-center text-sm text-slate-600">No rule yet.</p>
        ) : (
          <TableScroll label="Classification rules">
            <table className="w-full text-sm" data-testid="rules-table">
              <caption className="sr-only">
                Classification rules, in the order they are tried
              </caption>
              <thead>
                <tr className="border-b border-slate-200 text-left text-slate-600">
                  {['#', 'When', 'Then', 'State', ''].map((h) => (
                    <th key={h} scope="col" className="px-3 py-2 font-medium">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rules.map((r) => (
                  <tr key={r.id} className="border-b border-slate-100 last:border-0">
                    <td className="px-3 py-2 tabular-nums">{r.position}</td>
                    <td className="px-3 py-2">
                      {FIELD_LABELS[r.field]} {OPERATOR_LABELS[r.operator]}{' '}
                      <code className="rounded bg-slate-100 px-1">{r.pattern}</code>
                    </td>
                    <td className="px-3 py-2">
                      {r.causeName} <span className="text-slate-500">({r.departmentName})</span>
                    </td>
                    <td className="px-3 py-2">
                      {!r.enabled ? 'off' : r.causeRetired ? 'on, but its cause is retired' : 'on'}
                    </td>
                    <td className="flex flex-wrap gap-2 px-3 py-2">
                      <Link href={`/settings/rules?preview=${r.id}`} className={small}>
                        Preview on existing tickets
                      </Link>
                      <form action={toggleRuleAction}>
                        <input type="hidden" name="id" value={r.id} />
                        <input type="hidden" name="enabled" value={r.enabled ? '0' : '1'} />
                        <button type="submit" className={small}>
                          {r.enabled ? 'Turn off' : 'Turn on'}
                        </button>
                      </form>
                      <form action={deleteRuleAction}>
                        <input type="hidden" name="id" value={r.id} />
                        <button type="submit" className={small} aria-label={`Delete rule ${r.id}`}>
                          Delete
                        </button>
                      </form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </Card>
    </div>
  );
}
