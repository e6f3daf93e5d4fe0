import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { idOfRelation } from '@/access'
import { writeAudit } from '@/lib/audit'
import { drizzleFor } from '@/lib/db/session'
import { userError } from '@/lib/messages'
import { withTransaction } from '@/lib/transaction'

import { DUES_PAYMENTS } from '../collections/DuesPayments'
import { queueDuesEmail } from '../notices/emails'
import type { PaymentStatus } from '../collections/labels'
import { settleMember } from '../arrears/standing'

export const MAX_REASON = 2000

const notFound = (req: PayloadRequest) => userError(req, 404, { id: 'Pembayaran tidak ditemukan.', en: 'Payment not found.' })

const checkedText = (req: PayloadRequest, raw: unknown, required: boolean) => {
  const text = typeof raw === 'string' ? raw.trim() : ''
  if (required && !text) throw userError(req, 400, { id: 'Alasan penolakan wajib diisi.', en: 'A reason for the rejection is required.' })
  if (text.length > MAX_REASON) throw userError(req, 400, { id: `Teks paling panjang ${MAX_REASON} karakter.`, en: `The text may be at most ${MAX_REASON} characters.` })
  return text || null
}

/** The payment's status with its row locked until the transaction ends: one decision at a time. */
const lockStatus = async (req: PayloadRequest, id: number) => {
  const db = await drizzleFor(req)
  const { rows } = await db.execute<{ payment_status: PaymentStatus }>(sql`SELECT payment_status FROM dues_payments WHERE id = ${id} FOR UPDATE`)
  if (!rows[0]) throw notFound(req)
  if (rows[0].payment_status !== 'submitted') {
    throw userError(req, 409, { id: 'Pembayaran ini sudah diputuskan.', en: 'This payment has already been decided.' })
  }
}

/** The caller must see the payment (their access), else 404 — before anything is locked. */
const visiblePayment = async (req: PayloadRequest, id: number) => {
  const doc = Number.isSafeInteger(id) && id > 0
    ? await req.payload.findByID({ collection: DUES_PAYMENTS, id, req, user: req.user, overrideAccess: false, depth: 0, disableErrors: true }).catch(() => null)
    : null
  if (!doc) throw notFound(req)
  return doc
}

const accountOf = async (req: PayloadRequest, memberId: number) => {
  const member = await req.payload.findByID({ collection: 'members', id: memberId, req, overrideAccess: true, depth: 1 })
  const user = member.user as { email?: string } | number
  return { fullName: member.fullName, email: typeof user === 'object' ? (user.email ?? '') : '' }
}

/**
 * The treasurer's approval, as ONE transaction: the payment verified, its bills paid, the
 * member's dues status and last-paid date, the account reactivated when it was suspended for
 * arrears and nothing is overdue any more, the audit entry and the member's email — all or none.
 * The caller checked `dues.payment.verify`; the payment must be visible to them (else 404) and
 * still submitted with every bill still open (else 409).
 */
export const verifyPayment = async (req: PayloadRequest, id: number, { note, now = new Date() }: { note?: unknown; now?: Date } = {}) => {
  const verificationNote = checkedText(req, note, false)
  await visiblePayment(req, id)
  return withTransaction(req, async () => {
    await lockStatus(req, id)
    const at = now.toISOString()
    const payment = await req.payload.update({
      collection: DUES_PAYMENTS,
      id,
      data: { paymentStatus: 'verified', verifiedBy: req.user?.id ?? null, verifiedAt: at, verificationNote },
      req,
      overrideAccess: true,
      depth: 0,
    })
    const billIds = (payment.bills ?? []).map((bill) => Number(idOfRelation(bill)))
    const db = await drizzleFor(req)
    const paid = await db.execute(sql`
      UPDATE dues_bills SET bill_status = 'paid', paid_at = ${at}, updated_at = now()
      WHERE id IN (${sql.join(billIds.map((bill) => sql`${bill}`), sql`, `)}) AND bill_status IN ('unpaid', 'overdue')`)
    if ((paid.rowCount ?? 0) !== billIds.length) {
      throw userError(req, 409, { id: 'Sebagian tagihan sudah lunas atau dibebaskan.', en: 'Some of the bills are already paid or waived.' })
    }
    const memberId = Number(idOfRelation(payment.member))
    const { reactivated } = await settleMember(req, memberId, { paidAt: payment.paidAt ?? at })
    await writeAudit(req, {
      action: 'dues.payment.verify',
      targetType: DUES_PAYMENTS,
      targetId: id,
      oldValues: { paymentStatus: 'submitted' },
      newValues: { paymentStatus: 'verified', bills: billIds, paidAmount: payment.paidAmount, ...(reactivated ? { reactivated } : {}) },
    })
    const account = await accountOf(req, memberId)
    await queueDuesEmail(req, account.email, account.fullName, { kind: 'verified', amount: Number(payment.paidAmount ?? 0), reactivated })
    return payment
  })
}

/** Rejects a submitted proof with its reason (required), in one transaction with audit and email. */
export const rejectPayment = async (req: PayloadRequest, id: number, reason: unknown, now = new Date()) => {
  const rejectedReason = checkedText(req, reason, true) as string
  await visiblePayment(req, id)
  return withTransaction(req, async () => {
    await lockStatus(req, id)
    const payment = await req.payload.update({
      collection: DUES_PAYMENTS,
      id,
      data: { paymentStatus: 'rejected', rejectedReason, verifiedBy: req.user?.id ?? null, verifiedAt: now.toISOString() },
      req,
      overrideAccess: true,
      depth: 0,
    })
    await writeAudit(req, {
      action: 'dues.payment.reject',
      targetType: DUES_PAYMENTS,
      targetId: id,
      oldValues: { paymentStatus: 'submitted' },
      newValues: { paymentStatus: 'rejected', reason: rejectedReason },
    })
    const account = await accountOf(req, Number(idOfRelation(payment.member)))
    await queueDuesEmail(req, account.email, account.fullName, { kind: 'rejected', reason: rejectedReason })
    return payment
  })
}

export type VerifiedPaymentInput = {
  member: number
  bills: number[]
  paidAmount: number
  paidAt?: string
  refNo?: string
  method?: 'transfer' | 'qris' | 'cash' | 'other'
  note?: string
  source: 'upload' | 'reconciliation'
}

/**
 * A payment the treasurer confirmed without a member's upload (a bank-statement line): created
 * and verified in ONE transaction. The caller checked `dues.payment.verify`.
 */
export const recordVerifiedPayment = async (req: PayloadRequest, input: VerifiedPaymentInput, now = new Date()) =>
  withTransaction(req, async () => {
    const created = await req.payload.create({
      collection: DUES_PAYMENTS,
      data: {
        member: input.member,
        bills: input.bills,
        paidAmount: input.paidAmount,
        paidAt: input.paidAt ?? now.toISOString(),
        refNo: input.refNo,
        method: input.method ?? 'transfer',
        source: input.source,
        paymentStatus: 'submitted',
      },
      req,
      overrideAccess: true,
      depth: 0,
    })
    return verifyPayment(req, created.id, { note: input.note, now })
  })
