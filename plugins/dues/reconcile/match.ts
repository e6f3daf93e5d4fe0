import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { drizzleFor } from '@/lib/db/session'
import { withTransaction } from '@/lib/transaction'

import { lockReconciliation } from './lock'

export type MatchScope = { statement: number } | { all: true }

export type MatchCounts = { proposed: number; unmatched: number }

/**
 * Bills a line may pay: open (unpaid or overdue), not waiting in a member's uploaded proof, and
 * not proposed on a line this run leaves alone (a manual match, a line of another statement).
 */
const openBills = sql`
  SELECT b.id, b.member_id, b.payment_code, b.transfer_amount FROM dues_bills b
  WHERE b.bill_status IN ('unpaid', 'overdue')
    AND NOT EXISTS (
      SELECT 1 FROM dues_payments_rels r JOIN dues_payments p ON p.id = r.parent_id
      WHERE r.dues_bills_id = b.id AND r.path = 'bills' AND p.payment_status = 'submitted')
    AND NOT EXISTS (
      SELECT 1 FROM dues_statement_lines_rels r JOIN dues_statement_lines o ON o.id = r.parent_id
      WHERE r.dues_bills_id = b.id AND r.path = 'bills' AND o.line_status = 'proposed' AND o.id NOT IN (SELECT id FROM target))`

/**
 * Proposes bills for the scope's lines that wait (unmatched, or proposed by an earlier run; not
 * manual matches, confirmed or ignored lines), in ONE statement:
 *
 * - payment codes (`IUR-2611-0003F`, also without dashes, as banks often strip them) found in
 *   the description or reference name the bills; all of one member and their transfer amounts
 *   (kode unik included) summing to the line's amount: `code_amount` — several bills at once
 *   when several codes are given; another sum: `code_amount_differs`; a code whose bill is not
 *   open: `code_closed`; codes of several members: `codes_several_members`;
 * - without a code, the amount: exactly one open bill has this transfer amount and no other
 *   waiting line has it either: `amount`; otherwise `amount_ambiguous` or `none`.
 *
 * Runs alone (the exclusive reconciliation lock), in `req`'s transaction or its own.
 */
export const matchLines = async (req: PayloadRequest, scope: MatchScope): Promise<MatchCounts> =>
  withTransaction(req, async () => {
    await lockReconciliation(req, 'exclusive')
    const db = await drizzleFor(req)
    const inScope = 'statement' in scope ? sql`l.statement_id = ${scope.statement}` : sql`TRUE`
    const { rows } = await db.execute<{ proposed: number; unmatched: number }>(sql`
      WITH target AS (
        SELECT l.id, l.amount,
          regexp_replace(upper(coalesce(l.description, '') || ' ' || coalesce(l.reference, '')), '[^A-Z0-9]', '', 'g') AS text
        FROM dues_statement_lines l
        WHERE ${inScope} AND l.line_status IN ('unmatched', 'proposed') AND l.match_kind <> 'manual'
      ),
      open_bills AS (${openBills}),
      codes AS (
        SELECT DISTINCT t.id AS line_id, m[1] || '-' || m[2] || '-' || m[3] AS code
        FROM target t CROSS JOIN LATERAL regexp_matches(t.text, '(IUR|REG)([0-9]{4})([0-9A-F]{5})', 'g') AS m
      ),
      coded AS (
        SELECT c.line_id, count(*) AS codes, count(b.id) AS found, count(DISTINCT b.member_id) AS members,
          min(b.member_id) AS member_id, sum(b.transfer_amount) AS total, array_agg(b.id ORDER BY b.id) FILTER (WHERE b.id IS NOT NULL) AS bills
        FROM codes c LEFT JOIN open_bills b ON b.payment_code = c.code
        GROUP BY c.line_id
      ),
      by_amount AS (
        SELECT t.id AS line_id, b.id AS bill_id, b.member_id,
          count(*) OVER (PARTITION BY t.id) AS per_line, count(*) OVER (PARTITION BY b.id) AS per_bill
        FROM target t JOIN open_bills b ON b.transfer_amount = t.amount
        WHERE NOT EXISTS (SELECT 1 FROM coded c WHERE c.line_id = t.id)
          AND NOT EXISTS (SELECT 1 FROM coded c WHERE b.id = ANY (c.bills))
      ),
      amounted AS (
        SELECT line_id, bool_and(per_line = 1 AND per_bill = 1) AS sole, min(bill_id) AS bill_id, min(member_id) AS member_id
        FROM by_amount GROUP BY line_id
      ),
      results AS (
        SELECT t.id,
          CASE
            WHEN c.line_id IS NOT NULL AND c.found < c.codes THEN 'code_closed'
            WHEN c.line_id IS NOT NULL AND c.members > 1 THEN 'codes_several_members'
            WHEN c.line_id IS NOT NULL AND c.total = t.amount THEN 'code_amount'
            WHEN c.line_id IS NOT NULL THEN 'code_amount_differs'
            WHEN a.sole THEN 'amount'
            WHEN a.line_id IS NOT NULL THEN 'amount_ambiguous'
            ELSE 'none'
          END AS kind,
          CASE WHEN c.line_id IS NOT NULL THEN c.member_id ELSE a.member_id END AS member_id,
          CASE WHEN c.line_id IS NOT NULL THEN c.bills ELSE ARRAY[a.bill_id] END AS bills
        FROM target t LEFT JOIN coded c ON c.line_id = t.id LEFT JOIN amounted a ON a.line_id = t.id
      ),
      decided AS (
        SELECT id, kind, kind IN ('code_amount', 'code_amount_differs', 'amount') AS proposed,
          CASE WHEN kind IN ('code_amount', 'code_amount_differs', 'amount') THEN member_id END AS member_id,
          CASE WHEN kind IN ('code_amount', 'code_amount_differs', 'amount') THEN bills ELSE '{}' END AS bills
        FROM results
      ),
      cleared AS (
        DELETE FROM dues_statement_lines_rels r USING target t WHERE r.parent_id = t.id AND r.path = 'bills'
      ),
      linked AS (
        INSERT INTO dues_statement_lines_rels ("order", parent_id, path, dues_bills_id)
        SELECT o.n, d.id, 'bills', o.bill FROM decided d CROSS JOIN LATERAL unnest(d.bills) WITH ORDINALITY AS o(bill, n)
      ),
      updated AS (
        UPDATE dues_statement_lines l
        SET line_status = (CASE WHEN d.proposed THEN 'proposed' ELSE 'unmatched' END)::enum_dues_statement_lines_line_status,
          match_kind = d.kind::enum_dues_statement_lines_match_kind, member_id = d.member_id, updated_at = now()
        FROM decided d WHERE l.id = d.id
        RETURNING d.proposed
      )
      SELECT count(*) FILTER (WHERE proposed)::int AS proposed, count(*) FILTER (WHERE NOT proposed)::int AS unmatched FROM updated`)
    return rows[0] ?? { proposed: 0, unmatched: 0 }
  })
