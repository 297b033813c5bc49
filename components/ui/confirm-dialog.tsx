'use client';

import { Description, Dialog, DialogBackdrop, DialogPanel, DialogTitle } from '@headlessui/react';
import { useEffect, useRef } from 'react';
import { useFormStatus } from 'react-dom';

/**
 * Asks before a form does something that is hard to take back, saying what will happen.
 * Render it inside the form it confirms: it reads that form's status, stays open saying
 * `pendingLabel` while the form is sent, and closes once it is done. The dialog is drawn outside
 * the form, so its confirm button names the form by id. Cancel, Escape or a click outside close
 * it with nothing sent, and focus goes back to the button that opened it. Asking protects no
 * one: the server action checks everything again.
 */
export function ConfirmDialog({
  open,
  onClose,
  form,
  title,
  confirmLabel,
  pendingLabel,
  children,
}: {
  open: boolean;
  onClose: () => void;
  /** The id of the form the confirm button submits. */
  form: string;
  title: string;
  confirmLabel: string;
  pendingLabel: string;
  /** What will happen, in concrete terms. */
  children: React.ReactNode;
}) {
  const { pending } = useFormStatus();
  const wasPending = useRef(false);
  useEffect(() => {
    if (wasPending.current && !pending) onClose();
    wasPending.current = pending;
  }, [pending, onClose]);

  return (
    <Dialog
      open={open}
      onClose={() => !pending && onClose()}
      role="alertdialog"
      className="fixed inset-0 z-30 flex items-center justify-center p-4"
    >
      <DialogBackdrop className="fixed inset-0 bg-slate-900/40" />
      <DialogPanel className="relative w-full max-w-lg space-y-4 rounded-lg bg-white p-5 shadow-xl">
        <DialogTitle className="text-lg font-semibold text-slate-900">{title}</DialogTitle>
        <Description as="div" className="space-y-2 text-sm text-slate-700">
          {children}
        </Description>
        <div className="flex flex-wrap justify-end gap-2">
          {/* Focus starts on Cancel: Enter right after opening must not do it. */}
          <button
            type="button"
            data-autofocus
            onClick={onClose}
            disabled={pending}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50 disabled:opacity-60"
          >
            Cancel
          </button>
          <button
            type="submit"
            form={form}
            disabled={pending}
            className="rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800 disabled:opacity-60"
          >
            {pending ? pendingLabel : confirmLabel}
          </button>
        </div>
      </DialogPanel>
    </Dialog>
  );
}
