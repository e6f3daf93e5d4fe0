import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { drizzleFor } from '@/lib/db/session'

import { settingsOf } from '../options'
import { nextPeriod, periodOf, periodStart, type Period } from '../bills/period'

export type Amounts = { bills: number; amount: number }
export type MonthFigure = Amounts & { month: string }
export type RegionRef = { regionId: number | null; regionCode: string | null; regionName: string | null }
export type ArrearsFigure = RegionRef & { level: number; members: number; amount: number }

export type DuesFigures = {
  /** The last 12 months, oldest first: bills paid in each month (by when they were paid) and their dues. */
  collected: MonthFigure[]
  /** Open bills now, every type. */
  outstanding: { unpaid: Amounts; overdue: Amounts }
  /** Members with overdue monthly bills, by region and level (months overdue, the last level meaning "at least"). */
  arrears: ArrearsFigure[]
  /** The levels shown: 1 … the level that suspends. */
  levels: number[]
}

/** `AND b.region_id = …` when limited to one region. */
export const inRegion = (region: number | null): ReturnType<typeof sql> => (region == null ? sql`` : sql`AND b.region_id = ${region}`)

export const monthKey = ({ year, month }: Period) => `${year}-${String(month).padStart(2, '0')}`

/** The `count` months ending with `last`, oldest first. */
export const monthsUpTo = (last: Period, count: number): Period[] => {
  let period: Period = { year: last.year, month: last.month - count + 1 }
  while (period.month < 1) period = { year: period.year - 1, month: period.month + 12 }
  return Array.from({ length: count }, () => {
    const current = period
    period = nextPeriod(period)
    return current
  })
}

/**
 * The treasurer's dashboard figures (coordinators: `region` set to theirs), in three GROUP BY
 * statements backed by the bills' (status, paid at), (region, status, paid at) and (status, due)
 * indexes. Months follow the plugin's calendar. Amounts are the dues (`billAmount`), whole rupiah.
 */
export const duesFigures = async (req: PayloadRequest, { region, now = new Date() }: { region: number | null; now?: Date }): Promise<DuesFigures> => {
  const { timezone, arrearsSuspendAt } = settingsOf(req.payload.config)
  const months = monthsUpTo(periodOf(now, timezone), 12)
  const from = periodStart(months[0], timezone).toISOString()
  const until = periodStart(nextPeriod(months[months.length - 1]), timezone).toISOString()
  const db = await drizzleFor(req)
  const { rows: paid } = await db.execute<MonthFigure>(sql`
    SELECT to_char(b.paid_at AT TIME ZONE ${timezone}, 'YYYY-MM') AS month, count(*)::int AS bills, COALESCE(sum(b.bill_amount), 0)::float8 AS amount
    FROM dues_bills b
    WHERE b.bill_status = 'paid' AND b.paid_at >= ${from} AND b.paid_at < ${until} ${inRegion(region)}
    GROUP BY 1`)
  const { rows: open } = await db.execute<Amounts & { status: 'unpaid' | 'overdue' }>(sql`
    SELECT b.bill_status AS status, count(*)::int AS bills, COALESCE(sum(b.bill_amount), 0)::float8 AS amount
    FROM dues_bills b
    WHERE b.bill_status IN ('unpaid', 'overdue') ${inRegion(region)}
    GROUP BY 1`)
  // A member's level is their number of overdue monthly bills; they count in the region of the latest one.
  const { rows: arrears } = await db.execute<ArrearsFigure>(sql`
    SELECT m.region_id AS "regionId", r.code AS "regionCode", r.name AS "regionName", LEAST(m.level, ${arrearsSuspendAt})::int AS level,
      count(*)::int AS members, sum(m.amount)::float8 AS amount
    FROM (
      SELECT b.member_id, (array_agg(b.region_id ORDER BY b.period_year DESC, b.period_month DESC))[1] AS region_id,
        count(*) AS level, sum(b.bill_amount) AS amount
      FROM dues_bills b
      WHERE b.bill_status = 'overdue' AND b.bill_type = 'monthly' ${inRegion(region)}
      GROUP BY b.member_id
    ) m LEFT JOIN regions r ON r.id = m.region_id
    GROUP BY 1, 2, 3, 4
    ORDER BY r.code NULLS LAST, 4`)
  const byMonth = new Map(paid.map((row) => [row.month, row]))
  const none: Amounts = { bills: 0, amount: 0 }
  const status = (key: 'unpaid' | 'overdue') => {
    const row = open.find((r) => r.status === key)
    return row ? { bills: row.bills, amount: row.amount } : none
  }
  return {
    collected: months.map((period) => {
      const month = monthKey(period)
      return { month, ...(byMonth.get(month) ?? none) }
    }),
    outstanding: { unpaid: status('unpaid'), overdue: status('overdue') },
    arrears,
    levels: Array.from({ length: arrearsSuspendAt }, (_, i) => i + 1),
  }
}
