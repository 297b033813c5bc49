'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import type { ImportProgress as Progress } from '@/db/queries/imports';
import { formatInteger } from '../format';

const POLL_MS = 1_000;
/** A heartbeat older than this means the process running the import is gone. */
const STALE_MS = 30_000;

function timeLeft(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return 'working it out';
  if (seconds < 60) return `about ${Math.max(1, Math.round(seconds))} s`;
  return `about ${Math.round(seconds / 60)} min`;
}

/**
 * The running import's progress, read from the server every second: it lives in the database, so
 * a reload (or another browser) shows the same bar. When the import ends, the page re-renders
 * with its summary.
 */
export function ImportProgress({ initial }: { initial: Progress & { now: number } }) {
  const router = useRouter();
  // Rows per second over the last polls, not since the start: a resumed run starts mid-file.
  const [{ progress, samples }, setState] = useState({
    progress: initial,
    samples: [{ at: initial.now, rows: initial.rowsDone }],
  });

  useEffect(() => {
    const timer = setInterval(async () => {
      const response = await fetch(`/api/imports/${initial.id}`, { cache: 'no-store' });
      if (!response.ok) return;
      const next = (await response.json()) as Progress & { now: number };
      setState((s) => ({
        progress: next,
        samples: [...s.samples, { at: next.now, rows: next.rowsDone }].slice(-10),
      }));
      if (next.status !== 'running') {
        clearInterval(timer);
        router.refresh();
      }
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [initial.id, router]);

  const first = samples[0];
  const last = samples[samples.length - 1];
  const seconds = (last.at - first.at) / 1000;
  const rate = seconds > 0 ? (last.rows - first.rows) / seconds : 0;
  const fraction = progress.fileBytes > 0 ? progress.bytesDone / progress.fileBytes : 0;
  const rowsLeft = fraction > 0 ? (progress.rowsDone / fraction) * (1 - fraction) : Infinity;
  const stale = progress.heartbeatAt === null || progress.now - progress.heartbeatAt > STALE_MS;

  return (
    <div className="space-y-3" data-testid="import-progress">
      <progress
        className="h-3 w-full"
        value={Math.round(fraction * 1000)}
        max={1000}
        aria-label="Import progress"
      />
      <p role="status" className="text-sm text-slate-700 tabular-nums">
        {formatInteger(progress.rowsDone)} rows done ({Math.round(fraction * 100)} % of the file)
        {rate > 0 && (
          <>
            {' '}
            · {formatInteger(Math.round(rate))} rows/s · {timeLeft(rowsLeft / rate)} left
          </>
        )}{' '}
        · {formatInteger(progress.inserted)} new, {formatInteger(progress.updated)} updated,{' '}
        {formatInteger(progress.rejected)} rejected so far
      </p>
      {progress.phase === 'storing' && !stale && (
        <p className="text-sm text-slate-700">
          A first load this large goes in whole, in one go: its tickets appear on the dashboards
          once every row is in, and nothing of it is stored if it stops.
        </p>
      )}
      {progress.phase === 'finishing' && !stale && (
        <p className="text-sm text-slate-700">
          Every row is read. Building the indexes, deciding which tickets are recurrences and adding
          up the dashboards; the tickets appear all at once when this is done.
        </p>
      )}
      {stale && progress.status === 'running' && (
        <p className="text-sm text-amber-800">
          No sign of life from the import for a while: its process may have stopped. Resume it
          below; it carries on after the last stored row.
        </p>
      )}
    </div>
  );
}
