import { sql } from '@payloadcms/db-postgres'
import type ExcelJS from 'exceljs'
import type { PayloadRequest } from 'payload'

import { drizzleFor } from '@/lib/db/session'
import { formatNumber } from '@/lib/i18n'
import { pick, userError, type Text } from '@/lib/messages'
import { tableFile } from '@/lib/table-file'

import { billStatusOptions, billTypeOptions, labelOf, type BillStatus } from '../collections/labels'
import { settingsOf } from '../options'
import { inRegion, monthKey } from './figures'
import type { ReportQuery } from './query'

/** Per-bill lines in one file at most; a larger report asks for a narrower period or one region. */
export const MAX_LINES = 100_000

type Cell = string | number | null
type Table = { sheet: Text; headers: Text[]; rows: Cell[][]; amountColumns: number[] }

const statuses = ['paid', 'unpaid', 'overdue', 'waived'] as const satisfies readonly BillStatus[]

type RecapRow = { year: number; month: number; regionCode: string | null; regionName: string | null; billType: 'monthly' | 'registration'; bills: number; billed: number } & Record<
  `${(typeof statuses)[number]}${'Bills' | 'Amount'}`,
  number
>

const periodRange = (query: ReportQuery) => sql`
  (b.period_year, b.period_month) >= (${query.from.year}, ${query.from.month})
  AND (b.period_year, b.period_month) <= (${query.to.year}, ${query.to.month})`

const statusHeaders = (status: (typeof statuses)[number]): Text[] => {
  const label = labelOf(billStatusOptions, status)
  return [
    { id: `${label.id} (tagihan)`, en: `${label.en} (bills)` },
    { id: `${label.id} (Rp)`, en: `${label.en} (IDR)` },
  ]
}

/**
 * The recap: per month of the bills' period, region and bill type, how many bills and how much
 * was billed, paid, still unpaid, overdue and waived; a total line last. One GROUP BY over the
 * (period year, month) index.
 */
const recapTable = async (req: PayloadRequest, query: ReportQuery): Promise<Table> => {
  const db = await drizzleFor(req)
  const sums = statuses.map(
    (status) =>
      sql`, count(*) FILTER (WHERE b.bill_status = ${status})::int AS ${sql.identifier(`${status}Bills`)}, COALESCE(sum(b.bill_amount) FILTER (WHERE b.bill_status = ${status}), 0)::float8 AS ${sql.identifier(`${status}Amount`)}`,
  )
  const { rows } = await db.execute<RecapRow>(sql`
    SELECT b.period_year::int AS year, b.period_month::int AS month, r.code AS "regionCode", r.name AS "regionName", b.bill_type AS "billType",
      count(*)::int AS bills, COALESCE(sum(b.bill_amount), 0)::float8 AS billed ${sql.join(sums, sql``)}
    FROM dues_bills b LEFT JOIN regions r ON r.id = b.region_id
    WHERE ${periodRange(query)} ${inRegion(query.region)}
    GROUP BY 1, 2, 3, 4, 5
    ORDER BY 1, 2, 3 NULLS LAST, 5`)
  const figures = (row: RecapRow) => [
    row.bills,
    row.billed,
    ...statuses.flatMap((status) => [row[`${status}Bills`], row[`${status}Amount`]]),
  ]
  const lines: Cell[][] = rows.map((row) => [monthKey(row), row.regionCode, row.regionName, pick(req, labelOf(billTypeOptions, row.billType)), ...figures(row)])
  const total = Array.from({ length: 2 + statuses.length * 2 }, (_, i) => lines.reduce((sum, line) => sum + Number(line[4 + i]), 0))
  return {
    sheet: { id: 'Rekap iuran', en: 'Dues recap' },
    headers: [
      { id: 'Periode', en: 'Period' },
      { id: 'Kode wilayah', en: 'Region code' },
      { id: 'Wilayah', en: 'Region' },
      { id: 'Jenis tagihan', en: 'Bill type' },
      { id: 'Tagihan', en: 'Bills' },
      { id: 'Ditagihkan (Rp)', en: 'Billed (IDR)' },
      ...statuses.flatMap(statusHeaders),
    ],
    rows: [...lines, [pick(req, { id: 'Jumlah', en: 'Total' }), null, null, null, ...total]],
    // Bills and amounts alternate from the fifth column; amounts are the even ones.
    amountColumns: [6, 8, 10, 12, 14],
  }
}

type Line = {
  paymentCode: string | null
  memberNumber: string | null
  fullName: string
  regionCode: string | null
  regionName: string | null
  year: number
  month: number
  billType: 'monthly' | 'registration'
  billAmount: number
  uniqueCode: number | null
  transferAmount: number | null
  billStatus: BillStatus
  dueDate: string | null
  paidAt: string | null
  arrearsLevel: number
}

/** Every bill of the period (and region), with its member: for the treasurer's own books. */
const billsTable = async (req: PayloadRequest, query: ReportQuery): Promise<Table> => {
  const { timezone } = settingsOf(req.payload.config)
  const db = await drizzleFor(req)
  const { rows } = await db.execute<Line>(sql`
    SELECT b.payment_code AS "paymentCode", m.member_number AS "memberNumber", m.full_name AS "fullName", r.code AS "regionCode", r.name AS "regionName",
      b.period_year::int AS year, b.period_month::int AS month, b.bill_type AS "billType", b.bill_amount::float8 AS "billAmount",
      b.unique_code::int AS "uniqueCode", b.transfer_amount::float8 AS "transferAmount", b.bill_status AS "billStatus",
      to_char(b.due_date AT TIME ZONE ${timezone}, 'YYYY-MM-DD') AS "dueDate", to_char(b.paid_at AT TIME ZONE ${timezone}, 'YYYY-MM-DD') AS "paidAt",
      COALESCE(b.arrears_level, 0)::int AS "arrearsLevel"
    FROM dues_bills b JOIN members m ON m.id = b.member_id LEFT JOIN regions r ON r.id = b.region_id
    WHERE ${periodRange(query)} ${inRegion(query.region)}
    ORDER BY b.period_year, b.period_month, r.code NULLS LAST, m.full_name, b.id
    LIMIT ${MAX_LINES + 1}`)
  if (rows.length > MAX_LINES) {
    throw userError(req, 400, {
      id: `Lebih dari ${formatNumber('id', MAX_LINES)} tagihan: persempit periode atau pilih satu wilayah.`,
      en: `More than ${formatNumber('en', MAX_LINES)} bills: narrow the period or choose one region.`,
    })
  }
  return {
    sheet: { id: 'Tagihan iuran', en: 'Dues bills' },
    headers: [
      { id: 'Kode pembayaran', en: 'Payment code' },
      { id: 'No. anggota', en: 'Member no.' },
      { id: 'Nama', en: 'Name' },
      { id: 'Kode wilayah', en: 'Region code' },
      { id: 'Wilayah', en: 'Region' },
      { id: 'Periode', en: 'Period' },
      { id: 'Jenis tagihan', en: 'Bill type' },
      { id: 'Iuran (Rp)', en: 'Dues (IDR)' },
      { id: 'Kode unik', en: 'Unique code' },
      { id: 'Nominal transfer (Rp)', en: 'Transfer amount (IDR)' },
      { id: 'Status', en: 'Status' },
      { id: 'Jatuh tempo', en: 'Due date' },
      { id: 'Dibayar pada', en: 'Paid on' },
      { id: 'Tingkat tunggakan', en: 'Arrears level' },
    ],
    rows: rows.map((row) => [
      row.paymentCode,
      row.memberNumber,
      row.fullName,
      row.regionCode,
      row.regionName,
      monthKey(row),
      pick(req, labelOf(billTypeOptions, row.billType)),
      row.billAmount,
      row.uniqueCode,
      row.transferAmount,
      pick(req, labelOf(billStatusOptions, row.billStatus)),
      row.dueDate,
      row.paidAt,
      row.arrearsLevel,
    ]),
    amountColumns: [8, 10],
  }
}

/** Amounts as numbers with thousands separators in the spreadsheet (the rest stays text). */
const amountFormat = (columns: number[]) => (_: ExcelJS.Workbook, sheet: ExcelJS.Worksheet) => {
  for (const column of columns) sheet.getColumn(column).numFmt = '#,##0'
}

/** The report as a file (see reportQuery), with its download name. */
export const duesReport = async (req: PayloadRequest, query: ReportQuery) => {
  const table = query.kind === 'recap' ? await recapTable(req, query) : await billsTable(req, query)
  const body = await tableFile(
    query.format,
    pick(req, table.sheet),
    table.headers.map((header) => pick(req, header)),
    table.rows,
    amountFormat(table.amountColumns),
  )
  const name = `iuran-${query.kind === 'recap' ? 'rekap' : 'tagihan'}-${(query.regionCode ?? 'semua').toLowerCase()}-${monthKey(query.from)}_${monthKey(query.to)}.${query.format}`
  return { body, name, rows: table.rows.length }
}
