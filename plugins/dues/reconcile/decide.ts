import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { writeAudit } from '@/lib/audit'
import { drizzleFor } from '@/lib/db/session'
import { userError } from '@/lib/messages'
import { withTransaction } from '@/lib/transaction'

import { DUES_STATEMENT_LINES } from '../collections/DuesStatementLines'
import { MAX_REASON } from '../payments/verify'
import { lockLine, refuseDecided } from './confirm'
import { lockReconciliation } from './lock'

const MAX_CODES = 24

/** Payment codes as typed: trimmed, upper-case, at least one, no more than a payment holds. */
const codesFrom = (req: PayloadRequest, raw: unknown) => {
  const codes = Array.isArray(raw) ? [...new Set(raw.map((code) => (typeof code === 'string' ? code.trim().toUpperCase() : '')).filter(Boolean))] : []
  if (codes.length === 0 || codes.length > MAX_CODES) {
    throw userError(req, 400, { id: `Isi 1 sampai ${MAX_CODES} kode pembayaran.`, en: `Give 1 to ${MAX_CODES} payment codes.` })
  }
  return codes
}

/**
 * The treasurer's own match: the bills with these payment codes, all open (unpaid or overdue,
 * no proof waiting) and of one member, become the line's proposal (`manual`), to be confirmed
 * like any other. In one transaction with the audit entry.
 */
export const matchLineByHand = async (req: PayloadRequest, id: number, rawCodes: unknown) => {
  const codes = codesFrom(req, rawCodes)
  return withTransaction(req, async () => {
    await lockReconciliation(req, 'shared')
    const line = await lockLine(req, id)
    refuseDecided(req, line)
    const db = await drizzleFor(req)
    const { rows } = await db.execute<{ id: number; memberId: number; code: string }>(sql`
      SELECT b.id, b.member_id AS "memberId", b.payment_code AS code FROM dues_bills b
      WHERE b.payment_code IN (${sql.join(codes.map((code) => sql`${code}`), sql`, `)}) AND b.bill_status IN ('unpaid', 'overdue')
        AND NOT EXISTS (
          SELECT 1 FROM dues_payments_rels r JOIN dues_payments p ON p.id = r.parent_id
          WHERE r.dues_bills_id = b.id AND r.path = 'bills' AND p.payment_status = 'submitted')
      ORDER BY b.id`)
    const missing = codes.filter((code) => !rows.some((bill) => bill.code === code))
    if (missing.length) {
      throw userError(req, 400, {
        id: `Tidak ada tagihan terbuka dengan kode ${missing.join(', ')}.`,
        en: `No open bill has the code ${missing.join(', ')}.`,
      })
    }
    if (new Set(rows.map((bill) => bill.memberId)).size > 1) {
      throw userError(req, 400, { id: 'Semua tagihan harus milik satu anggota.', en: 'All bills must belong to one member.' })
    }
    const doc = await req.payload.update({
      collection: DUES_STATEMENT_LINES,
      id,
      data: { lineStatus: 'proposed', matchKind: 'manual', member: rows[0].memberId, bills: rows.map((bill) => bill.id), ignoredReason: null, decidedBy: req.user?.id ?? null, decidedAt: new Date().toISOString() },
      req,
      overrideAccess: true,
      depth: 0,
    })
    await writeAudit(req, { action: 'dues.statement.match', targetType: DUES_STATEMENT_LINES, targetId: id, oldValues: { lineStatus: line.status, bills: line.bills }, newValues: { lineStatus: 'proposed', bills: rows.map((bill) => bill.id) } })
    return doc
  })
}

/** Set aside with its reason (required): a transfer that is not dues. Stays listed, never deleted. */
export const ignoreLine = async (req: PayloadRequest, id: number, rawReason: unknown) => {
  const reason = typeof rawReason === 'string' ? rawReason.trim() : ''
  if (!reason) throw userError(req, 400, { id: 'Alasan wajib diisi.', en: 'A reason is required.' })
  if (reason.length > MAX_REASON) throw userError(req, 400, { id: `Alasan paling panjang ${MAX_REASON} karakter.`, en: `The reason may be at most ${MAX_REASON} characters.` })
  return withTransaction(req, async () => {
    await lockReconciliation(req, 'shared')
    const line = await lockLine(req, id)
    refuseDecided(req, line)
    const doc = await req.payload.update({
      collection: DUES_STATEMENT_LINES,
      id,
      data: { lineStatus: 'ignored', member: null, bills: [], ignoredReason: reason, decidedBy: req.user?.id ?? null, decidedAt: new Date().toISOString() },
      req,
      overrideAccess: true,
      depth: 0,
    })
    await writeAudit(req, { action: 'dues.statement.ignore', targetType: DUES_STATEMENT_LINES, targetId: id, oldValues: { lineStatus: line.status }, newValues: { lineStatus: 'ignored', reason } })
    return doc
  })
}
