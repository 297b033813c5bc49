import type { Metadata } from 'next';
import { permittedUser } from '@/auth/session';
import { getDb } from '@/db/client';
import { getSettings } from '@/db/queries/settings';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { NotAllowed } from '@/components/not-allowed';
import { SettingsForm } from '@/components/settings/settings-form';
import { Card } from '@/components/ui/card';
import { displayTimeZones } from '@/lib/time-zone';

export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage() {
  if (!(await permittedUser('manageSettings'))) {
    return <NotAllowed>Only administrators change the settings.</NotAllowed>;
  }
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <Breadcrumbs items={[{ label: 'Overview', href: '/' }, { label: 'Settings' }]} />
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Settings</h1>
        <p className="max-w-3xl text-sm text-slate-600">
          The definitions behind the figures every page shows. Each change is in the audit log.
        </p>
      </header>
      <Card className="p-5">
        <SettingsForm settings={getSettings(getDb())} timeZones={displayTimeZones()} />
      </Card>
    </div>
  );
}
