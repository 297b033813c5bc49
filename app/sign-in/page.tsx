import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getSessionUser } from '@/auth/session';
import { SignInForm } from '@/components/sign-in-form';
import { Card } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { countUsers } from '@/db/queries/users';
import { safeNextPath } from '@/lib/next-path';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  if (countUsers(getDb()) === 0) redirect('/setup');
  const next = safeNextPath((await searchParams).next);
  if (await getSessionUser()) redirect(next);
  return (
    <div className="mx-auto max-w-sm py-12">
      <Card className="space-y-6 p-6">
        <div>
          <h1 className="text-xl font-semibold text-slate-900">Sign in to Upstream</h1>
          <p className="mt-1 text-sm text-slate-600">
            Accounts are created by an administrator. Ask yours if you have none.
          </p>
        </div>
        <SignInForm next={next} />
      </Card>
    </div>
  );
}
