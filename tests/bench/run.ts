/**
 * `npm run bench`: the production build on a throw-away database, measured next to its floors in
 * the same run (a bare node:http server, a raw pg query). Prints one table per scenario and writes
 * tests/bench/results/<timestamp>.json. Speed never fails the run; errors (non-2xx) do.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import pg from 'pg'

import { startProdServer, type ProdServer } from '../helpers/prod-server'
import { pgSelectUser, startFloorServer } from './floors'
import { analyze, createSuperAdmin, generateAuditLogs, generateMembers, type Account } from './generate'
import { httpGet, keepAliveAgent, measure, type LoadOptions, type Measurement } from './load'

const CONCURRENCY = 10
const LOAD: LoadOptions = {
  concurrency: CONCURRENCY,
  durationMs: (Number(process.env.BENCH_SECONDS) || 10) * 1000,
  warmupMs: 2000,
}
const MEMBERS = 200
const AUDIT_LOGS = 5000
const resultsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results')

type ScenarioSpec = {
  name: string
  title: string
  path: string
  /** Throws when the answer is not what the scenario is meant to measure. */
  check?: (body: string) => void
}

type Scenario = {
  name: string
  title: string
  path: string
  bodyBytes: number
  floor: Measurement
  result: Measurement
}

const measureHttp = async (url: string, headers: Record<string, string>) => {
  const agent = keepAliveAgent(CONCURRENCY)
  try {
    return await measure(httpGet(url, agent, headers), LOAD)
  } finally {
    agent.destroy()
  }
}

const fetchBody = async (url: string, headers: Record<string, string>) => {
  const response = await fetch(url, { headers })
  const body = await response.text()
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}: ${body.slice(0, 500)}`)
  return body
}

const login = async (serverUrl: string, account: Account) => {
  const response = await fetch(`${serverUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: account.email, password: account.password }),
  })
  const body = (await response.json()) as { token?: string }
  if (!response.ok || !body.token) throw new Error(`Login answered ${response.status}: ${JSON.stringify(body)}`)
  return body.token
}

/** The data a production server has no seed for: a super admin, members, their audit trail. */
const prepareData = async (server: ProdServer, pool: pg.Pool) => {
  console.info('Creating a super admin and generating data…')
  const admin = await createSuperAdmin(server)
  const members = await generateMembers(pool, MEMBERS)
  await generateAuditLogs(pool, AUDIT_LOGS, members)
  await analyze(pool)
  return admin
}

/** The scenario's answer, once, checked: the floor will serve these very bytes. */
const sampleAnswer = async (server: ProdServer, { check, path }: ScenarioSpec, headers: Record<string, string>) => {
  const body = await fetchBody(`${server.url}${path}`, headers)
  check?.(body)
  return body
}

/** Floor 1 for one scenario: a bare server answering the same request with the same body. */
const measureFloor = async (body: string, path: string, headers: Record<string, string>) => {
  const floorServer = await startFloorServer(body)
  try {
    return await measureHttp(`${floorServer.url}${path}`, headers)
  } finally {
    await floorServer.stop()
  }
}

const requireTotal = (min: number) => (body: string) => {
  const { totalDocs } = JSON.parse(body) as { totalDocs?: number }
  if (!totalDocs || totalDocs < min) throw new Error(`Expected at least ${min} documents, the API lists ${totalDocs}.`)
}

const ratios = (scenario: Measurement, floor: Measurement) => ({
  perSecond: scenario.perSecond / floor.perSecond,
  p95: scenario.p95Ms / floor.p95Ms,
})

const formatTable = (rows: string[][]) => {
  const width = Math.max(...rows.map(([label]) => label.length)) + 2
  return rows.map(([label, ...cells]) => `  ${label.padEnd(width)}${cells.map((cell) => cell.padStart(10)).join('')}`)
}

const cells = (m: Measurement) => [Math.round(m.perSecond).toLocaleString('en'), m.p50Ms.toFixed(2), m.p95Ms.toFixed(2)]

const printScenario = (scenario: Scenario, pgFloor: Measurement) => {
  const ratio = ratios(scenario.result, scenario.floor)
  const table = formatTable([
    ['', 'req/s', 'p50 ms', 'p95 ms'],
    ['floor: node:http, same body', ...cells(scenario.floor)],
    ['floor: pg primary-key SELECT', ...cells(pgFloor)],
    [`scenario: GET ${scenario.path}`, ...cells(scenario.result)],
    ['ratio to the node:http floor', ratio.perSecond.toFixed(3), '', `${ratio.p95.toFixed(1)}×`],
  ])
  const heading = `${scenario.name} — ${scenario.title} (${scenario.bodyBytes} bytes, concurrency ${CONCURRENCY}, ${LOAD.durationMs / 1000} s)`
  console.info(['', heading, ...table].join('\n'))
}

const writeResults = (pgFloor: Measurement, scenarios: Scenario[]) => {
  const startedAt = new Date().toISOString()
  const file = path.join(resultsDir, `${startedAt.replace(/[:.]/g, '-')}.json`)
  const results = {
    startedAt,
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version, platform: process.platform },
    load: LOAD,
    data: { members: MEMBERS, auditLogs: AUDIT_LOGS },
    floors: { pgPrimaryKeySelect: pgFloor },
    scenarios: scenarios.map((scenario) => ({ ...scenario, ratios: ratios(scenario.result, scenario.floor) })),
  }
  fs.mkdirSync(resultsDir, { recursive: true })
  fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`)
  return file
}

const SCENARIOS: ScenarioSpec[] = [
  { name: 'Scenario A', title: 'current user (JWT)', path: '/api/users/me' },
  {
    name: 'Scenario B',
    title: `first page of ${AUDIT_LOGS}+ audit entries`,
    path: '/api/audit-logs?limit=10&depth=1',
    check: requireTotal(AUDIT_LOGS),
  },
]

/**
 * Every floor first, while the app server idles: the tail of a load on the app (GC, pool
 * upkeep) measurably slows whatever runs next on two cores, and must not count against a floor.
 */
const bench = async (server: ProdServer, pool: pg.Pool) => {
  const admin = await prepareData(server, pool)
  const headers = { authorization: `JWT ${await login(server.url, admin)}` }
  const answers: Array<{ spec: ScenarioSpec; body: string }> = []
  for (const spec of SCENARIOS) answers.push({ spec, body: await sampleAnswer(server, spec, headers) })

  console.info('Floor: pg primary-key SELECT…')
  const pgFloor = await measure(pgSelectUser(pool, admin.id), LOAD)
  const floors: Measurement[] = []
  for (const { spec, body } of answers) {
    console.info(`Floor for ${spec.name}: node:http, ${Buffer.byteLength(body)} bytes…`)
    floors.push(await measureFloor(body, spec.path, headers))
  }
  const scenarios: Scenario[] = []
  for (const [index, { spec, body }] of answers.entries()) {
    console.info(`${spec.name}: GET ${spec.path}…`)
    const result = await measureHttp(`${server.url}${spec.path}`, headers)
    const { name, title } = spec
    scenarios.push({ name, title, path: spec.path, bodyBytes: Buffer.byteLength(body), floor: floors[index], result })
  }
  for (const scenario of scenarios) printScenario(scenario, pgFloor)
  console.info(`\nResults written to ${path.relative(process.cwd(), writeResults(pgFloor, scenarios))}`)
}

const main = async () => {
  console.info('Starting the production build on a throw-away database…')
  const server = await startProdServer()
  const pool = new pg.Pool({ connectionString: server.databaseUrl, max: CONCURRENCY })
  try {
    await bench(server, pool)
  } finally {
    await pool.end()
    await server.stop()
  }
}

// Exit explicitly: the Payload instance used for the data keeps one pg client open for good.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
