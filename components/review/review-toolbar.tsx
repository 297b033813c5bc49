'use client';

import { useState } from 'react';

/** Print (the page has a print stylesheet) and copy the agenda as Markdown for meeting notes. */
export function ReviewToolbar({ markdown }: { markdown: string }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const button =
    'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-50';
  return (
    <div className="flex flex-wrap items-center gap-2 print:hidden">
      <button
        type="button"
        className={button}
        onClick={() =>
          navigator.clipboard.writeText(markdown).then(
            () => setCopied('yes'),
            () => setCopied('failed'),
          )
        }
      >
        Copy as Markdown
      </button>
      <button type="button" className={button} onClick={() => window.print()}>
        Print
      </button>
      <span role="status" className="text-sm text-slate-600">
        {copied === 'yes' && 'Copied: paste it into the meeting notes.'}
        {copied === 'failed' && 'The browser did not allow copying.'}
      </span>
    </div>
  );
}
