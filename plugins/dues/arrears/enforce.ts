import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { writeAudit } from '@/lib/audit'
import { drizzleFor } from '@/lib/db/session'
import { userError } from '@/lib/messages'
import { withTransaction } from '@/lib/transaction'

import { queueDuesEmail } from '../notices/emails'
import { settingsOf } from '../options'
import { setAccountStatus, standingOf, type Standing } from './standing'

/** Suspends the member's account for arrears (member marked, account suspended, audit). */
export const suspendForArrears = async (req: PayloadRequest, standing: Standing, now: Date, action: string) => {
  await req.payload.update({
    collection: 'members',
    id: standing.memberId,
    data: { duesSuspendedAt: now.toISOString(), duesStatus: 'overdue' },
    req,
    overrideAccess: true,
    depth: 0,
  })
  if (standing.accountStatus === 'active') await setAccountStatus(req, standing.userId, 'suspended')
  await writeAudit(req, {
    action,
    targetType: 'members',
    targetId: standing.memberId,
    oldValues: { accountStatus: standing.accountStatus },
    newValues: { accountStatus: 'suspended', overdueMonths: standing.overdueMonths },
  })
}

export type ArrearsResult = { markedOverdue: number; notices: number; suspended: number }

/**
 * The daily arrears run, on the clock it is given: monthly bills past their due
 * date become overdue; a member's level is the number of their overdue monthly bills; each level
 * up to `arrearsSuspendAt` sends its notice once (1 reminder, 2 warning, 3 final notice), and the
 * last also suspends the account. Disabled or deleted members are left alone. One transaction.
 */
export const runArrears = async (req: PayloadRequest, now: Date): Promise<ArrearsResult> => {
  const { arrearsSuspendAt } = settingsOf(req.payload.config)
  return withTransaction(req, async () => {
    const db = await drizzleFor(req)
    const marked = await db.execute(sql`
      UPDATE dues_bills SET bill_status = 'overdue', updated_at = now()
      WHERE bill_type = 'monthly' AND bill_status = 'unpaid' AND due_date + interval '1 day' <= ${now.toISOString()}`)
    // A bill's level: how many months in arrears it is (the member's oldest overdue bill highest).
    await db.execute(sql`
      UPDATE dues_bills b SET arrears_level = x.level FROM (
        SELECT id, row_number() OVER (PARTITION BY member_id ORDER BY period_year DESC, period_month DESC)::int AS level
        FROM dues_bills WHERE bill_type = 'monthly' AND bill_status = 'overdue'
      ) x WHERE b.id = x.id AND b.arrears_level IS DISTINCT FROM x.level`)
    const { rows } = await db.execute<{ id: number }>(sql`
      SELECT m.id FROM members m
      JOIN LATERAL (SELECT count(*)::int AS months FROM dues_bills b WHERE b.member_id = m.id AND b.bill_type = 'monthly' AND b.bill_status = 'overdue') o ON true
      WHERE m.membership_status = 'active' AND m.deleted_at IS NULL
        AND (LEAST(o.months, ${arrearsSuspendAt}) > COALESCE(m.dues_arrears_level, 0) OR o.months < COALESCE(m.dues_arrears_level, 0))
      ORDER BY m.id`)
    let notices = 0
    let suspended = 0
    for (const { id } of rows) {
      const standing = await standingOf(req, id)
      if (!standing) continue
      const level = Math.min(standing.overdueMonths, arrearsSuspendAt)
      await req.payload.update({
        collection: 'members',
        id,
        data: { duesArrearsLevel: level, ...(level > 0 ? { duesStatus: 'overdue' } : {}) },
        req,
        overrideAccess: true,
        depth: 0,
      })
      // Paid down since the last notice: the level only drops, no message.
      if (level <= standing.notifiedLevel) continue
      await queueDuesEmail(req, standing.email, standing.fullName, {
        kind: 'arrears',
        level,
        suspendAt: arrearsSuspendAt,
        months: standing.overdueMonths,
        outstanding: standing.outstanding,
      })
      notices++
      await writeAudit(req, { action: 'dues.arrears.notice', targetType: 'members', targetId: id, newValues: { level, overdueMonths: standing.overdueMonths } })
      if (level >= arrearsSuspendAt && standing.suspendedAt == null) {
        await suspendForArrears(req, standing, now, 'dues.arrears.suspend')
        suspended++
      }
    }
    return { markedOverdue: marked.rowCount ?? 0, notices, suspended }
  })
}

const memberNotFound = (req: PayloadRequest) => userError(req, 404, { id: 'Anggota tidak ditemukan.', en: 'Member not found.' })

/** The member, if the caller may see them (else 404), and their standing locked for this transaction. */
const lockedStanding = async (req: PayloadRequest, memberId: number) => {
  const visible =
    Number.isSafeInteger(memberId) && memberId > 0
      ? await req.payload.findByID({ collection: 'members', id: memberId, req, user: req.user, overrideAccess: false, depth: 0, disableErrors: true }).catch(() => null)
      : null
  if (!visible) throw memberNotFound(req)
  const standing = await standingOf(req, memberId)
  if (!standing) throw memberNotFound(req)
  return standing
}

/** `dues.arrears.enforce_pending` by hand: suspends a member with overdue bills now (409 otherwise). */
export const enforceArrears = (req: PayloadRequest, memberId: number, now = new Date()) =>
  withTransaction(req, async () => {
    const standing = await lockedStanding(req, memberId)
    if (standing.suspendedAt != null) throw userError(req, 409, { id: 'Anggota ini sudah ditangguhkan karena tunggakan.', en: 'This member is already suspended for arrears.' })
    if (standing.overdueMonths === 0) throw userError(req, 409, { id: 'Anggota ini tidak memiliki tunggakan.', en: 'This member has no arrears.' })
    await suspendForArrears(req, standing, now, 'dues.arrears.enforce_pending')
    await queueDuesEmail(req, standing.email, standing.fullName, { kind: 'suspended' })
    return { memberId, accountStatus: 'suspended' as const }
  })

/** `dues.arrears.reactivate`: lifts a suspension for arrears, even with arrears left (the treasurer's call). */
export const reactivateArrears = (req: PayloadRequest, memberId: number) =>
  withTransaction(req, async () => {
    const standing = await lockedStanding(req, memberId)
    if (standing.suspendedAt == null) throw userError(req, 409, { id: 'Anggota ini tidak sedang ditangguhkan karena tunggakan.', en: 'This member is not suspended for arrears.' })
    await req.payload.update({ collection: 'members', id: memberId, data: { duesSuspendedAt: null }, req, overrideAccess: true, depth: 0 })
    if (standing.accountStatus === 'suspended') await setAccountStatus(req, standing.userId, 'active')
    await writeAudit(req, {
      action: 'dues.arrears.reactivate',
      targetType: 'members',
      targetId: memberId,
      oldValues: { accountStatus: standing.accountStatus },
      newValues: { accountStatus: 'active', overdueMonths: standing.overdueMonths },
    })
    await queueDuesEmail(req, standing.email, standing.fullName, { kind: 'reactivated' })
    return { memberId, accountStatus: 'active' as const }
  })
