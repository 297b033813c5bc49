/** What a chart shows when its data is empty, in the chart's own space so the page does not jump. */
export function EmptyChart({ message, height }: { message: string; height: number }) {
  return (
    <div
      className="flex items-center justify-center rounded-md border border-dashed border-slate-300 bg-slate-50 px-4 text-center text-sm text-slate-600"
      style={{ height }}
    >
      {message}
    </div>
  );
}
