/** A polite, visible message about the page itself (e.g. a filter in the URL that was ignored). */
export function Notice({ children }: { children: React.ReactNode }) {
  return (
    <div
      role="status"
      className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900"
    >
      {children}
    </div>
  );
}
