/** What a signed-in person sees on a page their role may not use. */
export function NotAllowed({ children }: { children: React.ReactNode }) {
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-6 text-red-900">
      <h1 className="text-lg font-semibold">Not allowed</h1>
      <p className="mt-1 text-sm">{children}</p>
    </div>
  );
}
