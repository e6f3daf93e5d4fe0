import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { drizzleFor } from '@/lib/db/session'
import { systemReq } from '@/lib/transaction'

/** A member's dues standing, read (and the member row locked) inside the current transaction. */
export type Standing = {
  memberId: number
  userId: number
  email: string
  fullName: string
  accountStatus: string
  notifiedLevel: number
  suspendedAt: string | null
  overdueMonths: number
  openBills: number
  outstanding: number
}

export const standingOf = async (req: PayloadRequest, memberId: number): Promise<Standing | null> => {
  const db = await drizzleFor(req)
  const { rows } = await db.execute<Standing>(sql`
    SELECT m.id AS "memberId", m.user_id AS "userId", u.email, m.full_name AS "fullName", u.account_status AS "accountStatus",
      COALESCE(m.dues_arrears_level, 0)::int AS "notifiedLevel", m.dues_suspended_at AS "suspendedAt",
      (SELECT count(*) FROM dues_bills b WHERE b.member_id = m.id AND b.bill_type = 'monthly' AND b.bill_status = 'overdue')::int AS "overdueMonths",
      (SELECT count(*) FROM dues_bills b WHERE b.member_id = m.id AND b.bill_status IN ('unpaid', 'overdue'))::int AS "openBills",
      (SELECT COALESCE(sum(b.bill_amount), 0) FROM dues_bills b WHERE b.member_id = m.id AND b.bill_status = 'overdue')::int AS outstanding
    FROM members m JOIN users u ON u.id = m.user_id
    WHERE m.id = ${memberId}
    FOR UPDATE OF m`)
  return rows[0] ?? null
}

/** Sets the account's status as the system (the caller checked the right to do so). */
export const setAccountStatus = (req: PayloadRequest, userId: number, accountStatus: 'active' | 'suspended') =>
  req.payload.update({ collection: 'users', id: userId, data: { accountStatus }, req: systemReq(req), overrideAccess: true, depth: 0 })

/**
 * After bills were paid or waived: the member's dues status and last-paid date, the arrears level
 * lowered to what remains, and — once no monthly bill is overdue — the account reactivated if it
 * was suspended for arrears. In the caller's transaction. Returns whether it was reactivated.
 */
export const settleMember = async (req: PayloadRequest, memberId: number, { paidAt }: { paidAt: string | null }) => {
  const standing = await standingOf(req, memberId)
  if (!standing) return { reactivated: false }
  const reactivate = standing.overdueMonths === 0 && standing.suspendedAt != null
  await req.payload.update({
    collection: 'members',
    id: memberId,
    data: {
      duesStatus: standing.overdueMonths > 0 ? 'overdue' : standing.openBills > 0 ? 'unpaid' : 'paid',
      ...(paidAt ? { duesLastPaidAt: paidAt } : {}),
      duesArrearsLevel: Math.min(standing.notifiedLevel, standing.overdueMonths),
      ...(reactivate ? { duesSuspendedAt: null } : {}),
    },
    req,
    overrideAccess: true,
    depth: 0,
  })
  if (reactivate && standing.accountStatus === 'suspended') await setAccountStatus(req, standing.userId, 'active')
  return { reactivated: reactivate, standing }
}
