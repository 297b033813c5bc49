import { notFound } from 'next/navigation';
import { requireUser } from '@/auth/session';
import { getDb } from '@/db/client';
import { getImport } from '@/db/queries/imports';
import { parseIdParam } from '@/lib/filters';

/** An unknown import is a real 404, decided before anything streams. */
export default async function ImportLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ id: string }>;
}) {
  await requireUser();
  const id = parseIdParam((await params).id);
  if (id === null || !getImport(getDb(), id)) notFound();
  return children;
}
