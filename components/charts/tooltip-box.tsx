/** The look shared by every chart tooltip. */
export function TooltipBox({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="max-w-xs rounded-md border border-slate-200 bg-white px-3 py-2 text-sm shadow-lg">
      <p className="font-semibold text-slate-900">{title}</p>
      <div className="mt-1 space-y-0.5 text-slate-700 tabular-nums">{children}</div>
    </div>
  );
}
