import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SetupForm } from '@/components/setup-form';
import { Card } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { countUsers } from '@/db/queries/users';

export const metadata: Metadata = { title: 'First run' };
export const dynamic = 'force-dynamic';

export default function SetupPage() {
  // Only while there is no account at all: afterwards, admins add people on /settings/users.
  if (countUsers(getDb()) > 0) redirect('/sign-in');
  return (
    <div className="mx-auto max-w-sm py-12">
      <Card className="space-y-6 p-6">
        <div>
          <h1 className="text-xl font-semibold text-slate-900">Welcome to Upstream</h1>
          <p className="mt-1 text-sm text-slate-600">
            There are no accounts yet. Create the first administrator; they can then add everyone
            else.
          </p>
        </div>
        <SetupForm />
      </Card>
    </div>
  );
}
