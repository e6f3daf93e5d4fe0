import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { idOfRelation } from '@/access'
import { writeAudit } from '@/lib/audit'
import { drizzleFor } from '@/lib/db/session'
import { userError, type Text } from '@/lib/messages'
import { withTransaction } from '@/lib/transaction'

import { DUES_CLAIMS } from '../collections/DuesClaims'
import { queueDuesEmail } from '../notices/emails'
import type { ClaimStatus } from '../collections/labels'
import { MAX_REASON } from '../payments/verify'
import { settleMember } from '../arrears/standing'

export const claimActions = ['review', 'approve', 'reject'] as const
export type ClaimAction = (typeof claimActions)[number]

/** The claim state machine: submitted → in_review → approved | rejected. */
const claimMoves: Record<ClaimAction, { from: ClaimStatus[]; to: ClaimStatus; needsNote: boolean }> = {
  review: { from: ['submitted'], to: 'in_review', needsNote: false },
  approve: { from: ['submitted', 'in_review'], to: 'approved', needsNote: false },
  reject: { from: ['submitted', 'in_review'], to: 'rejected', needsNote: true },
}

/** The moves a claim in this status may still make (the treasurer's claims view offers these). */
export const claimActionsFrom = (status: ClaimStatus): ClaimAction[] => claimActions.filter((action) => claimMoves[action].from.includes(status))

export const claimDone: Record<ClaimAction, Text> = {
  review: { id: 'Klaim sedang ditinjau.', en: 'Claim under review.' },
  approve: { id: 'Klaim disetujui.', en: 'Claim approved.' },
  reject: { id: 'Klaim ditolak.', en: 'Claim rejected.' },
}

const notFound = (req: PayloadRequest) => userError(req, 404, { id: 'Klaim tidak ditemukan.', en: 'Claim not found.' })

/**
 * One move of a claim, as ONE transaction with its audit entry and (on a decision) the member's
 * email. An approved waiver request waives its bill (with the decision note, or the claim's own
 * text, as the reason) and settles the member's standing, which may reactivate the account.
 * The caller checked `dues.claim.process`; illegal moves are 409 and change nothing.
 */
export const moveClaim = async (req: PayloadRequest, id: number, action: ClaimAction, rawNote?: unknown, now = new Date()) => {
  const move = claimMoves[action]
  const note = typeof rawNote === 'string' ? rawNote.trim() || null : null
  if (move.needsNote && !note) throw userError(req, 400, { id: 'Alasan penolakan wajib diisi.', en: 'A reason for the rejection is required.' })
  if (note && note.length > MAX_REASON) throw userError(req, 400, { id: `Catatan paling panjang ${MAX_REASON} karakter.`, en: `The note may be at most ${MAX_REASON} characters.` })
  const visible =
    Number.isSafeInteger(id) && id > 0
      ? await req.payload.findByID({ collection: DUES_CLAIMS, id, req, user: req.user, overrideAccess: false, depth: 0, disableErrors: true }).catch(() => null)
      : null
  if (!visible) throw notFound(req)

  return withTransaction(req, async () => {
    const db = await drizzleFor(req)
    const { rows } = await db.execute<{ status: ClaimStatus }>(sql`SELECT status FROM dues_claims WHERE id = ${id} FOR UPDATE`)
    const before = rows[0]?.status
    if (!before) throw notFound(req)
    if (!move.from.includes(before)) throw userError(req, 409, { id: 'Klaim ini tidak dapat dipindah ke status itu.', en: 'This claim cannot move to that status.' })
    const at = now.toISOString()
    const claim = await req.payload.update({
      collection: DUES_CLAIMS,
      id,
      data: { status: move.to, processedBy: req.user?.id ?? null, processedAt: at, ...(note ? { decisionNote: note } : {}) },
      req,
      overrideAccess: true,
      depth: 0,
    })
    const memberId = Number(idOfRelation(claim.member))
    const billId = idOfRelation(claim.bill)
    let waived = false
    if (action === 'approve' && claim.claimType === 'waiver_request' && billId != null) {
      const result = await db.execute(sql`
        UPDATE dues_bills SET bill_status = 'waived', waived_reason = ${note ?? claim.description}, updated_at = now()
        WHERE id = ${Number(billId)} AND bill_status IN ('unpaid', 'overdue')`)
      waived = (result.rowCount ?? 0) > 0
      if (waived) await settleMember(req, memberId, { paidAt: null })
    }
    await writeAudit(req, {
      action: `dues.claim.${action}`,
      targetType: DUES_CLAIMS,
      targetId: id,
      oldValues: { status: before },
      newValues: { status: move.to, ...(note ? { note } : {}), ...(waived ? { waivedBill: billId } : {}) },
    })
    if (action !== 'review') {
      const member = await req.payload.findByID({ collection: 'members', id: memberId, req, overrideAccess: true, depth: 1 })
      const email = typeof member.user === 'object' ? member.user.email : null
      if (email) await queueDuesEmail(req, email, member.fullName, { kind: 'claim', approved: action === 'approve', note })
    }
    return claim
  })
}
