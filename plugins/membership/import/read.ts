import { Readable } from 'node:stream'

import ExcelJS from 'exceljs'

import { formatNumber } from '@/lib/i18n'
import type { Text } from '@/lib/messages'

import { columnForHeader, type Column } from './columns'

/** A cell as the validator sees it: text, a number, a date (from a date-formatted XLSX cell), or empty. */
export type Cell = string | number | Date | null

export type SheetRow = { rowNumber: number; cells: Map<string, Cell> }

export type Sheet = { format: 'xlsx' | 'csv'; columns: Column[]; rows: SheetRow[]; ignoredHeaders: string[] }

/** The file cannot be read at all (as opposed to rows with errors). */
export class SheetError extends Error {
  constructor(readonly text: Text) {
    super(text.en)
  }
}

const isZip = (data: Buffer) => data.length > 4 && data.readUInt32BE(0) === 0x504b0304
const isOle = (data: Buffer) => data.length > 8 && data.readUInt32BE(0) === 0xd0cf11e0

/** Text, not binary: CSV. */
const looksLikeText = (data: Buffer) => !data.subarray(0, 4096).includes(0)

/** exceljs cell values (rich text, hyperlinks, formulas) down to what a person typed. */
const plain = (value: ExcelJS.CellValue): Cell => {
  if (value == null) return null
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim()
  if (typeof value === 'number' || value instanceof Date) return value
  if (typeof value === 'boolean') return value ? 'Ya' : 'Tidak'
  if (typeof value === 'object') {
    if ('richText' in value) return plain(value.richText.map((part) => part.text).join(''))
    if ('hyperlink' in value) return plain((value as { text?: ExcelJS.CellValue }).text ?? value.hyperlink)
    if ('result' in value) return plain((value as { result?: ExcelJS.CellValue }).result ?? null)
    if ('error' in value) return null
  }
  return plain(String(value))
}

/** CSV from Indonesian Excel uses semicolons: whichever of `;` and `,` the header line has more of. */
const delimiterOf = (data: Buffer) => {
  const firstLine = data.subarray(0, Math.min(data.length, 8192)).toString('utf8').split(/\r?\n/, 1)[0]
  return (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ','
}

const loadWorksheet = async (data: Buffer): Promise<{ format: Sheet['format']; worksheet: ExcelJS.Worksheet }> => {
  const workbook = new ExcelJS.Workbook()
  if (isZip(data)) {
    try {
      await workbook.xlsx.load(data as unknown as ExcelJS.Buffer)
    } catch {
      throw new SheetError({ id: 'Berkas XLSX rusak atau tidak dapat dibaca.', en: 'The XLSX file is damaged or cannot be read.' })
    }
    const worksheet = workbook.worksheets.find((sheet) => sheet.state === 'visible') ?? workbook.worksheets[0]
    if (!worksheet) throw new SheetError({ id: 'Berkas XLSX tidak berisi lembar kerja.', en: 'The XLSX file has no worksheet.' })
    return { format: 'xlsx', worksheet }
  }
  if (isOle(data)) {
    throw new SheetError({
      id: 'Format .xls lama tidak didukung: simpan berkas sebagai .xlsx atau .csv lalu unggah lagi.',
      en: 'The old .xls format is not supported: save the file as .xlsx or .csv and upload it again.',
    })
  }
  if (!looksLikeText(data)) throw new SheetError({ id: 'Berkas harus XLSX atau CSV.', en: 'The file must be XLSX or CSV.' })
  const text = data.toString('utf8').replace(/^\uFEFF/, '')
  // Every value as text: the validator decides, so a phone number keeps its leading zero.
  const worksheet = await workbook.csv.read(Readable.from([text]), {
    map: (value: string) => value,
    parserOptions: { delimiter: delimiterOf(data) },
  })
  return { format: 'csv', worksheet }
}

/**
 * The first worksheet (or the CSV) as rows keyed by column, row numbers as the spreadsheet shows
 * them (the header is row 1). Blank rows are skipped; unknown headers are listed, not refused.
 */
export const readSheet = async (data: Buffer, maxRows: number): Promise<Sheet> => {
  const { format, worksheet } = await loadWorksheet(data)
  if (worksheet.rowCount - 1 > maxRows) {
    throw new SheetError({
      id: `Terlalu banyak baris: paling banyak ${formatNumber('id', maxRows)} baris per berkas. Bagi berkas menjadi beberapa bagian.`,
      en: `Too many rows: at most ${formatNumber('en', maxRows)} rows per file. Split the file into parts.`,
    })
  }
  const header = worksheet.getRow(1)
  const byIndex = new Map<number, Column>()
  const ignoredHeaders: string[] = []
  header.eachCell((cell, index) => {
    const text = plain(cell.value)
    if (text == null) return
    const column = columnForHeader(String(text))
    if (column && ![...byIndex.values()].includes(column)) byIndex.set(index, column)
    else ignoredHeaders.push(String(text))
  })
  if (![...byIndex.values()].some((column) => column.key === 'email')) {
    throw new SheetError({
      id: 'Baris pertama harus berisi judul kolom dari templat (setidaknya "Email" dan "Nama lengkap").',
      en: 'The first row must hold the template’s column headers (at least "Email" and "Full name").',
    })
  }
  const rows: SheetRow[] = []
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return
    const cells = new Map<string, Cell>()
    // `values` is indexed by column number; far cheaper than a getCell per column.
    const values = row.values as ExcelJS.CellValue[]
    for (const [index, column] of byIndex) {
      const value = plain(values[index])
      if (value != null) cells.set(column.key, value)
    }
    if (cells.size > 0) rows.push({ rowNumber, cells })
  })
  return { format, columns: [...byIndex.values()], rows, ignoredHeaders }
}
