/**
 * `npx tsx tests/bench/dues-queue.ts` (also `npm run bench:dues-queue`): the treasurer's
 * verification queue on the production build, over 10,000 waiting payments (and 20,000 decided
 * ones), next to floors measured in the same run.
 *
 * Measured: `GET /api/dues-payments/queue?at=&id=&direction=next` — what the verification view
 * loads after every decision — as a treasurer, from positions spread over the whole queue, p95
 * and req/s at concurrency 10; and the view page itself (`GET /admin/iuran/verifikasi`).
 * Floors: the loader's statements straight through pg (the next item past the cursor with its
 * bill ids, the count of waiting payments, then its bills, member and region), the next-item
 * statement alone, and a bare node:http server answering the same JSON body.
 * Speed is reported, never asserted; errors (non-2xx, a wrong queue) fail the run.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import pg from 'pg'

import { startProdServer, type ProdServer } from '../helpers/prod-server'
import { startFloorServer } from './floors'
import { createSuperAdmin, generateRegions } from './generate'
import { generateDuesQueue } from './generate-dues'
import { httpGet, keepAliveAgent, measure, type LoadOptions, type Measurement, type Operation } from './load'

const CONCURRENCY = 10
const LOAD: LoadOptions = { concurrency: CONCURRENCY, durationMs: (Number(process.env.BENCH_SECONDS) || 10) * 1000, warmupMs: 2000 }
const PENDING = 10_000
const REGIONS = 10
// Cursors spread evenly over the queue: the next item must cost the same at the end as at the start.
const POSITIONS = 500
const resultsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results')

type Cursor = { at: string; id: number }

const json = async <T>(response: Response): Promise<T> => {
  const text = await response.text()
  if (!response.ok) throw new Error(`${response.url} answered ${response.status}: ${text.slice(0, 500)}`)
  return JSON.parse(text) as T
}

const login = async (serverUrl: string, email: string, password: string) =>
  (await json<{ token: string }>(await fetch(`${serverUrl}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) }))).token

/** A treasurer, made by the super admin over REST as in the admin. */
const createTreasurer = async (server: ProdServer, pool: pg.Pool, adminToken: string) => {
  const { rows } = await pool.query<{ id: number }>(`SELECT id FROM roles WHERE name = 'treasurer'`)
  const email = 'bendahara@bench.balai.test'
  const password = `Bench-bendahara-${Date.now()}-1`
  await json(
    await fetch(`${server.url}/api/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${adminToken}` },
      body: JSON.stringify({ email, password, name: 'Bendahara Bench', role: rows[0].id, accountStatus: 'active' }),
    }),
  )
  return login(server.url, email, password)
}

const NEXT_SQL = `
  SELECT p.id, p.created_at, p.paid_amount, p.paid_at, p.method, p.ref_no, p.filename, p.mime_type, p.original_name, p.member_id, p.region_id,
         (SELECT array_agg(r.dues_bills_id ORDER BY r."order") FROM dues_payments_rels r WHERE r.parent_id = p.id AND r.path = 'bills') AS bills
    FROM dues_payments p
   WHERE p.payment_status = 'submitted' AND p.created_at >= $1 AND (p.created_at > $1 OR p.id > $2)
   ORDER BY p.created_at, p.id
   LIMIT 1`

/** The loader's work as hand-written SQL: next item and count together, then its relations together. */
const pgLoader = (pool: pg.Pool, cursors: Cursor[]): Operation => {
  let turn = 0
  return async () => {
    const cursor = cursors[turn++ % cursors.length]
    const [next] = await Promise.all([pool.query(NEXT_SQL, [cursor.at, cursor.id]), pool.query(`SELECT count(*) FROM dues_payments WHERE payment_status = 'submitted'`)])
    const item = next.rows[0] as { bills: number[]; member_id: number; region_id: number } | undefined
    if (!item) return
    await Promise.all([
      pool.query(
        `SELECT id, bill_type, period_year, period_month, bill_amount, unique_code, transfer_amount, payment_code, bill_status
           FROM dues_bills WHERE id = ANY($1::int[]) ORDER BY period_year, period_month`,
        [item.bills],
      ),
      pool.query('SELECT id, full_name, member_number FROM members WHERE id = $1', [item.member_id]),
      pool.query('SELECT name, code FROM regions WHERE id = $1', [item.region_id]),
    ])
  }
}

const pgNextOnly = (pool: pg.Pool, cursors: Cursor[]): Operation => {
  let turn = 0
  return async () => {
    const cursor = cursors[turn++ % cursors.length]
    await pool.query(NEXT_SQL, [cursor.at, cursor.id])
  }
}

/** One request per cursor, taken in turn. */
const rotating = (ops: Operation[]): Operation => {
  let turn = 0
  return () => ops[turn++ % ops.length]()
}

const queuePath = (cursor: Cursor) => `/api/dues-payments/queue?${new URLSearchParams({ at: cursor.at, id: String(cursor.id), direction: 'next' })}`

const formatTable = (rows: string[][]) => {
  const width = Math.max(...rows.map(([label]) => label.length)) + 2
  return rows.map(([label, ...cells]) => `  ${label.padEnd(width)}${cells.map((cell) => cell.padStart(12)).join('')}`)
}
const cells = (m: Measurement) => [Math.round(m.perSecond).toLocaleString('en'), m.p50Ms.toFixed(2), m.p95Ms.toFixed(2)]
const ratio = (m: Measurement, floor: Measurement) => [(m.perSecond / floor.perSecond).toFixed(3), `${(m.p50Ms / floor.p50Ms).toFixed(1)}×`, `${(m.p95Ms / floor.p95Ms).toFixed(1)}×`]

const main = async () => {
  console.info('Starting the production build on a throw-away database…')
  const server = await startProdServer()
  const pool = new pg.Pool({ connectionString: server.databaseUrl, max: CONCURRENCY })
  const agent = keepAliveAgent(CONCURRENCY)
  try {
    const admin = await createSuperAdmin(server)
    const adminToken = await login(server.url, admin.email, admin.password)
    const regionIds = await generateRegions(pool, REGIONS)
    console.info(`Generating ${PENDING.toLocaleString('en')} members, ${(PENDING * 3).toLocaleString('en')} bills and payments (${PENDING.toLocaleString('en')} waiting)…`)
    await generateDuesQueue(pool, PENDING, regionIds)
    await pool.query('VACUUM ANALYZE users, members, dues_bills, dues_payments, dues_payments_rels')
    const token = await createTreasurer(server, pool, adminToken)
    const headers = { authorization: `JWT ${token}` }

    const { rows: queue } = await pool.query<{ at: Date; id: number }>(
      `SELECT created_at AS at, id FROM dues_payments WHERE payment_status = 'submitted' ORDER BY created_at, id`,
    )
    if (queue.length !== PENDING) throw new Error(`${queue.length} payments wait instead of ${PENDING}.`)
    const step = Math.floor(queue.length / POSITIONS)
    const positions = Array.from({ length: POSITIONS }, (_, i) => queue[i * step])
    const cursors = positions.map((row) => ({ at: row.at.toISOString(), id: row.id }))
    // The app's answer must be the queue's next item, and the same body feeds the node:http floor.
    const sampleAt = Math.floor(POSITIONS / 2)
    const sample = await json<{ item: { id: number; member: { fullName: string } } | null; remaining: number }>(
      await fetch(`${server.url}${queuePath(cursors[sampleAt])}`, { headers }),
    )
    if (sample.remaining !== PENDING || sample.item?.id !== queue[sampleAt * step + 1].id || !sample.item.member?.fullName) {
      throw new Error(`The queue answered ${JSON.stringify(sample).slice(0, 300)}, not the item after position ${sampleAt * step}.`)
    }
    const { rows: plan } = await pool.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) ${NEXT_SQL}`, [cursors.at(-1)!.at, cursors.at(-1)!.id])
    const planText = plan.map((row) => row['QUERY PLAN']).join('\n')
    console.info(`Plan of the next-item statement at the end of the queue:\n${planText}`)
    await new Promise((resolve) => setTimeout(resolve, 3000))

    console.info('Floors: node:http with the same body, the loader’s statements through pg, the next-item statement alone…')
    const floorServer = await startFloorServer(JSON.stringify(sample))
    let httpFloor: Measurement
    try {
      httpFloor = await measure(httpGet(`${floorServer.url}/api/dues-payments/queue`, agent), LOAD)
    } finally {
      await floorServer.stop()
    }
    const pgFloor = await measure(pgLoader(pool, cursors), LOAD)
    const pgNext = await measure(pgNextOnly(pool, cursors), LOAD)

    console.info('GET /api/users/me as the treasurer (authentication alone)…')
    const authOnly = await measure(httpGet(`${server.url}/api/users/me`, agent, headers), LOAD)
    console.info(`GET /api/dues-payments/queue?… as the treasurer, ${POSITIONS} positions in turn…`)
    const result = await measure(rotating(cursors.map((cursor) => httpGet(`${server.url}${queuePath(cursor)}`, agent, headers))), LOAD)
    console.info('GET /admin/iuran/verifikasi (the whole view page, first item included)…')
    const page = await measure(httpGet(`${server.url}/admin/iuran/verifikasi`, agent, { cookie: `payload-token=${token}` }), LOAD)

    console.info(
      ['', `Verification queue: next item over ${PENDING.toLocaleString('en')} waiting payments (${(PENDING * 2).toLocaleString('en')} decided), concurrency ${CONCURRENCY}, ${LOAD.durationMs / 1000} s`,
        ...formatTable([
          ['', 'req/s', 'p50 ms', 'p95 ms'],
          ['floor: node:http, same JSON body', ...cells(httpFloor)],
          ['floor: pg, the loader’s 5 statements', ...cells(pgFloor)],
          ['floor: pg, next-item statement alone', ...cells(pgNext)],
          ['GET /api/users/me (auth alone, same token)', ...cells(authOnly)],
          ['GET /api/dues-payments/queue?at&id (next)', ...cells(result)],
          ['GET /admin/iuran/verifikasi (view page)', ...cells(page)],
          ['queue ratio to node:http floor', ...ratio(result, httpFloor)],
          ['queue ratio to pg loader floor', ...ratio(result, pgFloor)],
        ])].join('\n'),
    )

    const startedAt = new Date().toISOString()
    fs.mkdirSync(resultsDir, { recursive: true })
    const file = path.join(resultsDir, `dues-queue-${startedAt.replace(/[:.]/g, '-')}.json`)
    const machine = { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version }
    fs.writeFileSync(
      file,
      `${JSON.stringify({ startedAt, machine, load: LOAD, pending: PENDING, decided: PENDING * 2, positions: POSITIONS, plan: planText, httpFloor, pgFloor, pgNext, authOnly, queue: result, page }, null, 2)}\n`,
    )
    console.info(`\nResults written to ${path.relative(process.cwd(), file)}`)
  } finally {
    agent.destroy()
    await pool.end()
    await server.stop()
  }
}

// Exit explicitly: the Payload instance used for the super admin keeps one pg client open.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
