'use client';

import { useActionState } from 'react';
import { createRuleAction, type RuleFormState } from '@/app/settings/rules/actions';
import type { CauseOption } from '@/db/queries/lookups';
import { RULE_FIELDS, RULE_OPERATORS } from '@/lib/domain';
import { FIELD_LABELS, OPERATOR_LABELS } from '@/lib/rules';
import { FormError } from '../forms/field';

const control =
  'block w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm aria-invalid:border-red-600';

export function NewRuleForm({ causes }: { causes: CauseOption[] }) {
  const [state, action, pending] = useActionState<RuleFormState, FormData>(createRuleAction, {
    errors: {},
  });
  const byDepartment = new Map<string, CauseOption[]>();
  for (const c of causes)
    byDepartment.set(c.departmentName, [...(byDepartment.get(c.departmentName) ?? []), c]);
  const error = (name: string) =>
    state.errors[name] && (
      <p id={`${name}-error`} className="text-sm text-red-700">
        {state.errors[name]}
      </p>
    );
  return (
    <form
      action={action}
      className="grid gap-3 md:grid-cols-[1fr_1fr_2fr_2fr_auto] md:items-end"
      noValidate
    >
      <div className="md:col-span-5">
        <FormError message={state.errors.form} />
      </div>
      <div className="space-y-1">
        <label htmlFor="rule-field" className="block text-sm font-medium text-slate-800">
          When
        </label>
        <select id="rule-field" name="field" className={control}>
          {RULE_FIELDS.map((f) => (
            <option key={f} value={f}>
              {FIELD_LABELS[f]}
            </option>
          ))}
        </select>
        {error('field')}
      </div>
      <div className="space-y-1">
        <label htmlFor="rule-operator" className="block text-sm font-medium text-slate-800">
          Test
        </label>
        <select id="rule-operator" name="operator" className={control}>
          {RULE_OPERATORS.map((o) => (
            <option key={o} value={o}>
              {OPERATOR_LABELS[o]}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="rule-pattern" className="block text-sm font-medium text-slate-800">
          Pattern
        </label>
        <input
          id="rule-pattern"
          name="pattern"
          maxLength={500}
          aria-invalid={state.errors.pattern ? true : undefined}
          aria-describedby={state.errors.pattern ? 'pattern-error' : undefined}
          className={control}
        />
        {error('pattern')}
      </div>
      <div className="space-y-1">
        <label htmlFor="rule-cause" className="block text-sm font-medium text-slate-800">
          Then the root cause is
        </label>
        <select id="rule-cause" name="rootCauseId" defaultValue="" className={control}>
          <option value="">Choose a cause…</option>
          {[...byDepartment].map(([department, list]) => (
            <optgroup key={department} label={department}>
              {list.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        {error('rootCauseId')}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white disabled:opacity-60"
      >
        Add rule
      </button>
    </form>
  );
}
