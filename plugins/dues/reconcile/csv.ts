/** A CSV record and the line of the file it starts on (for error messages). */
export type CsvRecord = { line: number; cells: string[] }

/** `;` (Indonesian Excel), `,` or tab: whichever the first line has most of, outside quotes. */
export const delimiterOf = (text: string): string => {
  const first = text.split(/\r?\n/, 1)[0].replace(/"[^"]*"/g, '')
  const counts = [';', ',', '\t'].map((d) => [d, first.split(d).length - 1] as const)
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0]
}

/**
 * RFC 4180: quoted fields may hold the delimiter, line breaks and `""` for a quote; LF or CRLF.
 * Blank lines are dropped. Hand-rolled: one pass, no dependency, and line numbers kept.
 */
export const csvRecords = (text: string, delimiter: string): CsvRecord[] => {
  const records: CsvRecord[] = []
  let cells: string[] = []
  let cell = ''
  let quoted = false
  let line = 1
  let start = 1
  const endRecord = () => {
    cells.push(cell)
    if (cells.some((value) => value.trim() !== '')) records.push({ line: start, cells: cells.map((value) => value.trim()) })
    cells = []
    cell = ''
  }
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (char === '"') quoted = false
      else {
        if (char === '\n') line++
        cell += char
      }
    } else if (char === '"' && cell.trim() === '') {
      cell = ''
      quoted = true
    } else if (char === delimiter) {
      cells.push(cell)
      cell = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++
      endRecord()
      line++
      start = line
    } else cell += char
  }
  if (cell !== '' || cells.length > 0) endRecord()
  return records
}
