import crypto from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { drizzleFor } from '@/lib/db/session'
import { duesRatesOf } from '@/plugin-kit'

import { nextMemberNumbers, parseMemberNumber, reserveMemberNumber } from '../numbers'
import { membershipSettings } from '../options'
import { memberFieldColumns, type Column } from './columns'
import type { ValidRow } from './validate'

/** Serialises imports: the second waits, then its checks see the first one's members. */
export const lockImports = async (req: PayloadRequest) => {
  const db = await drizzleFor(req)
  await db.execute(sql`SELECT pg_advisory_xact_lock(hashtext('membership.bulk_import'))`)
}

/**
 * A password nobody knows: a random salt and a random value in the shape of Payload's current
 * hash (`pbkdf2-sha256-v1:` + 32 bytes). No password derives to it, so the account signs in only
 * after "lupa sandi" sets a real one; hashing a random password per row (600,000 PBKDF2
 * iterations) would cost about half a second each and prove nothing more.
 */
const unusablePassword = () => ({
  salt: crypto.randomBytes(32).toString('hex'),
  hash: `pbkdf2-sha256-v1:${crypto.randomBytes(32).toString('hex')}`,
})

const pgType = (column: Column) => {
  switch (column.kind) {
    case 'date':
      return 'timestamptz'
    case 'number':
      return 'numeric'
    case 'boolean':
      return 'boolean'
    default:
      return 'text'
  }
}

/** The value inserted for a member column: enums cast, checkboxes false when empty, joining now. */
const selectExpression = (column: Column) => {
  const name = `i.${column.dbColumn}`
  if (column.kind === 'select') return `${name}::enum_members_${column.dbColumn}`
  if (column.kind === 'boolean') return `coalesce(${name}, false)`
  if (column.dbColumn === 'joined_at') return `coalesce(${name}, now())`
  return name
}

const recordColumns = ['ord int', 'email text', 'name text', 'region_id int', 'salt text', 'hash text', ...memberFieldColumns.map((c) => `${c.dbColumn} ${pgType(c)}`)].join(', ')
const memberInsertColumns = memberFieldColumns.map((c) => c.dbColumn).join(', ')
const memberSelect = memberFieldColumns.map(selectExpression).join(', ')

/** Member numbers: kept when given (the counter moves past them), else issued in row order. */
const assignNumbers = async (req: PayloadRequest, rows: ValidRow[]) => {
  const highest = new Map<string, string>()
  for (const { memberNumber } of rows) {
    const parts = memberNumber ? parseMemberNumber(memberNumber) : null
    if (!parts) continue
    const key = `${parts.prefix}-${parts.year}`
    const current = highest.get(key)
    if (!current || parseMemberNumber(current)!.sequence < parts.sequence) highest.set(key, memberNumber!)
  }
  for (const number of highest.values()) await reserveMemberNumber(req, number)
  const prefix = membershipSettings(req.payload.config)?.memberNumberPrefix ?? 'SPK'
  const issued = await nextMemberNumbers(req, prefix, rows.filter((row) => !row.memberNumber).length)
  let next = 0
  return rows.map((row) => row.memberNumber ?? issued[next++])
}

/**
 * Inserts the valid rows as active members with active `member` accounts, set-based: one
 * statement for all accounts and members (no Payload create per row). Call inside the import's
 * transaction, after `lockImports` and the validation. Returns the new members' ids.
 */
export const insertMembers = async (req: PayloadRequest, rows: ValidRow[]) => {
  if (rows.length === 0) return []
  const db = await drizzleFor(req)
  const numbers = await assignNumbers(req, rows)
  const { rows: roles } = await db.execute<{ id: number }>(sql`SELECT id FROM roles WHERE name = 'member' LIMIT 1`)
  if (!roles[0]) throw new Error('membership import: the built-in "member" role is missing')
  const records = rows.map((row, index) => {
    const record: Record<string, unknown> = { ord: index, email: row.email, region_id: row.regionId, ...unusablePassword() }
    for (const column of memberFieldColumns) record[column.dbColumn!] = row.values[column.key] ?? null
    record.member_number = numbers[index]
    record.name = String(row.values.fullName).slice(0, 120)
    return record
  })
  const importer = req.user?.id ?? null
  const { rows: inserted } = await db.execute<{ id: number; member_number: string }>(sql`
    WITH input AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb) AS i(${sql.raw(recordColumns)})
    ),
    accounts AS (
      INSERT INTO users (name, email, role_id, region_id, account_status, salt, hash, login_attempts, created_at, updated_at)
      SELECT name, email, ${roles[0].id}, region_id, 'active', salt, hash, 0, now(), now() FROM input ORDER BY ord
      RETURNING id, email
    )
    INSERT INTO members (user_id, region_id, membership_status, onboarding_state, verification_status, verified_by_id, verified_at,
                         ${sql.raw(memberInsertColumns)}, created_at, updated_at)
    SELECT a.id, i.region_id, 'active', 'approved', 'verified', ${importer}, now(), ${sql.raw(memberSelect)}, now(), now()
      FROM input i JOIN accounts a ON a.email = i.email
     ORDER BY i.ord
    RETURNING id, member_number`)
  const idOf = new Map(inserted.map((row) => [row.member_number, Number(row.id)]))
  const rates = duesRatesOf(req.payload.config)
  if (rates) {
    const assignments = rows.flatMap((row, index) => (row.duesRate ? [{ memberId: idOf.get(numbers[index])!, rate: row.duesRate }] : []))
    if (assignments.length > 0) await rates.assign(req, assignments)
  }
  return numbers.map((number) => idOf.get(number)!)
}
