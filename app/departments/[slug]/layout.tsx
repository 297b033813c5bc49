import { notFound } from 'next/navigation';
import { requireUser } from '@/auth/session';
import { getDb } from '@/db/client';
import { getDepartmentBySlug } from '@/db/queries/departments';

/**
 * Checks the slug before anything streams, so an unknown department is a real 404 rather than a
 * 200 with the not-found page in it: a layout sits above its segment's loading boundary (and the
 * overview's loading.tsx lives in the (overview) group so that it does not wrap this route).
 */
export default async function DepartmentLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ slug: string }>;
}) {
  // Signed-out visitors learn nothing, not even which departments exist.
  await requireUser();
  if (!getDepartmentBySlug(getDb(), (await params).slug)) notFound();
  return children;
}
