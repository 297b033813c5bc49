import type { ImportStatus } from '@/db/queries/imports';

const STYLE: Record<ImportStatus, { label: string; className: string }> = {
  uploaded: { label: 'waiting for its mapping', className: 'bg-slate-100 text-slate-800' },
  running: { label: 'running', className: 'bg-blue-100 text-blue-900' },
  done: { label: 'done', className: 'bg-emerald-100 text-emerald-900' },
  failed: { label: 'failed', className: 'bg-red-100 text-red-900' },
};

export function ImportStatusBadge({ status }: { status: ImportStatus }) {
  const { label, className } = STYLE[status];
  return (
    <span
      className={`rounded-full px-2 py-0.5 text-xs font-medium ${className}`}
      data-testid="import-status"
    >
      {label}
    </span>
  );
}
