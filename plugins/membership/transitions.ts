import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { idOfRelation } from '@/access'
import { writeAudit } from '@/lib/audit'
import { drizzleFor } from '@/lib/db/session'
import { userError } from '@/lib/messages'
import { systemReq, withTransaction } from '@/lib/transaction'
import { memberApproved, type MemberRecord } from '@/plugin-kit'

import { MEMBERS } from './collections/Members'
import { SYSTEM_WRITE } from './collections/Members/hooks/guardStateFields'
import { queueTransitionEmail } from './emails'
import { nextMemberNumber } from './numbers'
import { moves, refusal, type MemberState, type StaffAction } from './onboarding'
import { membershipSettings } from './options'

export const MAX_REASON = 2000

const notFound = (req: PayloadRequest) => userError(req, 404, { id: 'Anggota tidak ditemukan.', en: 'Member not found.' })

/** The member's state, with the row locked until the transaction ends: one move at a time per member. */
const lockState = async (req: PayloadRequest, id: number) => {
  const db = await drizzleFor(req)
  const { rows } = await db.execute<{ onboarding_state: MemberState['onboardingState']; membership_status: MemberState['membershipStatus'] }>(
    sql`SELECT onboarding_state, membership_status FROM members WHERE id = ${id} FOR UPDATE`,
  )
  if (!rows[0]) throw notFound(req)
  return { onboardingState: rows[0].onboarding_state, membershipStatus: rows[0].membership_status }
}

const memberRoleId = async (req: PayloadRequest) => {
  const { docs } = await req.payload.find({ collection: 'roles', where: { name: { equals: 'member' } }, req, overrideAccess: true, depth: 0, limit: 1 })
  if (!docs[0]) throw new Error('membership: the built-in "member" role is missing')
  return docs[0].id
}

/** The fields each move sets besides the state itself. */
const changesFor = async (req: PayloadRequest, action: StaffAction, reason: string | null, now: string) => {
  const by = { verifiedBy: req.user?.id ?? null, verifiedAt: now }
  switch (action) {
    case 'approve': {
      const prefix = membershipSettings(req.payload.config)?.memberNumberPrefix ?? 'SPK'
      return { ...by, memberNumber: await nextMemberNumber(req, prefix, new Date(now)), joinedAt: now, verificationStatus: 'verified', rejectionReason: null }
    }
    case 'reject':
      return { ...by, verificationStatus: 'rejected', rejectionReason: reason }
    default:
      return {}
  }
}

/**
 * One staff move of the onboarding state machine (approve, reject, disable, enable) as ONE
 * transaction: the member's state and fields, the account (role `member` on approval, status),
 * the approval listeners of other plugins, the audit entry and the member's email — all or none.
 * The caller's right to the move is checked by the endpoint; the member must be visible to them
 * (coordinators: their region), else 404. An illegal move is a 409 and changes nothing.
 */
export const transitionMember = async (req: PayloadRequest, id: number, action: StaffAction, rawReason?: string) => {
  const move = moves[action]
  const reason = rawReason?.trim() || null
  if (move.needsReason && !reason) {
    throw userError(req, 400, { id: 'Alasan penolakan wajib diisi.', en: 'A reason for the rejection is required.' })
  }
  if (reason && reason.length > MAX_REASON) {
    throw userError(req, 400, { id: `Alasan paling panjang ${MAX_REASON} karakter.`, en: `The reason may be at most ${MAX_REASON} characters.` })
  }
  const visible = await req.payload
    .findByID({ collection: MEMBERS, id, req, user: req.user, overrideAccess: false, depth: 0, disableErrors: true })
    .catch(() => null)
  if (!visible) throw notFound(req)

  return withTransaction(req, async () => {
    const before = await lockState(req, id)
    const refused = refusal(action, before)
    if (refused) throw userError(req, 409, refused)

    const now = new Date().toISOString()
    const changes = { ...move.to, ...(await changesFor(req, action, reason, now)) }
    const member = await req.payload.update({
      collection: MEMBERS,
      id,
      data: changes,
      req,
      overrideAccess: true,
      context: { [SYSTEM_WRITE]: true },
      depth: 0,
    })
    const userId = idOfRelation(member.user)
    if (userId == null) throw notFound(req)
    const account = await req.payload.update({
      collection: 'users',
      id: userId,
      data: { accountStatus: move.accountStatus, ...(action === 'approve' ? { role: await memberRoleId(req) } : {}) },
      req: systemReq(req),
      overrideAccess: true,
      depth: 0,
    })
    if (action === 'approve') {
      for (const listener of memberApproved.of(req.payload.config)) await listener(req, member as unknown as MemberRecord)
    }
    await writeAudit(req, {
      action: `member.${action}`,
      targetType: MEMBERS,
      targetId: id,
      oldValues: before,
      newValues: { ...move.to, accountStatus: move.accountStatus, ...(member.memberNumber ? { memberNumber: member.memberNumber } : {}), ...(reason ? { reason } : {}) },
    })
    await queueTransitionEmail(req, action, account.email, { fullName: member.fullName, memberNumber: member.memberNumber, reason })
    return member
  })
}
