import type { DepartmentRow } from '@/db/queries/departments';
import type { CauseOption } from '@/db/queries/lookups';
import type { ImportPreview } from '@/import/preview';
import type { ImportedTicket } from '@/lib/import/row';
import { formatDateTime } from '../format';
import { TableScroll } from '../ui/table-scroll';

/** The first rows as they would be stored, each with what is wrong with it, if anything. */
export function PreviewTable(props: {
  preview: ImportPreview;
  causes: CauseOption[];
  departments: DepartmentRow[];
  /** The display time zone setting. */
  timeZone: string;
}) {
  const { rows } = props.preview;
  if (rows.length === 0) return null;
  const good = rows.filter((r) => r.errors.length === 0).length;
  const attribution = (t: ImportedTicket) => {
    const c = t.classification;
    if (!c) return <span className="text-slate-500">unchanged / unclassified</span>;
    const department = props.departments.find((d) => d.id === c.departmentId)?.name;
    if (c.newCause) return `${department} › ${c.newCause} (new cause)`;
    const cause = props.causes.find((x) => x.id === c.rootCauseId)?.name;
    return cause ? `${department} › ${cause}` : (department ?? 'unattributed');
  };
  return (
    <section aria-labelledby="preview-heading" data-testid="import-preview">
      <h2 id="preview-heading" className="text-base font-semibold text-slate-900">
        Preview: the first {rows.length} rows
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        {good} of {rows.length} would be stored; the others would be rejected with the reason shown,
        and kept for download.
      </p>
      <TableScroll label="Preview of the first rows" className="mt-3">
        <table className="w-full min-w-[900px] text-sm">
          <thead>
            <tr className="border-b border-slate-200 text-left text-slate-600">
              {[
                'Row',
                'Result',
                'Ticket',
                'Opened',
                'Resolved',
                'Customer',
                'Attributed to',
                'Subject',
              ].map((h) => (
                <th key={h} scope="col" className="py-2 pr-3 font-medium">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ rowNumber, ticket, errors }) => (
              <tr key={rowNumber} className="border-b border-slate-100 align-top">
                <td className="py-1.5 pr-3 tabular-nums">{rowNumber}</td>
                <td className="py-1.5 pr-3">
                  {errors.length === 0 ? (
                    <span className="rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-medium text-emerald-800">
                      ok
                    </span>
                  ) : (
                    <span className="text-red-800">{errors.join('; ')}</span>
                  )}
                </td>
                {ticket ? (
                  <>
                    <td className="py-1.5 pr-3">
                      {ticket.sourceSystem}/{ticket.externalId}
                    </td>
                    <td className="py-1.5 pr-3 whitespace-nowrap">
                      {formatDateTime(ticket.openedAt, props.timeZone)}
                    </td>
                    <td className="py-1.5 pr-3 whitespace-nowrap">
                      {ticket.resolvedAt
                        ? formatDateTime(ticket.resolvedAt, props.timeZone)
                        : 'open'}
                    </td>
                    <td className="py-1.5 pr-3">{ticket.customer.name ?? ticket.customer.ref}</td>
                    <td className="py-1.5 pr-3">{attribution(ticket)}</td>
                    <td className="max-w-xs truncate py-1.5">{ticket.subject}</td>
                  </>
                ) : (
                  <td colSpan={6} />
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
