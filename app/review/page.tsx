import { redirect } from 'next/navigation';
import { requireUser } from '@/auth/session';
import { lastCompleteWeek } from '@/lib/iso-week';
import { dayOf } from '@/lib/time';

/** The review opens on the last complete week; its own URL then stays the same for good. */
export default async function ReviewIndexPage() {
  await requireUser();
  redirect(`/review/${lastCompleteWeek(dayOf(Date.now()))}`);
}
