/**
 * The box a table wider than the window scrolls in, so that on a phone the table scrolls and the
 * page does not. It is a named region in the tab order, so a keyboard can scroll it too.
 * `relative` makes it the containing block of what the table hides for screen readers (sr-only
 * is `position: absolute`): without it a hidden caption or label escapes the box and widens the
 * page again. Printed, the table is shown whole.
 */
export function TableScroll({
  label,
  className = '',
  children,
}: {
  /** What the table holds, for the region's name. */
  label: string;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className={`relative overflow-x-auto print:overflow-visible ${className}`}
    >
      {children}
    </div>
  );
}
