import ExcelJS from 'exceljs'

import { guardFormula } from './csv'
import { contentDisposition } from './download'

export type SheetFormat = 'xlsx' | 'csv'

const types: Record<SheetFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
}

/** A generated file as a download: never cached (member data), never sniffed. */
export const fileResponse = (body: Uint8Array, name: string, format: SheetFormat) =>
  new Response(body as unknown as BodyInit, {
    status: 200,
    headers: {
      'Content-Type': types[format],
      'Content-Length': String(body.byteLength),
      'Content-Disposition': contentDisposition(name),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    },
  })

/**
 * A table as XLSX (bold frozen header, text-formatted columns so phone numbers keep their leading
 * zero) or CSV (UTF-8 with BOM, which Excel needs to read it as UTF-8; formula-like cells guarded).
 */
export const tableFile = async (
  format: SheetFormat,
  sheetName: string,
  headers: string[],
  rows: Array<Array<string | number | null>>,
  decorate?: (workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet) => void,
): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Balai'
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] })
  if (format === 'csv') {
    sheet.addRow(headers)
    for (const row of rows) sheet.addRow(row.map((cell) => (typeof cell === 'string' ? guardFormula(cell) : cell)))
    const csv = Buffer.from(await workbook.csv.writeBuffer())
    return Buffer.concat([Buffer.from('\uFEFF'), csv])
  }
  sheet.columns = headers.map((header) => ({ header, width: Math.min(40, Math.max(12, header.length + 2)), style: { numFmt: '@' } }))
  sheet.getRow(1).font = { bold: true }
  sheet.addRows(rows)
  decorate?.(workbook, sheet)
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
