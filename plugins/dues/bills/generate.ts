import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { writeAudit } from '@/lib/audit'
import { drizzleFor } from '@/lib/db/session'
import { withTransaction } from '@/lib/transaction'

import { monthlyCodePrefix } from './codes'
import { settingsOf } from '../options'
import { dueDateOf, periodStart, type Period } from './period'
import type { Bracket } from '../rates/brackets'

/** The member's bracket: golongan first (civil servants), else the salary range. */
export const bracketOf = (member: Record<string, unknown>): Bracket | null =>
  ((member.golongan || member.salaryRange) as Bracket | undefined) ?? null

export type RateRow = { id: number; amount: number; label: string; code: string }

/** The active rate of a bracket in force at `at` (the latest whose month has begun). */
export const effectiveRate = async (req: PayloadRequest, bracket: Bracket, at: Date): Promise<RateRow | null> => {
  const db = await drizzleFor(req)
  const { rows } = await db.execute<RateRow>(sql`
    SELECT id, amount::int AS amount, label, code FROM dues_rates
    WHERE bracket = ${bracket} AND is_active AND effective_from <= ${at.toISOString()}
    ORDER BY effective_from DESC LIMIT 1`)
  return rows[0] ?? null
}

/**
 * Of these bills, the member's own that are unpaid or overdue, each saying whether it is already
 * in a payment waiting for verification (then it cannot be paid again until that is decided).
 */
export const openBillsOf = async (req: PayloadRequest, memberId: number, billIds: number[]) => {
  const db = await drizzleFor(req)
  // Two proofs for one bill at once take turns on the bill's row, held until commit; the check
  // below is a statement of its own so that it sees the payment the other one just committed.
  await db.execute(sql`SELECT id FROM dues_bills WHERE id IN (${sql.join(billIds.map((id) => sql`${id}`), sql`, `)}) ORDER BY id FOR UPDATE`)
  const { rows } = await db.execute<{ id: number; transferAmount: number; waiting: boolean }>(sql`
    SELECT b.id, b.transfer_amount::int AS "transferAmount", EXISTS (
        SELECT 1 FROM dues_payments_rels r JOIN dues_payments p ON p.id = r.parent_id
        WHERE r.dues_bills_id = b.id AND r.path = 'bills' AND p.payment_status = 'submitted') AS waiting
    FROM dues_bills b
    WHERE b.member_id = ${memberId} AND b.id IN (${sql.join(billIds.map((id) => sql`${id}`), sql`, `)})
      AND b.bill_status IN ('unpaid', 'overdue')`)
  return rows
}

export type GenerateResult = { year: number; month: number; created: number }

/**
 * Makes the monthly bills of a period for every active member (not candidates, not disabled or
 * deleted, joined before the month began) in ONE set-based statement: the amount of the
 * member's bracket as in force that month, a random kode unik, the payment code. The unique
 * index (member, type, year, month) makes it idempotent and safe from two runs at once: an
 * existing bill is left as it is. Members without a rate (no golongan or salary range) get none.
 * With the audit entry, in `req`'s transaction (or its own).
 */
export const generateBills = async (req: PayloadRequest, period: Period): Promise<GenerateResult> => {
  const { dueDay, timezone, uniqueCodeRange } = settingsOf(req.payload.config)
  const [low, high] = uniqueCodeRange
  const start = periodStart(period, timezone).toISOString()
  const due = dueDateOf(period, dueDay, timezone).toISOString()
  return withTransaction(req, async () => {
    const db = await drizzleFor(req)
    const { rows } = await db.execute<{ id: number }>(sql`
      INSERT INTO dues_bills (member_id, bill_type, period_year, period_month, rate_id, bill_amount, unique_code,
        transfer_amount, payment_code, bill_status, due_date, arrears_level, owner_id, region_id, updated_at, created_at)
      SELECT m.id, 'monthly', ${period.year}, ${period.month}, r.id, r.amount, m.code, r.amount + m.code,
        ${monthlyCodePrefix(period)} || upper(lpad(to_hex(m.id), 5, '0')), 'unpaid', ${due}, 0, m.user_id, m.region_id, now(), now()
      FROM (
        SELECT m.*, ${low}::int + floor(random() * ${high - low + 1})::int AS code FROM members m
        WHERE m.membership_status = 'active' AND m.deleted_at IS NULL AND (m.joined_at IS NULL OR m.joined_at < ${start})
      ) m
      LEFT JOIN dues_rates chosen ON chosen.id = m.dues_rate_id
      CROSS JOIN LATERAL (
        SELECT r.id, r.amount FROM dues_rates r
        WHERE r.bracket::text = COALESCE(chosen.bracket::text, m.golongan::text, m.salary_range::text)
          AND r.is_active AND r.effective_from <= ${start}
        ORDER BY r.effective_from DESC LIMIT 1
      ) r
      ON CONFLICT (member_id, bill_type, period_year, period_month) DO NOTHING
      RETURNING id`)
    await writeAudit(req, {
      action: 'dues.bill.generate',
      targetType: 'dues-bills',
      newValues: { periodYear: period.year, periodMonth: period.month, created: rows.length },
    })
    return { ...period, created: rows.length }
  })
}
