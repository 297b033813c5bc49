'use client';

import { useActionState } from 'react';
import { saveSettingsAction, type SettingsFormState } from '@/app/settings/general/actions';
import type { Settings } from '@/lib/settings';
import { zonesWith } from '@/lib/time-zone';
import { Field, FormError, SelectField, SubmitButton } from '../forms/field';

const LABELS: Record<string, string> = {
  recurrenceWindowDays: 'recurrence window',
  recurrenceKey: 'recurrence key',
  agentCostPerHour: 'agent cost',
  currency: 'currency',
  displayTimeZone: 'display time zone',
  effectivenessWeeks: 'effectiveness window',
};

/** The admin's settings; a change of the recurrence definition re-decides every ticket. */
export function SettingsForm({
  settings,
  timeZones,
}: {
  settings: Settings;
  /** The zones to choose from (lib/time-zone.ts). */
  timeZones: string[];
}) {
  const zones = zonesWith(timeZones, settings.displayTimeZone);
  const [state, action, pending] = useActionState<SettingsFormState, FormData>(saveSettingsAction, {
    errors: {},
    changed: null,
  });
  return (
    <form action={action} className="grid gap-5 sm:grid-cols-2" noValidate>
      <div className="sm:col-span-2">
        <FormError message={state.errors.form} />
        {state.changed && (
          <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-900">
            {state.changed.length === 0
              ? 'Nothing changed.'
              : `Saved: ${state.changed.map((k) => LABELS[k] ?? k).join(', ')}.`}
          </p>
        )}
      </div>
      <fieldset className="space-y-3 sm:col-span-2">
        <legend className="text-sm font-semibold text-slate-900">Recurrence</legend>
        <p className="text-sm text-slate-600">
          A ticket is a recurrence when the same customer had a ticket with the same root cause
          resolved within the window before it was opened. Changing either re-decides every ticket
          and recounts the recurrences in the summaries: about 3 seconds per million tickets, while
          the save waits.
        </p>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            label="Recurrence window (days)"
            name="recurrenceWindowDays"
            type="number"
            min={1}
            max={365}
            defaultValue={settings.recurrenceWindowDays}
            error={state.errors.recurrenceWindowDays}
          />
          <SelectField
            label="Recurrence key"
            name="recurrenceKey"
            defaultValue={settings.recurrenceKey}
            error={state.errors.recurrenceKey}
          >
            <option value="customer">same customer and cause</option>
            <option value="customer_product">same customer, product and cause</option>
          </SelectField>
        </div>
      </fieldset>
      <fieldset className="space-y-3 sm:col-span-2">
        <legend className="text-sm font-semibold text-slate-900">Cost of poor quality</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            label="Agent cost per hour"
            name="agentCostPerHour"
            type="number"
            min={0}
            step="0.01"
            defaultValue={settings.agentCostPerHour}
            error={state.errors.agentCostPerHour}
          />
          <Field
            label="Currency (ISO code)"
            name="currency"
            maxLength={3}
            defaultValue={settings.currency}
            error={state.errors.currency}
          />
        </div>
      </fieldset>
      <fieldset className="space-y-3 sm:col-span-2">
        <legend className="text-sm font-semibold text-slate-900">Display</legend>
        <p className="text-sm text-slate-600">
          Times of day (when a ticket was opened and resolved, contacts, the audit log, imports) are
          shown in this zone. Days, weeks and date ranges stay UTC calendar days, the days the
          summaries count by.
        </p>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            label="Display time zone"
            name="displayTimeZone"
            defaultValue={settings.displayTimeZone}
            error={state.errors.displayTimeZone}
          >
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll('_', ' ')}
              </option>
            ))}
          </SelectField>
        </div>
      </fieldset>
      <fieldset className="space-y-3 sm:col-span-2">
        <legend className="text-sm font-semibold text-slate-900">Corrective actions</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            label="Effectiveness window (weeks before and after a fix)"
            name="effectivenessWeeks"
            type="number"
            min={1}
            max={52}
            defaultValue={settings.effectivenessWeeks}
            error={state.errors.effectivenessWeeks}
          />
        </div>
      </fieldset>
      <div className="sm:w-48">
        <SubmitButton pending={pending}>{pending ? 'Saving…' : 'Save settings'}</SubmitButton>
      </div>
    </form>
  );
}
