import type { Field, Option } from 'payload'

import type { Text } from '@/lib/messages'

import { sensitiveAccess } from '../collections/Members/access'
import { memberFields } from '../collections/Members/fields'

/** How a cell is read: the member field's type decides. */
export type ColumnKind = 'text' | 'email' | 'date' | 'number' | 'boolean' | 'select' | 'memberNumber' | 'region'

export type Column = {
  /** Member field path (`emergencyContact.name`), or one of the import's own keys (email, regionCode, …). */
  key: string
  header: Text
  kind: ColumnKind
  /** The members table column, for member fields. */
  dbColumn?: string
  maxLength?: number
  options?: Option[]
  /** Identity numbers and pay: exported only to holders of `member.view_sensitive`. */
  sensitive?: boolean
  example: string
}

type Named = Field & { name: string; label?: unknown; type: string }

/** Every named member field by path, through tabs, rows and groups (labels joined "Group: field"). */
const flatten = (fields: Field[], prefix = '', labelPrefix: Text | null = null): Map<string, { field: Named; label: Text }> => {
  const out = new Map<string, { field: Named; label: Text }>()
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) for (const [k, v] of flatten(tab.fields, prefix, labelPrefix)) out.set(k, v)
    } else if (field.type === 'row' || field.type === 'collapsible') {
      for (const [k, v] of flatten(field.fields, prefix, labelPrefix)) out.set(k, v)
    } else if (field.type === 'group' && 'name' in field) {
      const label = field.label as Text
      for (const [k, v] of flatten(field.fields, `${prefix}${field.name}.`, label)) out.set(k, v)
    } else if ('name' in field) {
      const own = (field.label as Text | undefined) ?? { id: field.name, en: field.name }
      const label = labelPrefix ? { id: `${labelPrefix.id}: ${own.id}`, en: `${labelPrefix.en}: ${own.en}` } : own
      out.set(`${prefix}${field.name}`, { field: field as Named, label })
    }
  }
  return out
}

const snake = (path: string) => path.replace('.', '_').replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

/** Member fields an import fills, in the template's column order, with an example value each. */
const memberColumns: Array<[string, string]> = [
  ['fullName', 'Siti Rahmawati'],
  ['memberNumber', ''],
  ['gender', 'P'],
  ['birthPlace', 'Bandung'],
  ['birthDate', '1985-04-17'],
  ['identityNumber', '3273015704850002'],
  ['phoneNumber', '081234567890'],
  ['altPhoneNumber', ''],
  ['address', 'Jl. Dipatiukur No. 35'],
  ['province', 'Jawa Barat'],
  ['city', 'Kota Bandung'],
  ['district', 'Coblong'],
  ['postalCode', '40132'],
  ['emergencyContact.name', 'Budi Santoso'],
  ['emergencyContact.relation', 'Suami'],
  ['emergencyContact.phone', '081298765432'],
  ['universityName', 'Universitas Padjadjaran'],
  ['campusLocation', 'Jatinangor'],
  ['faculty', 'Fakultas Ilmu Budaya'],
  ['department', 'Sastra Indonesia'],
  ['workUnit', ''],
  ['employeeIdNumber', '198504172010122003'],
  ['lecturerIdNumber', '0017048501'],
  ['academicRank', 'Lektor Kepala'],
  ['employmentStatus', 'PNS'],
  ['golongan', 'III'],
  ['employmentStartDate', '2010-12-01'],
  ['contractEndDate', ''],
  ['payrollSource', 'APBN'],
  ['salaryRange', '3–6 juta'],
  ['baseSalary', '4500000'],
  ['takeHomePay', '6200000'],
  ['consentSensitiveData', 'Ya'],
  ['expertise', 'Linguistik'],
  ['advocacyInterests', 'Kesejahteraan dosen'],
  ['isVolunteer', 'Tidak'],
  ['branchName', ''],
  ['unionPosition', ''],
  ['joinedAt', '2024-01-15'],
]

const kindOf = (field: Named): ColumnKind => {
  if (field.name === 'memberNumber') return 'memberNumber'
  switch (field.type) {
    case 'date':
      return 'date'
    case 'number':
      return 'number'
    case 'checkbox':
      return 'boolean'
    case 'select':
      return 'select'
    default:
      return 'text'
  }
}

const byPath = flatten(memberFields)

const fromField = ([path, example]: [string, string]): Column => {
  const found = byPath.get(path)
  if (!found) throw new Error(`membership import: no member field "${path}"`)
  const { field, label } = found
  return {
    key: path,
    header: label,
    kind: kindOf(field),
    dbColumn: snake(path),
    maxLength: (field as { maxLength?: number }).maxLength,
    options: (field as { options?: Option[] }).options,
    sensitive: (field as { access?: unknown }).access === sensitiveAccess,
    example,
  }
}

export const DUES_RATE = 'duesRate'

/** The template's columns: the account's email, the region, the member fields, the dues rate. */
export const columns: Column[] = [
  { key: 'email', header: { id: 'Email', en: 'Email' }, kind: 'email', maxLength: 254, example: 'siti.rahmawati@contoh.ac.id' },
  ...memberColumns.slice(0, 2).map(fromField),
  { key: 'regionCode', header: { id: 'Kode wilayah', en: 'Region code' }, kind: 'region', example: 'JABAR' },
  { key: 'regionName', header: { id: 'Nama wilayah', en: 'Region name' }, kind: 'region', example: 'Jawa Barat' },
  ...memberColumns.slice(2).map(fromField),
  { key: DUES_RATE, header: { id: 'Tarif iuran', en: 'Dues rate' }, kind: 'text', maxLength: 50, example: '' },
]

/** The member-field columns (those stored on `members`). */
export const memberFieldColumns = columns.filter((column) => column.dbColumn)

const normalise = (text: string) => text.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ').replace(/\s*\*$/, '')

/** A header as written → its column: the Indonesian or English header, or the field's own name. */
const headerIndex = new Map<string, Column>(
  columns.flatMap((column) => [normalise(column.header.id), normalise(column.header.en), normalise(column.key)].map((h) => [h, column] as const)),
)

export const columnForHeader = (header: string) => headerIndex.get(normalise(header))

/** Option value from its value or its Indonesian/English label, any case and spacing. */
export const optionValue = (options: Option[], raw: string): string | null => {
  const wanted = normalise(raw)
  for (const option of options) {
    if (typeof option === 'string') {
      if (normalise(option) === wanted) return option
      continue
    }
    const label = option.label as Text | string
    const labels = typeof label === 'string' ? [label] : [label.id, label.en]
    if ([option.value, ...labels].some((candidate) => normalise(candidate).replace(/[–—]/g, '-') === wanted.replace(/[–—]/g, '-'))) {
      return option.value
    }
  }
  return null
}
