import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import { buildQuery, type DrizzleAdapter } from '@payloadcms/drizzle'
import type { PayloadRequest, Where } from 'payload'

import { drizzleFor } from '@/lib/db/session'

import { DUES_BILLS } from '../../collections/DuesBills'
import type { BillStatus } from '../../collections/labels'

export type BillTotals = { count: number; billAmount: number; transferAmount: number; byStatus: Partial<Record<BillStatus, { count: number; transferAmount: number }>> }

/**
 * Count and sums of the filtered bills, per status, in ONE aggregate statement over exactly the
 * rows the caller may read: the collection's own read access (a coordinator's region) is added to
 * the filters, and Payload's query builder turns both into SQL as it does for `find`.
 */
export const billTotals = async (req: PayloadRequest, filters: Where): Promise<BillTotals> => {
  const collection = req.payload.collections[DUES_BILLS].config
  const access = await collection.access.read({ req })
  const totals: BillTotals = { count: 0, billAmount: 0, transferAmount: 0, byStatus: {} }
  if (access === false) return totals
  const adapter = req.payload.db as unknown as PostgresAdapter
  const tableName = adapter.tableNameMap.get('dues_bills')!
  const table = adapter.tables[tableName]
  const { where, joins } = buildQuery({
    adapter: adapter as unknown as DrizzleAdapter,
    fields: collection.flattenedFields,
    tableName,
    where: access === true ? filters : { and: [filters, access] },
  })
  const db = await drizzleFor(req)
  let query = db
    .select({
      status: table.billStatus,
      count: sql<number>`count(*)::int`,
      billAmount: sql<number>`coalesce(sum(${table.billAmount}), 0)::bigint`,
      transferAmount: sql<number>`coalesce(sum(coalesce(${table.transferAmount}, ${table.billAmount})), 0)::bigint`,
    })
    .from(table)
    .where(where)
    .groupBy(table.billStatus)
    .$dynamic()
  for (const { type, condition, table: joined } of joins) query = query[type ?? 'leftJoin'](joined as typeof table, condition)
  for (const row of await query) {
    const count = Number(row.count)
    const transferAmount = Number(row.transferAmount)
    totals.count += count
    totals.billAmount += Number(row.billAmount)
    totals.transferAmount += transferAmount
    totals.byStatus[row.status as BillStatus] = { count, transferAmount }
  }
  return totals
}
