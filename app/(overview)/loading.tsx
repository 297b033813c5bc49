import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';

/** Chart heights of the overview, so the page does not jump when the figures arrive. */
const CHART_HEIGHTS = [360, 460, 560];

export default function Loading() {
  return (
    <div className="space-y-8" aria-busy="true">
      <p role="status" className="sr-only">
        Loading the overview…
      </p>
      <div className="space-y-4">
        <Skeleton className="h-8 w-48" />
        <Skeleton className="h-4 w-full max-w-2xl" />
        <Skeleton className="h-9 w-full max-w-xl" />
      </div>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {Array.from({ length: 9 }, (_, i) => (
          <Card key={i} className="space-y-3 p-4">
            <Skeleton className="h-4 w-32" />
            <Skeleton className="h-8 w-24" />
            <Skeleton className="h-4 w-40" />
          </Card>
        ))}
      </div>
      {CHART_HEIGHTS.map((height) => (
        <Card key={height} className="space-y-4 p-5">
          <Skeleton className="h-6 w-96 max-w-full" />
          <Skeleton className="w-full" style={{ height }} />
        </Card>
      ))}
    </div>
  );
}
