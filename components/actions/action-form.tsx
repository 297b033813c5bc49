'use client';

import { useActionState } from 'react';
import {
  createActionAction,
  updateActionAction,
  type ActionFormState,
} from '@/app/actions/actions';
import { STATUS_LABELS } from '@/lib/actions';
import { ACTION_STATUSES, type ActionStatus } from '@/lib/domain';
import { Field, FormError, SelectField, TextAreaField } from '../forms/field';

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
  const { errors } = state;
  return (
    <form action={action} className="grid gap-4 md:grid-cols-2" noValidate>
      {editing && <input type="hidden" name="id" value={v.id} />}
      {errors.form && (
        <div className="md:col-span-2">
          <FormError message={errors.form} />
        </div>
      )}
      {!editing && props.values.rootCauseId === null ? (
        <SelectField
          label="Root cause"
          defaultValue=""
          name="rootCauseId"
          error={errors.rootCauseId}
        >
          <option value="">Choose a cause…</option>
          {props.causes.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} ({c.departmentName})
            </option>
          ))}
        </SelectField>
      ) : (
        !editing && <input type="hidden" name="rootCauseId" value={v.rootCauseId ?? ''} />
      )}
      <Field
        label="What is the fix?"
        defaultValue={v.title}
        maxLength={200}
        name="title"
        error={errors.title}
      />
      <div className="md:col-span-2">
        <TextAreaField
          label="How it removes the cause"
          defaultValue={v.description}
          rows={3}
          maxLength={4000}
          name="description"
          error={errors.description}
        />
      </div>
      <SelectField
        label="Owning department"
        defaultValue={v.ownerDepartmentId}
        name="ownerDepartmentId"
        error={errors.ownerDepartmentId}
      >
        {props.departments.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Owner"
        defaultValue={v.ownerUserId ?? ''}
        name="ownerUserId"
        error={errors.ownerUserId}
      >
        <option value="">— nobody yet —</option>
        {props.people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </SelectField>
      <SelectField label="Status" defaultValue={v.status} name="status" error={errors.status}>
        {ACTION_STATUSES.map((s) => (
          <option key={s} value={s}>
            {STATUS_LABELS[s]}
          </option>
        ))}
      </SelectField>
      <div className="grid grid-cols-2 gap-3">
        <Field label="Due" type="date" defaultValue={v.due} name="dueAt" error={errors.dueAt} />
        <Field
          label="Done on"
          type="date"
          defaultValue={v.done}
          name="doneAt"
          error={errors.doneAt}
        />
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
