const cell = { padding: '4px 12px', borderBottom: '1px solid var(--theme-elevation-150)' }

/** The numbers of a chart as a plain table: a caption, column headers, row headers in the first column. */
export const FigureTable = ({ caption, headers, rows }: { caption: string; headers: string[]; rows: Array<Array<string | number>> }) => (
  <table style={{ borderCollapse: 'collapse', margin: 'calc(var(--base) / 2) 0 var(--base)' }}>
    <caption style={{ textAlign: 'left', fontWeight: 600, paddingBottom: 4 }}>{caption}</caption>
    <thead>
      <tr>
        {headers.map((header, index) => (
          <th key={header} scope="col" style={{ ...cell, textAlign: index === 0 ? 'left' : 'right' }}>
            {header}
          </th>
        ))}
      </tr>
    </thead>
    <tbody>
      {rows.map(([first, ...rest]) => (
        <tr key={String(first)}>
          <th scope="row" style={{ ...cell, textAlign: 'left', fontWeight: 400 }}>
            {first}
          </th>
          {rest.map((value, index) => (
            <td key={index} style={{ ...cell, textAlign: 'right' }}>
              {value}
            </td>
          ))}
        </tr>
      ))}
    </tbody>
  </table>
)
