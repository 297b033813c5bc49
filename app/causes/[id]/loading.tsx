import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';

/** Roughly the cause page’s layout, so it does not jump when the figures arrive. */
const CHART_HEIGHTS = [400, 400, 280, 320];

export default function Loading() {
  return (
    <div className="space-y-8" aria-busy="true">
      <p role="status" className="sr-only">
        Loading the root cause…
      </p>
      <div className="space-y-4">
        <Skeleton className="h-4 w-48" />
        <Skeleton className="h-8 w-64" />
        <Skeleton className="h-9 w-full max-w-xl" />
      </div>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {Array.from({ length: 7 }, (_, i) => (
          <Card key={i} className="space-y-3 p-4">
            <Skeleton className="h-4 w-32" />
            <Skeleton className="h-8 w-24" />
            <Skeleton className="h-4 w-40" />
          </Card>
        ))}
      </div>
      {CHART_HEIGHTS.map((height, i) => (
        <Card key={i} className="space-y-4 p-5">
          <Skeleton className="h-6 w-96 max-w-full" />
          <Skeleton className="w-full" style={{ height }} />
        </Card>
      ))}
    </div>
  );
}
