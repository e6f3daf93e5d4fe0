import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest, Where } from 'payload'

import { can, regionIdOf, scopeOf } from '@/access'
import { drizzleFor } from '@/lib/db/session'
import { userError } from '@/lib/messages'

import { MEMBERS } from '../collections/Members'
import { membershipStatuses, membershipStatusLabels, type MembershipStatus } from '../onboarding/states'
import { columns, DUES_RATE, type Column } from './columns'
import { tableFile, type SheetFormat } from '@/lib/table-file'

const STATUS_HEADER = { id: 'Status keanggotaan', en: 'Membership status' }

/** Who may export: importers (everyone's members), and `region.member.download` (coordinators: their region). */
export const mayExport = (user: unknown) => can(user, 'members.bulk_import') || can(user, 'region.member.download')

const dayOf = (value: unknown) => (typeof value === 'string' && value ? value.slice(0, 10) : null)

const labelOf = (column: Column, value: unknown) => {
  const option = column.options?.find((o) => typeof o !== 'string' && o.value === value)
  return option && typeof option !== 'string' ? (option.label as { id: string }).id : String(value)
}

const cellOf = (column: Column, value: unknown): string | number | null => {
  if (value == null || value === '') return null
  switch (column.kind) {
    case 'date':
      return dayOf(value)
    case 'boolean':
      return value ? 'Ya' : 'Tidak'
    case 'select':
      return labelOf(column, value)
    case 'number':
      return Number(value)
    default:
      return String(value)
  }
}

const valueAt = (doc: Record<string, unknown>, path: string) =>
  path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), doc)

export type ExportQuery = { format: SheetFormat; status: MembershipStatus | null; region: number | null }

/** `?format=csv|xlsx&status=<membershipStatus>&region=<id>` → the query, or a 400. */
export const exportQuery = (req: PayloadRequest): ExportQuery => {
  const params = new URL(req.url ?? 'http://localhost').searchParams
  const format = params.get('format') ?? 'xlsx'
  if (format !== 'xlsx' && format !== 'csv') throw userError(req, 400, { id: 'Format harus xlsx atau csv.', en: 'The format must be xlsx or csv.' })
  const status = params.get('status') || null
  if (status && !membershipStatuses.includes(status as MembershipStatus)) {
    throw userError(req, 400, { id: `Status "${status.slice(0, 30)}" tidak dikenal.`, en: `Unknown status "${status.slice(0, 30)}".` })
  }
  const regionParam = params.get('region') || null
  const region = regionParam == null ? null : Number(regionParam)
  if (region != null && (!Number.isSafeInteger(region) || region <= 0)) throw userError(req, 400, { id: 'Wilayah tidak valid.', en: 'Invalid region.' })
  return { format, status: status as MembershipStatus | null, region }
}

/**
 * The members the caller may export, as a file with the template's columns (so it can be
 * imported elsewhere) plus the membership status. Read with the caller's own access: a
 * coordinator gets their region only, whatever `region` asks; identity numbers and pay are
 * columns only for holders of `member.view_sensitive` (and the field access strips them anyway).
 * Soft-deleted members are left out.
 */
export const exportMembers = async (req: PayloadRequest, query: ExportQuery) => {
  const own = scopeOf(req.user) === 'region' ? regionIdOf(req.user) : null
  const conditions: Where[] = [{ deletedAt: { exists: false } }]
  if (query.status) conditions.push({ membershipStatus: { equals: query.status } })
  // A coordinator's own region replaces whatever region was asked for.
  const region = scopeOf(req.user) === 'region' ? (own ?? -1) : query.region
  if (region != null) conditions.push({ region: { equals: region } })
  const { docs } = await req.payload.find({
    collection: MEMBERS,
    where: { and: conditions },
    sort: 'fullName',
    pagination: false,
    depth: 0,
    req,
    user: req.user,
    overrideAccess: false,
  })
  const db = await drizzleFor(req)
  const userIds = docs.map((doc) => Number(doc.user))
  const [{ rows: accounts }, { rows: regions }] = await Promise.all([
    db.execute<{ id: number; email: string }>(sql`SELECT id, email FROM users WHERE id IN (SELECT jsonb_array_elements_text(${JSON.stringify(userIds)}::jsonb)::int)`),
    db.execute<{ id: number; code: string; name: string }>(sql`SELECT id, code, name FROM regions`),
  ])
  const emails = new Map(accounts.map((row) => [Number(row.id), row.email]))
  const regionById = new Map(regions.map((row) => [Number(row.id), row]))
  const sensitive = can(req.user, 'member.view_sensitive')
  const exported = columns.filter((column) => column.key !== DUES_RATE && (sensitive || !column.sensitive))
  const rows = docs.map((doc) => {
    const region = doc.region == null ? undefined : regionById.get(Number(doc.region))
    const record = doc as unknown as Record<string, unknown>
    return [
      ...exported.map((column) => {
        if (column.key === 'email') return emails.get(Number(doc.user)) ?? null
        if (column.key === 'regionCode') return region?.code ?? null
        if (column.key === 'regionName') return region?.name ?? null
        return cellOf(column, valueAt(record, column.key))
      }),
      membershipStatusLabels[doc.membershipStatus].id,
    ]
  })
  const headers = [...exported.map((column) => column.header.id), STATUS_HEADER.id]
  const body = await tableFile(query.format, 'Anggota', headers, rows)
  const scope = region != null ? regionById.get(Number(region))?.code : null
  const name = `anggota-${(scope ?? 'semua').toLowerCase()}-${new Date().toISOString().slice(0, 10)}.${query.format}`
  return { body, name, count: docs.length }
}
