/**
 * `npx tsx tests/bench/dues-generation.ts` (also `npm run bench:dues-generation`): the monthly bills for
 * 100,000 members through the dues plugin's real generation path, `generateBills(req, period)`
 * (the function behind `POST /api/dues-bills/generate` and the daily job: one transaction, the
 * set-based statement, its audit entry), in this process on a throw-away database, against the
 * floor measured in the same run: a raw `INSERT … SELECT` of the same bills straight through
 * `pg`. Goal: at most 3× the floor. Each measurement starts from an empty bills table; rounds
 * alternate. Speed is reported, never asserted; wrong row counts fail the run.
 */
import { performance } from 'node:perf_hooks'

import { generateMemberRecords, generateRegions } from './generate'
import { runInProcessBench } from './in-process'

const MEMBERS = 100_000
const REGIONS = 20
const ROUNDS = Number(process.env.BENCH_ROUNDS) || 3

/** The floor: the same bills (member, rate in force for their bracket, kode unik, payment code), plainly inserted. */
const floorSql = `
  INSERT INTO dues_bills (member_id, bill_type, period_year, period_month, rate_id, bill_amount, unique_code,
    transfer_amount, payment_code, bill_status, due_date, arrears_level, owner_id, region_id, updated_at, created_at)
  SELECT m.id, 'monthly', $1, $2, r.id, r.amount, c.code, r.amount + c.code,
    $3 || upper(lpad(to_hex(m.id), 5, '0')), 'unpaid', $4, 0, m.user_id, m.region_id, now(), now()
  FROM members m
  JOIN dues_rates r ON r.bracket::text = m.salary_range::text AND r.is_active
  CROSS JOIN LATERAL (SELECT 1 + floor(random() * 999)::int AS code) c
  WHERE m.membership_status = 'active' AND m.deleted_at IS NULL`

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

runInProcessBench('dues-generation', async ({ payload, pool }) => {
  const { createLocalReq } = await import('payload')
  const { generateBills } = await import('../../plugins/dues/bills/generate')
  const { monthlyCodePrefix } = await import('../../plugins/dues/bills/codes')
  const { dueDateOf } = await import('../../plugins/dues/bills/period')
  const { settingsOf } = await import('../../plugins/dues/options')
  console.info(`Generating ${MEMBERS.toLocaleString('en')} members over ${REGIONS} regions…`)
  const regionIds = await generateRegions(pool, REGIONS)
  await generateMemberRecords(pool, MEMBERS, regionIds)
  await pool.query('VACUUM ANALYZE users, members, dues_rates')
  const { dueDay, timezone } = settingsOf(payload.config)

  // Periods after every member joined; a fresh one per measurement, from an empty table.
  let next = { year: new Date().getFullYear() + 1, month: 1 }
  const nextPeriodOnce = () => {
    const period = next
    next = period.month === 12 ? { year: period.year + 1, month: 1 } : { year: period.year, month: period.month + 1 }
    return period
  }
  const empty = async () => {
    await pool.query('TRUNCATE dues_bills CASCADE')
    await pool.query('VACUUM ANALYZE dues_bills')
  }
  const timed = async (run: () => Promise<number>) => {
    await empty()
    const started = performance.now()
    const created = await run()
    const seconds = (performance.now() - started) / 1000
    if (created !== MEMBERS) throw new Error(`${created} bills were made, not ${MEMBERS}.`)
    return seconds
  }
  const floor = () => {
    const period = nextPeriodOnce()
    return timed(async () => {
      const client = await pool.connect()
      try {
        await client.query('BEGIN')
        const result = await client.query(floorSql, [period.year, period.month, monthlyCodePrefix(period), dueDateOf(period, dueDay, timezone).toISOString()])
        await client.query('COMMIT')
        return result.rowCount ?? 0
      } finally {
        client.release()
      }
    })
  }
  const plugin = () => {
    const period = nextPeriodOnce()
    return timed(async () => (await generateBills(await createLocalReq({}, payload), period)).created)
  }

  const results = { floor: [] as number[], plugin: [] as number[] }
  for (let round = 1; round <= ROUNDS; round++) {
    console.info(`Round ${round} of ${ROUNDS}…`)
    results.floor.push(await floor())
    results.plugin.push(await plugin())
  }
  await empty()

  const floorMedian = median(results.floor)
  const pluginMedian = median(results.plugin)
  const ratio = pluginMedian / floorMedian
  const rows: Array<[string, string, string, string]> = [
    ['', 'median s', 'best s', 'bills/s'],
    ['floor: pg INSERT … SELECT, one transaction', floorMedian.toFixed(2), Math.min(...results.floor).toFixed(2), Math.round(MEMBERS / floorMedian).toLocaleString('en')],
    ['generateBills(req, period)', pluginMedian.toFixed(2), Math.min(...results.plugin).toFixed(2), Math.round(MEMBERS / pluginMedian).toLocaleString('en')],
    ['ratio generateBills / floor (time; goal ≤ 3)', `${ratio.toFixed(2)}×`, '', ''],
  ]
  const width = Math.max(...rows.map(([label]) => label.length)) + 2
  console.info(
    ['', `Monthly bills for ${MEMBERS.toLocaleString('en')} members, ${ROUNDS} rounds, each from an empty bills table`, ...rows.map(([label, ...cells]) => `  ${label.padEnd(width)}${cells.map((cell) => cell.padStart(12)).join('')}`)].join('\n'),
  )

  return { members: MEMBERS, rounds: ROUNDS, seconds: results, floorMedian, pluginMedian, ratio }
}, { poolSize: 2 })
