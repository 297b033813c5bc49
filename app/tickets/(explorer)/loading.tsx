import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';

/** The explorer's layout, so it does not jump when the tickets arrive. */
export default function Loading() {
  return (
    <div className="space-y-6" aria-busy="true">
      <p role="status" className="sr-only">
        Loading tickets…
      </p>
      <div className="space-y-4">
        <Skeleton className="h-4 w-40" />
        <Skeleton className="h-8 w-48" />
        <Skeleton className="h-9 w-full max-w-xl" />
      </div>
      <Card className="space-y-4 p-5">
        <Skeleton className="h-9 w-full" />
        <Skeleton className="h-24 w-full" />
      </Card>
      <Card className="space-y-3 p-5">
        {Array.from({ length: 12 }, (_, i) => (
          <Skeleton key={i} className="h-8 w-full" />
        ))}
      </Card>
    </div>
  );
}
