import { notFound } from 'next/navigation';
import { requireUser } from '@/auth/session';
import { getDb } from '@/db/client';
import { getCause } from '@/db/queries/causes';
import { parseIdParam } from '@/lib/filters';

/**
 * Checks the id before anything streams, so an unknown cause is a real 404 (see
 * app/departments/[slug]/layout.tsx).
 */
export default async function CauseLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ id: string }>;
}) {
  await requireUser();
  const id = parseIdParam((await params).id);
  if (id === null || !getCause(getDb(), id)) notFound();
  return children;
}
