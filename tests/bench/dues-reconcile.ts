/**
 * `npx tsx tests/bench/dues-reconcile.ts` (also `npm run bench:dues-reconcile`): bank-statement
 * reconciliation in-process on a throw-away database, next to raw `pg` floors measured in the
 * same run.
 *
 * (a) Parse + match: a generated 5,000-line CSV statement parsed, stored and matched to 5,000
 *     generated open bills by the app's own code (`parseStatement`, `storeStatement`: one
 *     transaction, set-based insert and matching). Floor: the same number of already-parsed
 *     lines inserted through pg (`jsonb_to_recordset`), then the matching join (code and amount)
 *     writing the proposals, one transaction.
 * (b) Bulk confirm: the 5,000 proposals confirmed by `confirmLines` in pages of 1,000 (each line
 *     its own transaction: a verified payment, bills paid, the member's standing, audit, email
 *     queued). Floor: the same writes set-based through pg in one transaction (payments, their
 *     bill links, bills paid, lines confirmed).
 * Speed is reported, never asserted; wrong counts fail the run.
 */
import crypto from 'node:crypto'
import { performance } from 'node:perf_hooks'

import type pg from 'pg'

import { generateMemberRecords, generateRegions } from './generate'
import { runInProcessBench } from './in-process'

const LINES = 5_000
const PAGE = 1_000

type Bill = { id: number; code: string; amount: number; name: string }

/** One open January 2035 bill per generated member, with a kode unik; payment codes as the generator writes them. */
const generateBills = async (pool: pg.Pool) => {
  await pool.query(`
    INSERT INTO dues_bills (member_id, bill_type, period_year, period_month, bill_amount, unique_code, transfer_amount, payment_code,
      bill_status, due_date, arrears_level, owner_id, region_id, updated_at, created_at)
    SELECT m.id, 'monthly', 2035, 1, 30000, 1 + (m.id * 7919) % 999, 30000 + 1 + (m.id * 7919) % 999,
      'IUR-3501-' || upper(lpad(to_hex(m.id), 5, '0')), 'unpaid', '2035-01-10', 0, m.user_id, m.region_id, now(), now()
    FROM members m`)
  await pool.query('ANALYZE members, dues_bills')
  const { rows } = await pool.query<Bill>(`SELECT b.id, b.payment_code AS code, b.transfer_amount::int AS amount, m.full_name AS name FROM dues_bills b JOIN members m ON m.id = b.member_id ORDER BY b.id`)
  return rows
}

/**
 * A statement as a bank exports it: `;`, Indonesian amounts, DD/MM/YYYY; every line names its
 * bill's code, a third without dashes (banks strip them), in the description or the reference.
 */
const statementCsv = (bills: Bill[]) =>
  ['Tanggal;Keterangan;Jumlah;Referensi']
    .concat(
      bills.map((bill, i) => {
        const code = i % 3 === 0 ? bill.code.replace(/-/g, '') : bill.code
        const [description, reference] = i % 2 === 0 ? [`TRF IURAN ${code} ${bill.name.slice(0, 30)}`, `FT${100000 + i}`] : [`TRANSFER DARI ${bill.name.slice(0, 30)}`, code]
        return `${String(1 + (i % 28)).padStart(2, '0')}/01/2035;${description};${bill.amount.toLocaleString('id-ID')},00;${reference}`
      }),
    )
    .join('\n')

const seconds = (started: number) => (performance.now() - started) / 1000

/** Floor (a): the lines inserted, then matched by code and amount with one join, one transaction. */
const matchFloor = async (pool: pg.Pool, bills: Bill[]) => {
  const lines = bills.map((bill, i) => ({ line: i + 2, date: '2035-01-03', description: `TRF IURAN ${bill.code} ${bill.name.slice(0, 30)}`, reference: `FL${i}`, amount: bill.amount, fingerprint: crypto.randomUUID() }))
  const client = await pool.connect()
  const started = performance.now()
  try {
    await client.query('BEGIN')
    const { rows } = await client.query<{ id: number }>(`INSERT INTO dues_statements (file_name, checksum, total_lines) VALUES ('floor.csv', $1, $2) RETURNING id`, [crypto.randomUUID(), LINES])
    const statement = rows[0].id
    await client.query(
      `INSERT INTO dues_statement_lines (statement_id, line_number, value_date, amount, description, reference, fingerprint, line_status, match_kind)
       SELECT $1, l.line, l.date::timestamptz, l.amount, l.description, l.reference, l.fingerprint, 'unmatched', 'none'
       FROM jsonb_to_recordset($2::jsonb) AS l(line int, date text, amount numeric, description text, reference text, fingerprint text)`,
      [statement, JSON.stringify(lines)],
    )
    await client.query(
      `WITH matched AS (
         SELECT l.id AS line_id, b.id AS bill_id, b.member_id FROM dues_statement_lines l
         JOIN dues_bills b ON b.payment_code = regexp_replace(
             substring(regexp_replace(upper(l.description || ' ' || l.reference), '[^A-Z0-9]', '', 'g') FROM '(IUR[0-9]{4}[0-9A-F]{5})'),
             '^(IUR)([0-9]{4})', '\\1-\\2-')
           AND b.transfer_amount = l.amount AND b.bill_status = 'unpaid'
         WHERE l.statement_id = $1
       ),
       linked AS (INSERT INTO dues_statement_lines_rels ("order", parent_id, path, dues_bills_id) SELECT 1, line_id, 'bills', bill_id FROM matched)
       UPDATE dues_statement_lines l SET line_status = 'proposed', match_kind = 'code_amount', member_id = m.member_id FROM matched m WHERE l.id = m.line_id`,
      [statement],
    )
    await client.query('COMMIT')
    return { seconds: seconds(started), statement }
  } finally {
    client.release()
  }
}

/** Floor (b): the confirmations' rows written set-based, one transaction. */
const confirmFloor = async (pool: pg.Pool, statement: number) => {
  const client = await pool.connect()
  const started = performance.now()
  try {
    await client.query('BEGIN')
    // Payment ids drawn up front: a data-modifying WITH cannot feed CREATE TABLE AS.
    await client.query(
      `CREATE TEMP TABLE floor_confirmed ON COMMIT DROP AS
       SELECT l.id, l.amount, l.member_id, l.value_date, r.dues_bills_id AS bill_id, m.user_id, m.region_id,
         nextval(pg_get_serial_sequence('dues_payments', 'id')) AS payment_id
       FROM dues_statement_lines l
       JOIN dues_statement_lines_rels r ON r.parent_id = l.id AND r.path = 'bills'
       JOIN members m ON m.id = l.member_id
       WHERE l.statement_id = $1 AND l.line_status = 'proposed'`,
      [statement],
    )
    await client.query(
      `INSERT INTO dues_payments (id, member_id, paid_amount, paid_at, method, ref_no, payment_status, source, verified_at, owner_id, region_id)
       SELECT payment_id, member_id, amount, value_date, 'transfer', 'FLOOR-' || id, 'verified', 'reconciliation', now(), user_id, region_id FROM floor_confirmed`,
    )
    await client.query(`INSERT INTO dues_payments_rels ("order", parent_id, path, dues_bills_id) SELECT 1, payment_id, 'bills', bill_id FROM floor_confirmed`)
    await client.query(`UPDATE dues_bills b SET bill_status = 'paid', paid_at = now() FROM floor_confirmed c WHERE b.id = c.bill_id`)
    await client.query(`UPDATE members m SET dues_status = 'paid', dues_last_paid_at = now() FROM floor_confirmed c WHERE m.id = c.member_id`)
    const { rowCount } = await client.query(`UPDATE dues_statement_lines l SET line_status = 'confirmed', payment_id = c.payment_id FROM floor_confirmed c WHERE l.id = c.id`)
    await client.query('COMMIT')
    if (rowCount !== LINES) throw new Error(`The floor confirmed ${rowCount} lines, not ${LINES}.`)
    return seconds(started)
  } finally {
    client.release()
  }
}

const table = (rows: string[][]) => {
  const width = Math.max(...rows.map(([label]) => label.length)) + 2
  return rows.map(([label, ...cells]) => `  ${label.padEnd(width)}${cells.map((cell) => cell.padStart(12)).join('')}`).join('\n')
}
const perSecond = (s: number) => Math.round(LINES / s).toLocaleString('en')

runInProcessBench('dues-reconcile', async ({ payload, pool }) => {
  const { createLocalReq } = await import('payload')
  const { parseStatement } = await import('../../plugins/dues/reconcile/statement')
  const { storeStatement } = await import('../../plugins/dues/reconcile/upload')
  const { confirmLines } = await import('../../plugins/dues/reconcile/confirm')
  const { docs: roles } = await payload.find({ collection: 'roles', where: { name: { equals: 'treasurer' } }, overrideAccess: true, depth: 0, limit: 1 })
  const created = await payload.create({
    collection: 'users',
    data: { email: 'bendahara@bench.balai.test', password: `Bench-${crypto.randomBytes(8).toString('hex')}-1`, name: 'Bendahara Bench', role: roles[0].id, accountStatus: 'active' },
    overrideAccess: true,
  })
  const treasurer = await payload.findByID({ collection: 'users', id: created.id, depth: 1, overrideAccess: true })
  const req = await createLocalReq({ user: { ...treasurer, collection: 'users' } }, payload)

  console.info(`Generating ${(LINES * 2).toLocaleString('en')} members with one open bill each (half for the app, half for the floors)…`)
  await generateMemberRecords(pool, LINES * 2, await generateRegions(pool, 5), 'rek')
  const bills = await generateBills(pool)
  const [appBills, floorBills] = [bills.slice(0, LINES), bills.slice(LINES)]
  const file = Buffer.from(statementCsv(appBills))

  console.info('Floors through pg…')
  const floorMatch = await matchFloor(pool, floorBills)
  const floorConfirm = await confirmFloor(pool, floorMatch.statement)

  console.info(`(a) Parsing, storing and matching a ${LINES.toLocaleString('en')}-line statement (${Math.round(file.length / 1024)} KB)…`)
  const started = performance.now()
  const parsed = parseStatement(file, 20_000)
  const parseSeconds = seconds(started)
  if (parsed.errors.length) throw new Error(`The bench statement has bad lines: ${JSON.stringify(parsed.errors.slice(0, 3))}`)
  const stored = await storeStatement(req, { name: 'bench.csv', data: file }, parsed)
  const matchSeconds = seconds(started)
  if (stored.proposed !== LINES) throw new Error(`Only ${stored.proposed} of ${LINES} lines got a proposal.`)

  console.info(`(b) Confirming the ${LINES.toLocaleString('en')} proposals in pages of ${PAGE.toLocaleString('en')}…`)
  const { rows: lineRows } = await pool.query<{ id: number }>(`SELECT id FROM dues_statement_lines WHERE statement_id = $1 ORDER BY id`, [stored.statement])
  const ids = lineRows.map((row) => row.id)
  const confirmStarted = performance.now()
  let confirmed = 0
  for (let i = 0; i < ids.length; i += PAGE) {
    const results = await confirmLines(req, ids.slice(i, i + PAGE))
    const failed = results.find((result) => !result.ok)
    if (failed) throw new Error(`Confirming failed: ${JSON.stringify(failed)}`)
    confirmed += results.length
  }
  const confirmSeconds = seconds(confirmStarted)
  const { rows: check } = await pool.query<{ paid: number; payments: number }>(
    `SELECT (SELECT count(*) FROM dues_bills WHERE bill_status = 'paid')::int AS paid,
            (SELECT count(*) FROM dues_payments WHERE payment_status = 'verified' AND source = 'reconciliation')::int AS payments`,
  )
  if (confirmed !== LINES || check[0].paid !== LINES * 2 || check[0].payments !== LINES * 2) throw new Error(`Counts after confirming: ${JSON.stringify(check[0])}`)

  console.info(
    [
      '',
      `Reconciliation of ${LINES.toLocaleString('en')} lines against ${LINES.toLocaleString('en')} open bills (in-process, one throw-away database)`,
      table([
        ['', 'lines/s', 'seconds'],
        ['floor (a): pg INSERT of the lines + matching join', perSecond(floorMatch.seconds), floorMatch.seconds.toFixed(2)],
        ['(a) parseStatement alone', perSecond(parseSeconds), parseSeconds.toFixed(2)],
        ['(a) parse + store + match (one transaction)', perSecond(matchSeconds), matchSeconds.toFixed(2)],
        ['ratio (a) / floor (time)', '', `${(matchSeconds / floorMatch.seconds).toFixed(1)}×`],
        ['floor (b): pg set-based confirm, one transaction', perSecond(floorConfirm), floorConfirm.toFixed(2)],
        ['(b) confirmLines, one transaction per line', perSecond(confirmSeconds), confirmSeconds.toFixed(2)],
        ['ratio (b) / floor (time)', '', `${(confirmSeconds / floorConfirm).toFixed(1)}×`],
      ]),
    ].join('\n'),
  )
  return { lines: LINES, fileBytes: file.length, floorMatchSeconds: floorMatch.seconds, parseSeconds, matchSeconds, floorConfirmSeconds: floorConfirm, confirmSeconds, page: PAGE }
})
