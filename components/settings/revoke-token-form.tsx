'use client';

import { useId, useState } from 'react';
import { revokeToken } from '@/app/settings/tokens/actions';
import { ConfirmDialog } from '../ui/confirm-dialog';

/** Revokes an API token: the integration using it stops at its next call, so it asks first. */
export function RevokeTokenForm({ token }: { token: { id: number; name: string } }) {
  const formId = useId();
  const [confirming, setConfirming] = useState(false);
  return (
    <form id={formId} action={revokeToken}>
      <input type="hidden" name="id" value={token.id} />
      <button
        type="button"
        aria-label={`Revoke ${token.name}`}
        onClick={() => setConfirming(true)}
        className="rounded-md border border-red-300 px-2 py-1 text-red-800 hover:bg-red-50"
      >
        Revoke
      </button>
      <ConfirmDialog
        open={confirming}
        onClose={() => setConfirming(false)}
        form={formId}
        title={`Revoke “${token.name}”?`}
        confirmLabel="Revoke"
        pendingLabel="Revoking…"
      >
        <p>
          Whatever uses this token is refused from its next call on, and a revoked token cannot be
          turned back on: the integration needs a new token.
        </p>
        <p>The revocation is recorded in the audit log under your name.</p>
      </ConfirmDialog>
    </form>
  );
}
