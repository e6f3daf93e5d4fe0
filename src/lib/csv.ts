/** Spreadsheet apps run cells starting with these as formulas; a leading apostrophe keeps them text. */
const formulaLike = /^[=+\-@\t\r]/

/** One CSV cell: formula-like text guarded, quoted when it holds a separator, quote or line break. */
export const csvCell = (value: string | number | null | undefined) => {
  if (value == null) return ''
  if (typeof value === 'number') return String(value)
  const text = formulaLike.test(value) ? `'${value}` : value
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** A CSV file (RFC 4180, CRLF) in UTF-8 with the BOM Excel needs to read it as UTF-8. */
export const csvText = (rows: Array<Array<string | number | null | undefined>>) => `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`
