/** The compact inputs and buttons of the root causes page, its own forms and the confirmed ones. */
export const rowInput = 'rounded-md border border-slate-300 px-2 py-1 text-sm';
export const rowButton =
  'rounded-md border border-slate-300 bg-white px-2 py-1 text-xs font-medium hover:bg-slate-50 disabled:opacity-60';
