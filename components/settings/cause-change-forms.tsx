'use client';

import { useId, useState } from 'react';
import { mergeCauseAction, moveCauseAction } from '@/app/settings/taxonomy/actions';
import type { TaxonomyCause } from '@/db/queries/taxonomy';
import { formatInteger } from '../format';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { rowButton, rowInput } from './row-controls';

type Cause = Pick<TaxonomyCause, 'id' | 'name' | 'departmentId' | 'departmentName' | 'tickets'>;

const ticketCount = (n: number) => `${formatInteger(n)} ${n === 1 ? 'ticket' : 'tickets'}`;

/** Moves a cause, with the attribution of all its tickets, to another department: asks first. */
export function MoveCauseForm({
  cause,
  departments,
}: {
  cause: Cause;
  departments: { id: number; name: string }[];
}) {
  const formId = useId();
  const [departmentId, setDepartmentId] = useState(cause.departmentId);
  const [confirming, setConfirming] = useState(false);
  const target = departments.find((d) => d.id === departmentId);
  return (
    <form id={formId} action={moveCauseAction} className="flex gap-1">
      <input type="hidden" name="id" value={cause.id} />
      <select
        name="departmentId"
        value={departmentId}
        onChange={(e) => setDepartmentId(Number(e.target.value))}
        aria-label={`Department for ${cause.name}`}
        className={rowInput}
      >
        {departments.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name}
          </option>
        ))}
      </select>
      <button
        type="button"
        disabled={departmentId === cause.departmentId}
        onClick={() => setConfirming(true)}
        className={rowButton}
      >
        Move
      </button>
      <ConfirmDialog
        open={confirming}
        onClose={() => setConfirming(false)}
        form={formId}
        title={`Move “${cause.name}” to ${target?.name}?`}
        confirmLabel="Move"
        pendingLabel="Moving…"
      >
        <p>
          “{cause.name}” and its {ticketCount(cause.tickets)} move from {cause.departmentName} to{' '}
          {target?.name}: every chart and figure will count them under {target?.name}, over their
          whole history. Moving it back moves them back.
        </p>
        <p>The move is recorded in the audit log under your name.</p>
      </ConfirmDialog>
    </form>
  );
}

/**
 * Merges a cause into another of `causes` (those in use): its tickets, rules and corrective
 * actions go to the other cause for good, so it asks first.
 */
export function MergeCauseForm({ cause, causes }: { cause: Cause; causes: Cause[] }) {
  const into = causes.filter((c) => c.id !== cause.id);
  const formId = useId();
  const [intoId, setIntoId] = useState<number | null>(null);
  const [confirming, setConfirming] = useState(false);
  const survivor = into.find((c) => c.id === intoId);
  return (
    <form id={formId} action={mergeCauseAction} className="flex gap-1">
      <input type="hidden" name="id" value={cause.id} />
      <select
        name="intoId"
        aria-label={`Merge ${cause.name} into`}
        value={intoId ?? ''}
        onChange={(e) => setIntoId(Number(e.target.value))}
        className={rowInput}
      >
        <option value="" disabled>
          Merge into…
        </option>
        {into.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name} ({c.departmentName})
          </option>
        ))}
      </select>
      <button
        type="button"
        disabled={survivor === undefined}
        onClick={() => setConfirming(true)}
        className={rowButton}
      >
        Merge
      </button>
      {survivor && (
        <ConfirmDialog
          open={confirming}
          onClose={() => setConfirming(false)}
          form={formId}
          title={`Merge “${cause.name}” into “${survivor.name}”?`}
          confirmLabel="Merge"
          pendingLabel="Merging…"
        >
          <p>
            “{cause.name}” goes into “{survivor.name}”: its {ticketCount(cause.tickets)}, its
            classification rules and its corrective actions will be attributed to “{survivor.name}”
            {survivor.departmentId === cause.departmentId
              ? '.'
              : `, and the tickets move from ${cause.departmentName} to ${survivor.departmentName} in every chart.`}
          </p>
          <p>
            “{cause.name}” stays in the list as retired and merged, so the history keeps its name. A
            merge cannot be undone.
          </p>
          <p>
            The merge and the new attribution of each ticket are recorded in the audit log under
            your name.
          </p>
        </ConfirmDialog>
      )}
    </form>
  );
}
