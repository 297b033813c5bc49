import { notFound } from 'next/navigation';
import { requireUser } from '@/auth/session';
import { getDb } from '@/db/client';
import { getTicketDetail } from '@/db/queries/ticket-detail';
import { parseIdParam } from '@/lib/filters';

/**
 * Checks the id before anything streams, so an unknown ticket is a real 404 (see
 * app/departments/[slug]/layout.tsx; the explorer's loading.tsx sits in its own route group).
 */
export default async function TicketLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ id: string }>;
}) {
  await requireUser();
  const id = parseIdParam((await params).id);
  if (id === null || !getTicketDetail(getDb(), id)) notFound();
  return children;
}
