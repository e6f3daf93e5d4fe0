import { createHash } from 'node:crypto'

import { formatNumber } from '@/lib/i18n'
import type { Text } from '@/lib/messages'

import { csvRecords, delimiterOf } from './csv'
import { parseAmount, parseDate } from './values'

export type StatementColumn = 'date' | 'description' | 'amount' | 'reference'

/** Header names banks and treasurers use, compared lower-case with punctuation dropped. */
const headerNames: Record<StatementColumn, string[]> = {
  date: ['tanggal', 'tgl', 'date', 'tanggal transaksi', 'tgl transaksi', 'transaction date', 'value date', 'tanggal valuta', 'posting date'],
  description: ['keterangan', 'deskripsi', 'description', 'uraian', 'uraian transaksi', 'berita', 'remark', 'remarks', 'narrative', 'catatan'],
  amount: ['jumlah', 'nominal', 'amount', 'kredit', 'credit', 'mutasi', 'nilai'],
  reference: ['referensi', 'reference', 'ref', 'no referensi', 'nomor referensi', 'ref no', 'no ref', 'reference no', 'kode referensi'],
}

const columnLabels: Record<StatementColumn, Text> = {
  date: { id: 'tanggal', en: 'date' },
  description: { id: 'keterangan', en: 'description' },
  amount: { id: 'jumlah', en: 'amount' },
  reference: { id: 'referensi', en: 'reference' },
}

const normalise = (header: string) => header.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()

const columnOf = (header: string): StatementColumn | undefined =>
  (Object.keys(headerNames) as StatementColumn[]).find((column) => headerNames[column].includes(normalise(header)))

/** Without a header row, the documented order. */
const defaultOrder: StatementColumn[] = ['date', 'description', 'amount', 'reference']

export type StatementLine = { lineNumber: number; valueDate: string; description: string; reference: string; amount: number; fingerprint: string }

export type LineError = { line: number; column: StatementColumn | null; reason: Text }

export type ParsedStatement = { lines: StatementLine[]; skippedLines: number; errors: LineError[] }

/** The file cannot be read at all (as opposed to lines with errors). */
export class StatementError extends Error {
  constructor(readonly text: Text) {
    super(text.en)
  }
}

const MAX_DESCRIPTION = 1000
const MAX_REFERENCE = 100

/**
 * The same transfer always gets the same fingerprint, whichever file it comes in: its date,
 * amount, reference and description (spacing and case ignored), and how many identical lines
 * came before it in its file (two equal transfers on one day are two lines).
 */
const identityOf = (line: Omit<StatementLine, 'fingerprint' | 'lineNumber'>) =>
  JSON.stringify([line.valueDate, line.amount, line.reference.toUpperCase(), line.description.replace(/\s+/g, ' ').toUpperCase()])

const fingerprintOf = (identity: string, ordinal: number) => createHash('sha256').update(`${identity}#${ordinal}`).digest('hex')

const lineError = (line: number, column: StatementColumn | null, id: string, en: string): LineError => ({ line, column, reason: { id, en } })

/**
 * A bank statement CSV (date, description, amount, reference; `;`, `,` or tab; with or without
 * a header row) as credit lines. Debits (negative amounts) and zero lines are counted and
 * skipped: they are not dues. Every bad line is reported; the caller stores nothing then.
 */
export const parseStatement = (data: Buffer, maxLines: number): ParsedStatement => {
  if (data.subarray(0, 4096).includes(0)) {
    throw new StatementError({ id: 'Berkas harus berupa CSV (teks).', en: 'The file must be a CSV (text) file.' })
  }
  const text = data.toString('utf8').replace(/^\uFEFF/, '')
  const records = csvRecords(text, delimiterOf(text))
  if (records.length === 0) throw new StatementError({ id: 'Berkas tidak berisi baris mutasi.', en: 'The file holds no statement lines.' })
  const headed = parseDate(records[0].cells[0] ?? '') == null
  let order = defaultOrder as Array<StatementColumn | undefined>
  if (headed) {
    order = records[0].cells.map(columnOf)
    const missing = (['date', 'amount'] as const).filter((column) => !order.includes(column))
    if (missing.length) {
      throw new StatementError({
        id: `Baris judul harus memuat kolom ${missing.map((c) => `"${columnLabels[c].id}"`).join(' dan ')} (kolom: tanggal, keterangan, jumlah, referensi).`,
        en: `The header row must have the ${missing.map((c) => `"${columnLabels[c].en}"`).join(' and ')} column (columns: date, description, amount, reference).`,
      })
    }
  }
  const body = headed ? records.slice(1) : records
  if (body.length > maxLines) {
    throw new StatementError({
      id: `Terlalu banyak baris: paling banyak ${formatNumber('id', maxLines)} baris per berkas.`,
      en: `Too many lines: at most ${formatNumber('en', maxLines)} per file.`,
    })
  }
  const lines: StatementLine[] = []
  const errors: LineError[] = []
  const seen = new Map<string, number>()
  let skippedLines = 0
  for (const record of body) {
    const value = (column: StatementColumn) => {
      const index = order.indexOf(column)
      return index < 0 ? '' : (record.cells[index] ?? '')
    }
    const before = errors.length
    const valueDate = parseDate(value('date'))
    if (!valueDate) errors.push(lineError(record.line, 'date', `Tanggal "${value('date')}" tidak valid: tulis YYYY-MM-DD atau DD/MM/YYYY.`, `Invalid date "${value('date')}": write YYYY-MM-DD or DD/MM/YYYY.`))
    const amount = parseAmount(value('amount'))
    if ('error' in amount) {
      errors.push(
        amount.error === 'fraction'
          ? lineError(record.line, 'amount', `Jumlah "${value('amount')}" harus rupiah bulat.`, `Amount "${value('amount')}" must be whole rupiah.`)
          : lineError(record.line, 'amount', `Jumlah "${value('amount')}" tidak valid: tulis misalnya 1.234.567,00 atau 1234567.`, `Invalid amount "${value('amount')}": write e.g. 1.234.567,00 or 1234567.`),
      )
    }
    const description = value('description')
    const reference = value('reference')
    if (description.length > MAX_DESCRIPTION) errors.push(lineError(record.line, 'description', `Keterangan paling panjang ${MAX_DESCRIPTION} karakter.`, `The description may be at most ${MAX_DESCRIPTION} characters.`))
    if (reference.length > MAX_REFERENCE) errors.push(lineError(record.line, 'reference', `Referensi paling panjang ${MAX_REFERENCE} karakter.`, `The reference may be at most ${MAX_REFERENCE} characters.`))
    if (errors.length > before || !valueDate || 'error' in amount) continue
    if (amount.value <= 0) {
      skippedLines++
      continue
    }
    const line = { valueDate, description, reference, amount: amount.value }
    const identity = identityOf(line)
    const ordinal = seen.get(identity) ?? 0
    seen.set(identity, ordinal + 1)
    lines.push({ lineNumber: record.line, ...line, fingerprint: fingerprintOf(identity, ordinal) })
  }
  return { lines, skippedLines, errors }
}
