import { Breadcrumbs } from '@/components/breadcrumbs';
import type { Metadata } from 'next';
import { requireUser } from '@/auth/session';
import { ChangePasswordForm } from '@/components/change-password-form';
import { Card } from '@/components/ui/card';

export const metadata: Metadata = { title: 'Your account' };

export default async function AccountPage() {
  const user = await requireUser();
  return (
    <div className="mx-auto max-w-md space-y-6">
      <header className="space-y-2">
        <Breadcrumbs items={[{ label: 'Overview', href: '/' }, { label: 'Your account' }]} />
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Your account</h1>
        <p className="text-sm text-slate-600">
          {user.name} · {user.email} · {user.role}
        </p>
      </header>
      <Card className="p-6">
        <h2 className="mb-4 text-lg font-semibold text-slate-900">Change your password</h2>
        <ChangePasswordForm />
      </Card>
    </div>
  );
}
