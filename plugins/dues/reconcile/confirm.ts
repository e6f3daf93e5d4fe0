import { sql } from '@payloadcms/db-postgres'
import { APIError, type PayloadRequest } from 'payload'

import { drizzleFor } from '@/lib/db/session'
import { pick, userError, type Text } from '@/lib/messages'
import { withTransaction } from '@/lib/transaction'

import { recordVerifiedPayment } from '../payments/verify'
import { lockReconciliation } from './lock'
import type { LineStatus } from './kinds'

/** Lines one request may confirm; the view sends pages of this size. */
export const MAX_CONFIRM = 1000

export type LineResult = { line: number; ok: true; payment: number } | { line: number; ok: false; message: string }

type LockedLine = { id: number; status: LineStatus; amount: number; memberId: number | null; valueDate: string; reference: string | null; lineNumber: number; statementId: number; bills: number[] }

const notFound: Text = { id: 'Baris mutasi tidak ditemukan.', en: 'Statement line not found.' }

/** The line, locked until the transaction ends: one decision at a time. */
export const lockLine = async (req: PayloadRequest, id: number): Promise<LockedLine> => {
  if (!Number.isSafeInteger(id) || id <= 0) throw userError(req, 404, notFound)
  const db = await drizzleFor(req)
  const { rows } = await db.execute<LockedLine>(sql`
    SELECT l.id, l.line_status AS status, l.amount::float8 AS amount, l.member_id AS "memberId", l.value_date AS "valueDate",
      l.reference, l.line_number AS "lineNumber", l.statement_id AS "statementId",
      ARRAY(SELECT r.dues_bills_id FROM dues_statement_lines_rels r WHERE r.parent_id = l.id AND r.path = 'bills' ORDER BY r."order") AS bills
    FROM dues_statement_lines l WHERE l.id = ${id} FOR UPDATE OF l`)
  if (!rows[0]) throw userError(req, 404, notFound)
  return rows[0]
}

export const refuseDecided = (req: PayloadRequest, line: LockedLine) => {
  if (line.status === 'confirmed') throw userError(req, 409, { id: 'Baris ini sudah dikonfirmasi.', en: 'This line has already been confirmed.' })
}

/**
 * One line's confirmation, as ONE transaction: the line locked and still proposed, a verified
 * payment of the line's amount for its bills (`recordVerifiedPayment`: bills paid, the member's
 * standing, audit, email), the line confirmed and linked to it. A second confirmation waits for
 * the lock, then finds the line confirmed (409); the payment link is unique as well.
 */
const confirmLine = (req: PayloadRequest, id: number) =>
  withTransaction(req, async () => {
    await lockReconciliation(req, 'shared')
    const line = await lockLine(req, id)
    refuseDecided(req, line)
    if (line.status !== 'proposed' || line.memberId == null || line.bills.length === 0) {
      throw userError(req, 409, { id: 'Baris ini belum dicocokkan dengan tagihan.', en: 'This line is not matched to a bill.' })
    }
    const payment = await recordVerifiedPayment(req, {
      member: line.memberId,
      bills: line.bills,
      paidAmount: line.amount,
      paidAt: new Date(line.valueDate).toISOString(),
      refNo: line.reference ?? `MUTASI-${line.statementId}-${line.lineNumber}`,
      method: 'transfer',
      source: 'reconciliation',
      note: pick(req, { id: `Rekonsiliasi mutasi bank #${line.statementId}, baris ${line.lineNumber}.`, en: `Bank statement #${line.statementId} reconciliation, line ${line.lineNumber}.` }),
    })
    const db = await drizzleFor(req)
    await db.execute(sql`
      UPDATE dues_statement_lines SET line_status = 'confirmed', payment_id = ${payment.id}, decided_by_id = ${req.user?.id ?? null}, decided_at = now(), updated_at = now()
      WHERE id = ${id}`)
    return payment.id
  })

/**
 * Confirms the selected lines, each atomically on its own: a line that fails (already
 * confirmed, a bill paid meanwhile, a database error) is left exactly as it was and reported;
 * the others go through. The caller checked `dues.payment.verify`.
 */
export const confirmLines = async (req: PayloadRequest, ids: number[]): Promise<LineResult[]> => {
  const results: LineResult[] = []
  for (const id of ids) {
    try {
      results.push({ line: id, ok: true, payment: await confirmLine(req, id) })
    } catch (error) {
      const known = error instanceof APIError && error.isPublic
      if (!known) req.payload.logger.error({ err: error, line: id }, 'dues reconciliation: confirming a line failed')
      results.push({
        line: id,
        ok: false,
        message: known ? error.message : pick(req, { id: 'Gagal karena kesalahan sistem; baris tidak berubah. Coba lagi.', en: 'Failed on a system error; the line is unchanged. Try again.' }),
      })
    }
  }
  return results
}
