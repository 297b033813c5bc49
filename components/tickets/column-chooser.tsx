'use client';

import { Popover, PopoverButton, PopoverPanel } from '@headlessui/react';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { chooseColumns } from '@/app/tickets/actions';
import { COLUMN_KEYS, EXPLORER_COLUMNS, type ExplorerColumn } from '@/lib/explorer-columns';

/** Which optional columns the table shows; remembered in a cookie the server reads. */
export function ColumnChooser({ chosen }: { chosen: ExplorerColumn[] }) {
  const router = useRouter();
  const [columns, setColumns] = useState(new Set(chosen));

  async function toggle(column: ExplorerColumn, on: boolean) {
    const next = new Set(columns);
    if (on) next.add(column);
    else next.delete(column);
    setColumns(next);
    await chooseColumns(COLUMN_KEYS.filter((c) => next.has(c)));
    router.refresh();
  }

  return (
    <Popover className="relative">
      <PopoverButton className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50">
        Columns
      </PopoverButton>
      <PopoverPanel
        anchor="bottom end"
        className="z-20 mt-1 w-56 rounded-md border border-slate-200 bg-white p-3 shadow-lg"
      >
        <fieldset>
          <legend className="mb-2 text-sm font-medium text-slate-900">Show columns</legend>
          <div className="space-y-1.5">
            {COLUMN_KEYS.map((column) => (
              <label key={column} className="flex items-center gap-2 text-sm text-slate-700">
                <input
                  type="checkbox"
                  checked={columns.has(column)}
                  onChange={(e) => toggle(column, e.target.checked)}
                />
                {EXPLORER_COLUMNS[column]}
              </label>
            ))}
          </div>
          <p className="mt-2 text-xs text-slate-500">
            The ticket and its subject are always shown.
          </p>
        </fieldset>
      </PopoverPanel>
    </Popover>
  );
}
