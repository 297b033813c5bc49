/** A grey placeholder block standing in for content that is still loading. */
export function Skeleton({ className = '', ...props }: React.ComponentProps<'div'>) {
  return <div className={`animate-pulse rounded bg-slate-200 ${className}`} {...props} />;
}
