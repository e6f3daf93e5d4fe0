import type pg from 'pg'

import { generateMemberRecords } from './generate'

/** Anything that runs SQL: a pool, or one client holding a transaction. */
type Queryable = Pick<pg.Pool, 'query'> | Pick<pg.ClientBase, 'query'>

/**
 * `count` members (prefix `dq`) with three monthly bills each for 2026: January and February paid
 * by verified payments, March waiting in a submitted payment with a proof — `count` payments in
 * the verification queue, behind twice as many decided ones. Set-based, one statement per table.
 * The pending ones' send times are shuffled against their ids (and some share a minute), so the
 * queue's order (createdAt, id) is not the insertion order.
 */
export const generateDuesQueue = async (db: Queryable, count: number, regionIds: number[]) => {
  await generateMemberRecords(db, count, regionIds, 'dq')
  await db.query(
    `INSERT INTO dues_bills (member_id, bill_type, period_year, period_month, bill_amount, unique_code, transfer_amount, payment_code,
                             bill_status, due_date, arrears_level, paid_at, owner_id, region_id)
     SELECT m.id, 'monthly'::enum_dues_bills_bill_type, 2026, p.month, 35000, 1 + m.id % 999, 35000 + 1 + m.id % 999,
            'DQ-' || m.id || '-' || p.month,
            (CASE WHEN p.month < 3 THEN 'paid' ELSE 'unpaid' END)::enum_dues_bills_bill_status,
            make_timestamptz(2026, p.month, 10, 23, 59, 59, 'Asia/Jakarta'), 0,
            CASE WHEN p.month < 3 THEN make_timestamptz(2026, p.month, 5, 12, 0, 0, 'Asia/Jakarta') END,
            m.user_id, m.region_id
       FROM members m CROSS JOIN generate_series(1, 3) AS p(month)
      WHERE m.member_number LIKE 'DQ-%'`,
  )
  await db.query(
    `WITH payments AS (
       INSERT INTO dues_payments (member_id, paid_amount, paid_at, method, ref_no, payment_status, verified_at, source, owner_id, region_id,
                                  original_name, filename, mime_type, filesize, created_at, updated_at)
       SELECT b.member_id, b.transfer_amount, make_timestamptz(2026, b.period_month::int, 5, 12, 0, 0, 'Asia/Jakarta'),
              'transfer'::enum_dues_payments_method, 'DQ' || b.id,
              (CASE WHEN b.bill_status = 'paid' THEN 'verified' ELSE 'submitted' END)::enum_dues_payments_payment_status,
              b.paid_at, 'upload'::enum_dues_payments_source, b.owner_id, b.region_id,
              'bukti transfer.png', 'dq-' || b.id || '.png', 'image/png', 48213,
              sent.at, sent.at
         FROM dues_bills b,
              LATERAL (SELECT CASE WHEN b.bill_status = 'paid' THEN b.paid_at
                                   ELSE timestamptz '2026-03-06 00:00:00+07' + make_interval(mins => (b.member_id * 7919) % ($1::int * 2 / 3)) END AS at) AS sent
        WHERE b.payment_code LIKE 'DQ-%'
       RETURNING id, ref_no
     )
     INSERT INTO dues_payments_rels ("order", parent_id, path, dues_bills_id)
     SELECT 1, id, 'bills', substring(ref_no FROM 3)::int FROM payments`,
    [count],
  )
}
