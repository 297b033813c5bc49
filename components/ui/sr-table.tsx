/** A table only screen readers see: the numbers behind a chart, for people who cannot see it. */
export function SrTable(props: { caption: string; columns: string[]; rows: string[][] }) {
  return (
    // The wrapper hides the table: a table ignores the 1px box of sr-only and widens the page.
    <div className="sr-only">
      <table>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            {props.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row[0]}>
              {row.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={i}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
