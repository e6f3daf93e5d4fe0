/**
 * Spreadsheet apps run cells starting with these as formulas, also after leading spaces and in
 * their full-width forms (＝＋－＠), which some apps read as the ASCII ones.
 */
const formulaLike = /^(\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|[\t\r])/

/** Formula-like text with a leading apostrophe, which keeps it text; other text as it is. */
export const guardFormula = (value: string) => (formulaLike.test(value) ? `'${value}` : value)

/** One CSV cell: formula-like text guarded, quoted when it holds a separator, quote or line break. */
export const csvCell = (value: string | number | null | undefined) => {
  if (value == null) return ''
  if (typeof value === 'number') return String(value)
  const text = guardFormula(value)
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** A CSV file (RFC 4180, CRLF) in UTF-8 with the BOM Excel needs to read it as UTF-8. */
export const csvText = (rows: Array<Array<string | number | null | undefined>>) => `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`
