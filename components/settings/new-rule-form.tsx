'use client';

import { useActionState } from 'react';
import { createRuleAction, type RuleFormState } from '@/app/settings/rules/actions';
import type { CauseOption } from '@/db/queries/lookups';
import { RULE_FIELDS, RULE_OPERATORS } from '@/lib/domain';
import { FIELD_LABELS, OPERATOR_LABELS } from '@/lib/rules';
import { CauseOptionGroups } from '../forms/cause-option-groups';
import { Field, FormError, SelectField } from '../forms/field';

export function NewRuleForm({ causes }: { causes: CauseOption[] }) {
  const [state, action, pending] = useActionState<RuleFormState, FormData>(createRuleAction, {
    errors: {},
  });
  return (
    <form
      action={action}
      className="grid gap-3 md:grid-cols-[1fr_1fr_2fr_2fr_auto] md:items-end"
      noValidate
    >
      <div className="md:col-span-5">
        <FormError message={state.errors.form} />
      </div>
      <SelectField label="When" name="field" id="rule-field" error={state.errors.field}>
        {RULE_FIELDS.map((f) => (
          <option key={f} value={f}>
            {FIELD_LABELS[f]}
          </option>
        ))}
      </SelectField>
      <SelectField label="Test" name="operator" id="rule-operator" error={state.errors.operator}>
        {RULE_OPERATORS.map((o) => (
          <option key={o} value={o}>
            {OPERATOR_LABELS[o]}
          </option>
        ))}
      </SelectField>
      <Field
        label="Pattern"
        name="pattern"
        id="rule-pattern"
        maxLength={500}
        error={state.errors.pattern}
      />
      <SelectField
        label="Then the root cause is"
        name="rootCauseId"
        id="rule-cause"
        defaultValue=""
        error={state.errors.rootCauseId}
      >
        <option value="">Choose a cause…</option>
        <CauseOptionGroups causes={causes} />
      </SelectField>
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
