'use client';

import { startTransition, useActionState, useState } from 'react';
import { previewMapping, startImport, type MappingFormState } from '@/app/import/actions';
import type { DepartmentRow } from '@/db/queries/departments';
import type { SavedMapping } from '@/db/queries/imports';
import type { CauseOption } from '@/db/queries/lookups';
import type { CategoryValue, ImportPreview } from '@/import/preview';
import {
  DEFAULT_SOURCE_SYSTEM,
  IMPORT_FIELD_KEYS,
  IMPORT_FIELDS,
  PRESET_LABELS,
  PRESETS,
  presetColumns,
  type ImportField,
  type ImportMapping,
  type Preset,
} from '@/lib/import/mapping';
import { zonesWith } from '@/lib/time-zone';
import { CauseOptionGroups } from '../forms/cause-option-groups';
import { PreviewTable } from './preview-table';

const control = 'rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm';
const label = 'block text-sm font-medium text-slate-700';

function targetOf(mapping: ImportMapping, value: string): string {
  const target = mapping.values[value];
  if (!target) return '';
  return 'causeId' in target ? `cause:${target.causeId}` : `department:${target.department}`;
}

export function MappingForm(props: {
  importId: number;
  headers: string[];
  /** The first rows of the file, for example values beside each column. */
  sample: string[][];
  mapping: ImportMapping;
  preview: ImportPreview;
  displayTimeZone: string;
  /** The zones the file's times may be in (the server's list: the browser's may differ). */
  timeZones: string[];
  causes: CauseOption[];
  departments: DepartmentRow[];
  saved: SavedMapping[];
}) {
  const [mapping, setMapping] = useState(props.mapping);
  // Bumped when a saved mapping is applied, so the category selects take its choices.
  const [version, setVersion] = useState(0);
  const [previewState, preview, previewing] = useActionState<MappingFormState, FormData>(
    previewMapping,
    { errors: [], preview: props.preview },
  );
  const [startState, start, starting] = useActionState<MappingFormState, FormData>(startImport, {
    errors: [],
    preview: null,
  });
  const shown = previewState.preview ?? props.preview;
  const categories: CategoryValue[] = shown.categoryValues;
  const errors = startState.errors.length > 0 ? startState.errors : previewState.errors;

  const setColumn = (field: ImportField, header: string) =>
    setMapping((m) => ({ ...m, columns: { ...m.columns, [field]: header || undefined } }));
  const choosePreset = (preset: Preset) =>
    setMapping((m) => ({
      ...m,
      preset,
      sourceSystem: DEFAULT_SOURCE_SYSTEM[preset],
      columns: presetColumns(preset, props.headers),
    }));
  const examples = (header: string | undefined) => {
    const i = header === undefined ? -1 : props.headers.indexOf(header);
    if (i < 0) return '';
    return [...new Set(props.sample.map((r) => r[i]).filter((v) => v && v.trim() !== ''))]
      .slice(0, 3)
      .map((v) => (v.length > 40 ? `${v.slice(0, 40)}…` : v))
      .join(' · ');
  };

  return (
    <form
      className="space-y-6"
      aria-label="Column mapping"
      // Not <form action>: React resets a form after its action, and this one keeps its choices.
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        const starts = (e.nativeEvent as SubmitEvent).submitter?.getAttribute('value') === 'start';
        startTransition(() => (starts ? start(data) : preview(data)));
      }}
    >
      <input type="hidden" name="importId" value={props.importId} />
      <section className="grid grid-cols-1 gap-4 md:grid-cols-2 lg:grid-cols-5">
        <div className="space-y-1">
          <label htmlFor="preset" className={label}>
            The file is a
          </label>
          <select
            id="preset"
            name="preset"
            value={mapping.preset}
            onChange={(e) => choosePreset(e.target.value as Preset)}
            className={`w-full ${control}`}
          >
            {PRESETS.map((p) => (
              <option key={p} value={p}>
                {PRESET_LABELS[p]}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="sourceSystem" className={label}>
            Source system
          </label>
          <input
            id="sourceSystem"
            name="sourceSystem"
            value={mapping.sourceSystem}
            onChange={(e) => setMapping((m) => ({ ...m, sourceSystem: e.target.value }))}
            maxLength={40}
            required
            className={`w-full ${control}`}
            aria-describedby="sourceSystem-help"
          />
          <p id="sourceSystem-help" className="text-xs text-slate-500">
            With the ticket id, identifies a ticket: importing again updates it.
          </p>
        </div>
        <div className="space-y-1">
          <label htmlFor="dateOrder" className={label}>
            Dates like 03/04/2026 are
          </label>
          <select
            id="dateOrder"
            name="dateOrder"
            value={mapping.dateOrder}
            onChange={(e) =>
              setMapping((m) => ({ ...m, dateOrder: e.target.value as ImportMapping['dateOrder'] }))
            }
            className={`w-full ${control}`}
          >
            <option value="auto">refused as ambiguous</option>
            <option value="dmy">day/month/year</option>
            <option value="mdy">month/day/year</option>
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="timeZone" className={label}>
            Times without a zone are in
          </label>
          <select
            id="timeZone"
            name="timeZone"
            value={mapping.timeZone}
            onChange={(e) => setMapping((m) => ({ ...m, timeZone: e.target.value }))}
            className={`w-full ${control}`}
            aria-describedby="timeZone-help"
          >
            {zonesWith(props.timeZones, mapping.timeZone).map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
          <p id="timeZone-help" className="text-xs text-slate-500">
            Zendesk and Freshdesk export in the account’s time zone.
          </p>
        </div>
        <div className="space-y-1">
          <label htmlFor="handleTimeUnit" className={label}>
            A plain number of handle time is
          </label>
          <select
            id="handleTimeUnit"
            name="handleTimeUnit"
            value={mapping.handleTimeUnit}
            onChange={(e) =>
              setMapping((m) => ({
                ...m,
                handleTimeUnit: e.target.value as ImportMapping['handleTimeUnit'],
              }))
            }
            className={`w-full ${control}`}
          >
            <option value="seconds">seconds</option>
            <option value="minutes">minutes</option>
          </select>
        </div>
      </section>

      {props.saved.length > 0 && (
        <div className="flex flex-wrap items-end gap-2">
          <div className="space-y-1">
            <label htmlFor="savedMapping" className={label}>
              Use a saved mapping
            </label>
            <select
              id="savedMapping"
              defaultValue=""
              onChange={(e) => {
                const saved = props.saved.find((s) => String(s.id) === e.target.value);
                if (saved) {
                  setMapping(saved.mapping);
                  setVersion((v) => v + 1);
                }
              }}
              className={control}
            >
              <option value="">Choose…</option>
              {props.saved.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}

      <section aria-labelledby="columns-heading">
        <h2 id="columns-heading" className="text-base font-semibold text-slate-900">
          Columns
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          Which column of the file feeds each field. A field without a column is left as it is on
          tickets already stored, and takes its default on new ones.
        </p>
        <table className="mt-3 w-full text-sm">
          <thead>
            <tr className="border-b border-slate-200 text-left text-slate-600">
              <th scope="col" className="py-2 pr-3 font-medium">
                Upstream field
              </th>
              <th scope="col" className="py-2 pr-3 font-medium">
                Column in the file
              </th>
              <th scope="col" className="py-2 font-medium">
                First values
              </th>
            </tr>
          </thead>
          <tbody>
            {IMPORT_FIELD_KEYS.map((field) => {
              const definition: { label: string; required?: boolean } = IMPORT_FIELDS[field];
              return (
                <tr key={field} className="border-b border-slate-100">
                  <th scope="row" className="py-1.5 pr-3 text-left font-normal text-slate-900">
                    <label htmlFor={`column-${field}`}>
                      {definition.label}
                      {definition.required && <span className="text-red-700"> *</span>}
                    </label>
                  </th>
                  <td className="py-1.5 pr-3">
                    <select
                      id={`column-${field}`}
                      name={`column.${field}`}
                      value={mapping.columns[field] ?? ''}
                      onChange={(e) => setColumn(field, e.target.value)}
                      className={`w-full max-w-64 ${control}`}
                    >
                      <option value="">— not in this file —</option>
                      {props.headers.map((h) => (
                        <option key={h} value={h}>
                          {h}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="max-w-sm truncate py-1.5 text-slate-500">
                    {examples(mapping.columns[field])}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      {mapping.columns.category && (
        <section aria-labelledby="values-heading">
          <h2 id="values-heading" className="text-base font-semibold text-slate-900">
            Category values → root causes
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            What each value of “{mapping.columns.category}” means in Upstream. A value left on
            “leave unclassified” does not reject its tickets: they wait for triage.
            {categories.length === 0 && ' Preview to list the values of this column.'}
          </p>
          {categories.length > 0 && (
            <table className="mt-3 w-full text-sm" data-testid="value-mapping">
              <thead>
                <tr className="border-b border-slate-200 text-left text-slate-600">
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Value
                  </th>
                  <th scope="col" className="py-2 pr-3 text-right font-medium">
                    Rows
                  </th>
                  <th scope="col" className="py-2 font-medium">
                    Means
                  </th>
                </tr>
              </thead>
              <tbody>
                {categories.map((c, i) => (
                  <tr key={`${version}/${c.value}`} className="border-b border-slate-100">
                    <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                      <label htmlFor={`category-${i}`}>{c.value}</label>
                      <input type="hidden" name={`category.${i}.value`} value={c.value} />
                    </th>
                    <td className="py-1.5 pr-3 text-right tabular-nums">{c.rows}</td>
                    <td className="py-1.5">
                      <select
                        id={`category-${i}`}
                        name={`category.${i}.target`}
                        defaultValue={targetOf(mapping, c.value)}
                        className={`w-full max-w-md ${control}`}
                      >
                        <option value="">leave unclassified</option>
                        <CauseOptionGroups
                          causes={props.causes}
                          optionValue={(cause) => `cause:${cause.id}`}
                        />
                        <optgroup label="A department, cause unknown">
                          {props.departments.map((d) => (
                            <option key={d.slug} value={`department:${d.slug}`}>
                              {d.name}
                            </option>
                          ))}
                        </optgroup>
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}

      {errors.length > 0 && (
        <div role="alert" className="rounded-md bg-red-50 px-4 py-3 text-sm text-red-800">
          <p className="font-medium">The mapping is not complete:</p>
          <ul className="mt-1 list-disc pl-5">
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}

      <div className="flex flex-wrap items-end gap-3 border-t border-slate-200 pt-4">
        <button
          type="submit"
          value="preview"
          disabled={previewing || starting}
          className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-60"
        >
          {previewing ? 'Reading the first rows…' : 'Preview'}
        </button>
        <div className="space-y-1">
          <label htmlFor="saveAs" className={label}>
            Save this mapping as (optional)
          </label>
          <input id="saveAs" name="saveAs" maxLength={100} className={control} />
        </div>
        <button
          type="submit"
          value="start"
          disabled={previewing || starting}
          className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-60"
        >
          {starting ? 'Starting…' : 'Start import'}
        </button>
      </div>

      <PreviewTable
        preview={shown}
        causes={props.causes}
        departments={props.departments}
        timeZone={props.displayTimeZone}
      />
    </form>
  );
}
