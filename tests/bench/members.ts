/**
 * `npx tsx tests/bench/members.ts` (also `npm run bench:members`): the membership plugin on the
 * production build, next to raw `pg` floors measured in the same run.
 *
 * (a) Bulk import of 10,000 members: rows/s through `POST /api/members/import?mode=commit`
 *     (upload, XLSX parsing, validation, one transaction) against the floor, the same rows
 *     inserted straight through pg (accounts and members in one INSERT … SELECT, one transaction).
 * (b) The admin members list over 100,000 generated members as a regional coordinator:
 *     `GET /api/members?limit=10&sort=fullName&depth=0`, p95 and req/s at concurrency 10, against
 *     the floor `SELECT … WHERE region_id = $1 ORDER BY full_name LIMIT 10` through pg.
 * Speed is reported, never asserted; errors (non-2xx, wrong counts) fail the run.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'

import pg from 'pg'

import { memberRows, memberSheet } from '../helpers/member-sheet'
import { startProdServer, type ProdServer } from '../helpers/prod-server'
import { createSuperAdmin, generateMemberRecords, generateRegions } from './generate'
import { httpGet, keepAliveAgent, measure, type LoadOptions, type Measurement } from './load'

const CONCURRENCY = 10
const LOAD: LoadOptions = { concurrency: CONCURRENCY, durationMs: (Number(process.env.BENCH_SECONDS) || 10) * 1000, warmupMs: 2000 }
const IMPORT_ROWS = 10_000
const LIST_MEMBERS = 100_000
const REGIONS = 20
const LIST_PATH = '/api/members?limit=10&sort=fullName&depth=0'
const resultsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results')

const json = async <T>(response: Response): Promise<T> => {
  const text = await response.text()
  if (!response.ok) throw new Error(`${response.url} answered ${response.status}: ${text.slice(0, 500)}`)
  return JSON.parse(text) as T
}

const login = async (serverUrl: string, email: string, password: string) =>
  (await json<{ token: string }>(await fetch(`${serverUrl}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) }))).token

/** A coordinator of the first bench region, made by the super admin over REST as in the admin. */
const createCoordinator = async (server: ProdServer, pool: pg.Pool, adminToken: string, regionId: number) => {
  const { rows } = await pool.query<{ id: number }>(`SELECT id FROM roles WHERE name = 'coordinator'`)
  const email = 'koordinator@bench.balai.test'
  const password = `Bench-koordinator-${Date.now()}-1`
  await json(
    await fetch(`${server.url}/api/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${adminToken}` },
      body: JSON.stringify({ email, password, name: 'Koordinator Bench', role: rows[0].id, region: regionId, accountStatus: 'active' }),
    }),
  )
  return login(server.url, email, password)
}

/** The floor of (a): the rows' accounts and members in one INSERT … SELECT, one transaction. */
const pgImportFloor = async (pool: pg.Pool, regionIds: number[]) => {
  const records = memberRows(IMPORT_ROWS, 'floor', ['-']).map((row, index) => ({
    ord: index,
    email: row.email,
    full_name: row.fullName,
    region_id: regionIds[index % regionIds.length],
    phone_number: row.phoneNumber,
    university_name: row.universityName,
    faculty: row.faculty,
    // Not the bench file's employee ids: the import would rightly refuse those as taken.
    employee_id_number: `F${row.employeeIdNumber}`,
    identity_number: row.identityNumber,
    base_salary: row.baseSalary,
    member_number: `FLR-2026-${String(index + 1).padStart(5, '0')}`,
  }))
  const client = await pool.connect()
  const started = performance.now()
  try {
    await client.query('BEGIN')
    await client.query(
      `WITH input AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS i(ord int, email text, full_name text, region_id int, phone_number text,
           university_name text, faculty text, employee_id_number text, identity_number text, base_salary numeric, member_number text)
       ),
       accounts AS (
         INSERT INTO users (name, email, role_id, region_id, account_status, salt, hash)
         SELECT full_name, email, (SELECT id FROM roles WHERE name = 'member'), region_id, 'active', md5(email), md5(full_name) FROM input ORDER BY ord
         RETURNING id, email
       )
       INSERT INTO members (user_id, member_number, region_id, membership_status, onboarding_state, full_name, phone_number,
                            university_name, faculty, employee_id_number, identity_number, base_salary)
       SELECT a.id, member_number, region_id, 'active', 'approved', full_name, phone_number, university_name, faculty,
              employee_id_number, identity_number, base_salary
         FROM input i JOIN accounts a ON a.email = i.email ORDER BY ord`,
      [JSON.stringify(records)],
    )
    await client.query('COMMIT')
  } finally {
    client.release()
  }
  return (performance.now() - started) / 1000
}

type ImportAnswer = { imported: number; errorRows: number; validRows: number; errors: unknown[] }

const postImport = async (server: ProdServer, token: string, mode: 'dry-run' | 'commit', file: Buffer) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file)], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), 'bench.xlsx')
  const started = performance.now()
  const answer = await json<ImportAnswer>(await fetch(`${server.url}/api/members/import?mode=${mode}`, { method: 'POST', headers: { authorization: `JWT ${token}` }, body: form }))
  return { answer, seconds: (performance.now() - started) / 1000 }
}

const formatTable = (rows: string[][]) => {
  const width = Math.max(...rows.map(([label]) => label.length)) + 2
  return rows.map(([label, ...cells]) => `  ${label.padEnd(width)}${cells.map((cell) => cell.padStart(12)).join('')}`)
}
const cells = (m: Measurement) => [Math.round(m.perSecond).toLocaleString('en'), m.p50Ms.toFixed(2), m.p95Ms.toFixed(2)]

const benchImport = async (server: ProdServer, pool: pg.Pool, token: string, regionIds: number[]) => {
  const rows = memberRows(IMPORT_ROWS, 'bench', ['R01', 'R02', 'R03', 'R04', 'R05'])
  const file = await memberSheet(rows, 'xlsx')
  console.info(`Floor for (a): ${IMPORT_ROWS.toLocaleString('en')} rows through pg…`)
  const floorSeconds = await pgImportFloor(pool, regionIds)
  console.info(`(a) dry run, then commit of ${IMPORT_ROWS.toLocaleString('en')} rows (${(file.length / 1024).toFixed(0)} KB XLSX)…`)
  const dryRun = await postImport(server, token, 'dry-run', file)
  if (dryRun.answer.validRows !== IMPORT_ROWS) throw new Error(`The dry run found ${dryRun.answer.errorRows} rows with errors: ${JSON.stringify(dryRun.answer.errors.slice(0, 3))}`)
  const commit = await postImport(server, token, 'commit', file)
  if (commit.answer.imported !== IMPORT_ROWS) throw new Error(`Only ${commit.answer.imported} rows were imported.`)
  const perSecond = (seconds: number) => IMPORT_ROWS / seconds
  console.info(
    ['', `(a) Bulk import of ${IMPORT_ROWS.toLocaleString('en')} members (${(file.length / 1024).toFixed(0)} KB XLSX, one request each)`,
      ...formatTable([
        ['', 'rows/s', 'seconds'],
        ['floor: pg INSERT … SELECT, one transaction', Math.round(perSecond(floorSeconds)).toLocaleString('en'), floorSeconds.toFixed(2)],
        ['POST /api/members/import?mode=dry-run', Math.round(perSecond(dryRun.seconds)).toLocaleString('en'), dryRun.seconds.toFixed(2)],
        ['POST /api/members/import?mode=commit', Math.round(perSecond(commit.seconds)).toLocaleString('en'), commit.seconds.toFixed(2)],
        ['ratio commit / floor (rows/s)', (floorSeconds / commit.seconds).toFixed(3), ''],
      ])].join('\n'),
  )
  return { rows: IMPORT_ROWS, fileBytes: file.length, floorSeconds, dryRunSeconds: dryRun.seconds, commitSeconds: commit.seconds }
}

const benchList = async (server: ProdServer, pool: pg.Pool, token: string, regionId: number) => {
  const agent = keepAliveAgent(CONCURRENCY)
  try {
    const sample = await json<{ totalDocs: number; docs: Array<{ region: number }> }>(await fetch(`${server.url}${LIST_PATH}`, { headers: { authorization: `JWT ${token}` } }))
    if (sample.docs.length !== 10 || sample.docs.some((doc) => doc.region !== regionId)) throw new Error('The coordinator’s list is not their region’s first page.')
    console.info(`Floor for (b): the page through pg (the coordinator sees ${sample.totalDocs.toLocaleString('en')} members)…`)
    const floor = await measure(async () => void (await pool.query('SELECT * FROM members WHERE region_id = $1 ORDER BY full_name LIMIT 10', [regionId])), LOAD)
    const floorWithCount = await measure(async () => {
      await pool.query('SELECT * FROM members WHERE region_id = $1 ORDER BY full_name LIMIT 10', [regionId])
      await pool.query('SELECT count(*) FROM members WHERE region_id = $1', [regionId])
    }, LOAD)
    // The rows a coordinator may read, as the members policy's access filter words it (their own record or their region).
    const { rows: me } = await pool.query<{ id: number }>(`SELECT id FROM users WHERE email = 'koordinator@bench.balai.test'`)
    const floorAccess = await measure(async () => void (await pool.query('SELECT * FROM members WHERE user_id = $2 OR region_id = $1 ORDER BY full_name LIMIT 10', [regionId, me[0].id])), LOAD)
    console.info('(b) GET /api/users/me as the coordinator (authentication alone)…')
    const authOnly = await measure(httpGet(`${server.url}/api/users/me`, agent, { authorization: `JWT ${token}` }), LOAD)
    console.info(`(b) GET ${LIST_PATH} as the coordinator…`)
    const result = await measure(httpGet(`${server.url}${LIST_PATH}`, agent, { authorization: `JWT ${token}` }), LOAD)
    console.info(
      ['', `(b) Members list over ${LIST_MEMBERS.toLocaleString('en')} members, coordinator-scoped (${sample.totalDocs.toLocaleString('en')} in the region), concurrency ${CONCURRENCY}, ${LOAD.durationMs / 1000} s`,
        ...formatTable([
          ['', 'req/s', 'p50 ms', 'p95 ms'],
          ['floor: pg SELECT … LIMIT 10', ...cells(floor)],
          ['floor: pg page + count(*)', ...cells(floorWithCount)],
          ['floor: pg page, access filter (own OR region)', ...cells(floorAccess)],
          ['GET /api/users/me (auth alone, same token)', ...cells(authOnly)],
          [`GET ${LIST_PATH}`, ...cells(result)],
          ['ratio to the page floor', (result.perSecond / floor.perSecond).toFixed(3), `${(result.p50Ms / floor.p50Ms).toFixed(1)}×`, `${(result.p95Ms / floor.p95Ms).toFixed(1)}×`],
          ['ratio to page + count', (result.perSecond / floorWithCount.perSecond).toFixed(3), `${(result.p50Ms / floorWithCount.p50Ms).toFixed(1)}×`, `${(result.p95Ms / floorWithCount.p95Ms).toFixed(1)}×`],
        ])].join('\n'),
    )
    return { members: LIST_MEMBERS, inRegion: sample.totalDocs, floor, floorWithCount, floorAccess, authOnly, result }
  } finally {
    agent.destroy()
  }
}

const main = async () => {
  console.info('Starting the production build on a throw-away database…')
  const server = await startProdServer()
  const pool = new pg.Pool({ connectionString: server.databaseUrl, max: CONCURRENCY })
  try {
    const admin = await createSuperAdmin(server)
    const adminToken = await login(server.url, admin.email, admin.password)
    const regionIds = await generateRegions(pool, REGIONS)
    const importResult = await benchImport(server, pool, adminToken, regionIds)

    console.info(`Generating ${LIST_MEMBERS.toLocaleString('en')} members over ${REGIONS} regions…`)
    await generateMemberRecords(pool, LIST_MEMBERS - IMPORT_ROWS * 2, regionIds)
    await pool.query('VACUUM ANALYZE users, members')
    const coordinatorToken = await createCoordinator(server, pool, adminToken, regionIds[0])
    await new Promise((resolve) => setTimeout(resolve, 3000))
    const listResult = await benchList(server, pool, coordinatorToken, regionIds[0])

    const startedAt = new Date().toISOString()
    fs.mkdirSync(resultsDir, { recursive: true })
    const file = path.join(resultsDir, `members-${startedAt.replace(/[:.]/g, '-')}.json`)
    const machine = { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version }
    fs.writeFileSync(file, `${JSON.stringify({ startedAt, machine, load: LOAD, import: importResult, list: listResult }, null, 2)}\n`)
    console.info(`\nResults written to ${path.relative(process.cwd(), file)}`)
  } finally {
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
