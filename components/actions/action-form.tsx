'use client';

import { useActionState } from 'react';
import {
  createActionAction,
  updateActionAction,
  type ActionFormState,
} from '@/app/actions/actions';
import { STATUS_LABELS } from '@/lib/actions';
import { ACTION_STATUSES, type ActionStatus } from '@/lib/domain';

const control =
  'mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm font-normal aria-invalid:border-red-600';

export interface ActionFormValues {
  id?: number;
  rootCauseId: number | null;
  ownerDepartmentId: number;
  ownerUserId: string | null;
  title: string;
  description: string;
  status: ActionStatus;
  /** YYYY-MM-DD or ''. */
  due: string;
  done: string;
}

/** Creates a corrective action (with a cause to choose, unless given) or edits one. */
export function ActionForm(props: {
  values: ActionFormValues;
  causes: { id: number; name: string; departmentName: string }[];
  departments: { id: number; name: string }[];
  people: { id: string; name: string }[];
}) {
  const editing = props.values.id !== undefined;
  const [state, action, pending] = useActionState<ActionFormState, FormData>(
    editing ? updateActionAction : createActionAction,
    { errors: {} },
  );
  const v = props.values;
  const field = (name: string, label: string, input: React.ReactNode) => (
    <div>
      <label htmlFor={`action-${name}`} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {input}
      {state.errors[name] && (
        <p id={`action-${name}-error`} className="mt-1 text-sm text-red-700">
          {state.errors[name]}
        </p>
      )}
    </div>
  );
  const invalid = (name: string) => (state.errors[name] ? true : undefined);
  return (
    <form action={action} className="grid gap-4 md:grid-cols-2" noValidate>
      {editing && <input type="hidden" name="id" value={v.id} />}
      {state.errors.form && (
        <p
          role="alert"
          className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 md:col-span-2"
        >
          {state.errors.form}
        </p>
      )}
      {!editing && props.values.rootCauseId === null
        ? field(
            'rootCauseId',
            'Root cause',
            <select
              id="action-rootCauseId"
              name="rootCauseId"
              defaultValue=""
              aria-invalid={invalid('rootCauseId')}
              className={control}
            >
              <option value="">Choose a cause…</option>
              {props.causes.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name} ({c.departmentName})
                </option>
              ))}
            </select>,
          )
        : !editing && <input type="hidden" name="rootCauseId" value={v.rootCauseId ?? ''} />}
      {field(
        'title',
        'What is the fix?',
        <input
          id="action-title"
          name="title"
          defaultValue={v.title}
          maxLength={200}
          aria-invalid={invalid('title')}
          className={control}
        />,
      )}
      <div className="md:col-span-2">
        {field(
          'description',
          'How it removes the cause',
          <textarea
            id="action-description"
            name="description"
            defaultValue={v.description}
            rows={3}
            maxLength={4000}
            className={control}
          />,
        )}
      </div>
      {field(
        'ownerDepartmentId',
        'Owning department',
        <select
          id="action-ownerDepartmentId"
          name="ownerDepartmentId"
          defaultValue={v.ownerDepartmentId}
          className={control}
        >
          {props.departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>,
      )}
      {field(
        'ownerUserId',
        'Owner',
        <select
          id="action-ownerUserId"
          name="ownerUserId"
          defaultValue={v.ownerUserId ?? ''}
          className={control}
        >
          <option value="">— nobody yet —</option>
          {props.people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>,
      )}
      {field(
        'status',
        'Status',
        <select id="action-status" name="status" defaultValue={v.status} className={control}>
          {ACTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>,
      )}
      <div className="grid grid-cols-2 gap-3">
        {field(
          'dueAt',
          'Due',
          <input
            id="action-dueAt"
            type="date"
            name="dueAt"
            defaultValue={v.due}
            aria-invalid={invalid('dueAt')}
            className={control}
          />,
        )}
        {field(
          'doneAt',
          'Done on',
          <input
            id="action-doneAt"
            type="date"
            name="doneAt"
            defaultValue={v.done}
            aria-invalid={invalid('doneAt')}
            className={control}
          />,
        )}
      </div>
      <div className="md:col-span-2">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white disabled:opacity-60"
        >
          {editing ? 'Save changes' : 'Create the corrective action'}
        </button>
        {editing && !pending && Object.keys(state.errors).length === 0 && (
          <span role="status" className="sr-only">
            Saved
          </span>
        )}
      </div>
    </form>
  );
}
