/**
 * Amounts as banks and Indonesian spreadsheets write them: `1.234.567,00`, `1,234,567.00`,
 * `1234567`, `Rp 150.000`, `-50.000`, `(50.000)`, `150.000 CR`, `50.000 DB`. Rupiah are whole:
 * a non-zero fraction is an error. Returns null when the text is not an amount.
 */
export type Amount = { value: number } | { error: 'invalid' | 'fraction' }

const grouped = (digits: string, separator: string) => new RegExp(`^\\d{1,3}(\\${separator}\\d{3})+$`).test(digits)

export const parseAmount = (raw: string): Amount => {
  let text = raw.replace(/[\s\u00a0]+/g, '').toUpperCase().replace(/^(RP|IDR)\.?/, '')
  let sign = 1
  const suffix = text.match(/(CR|DB|DR|K|D)$/)
  if (suffix) {
    sign = suffix[1] === 'CR' || suffix[1] === 'K' ? 1 : -1
    text = text.slice(0, -suffix[1].length)
  }
  if (/^\(.*\)$/.test(text)) {
    sign = -sign
    text = text.slice(1, -1)
  } else if (/^[-+]/.test(text)) {
    if (text[0] === '-') sign = -sign
    text = text.slice(1)
  }
  text = text.replace(/^(RP|IDR)\.?/, '')
  if (!/^\d[\d.,]*$/.test(text) || /[.,]$/.test(text)) return { error: 'invalid' }
  const lastDot = text.lastIndexOf('.')
  const lastComma = text.lastIndexOf(',')
  let whole = text
  let fraction = ''
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ','
    const at = text.lastIndexOf(decimal)
    whole = text.slice(0, at)
    fraction = text.slice(at + 1)
    if (!grouped(whole, decimal === '.' ? ',' : '.') || !/^\d+$/.test(fraction)) return { error: 'invalid' }
  } else if (lastDot >= 0 || lastComma >= 0) {
    const separator = lastDot >= 0 ? '.' : ','
    const parts = text.split(separator)
    if (parts.length > 2 || parts[1].length === 3) {
      // `150.000` is a hundred and fifty thousand rupiah, never 150 with decimals.
      if (!grouped(text, separator)) return { error: 'invalid' }
    } else if (parts[1].length <= 2) {
      whole = parts[0]
      fraction = parts[1]
    } else return { error: 'invalid' }
  }
  if (/[1-9]/.test(fraction)) return { error: 'fraction' }
  const value = Number(whole.replace(/[.,]/g, ''))
  if (!Number.isSafeInteger(value)) return { error: 'invalid' }
  return { value: sign * value }
}

/**
 * Dates `YYYY-MM-DD` (also with `/`), `DD/MM/YYYY`, `DD-MM-YYYY`, `DD.MM.YYYY`, a time after
 * them ignored. Returns `YYYY-MM-DD`, or null for anything else or a day that does not exist.
 */
export const parseDate = (raw: string): string | null => {
  const text = raw.trim().split(/[\sT]/, 1)[0]
  const iso = text.match(/^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/)
  const local = text.match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/)
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : local ? [local[3], local[2], local[1]] : []
  if (!year) return null
  const y = Number(year)
  const m = Number(month)
  const d = Number(day)
  const date = new Date(Date.UTC(y, m - 1, d))
  if (y < 2000 || y > 2100 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}
