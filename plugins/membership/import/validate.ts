import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { regionIdOf, scopeOf } from '@/access'
import { drizzleFor } from '@/lib/db/session'
import type { Text } from '@/lib/messages'
import { duesRatesOf } from '@/plugin-kit'

import { parseMemberNumber } from '../numbers'
import { membershipSettings } from '../options'
import { columns, DUES_RATE, optionValue, type Column } from './columns'
import type { Cell, Sheet, SheetRow } from './read'

/** One problem in one row: the spreadsheet's row number, the column's header, why. */
export type RowError = { row: number; column: string | null; reason: Text }

/** A row that passed: values by column key, ready for the database. */
export type ValidRow = {
  row: number
  email: string
  regionId: number
  memberNumber: string | null
  duesRate: string | null
  values: Record<string, string | number | boolean | null>
}

export type Validation = {
  totalRows: number
  valid: ValidRow[]
  /** Rows whose email already belongs to a member: skipped, not errors (a file imported twice). */
  present: Array<{ row: number; email: string }>
  errors: RowError[]
  notices: Text[]
}

type Parsed = string | number | boolean | null

const EMAIL = /^(?!.*\.\.)[\w!#$%&'*+/=?^`{|}~-](?:[\w!#$%&'*+/=?^`{|}~.-]*[\w!#$%&'*+/=?^`{|}~-])?@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/i
const MAX_MONEY = 1e13

const byKey = new Map(columns.map((column) => [column.key, column]))
const header = (key: string) => byKey.get(key)?.header.id ?? key

class CellError extends Error {
  constructor(readonly reason: Text) {
    super(reason.en)
  }
}

const asText = (cell: Cell) => {
  const text = cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell).trim()
  // Our CSV export guards formula-like cells with a leading apostrophe (e.g. '+62…); undo that.
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text
}

const isoDay = (year: number, month: number, day: number) => {
  const date = new Date(Date.UTC(year, month - 1, day, 12))
  const valid = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  // Noon UTC: the same calendar day in every Indonesian time zone, as the admin's date picker keeps it.
  return valid && year >= 1900 && year <= 2100 ? date.toISOString() : null
}

const parseDate = (cell: Cell) => {
  if (cell instanceof Date) return isoDay(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate())
  const text = asText(cell)
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text)
  if (match) return isoDay(Number(match[1]), Number(match[2]), Number(match[3]))
  match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text)
  if (match) return isoDay(Number(match[3]), Number(match[2]), Number(match[1]))
  return null
}

/** 4500000, "4.500.000", "Rp 4.500.000,00", "4500000.5". */
const parseNumber = (cell: Cell) => {
  if (typeof cell === 'number') return cell
  let text = asText(cell).replace(/^rp\.?\s*/i, '').replace(/\s/g, '')
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) text = text.replace(/\./g, '').replace(',', '.')
  else text = text.replace(',', '.')
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : NaN
}

const YES = new Set(['ya', 'y', 'yes', 'true', '1', 'benar'])
const NO = new Set(['tidak', 't', 'no', 'false', '0', 'salah'])

/** One cell → the value stored, or a CellError saying why not. */
const parseCell = (column: Column, cell: Cell): Parsed => {
  const bad = (id: string, en: string): never => {
    throw new CellError({ id, en })
  }
  switch (column.kind) {
    case 'email': {
      const email = asText(cell).toLowerCase()
      if (email.length > 254 || !EMAIL.test(email)) bad(`Email tidak valid: "${email.slice(0, 80)}".`, `Not a valid email address: "${email.slice(0, 80)}".`)
      return email
    }
    case 'date': {
      const date = parseDate(cell)
      return date ?? bad('Tanggal tidak valid: tulis TTTT-BB-HH (mis. 1985-04-17) atau HH/BB/TTTT.', 'Not a valid date: write YYYY-MM-DD (e.g. 1985-04-17) or DD/MM/YYYY.')
    }
    case 'number': {
      const value = parseNumber(cell)
      if (!Number.isFinite(value) || value < 0 || value > MAX_MONEY) bad('Harus berupa angka rupiah tanpa huruf (mis. 4500000).', 'Must be an amount in rupiah, digits only (e.g. 4500000).')
      return value
    }
    case 'boolean': {
      const text = asText(cell).toLowerCase()
      if (YES.has(text)) return true
      if (NO.has(text)) return false
      return bad('Isi "Ya" atau "Tidak".', 'Write "Ya" (yes) or "Tidak" (no).')
    }
    case 'select': {
      let text = asText(cell)
      // Civil-service grades come as "III/b": the grade is the part before the slash.
      if (column.key === 'golongan') text = text.split('/')[0]
      const value = optionValue(column.options ?? [], text)
      if (value) return value
      const allowed = (column.options ?? []).map((option) => (typeof option === 'string' ? option : (option.label as Text).id)).join(', ')
      return bad(`Nilai "${text.slice(0, 60)}" tidak dikenal. Pilihan: ${allowed}.`, `Unknown value "${text.slice(0, 60)}". Allowed: ${allowed}.`)
    }
    case 'memberNumber': {
      const text = asText(cell).toUpperCase()
      if (!parseMemberNumber(text)) bad(`Nomor anggota "${text.slice(0, 60)}" tidak sesuai format PREFIKS-TAHUN-00001.`, `Member number "${text.slice(0, 60)}" does not match PREFIX-YEAR-00001.`)
      return text
    }
    default: {
      const text = asText(cell)
      if (column.maxLength && text.length > column.maxLength) bad(`Terlalu panjang: paling banyak ${column.maxLength} karakter.`, `Too long: at most ${column.maxLength} characters.`)
      return text
    }
  }
}

type Region = { id: number; code: string; name: string }

const missing = (keys: string[]): Text => {
  const names = keys.map(header).join('" atau "')
  return { id: `Kolom wajib "${names}" kosong.`, en: `Required column "${keys.map((key) => byKey.get(key)?.header.en ?? key).join('" or "')}" is empty.` }
}

/** What the rows are checked against in the database, fetched in one query per kind. */
const databaseFacts = async (req: PayloadRequest, rows: Array<{ values: Record<string, Parsed> }>) => {
  const db = await drizzleFor(req)
  const list = (key: string) => [...new Set(rows.map((row) => row.values[key]).filter((value): value is string => typeof value === 'string'))]
  const emails = list('email')
  const employeeIds = list('employeeIdNumber')
  const numbers = list('memberNumber')
  const [accounts, employees, memberNumbers, regions] = await Promise.all([
    db.execute<{ email: string; is_member: boolean }>(sql`
      SELECT lower(u.email) AS email, (m.id IS NOT NULL) AS is_member
        FROM users u LEFT JOIN members m ON m.user_id = u.id
       WHERE lower(u.email) IN (SELECT jsonb_array_elements_text(${JSON.stringify(emails)}::jsonb))`),
    db.execute<{ value: string; email: string }>(sql`
      SELECT m.employee_id_number AS value, lower(u.email) AS email FROM members m JOIN users u ON u.id = m.user_id
       WHERE m.employee_id_number IN (SELECT jsonb_array_elements_text(${JSON.stringify(employeeIds)}::jsonb))`),
    db.execute<{ value: string; email: string }>(sql`
      SELECT m.member_number AS value, lower(u.email) AS email FROM members m JOIN users u ON u.id = m.user_id
       WHERE m.member_number IN (SELECT jsonb_array_elements_text(${JSON.stringify(numbers)}::jsonb))`),
    db.execute<Region>(sql`SELECT id, code, name FROM regions`),
  ])
  const owners = (result: { rows: Array<{ value: string; email: string }> }) => new Map(result.rows.map((row) => [row.value, row.email]))
  return {
    accounts: new Map(accounts.rows.map((row) => [row.email, row.is_member])),
    employeeIds: owners(employees),
    memberNumbers: owners(memberNumbers),
    regions: regions.rows,
  }
}

const normal = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ')

const regionOf = (regions: Region[], code: Parsed, name: Parsed): Region | Text => {
  const byCode = typeof code === 'string' ? regions.find((region) => region.code.toLowerCase() === code.toLowerCase()) : undefined
  const byName = typeof name === 'string' ? regions.find((region) => normal(region.name) === normal(name)) : undefined
  if (code != null && !byCode) return { id: `Kode wilayah "${String(code).slice(0, 40)}" tidak dikenal.`, en: `Unknown region code "${String(code).slice(0, 40)}".` }
  if (name != null && !byName) return { id: `Nama wilayah "${String(name).slice(0, 80)}" tidak dikenal.`, en: `Unknown region name "${String(name).slice(0, 80)}".` }
  if (byCode && byName && byCode.id !== byName.id) return { id: 'Kode dan nama wilayah menunjuk wilayah yang berbeda.', en: 'The region code and name name different regions.' }
  const region = byCode ?? byName
  return region ?? missing(['regionCode', 'regionName'])
}

/**
 * Checks every row of the sheet: the cells, the required columns (email, name, region and the
 * plugin's `requiredFields`), duplicates within the file, then — for rows still valid — against the
 * database (accounts, employee ids, member numbers, regions, dues rates). Rows whose email already
 * belongs to a member are "present": the same file committed twice imports nothing new. Pass the
 * commit's `req` to check inside its transaction.
 */
export const validateSheet = async (req: PayloadRequest, sheet: Sheet): Promise<Validation> => {
  const settings = membershipSettings(req.payload.config)
  const required: string[][] = [['email'], ['fullName'], ...(settings?.requiredFields ?? []).map((field) => (Array.isArray(field) ? field : [field]))]
  const errors: RowError[] = []
  const parsed = sheet.rows.map((row: SheetRow) => {
    const values: Record<string, Parsed> = {}
    const rowErrors: RowError[] = []
    for (const [key, cell] of row.cells) {
      const column = byKey.get(key)!
      try {
        values[key] = parseCell(column, cell)
      } catch (error) {
        if (!(error instanceof CellError)) throw error
        rowErrors.push({ row: row.rowNumber, column: column.header.id, reason: error.reason })
      }
    }
    for (const keys of required) {
      if (keys.every((key) => row.cells.get(key) == null)) rowErrors.push({ row: row.rowNumber, column: header(keys[0]), reason: missing(keys) })
    }
    if (row.cells.get('regionCode') == null && row.cells.get('regionName') == null) {
      rowErrors.push({ row: row.rowNumber, column: header('regionCode'), reason: missing(['regionCode', 'regionName']) })
    }
    return { row: row.rowNumber, values, errors: rowErrors }
  })

  // Duplicates within the file: the first row keeps the value, later ones are errors.
  for (const key of ['email', 'employeeIdNumber', 'memberNumber']) {
    const first = new Map<string, number>()
    for (const row of parsed) {
      const value = row.values[key]
      if (typeof value !== 'string') continue
      const seen = first.get(value)
      if (seen === undefined) first.set(value, row.row)
      else {
        row.errors.push({
          row: row.row,
          column: header(key),
          reason: { id: `Sama dengan baris ${seen} di berkas ini.`, en: `Same as row ${seen} of this file.` },
        })
      }
    }
  }

  const facts = await databaseFacts(req, parsed)
  const rates = duesRatesOf(req.payload.config)
  const rateCodes = [...new Set(parsed.map((row) => row.values[DUES_RATE]).filter((rate): rate is string => typeof rate === 'string'))]
  const knownRates = rates && rateCodes.length > 0 ? await rates.known(req, rateCodes) : new Set<string>()
  const ownRegion = scopeOf(req.user) === 'region' ? regionIdOf(req.user) : null

  const valid: ValidRow[] = []
  const present: Validation['present'] = []
  for (const row of parsed) {
    const { values } = row
    const fail = (key: string, reason: Text) => row.errors.push({ row: row.row, column: header(key), reason })
    const email = values.email as string | undefined
    if (row.errors.length === 0 && email && facts.accounts.get(email) === true) {
      present.push({ row: row.row, email })
      continue
    }
    if (email && facts.accounts.get(email) === false) {
      fail('email', { id: 'Email sudah dipakai akun lain yang bukan anggota.', en: 'The email belongs to another account that is not a member.' })
    }
    const employeeOwner = typeof values.employeeIdNumber === 'string' ? facts.employeeIds.get(values.employeeIdNumber) : undefined
    if (employeeOwner !== undefined && employeeOwner !== email) {
      fail('employeeIdNumber', { id: 'NIP/NIK pegawai sudah terdaftar pada anggota lain.', en: 'The employee ID is already registered to another member.' })
    }
    const numberOwner = typeof values.memberNumber === 'string' ? facts.memberNumbers.get(values.memberNumber) : undefined
    if (numberOwner !== undefined && numberOwner !== email) {
      fail('memberNumber', { id: 'Nomor anggota sudah dipakai anggota lain.', en: 'The member number is already used by another member.' })
    }
    let regionId: number | null = null
    if (values.regionCode != null || values.regionName != null) {
      const region = regionOf(facts.regions, values.regionCode ?? null, values.regionName ?? null)
      if ('code' in region) regionId = region.id
      else fail(values.regionCode != null ? 'regionCode' : 'regionName', region)
    }
    if (regionId != null && ownRegion != null && String(regionId) !== String(ownRegion)) {
      fail('regionCode', { id: 'Wilayah di luar wewenang Anda.', en: 'The region is outside your scope.' })
    }
    const rate = values[DUES_RATE]
    if (rates && typeof rate === 'string' && !knownRates.has(rate)) {
      fail(DUES_RATE, { id: `Tarif iuran "${rate.slice(0, 50)}" tidak dikenal.`, en: `Unknown dues rate "${rate.slice(0, 50)}".` })
    }
    if (row.errors.length > 0) {
      errors.push(...row.errors)
      continue
    }
    valid.push({
      row: row.row,
      email: email!,
      regionId: regionId!,
      memberNumber: (values.memberNumber as string | undefined) ?? null,
      duesRate: rates && typeof rate === 'string' ? rate : null,
      values,
    })
  }
  const notices: Text[] = []
  if (!rates && rateCodes.length > 0) {
    notices.push({
      id: 'Kolom "Tarif iuran" diabaikan: modul iuran belum aktif.',
      en: 'The "Dues rate" column was ignored: the dues module is not active.',
    })
  }
  if (sheet.ignoredHeaders.length > 0) {
    const list = sheet.ignoredHeaders.map((text) => `"${text.slice(0, 40)}"`).join(', ')
    notices.push({ id: `Kolom tidak dikenal diabaikan: ${list}.`, en: `Unknown columns ignored: ${list}.` })
  }
  return { totalRows: sheet.rows.length, valid, present, errors, notices }
}
