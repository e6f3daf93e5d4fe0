import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import type { BeforeSchemaInit } from '@/lib/db/schema-hooks'
import { drizzleFor } from '@/lib/db/session'

const TABLE = 'membership_number_counters'

/**
 * The last member number issued per (prefix, year). A row per year rather than a bare sequence:
 * the increment joins the approval's transaction, so a rolled-back approval gives its number
 * back and the numbers stay consecutive; concurrent approvals queue on the row lock.
 */
export const memberNumberCounters: BeforeSchemaInit = ({ adapter, schema }) => {
  adapter.rawTables[TABLE] = {
    name: TABLE,
    columns: {
      id: { name: 'id', type: 'serial', primaryKey: true },
      prefix: { name: 'prefix', type: 'varchar', notNull: true },
      year: { name: 'year', type: 'integer', notNull: true },
      last: { name: 'last', type: 'integer', notNull: true },
    },
    indexes: {
      key: { name: `${TABLE}_prefix_year_idx`, on: ['prefix', 'year'], unique: true },
    },
  }
  return schema
}

/** The year of `date` in Asia/Jakarta, where the union keeps its books. */
export const jakartaYear = (date: Date) =>
  Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Jakarta', year: 'numeric' }).format(date))

export const formatMemberNumber = (prefix: string, year: number, sequence: number) =>
  `${prefix}-${year}-${String(sequence).padStart(5, '0')}`

/** `SPK-2026-00042` → its parts; null when the text is not a member number of this shape. */
export const parseMemberNumber = (value: string) => {
  const match = /^([A-Z0-9]{1,10})-(\d{4})-(\d{5,})$/.exec(value)
  return match ? { prefix: match[1], year: Number(match[2]), sequence: Number(match[3]) } : null
}

/**
 * The next member number for `prefix` in the Jakarta year of `at`. Call inside the transaction
 * that uses the number (pass its `req`): it is then issued only if that transaction commits.
 */
export const nextMemberNumber = async (req: PayloadRequest, prefix: string, at = new Date()) => {
  const year = jakartaYear(at)
  const db = await drizzleFor(req)
  const { rows } = await db.execute<{ last: number }>(sql`
    INSERT INTO ${sql.identifier(TABLE)} (prefix, year, last) VALUES (${prefix}, ${year}, 1)
    ON CONFLICT (prefix, year) DO UPDATE SET last = ${sql.identifier(TABLE)}.last + 1
    RETURNING last`)
  return formatMemberNumber(prefix, year, Number(rows[0].last))
}

/**
 * Records numbers given from outside (bulk import keeps the numbers members already have), so
 * the next issued one follows the highest known. Same transaction rule as nextMemberNumber.
 */
export const reserveMemberNumber = async (req: PayloadRequest, memberNumber: string) => {
  const parts = parseMemberNumber(memberNumber)
  if (!parts) return
  const db = await drizzleFor(req)
  await db.execute(sql`
    INSERT INTO ${sql.identifier(TABLE)} (prefix, year, last) VALUES (${parts.prefix}, ${parts.year}, ${parts.sequence})
    ON CONFLICT (prefix, year) DO UPDATE SET last = greatest(${sql.identifier(TABLE)}.last, excluded.last)`)
}

/**
 * `count` consecutive member numbers in one step (bulk import: the rows without a number, in
 * row order). Same transaction rule as nextMemberNumber.
 */
export const nextMemberNumbers = async (req: PayloadRequest, prefix: string, count: number, at = new Date()) => {
  if (count <= 0) return []
  const year = jakartaYear(at)
  const db = await drizzleFor(req)
  const { rows } = await db.execute<{ last: number }>(sql`
    INSERT INTO ${sql.identifier(TABLE)} (prefix, year, last) VALUES (${prefix}, ${year}, ${count})
    ON CONFLICT (prefix, year) DO UPDATE SET last = ${sql.identifier(TABLE)}.last + ${count}
    RETURNING last`)
  const first = Number(rows[0].last) - count + 1
  return Array.from({ length: count }, (_, index) => formatMemberNumber(prefix, year, first + index))
}
