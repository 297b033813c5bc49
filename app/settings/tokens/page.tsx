import { SettingsBreadcrumbs } from '@/components/breadcrumbs';
import type { Metadata } from 'next';
import { permittedUser } from '@/auth/session';
import { NotAllowed } from '@/components/not-allowed';
import { NewTokenForm } from '@/components/settings/new-token-form';
import { RevokeTokenForm } from '@/components/settings/revoke-token-form';
import { Card } from '@/components/ui/card';
import { TableScroll } from '@/components/ui/table-scroll';
import { getDb } from '@/db/client';
import { listApiTokens } from '@/db/queries/api-tokens';
import { getSettings } from '@/db/queries/settings';
import { formatDateTime } from '@/components/format';

export const metadata: Metadata = { title: 'API tokens' };

export default async function TokensPage() {
  if (!(await permittedUser('manageTokens'))) {
    return <NotAllowed>Only administrators manage API tokens.</NotAllowed>;
  }
  const db = getDb();
  const tokens = listApiTokens(db);
  const { displayTimeZone } = getSettings(db);
  const when = (ms: number | null) => (ms === null ? '—' : formatDateTime(ms, displayTimeZone));
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <SettingsBreadcrumbs page="API tokens" />
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">API tokens</h1>
        <p className="max-w-3xl text-sm text-slate-600">
          For integrations: send <code>Authorization: Bearer &lt;token&gt;</code>. A read token
          reads <code>GET /api/v1/metrics</code>; an ingest token loads tickets.
        </p>
      </header>
      <Card className="p-6">
        <h2 className="mb-4 text-lg font-semibold text-slate-900">Create a token</h2>
        <NewTokenForm />
      </Card>
      <Card>
        <TableScroll label="API tokens">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">API tokens</caption>
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th className="px-4 py-2 font-medium">Name</th>
                <th className="px-4 py-2 font-medium">Scope</th>
                <th className="px-4 py-2 font-medium">Created</th>
                <th className="px-4 py-2 font-medium">Last used</th>
                <th className="px-4 py-2 font-medium">Status</th>
              </tr>
            </thead>
            <tbody>
              {tokens.length === 0 && (
                <tr>
                  <td colSpan={5} className="px-4 py-3 text-slate-600">
                    No tokens yet. Create one above for each integration, so each can be revoked on
                    its own.
                  </td>
                </tr>
              )}
              {tokens.map((t) => (
                <tr key={t.id} className="border-b border-slate-100 last:border-0">
                  <td className="px-4 py-2 text-slate-900">{t.name}</td>
                  <td className="px-4 py-2">{t.scope}</td>
                  <td className="px-4 py-2">
                    {when(t.createdAt)} by {t.createdBy ?? 'a deleted user'}
                  </td>
                  <td className="px-4 py-2">{when(t.lastUsedAt)}</td>
                  <td className="px-4 py-2">
                    {t.revokedAt ? `Revoked ${when(t.revokedAt)}` : <RevokeTokenForm token={t} />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </Card>
    </div>
  );
}
