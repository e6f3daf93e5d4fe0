import type { PayloadRequest } from 'payload'

import { userError } from '@/lib/messages'
import type { SheetFormat } from '@/lib/table-file'

import { settingsOf } from '../options'
import { periodOf, type Period } from '../bills/period'
import type { DuesScope } from './scope'

export type ReportKind = 'recap' | 'bills'
export type ReportQuery = { format: SheetFormat; kind: ReportKind; from: Period; to: Period; region: number | null; regionCode: string | null }

/** The longest range one report covers. */
export const MAX_MONTHS = 120

const YEAR = /^\d{4}$/
const MONTH = /^\d{1,2}$/
const YEAR_MONTH = /^(\d{4})-(\d{2})$/

const inRange = ({ year, month }: Period) => year >= 2000 && year <= 2100 && month >= 1 && month <= 12
const monthIndex = ({ year, month }: Period) => year * 12 + month - 1

/**
 * `?format=xlsx|csv&kind=recap|bills&year=2026[&month=3]` or `&from=2026-01&to=2026-06`, and
 * `&region=<id>`: the report asked for, or a 400 saying what is wrong. No period: the current
 * year. A scope limited to a region answers 403 for any other region, and for per-bill lines.
 */
export const reportQuery = async (req: PayloadRequest, scope: NonNullable<DuesScope>): Promise<ReportQuery> => {
  const params = new URL(req.url ?? 'http://localhost').searchParams
  const bad = (id: string, en: string) => userError(req, 400, { id, en })
  const format = params.get('format') || 'xlsx'
  if (format !== 'xlsx' && format !== 'csv') throw bad('Format harus xlsx atau csv.', 'The format must be xlsx or csv.')
  const kind = params.get('kind') || 'recap'
  if (kind !== 'recap' && kind !== 'bills') throw bad('Jenis laporan harus recap atau bills.', 'The report kind must be recap or bills.')
  if (kind === 'bills' && !scope.detail) {
    throw userError(req, 403, { id: 'Anda hanya berhak atas rekap iuran.', en: 'You may only export the dues recap.' })
  }

  const [year, month, fromParam, toParam] = ['year', 'month', 'from', 'to'].map((name) => params.get(name) || null)
  let from: Period
  let to: Period
  if ((year || month) && (fromParam || toParam)) throw bad('Pilih tahun/bulan atau rentang dari–sampai, bukan keduanya.', 'Choose a year/month or a from–to range, not both.')
  if (fromParam || toParam) {
    const [a, b] = [fromParam, toParam].map((value) => YEAR_MONTH.exec(value ?? ''))
    if (!a || !b) throw bad('Rentang harus berupa from dan to dalam bentuk TTTT-BB, mis. 2026-01.', 'A range needs both from and to as YYYY-MM, e.g. 2026-01.')
    from = { year: Number(a[1]), month: Number(a[2]) }
    to = { year: Number(b[1]), month: Number(b[2]) }
  } else if (year || month) {
    if (!year || !YEAR.test(year)) throw bad('Tahun harus empat angka, mis. 2026.', 'The year must be four digits, e.g. 2026.')
    if (month && !MONTH.test(month)) throw bad('Bulan harus 1–12.', 'The month must be 1–12.')
    from = { year: Number(year), month: month ? Number(month) : 1 }
    to = { year: Number(year), month: month ? Number(month) : 12 }
  } else {
    const now = periodOf(new Date(), settingsOf(req.payload.config).timezone)
    from = { year: now.year, month: 1 }
    to = { year: now.year, month: 12 }
  }
  if (!inRange(from) || !inRange(to)) throw bad('Periode harus antara 2000-01 dan 2100-12.', 'The period must be between 2000-01 and 2100-12.')
  if (monthIndex(from) > monthIndex(to)) throw bad('Awal periode harus sebelum akhirnya.', 'The start of the period must come before its end.')
  if (monthIndex(to) - monthIndex(from) + 1 > MAX_MONTHS) throw bad(`Paling banyak ${MAX_MONTHS} bulan sekaligus.`, `At most ${MAX_MONTHS} months at once.`)

  const regionParam = params.get('region') || null
  const asked = regionParam == null ? null : Number(regionParam)
  if (asked != null && (!/^\d+$/.test(regionParam!) || !Number.isSafeInteger(asked) || asked <= 0)) throw bad('Wilayah tidak valid.', 'Invalid region.')
  if (scope.region != null && asked != null && asked !== scope.region) {
    throw userError(req, 403, { id: 'Anda hanya berhak atas rekap wilayah Anda sendiri.', en: 'You may only see your own region’s recap.' })
  }
  const region = scope.region ?? asked
  const found = region == null ? null : await req.payload.find({ collection: 'regions', where: { id: { equals: region } }, limit: 1, depth: 0, req, overrideAccess: true })
  if (found && found.docs.length === 0) throw bad('Wilayah tidak ditemukan.', 'Region not found.')
  return { format, kind, from, to, region, regionCode: found?.docs[0]?.code ?? null }
}
