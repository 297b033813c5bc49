/** The white, bordered surface every card and chart sits on. */
export function Card({ className = '', ...props }: React.ComponentProps<'div'>) {
  return (
    <div
      className={`rounded-lg border border-slate-200 bg-white shadow-xs ${className}`}
      {...props}
    />
  );
}
