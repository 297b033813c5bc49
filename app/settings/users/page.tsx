import { SettingsBreadcrumbs } from '@/components/breadcrumbs';
import type { Metadata } from 'next';
import { permittedUser } from '@/auth/session';
import { NotAllowed } from '@/components/not-allowed';
import { NewUserForm } from '@/components/settings/new-user-form';
import { ResetPasswordForm } from '@/components/settings/reset-password-form';
import { Card } from '@/components/ui/card';
import { TableScroll } from '@/components/ui/table-scroll';
import { getDb } from '@/db/client';
import { listDepartments } from '@/db/queries/departments';
import { listUsers } from '@/db/queries/users';

export const metadata: Metadata = { title: 'Users' };

export default async function UsersPage() {
  if (!(await permittedUser('manageUsers'))) {
    return <NotAllowed>Only administrators manage users.</NotAllowed>;
  }
  const db = getDb();
  const users = listUsers(db);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <SettingsBreadcrumbs page="Users" />
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Users</h1>
      </header>
      <Card className="p-6">
        <h2 className="mb-4 text-lg font-semibold text-slate-900">Add a user</h2>
        <NewUserForm departments={listDepartments(db)} />
      </Card>
      <Card>
        <TableScroll label="Users">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Users and their roles</caption>
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th className="px-4 py-2 font-medium">Name</th>
                <th className="px-4 py-2 font-medium">Email</th>
                <th className="px-4 py-2 font-medium">Role</th>
                <th className="px-4 py-2 font-medium">Department</th>
                <th className="px-4 py-2 font-medium">Password</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id} className="border-b border-slate-100 last:border-0">
                  <td className="px-4 py-2 text-slate-900">{u.name}</td>
                  <td className="px-4 py-2">{u.email}</td>
                  <td className="px-4 py-2">{u.role}</td>
                  <td className="px-4 py-2">{u.departmentName ?? '—'}</td>
                  <td className="px-4 py-2">
                    <ResetPasswordForm userId={u.id} email={u.email} />
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
