/**
 * `npm run bench`: the production build on a throw-away database, measured next to its floors in
 * the same run (a bare node:http server, a raw pg query). Prints one table per scenario and writes
 * tests/bench/results/<timestamp>.json. Speed never fails the run; errors (non-2xx) do.
 */
import fs from 'node:fs'
import type http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import pg from 'pg'

import { paragraphs } from '../../src/lib/rich-text'
import { startProdServer, type ProdServer } from '../helpers/prod-server'
import { pgInsertAndUpdate, pgSelectUser, startFloorServer } from './floors'
import { analyze, createSuperAdmin, generateAuditLogs, generateMembers, type Account } from './generate'
import { httpGet, httpRequest, keepAliveAgent, measure, type LoadOptions, type Measurement, type Operation } from './load'

const CONCURRENCY = 10
const LOAD: LoadOptions = {
  concurrency: CONCURRENCY,
  durationMs: (Number(process.env.BENCH_SECONDS) || 10) * 1000,
  warmupMs: 2000,
}
const MEMBERS = 200
const AUDIT_LOGS = 5000
const CONTENT_ITEMS = 1000
/** The slug the bench's first item gets (its title, slugified), for the news detail scenario. */
const BENCH_ITEM_SLUG = 'berita-bench-nomor-1-musyawarah-warga-membahas-anggaran-desa'
const resultsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results')

type ScenarioSpec = {
  name: string
  title: string
  path: string
  /** Sent without the admin's token, as a visitor's browser would. */
  anonymous?: boolean
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

const requireText = (text: string) => (body: string) => {
  if (!body.includes(text)) throw new Error(`Expected the page to contain "${text}".`)
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

const writeResults = (pgFloor: Measurement, scenarios: Array<Scenario & { pgFloor?: Measurement }>) => {
  const startedAt = new Date().toISOString()
  const file = path.join(resultsDir, `${startedAt.replace(/[:.]/g, '-')}.json`)
  const results = {
    startedAt,
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version, platform: process.platform },
    load: LOAD,
    data: { members: MEMBERS, auditLogs: AUDIT_LOGS, contentItems: CONTENT_ITEMS },
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
  {
    name: 'Scenario D',
    title: 'first page of published content, as a visitor',
    path: '/api/content?limit=10&depth=1&sort=-publishedAt&where[workflowStatus][equals]=published',
    anonymous: true,
    check: requireTotal(CONTENT_ITEMS),
  },
  { name: 'Scenario E', title: 'home page from the cache, as a visitor', path: '/', anonymous: true, check: requireText('<html lang="id"') },
  {
    name: 'Scenario F',
    title: 'news detail from the cache, as a visitor',
    path: `/berita/${BENCH_ITEM_SLUG}`,
    anonymous: true,
    check: requireText('Berita bench nomor 1:'),
  },
]

/** An item as an editor writes it: a title, an excerpt and a few paragraphs of Lexical body. */
const contentItem = (n: number) => ({
  title: `Berita bench nomor ${n}: musyawarah warga membahas anggaran desa`,
  type: 'news',
  excerpt: 'Warga berkumpul di balai desa untuk membahas rencana anggaran tahun depan.',
  body: paragraphs(...[1, 2, 3].map((i) => `Paragraf ${i}: rapat berlangsung tertib dan menghasilkan kesepakatan.`)),
})

/** One create-then-publish, the two requests an editor's browser sends. */
const createAndPublish = (baseUrl: string, agent: http.Agent, headers: Record<string, string>): Operation => {
  let n = 0
  return async () => {
    let id = 0
    await httpRequest(`${baseUrl}/api/content`, agent, { method: 'POST', headers, body: () => contentItem(++n), onJson: (json) => (id = (json as { doc: { id: number } }).doc.id) })()
    await httpRequest(`${baseUrl}/api/content/${id}`, agent, { method: 'PATCH', headers, body: () => ({ workflowStatus: 'published' }) })()
  }
}

/**
 * Scenario C, a fixed amount of work rather than a fixed time: CONTENT_ITEMS items created and
 * published through REST by an editor, next to the same two requests against a bare server and
 * the same insert-then-update straight through `pg`.
 */
const benchWrites = async (server: ProdServer, pool: pg.Pool, headers: Record<string, string>) => {
  const writeLoad: LoadOptions = { concurrency: CONCURRENCY, durationMs: 30 * 60_000, warmupMs: 0, maxOperations: CONTENT_ITEMS }
  const agent = keepAliveAgent(CONCURRENCY)
  try {
    const sample = await fetch(`${server.url}/api/content`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(contentItem(0)) })
    if (sample.status !== 201) throw new Error(`Creating content answered ${sample.status}: ${await sample.text()}`)
    const body = await sample.text()
    console.info('Floor for Scenario C: pg insert + update…')
    const pgFloor = await measure(await pgInsertAndUpdate(pool), writeLoad)
    console.info('Floor for Scenario C: node:http, the same two requests…')
    const floorServer = await startFloorServer(body)
    const floor = await measure(createAndPublish(floorServer.url, agent, headers), writeLoad).finally(() => floorServer.stop())
    console.info(`Scenario C: create and publish ${CONTENT_ITEMS} content items…`)
    const result = await measure(createAndPublish(server.url, agent, headers), writeLoad)
    const { rows } = await pool.query<{ n: number }>("SELECT count(*)::int AS n FROM content WHERE workflow_status = 'published' AND _status = 'published'")
    if (rows[0].n < CONTENT_ITEMS) throw new Error(`Only ${rows[0].n} of ${CONTENT_ITEMS} items ended up published.`)
    const ratio = ratios(result, floor)
    console.info(
      ['', `Scenario C — create and publish ${CONTENT_ITEMS} content items (POST + PATCH each, concurrency ${CONCURRENCY})`,
        ...formatTable([
          ['', 'items/s', 'p50 ms', 'p95 ms'],
          ['floor: node:http, same two requests', ...cells(floor)],
          ['floor: pg INSERT + UPDATE', ...cells(pgFloor)],
          ['scenario: POST /api/content + PATCH', ...cells(result)],
          ['ratio to the node:http floor', ratio.perSecond.toFixed(3), '', `${ratio.p95.toFixed(1)}×`],
        ])].join('\n'),
    )
    return { name: 'Scenario C', title: `create and publish ${CONTENT_ITEMS} content items`, path: 'POST /api/content + PATCH /api/content/:id', bodyBytes: Buffer.byteLength(body), floor, pgFloor, result }
  } finally {
    agent.destroy()
  }
}

/**
 * Every floor first, while the app server idles: the tail of a load on the app (GC, pool
 * upkeep) measurably slows whatever runs next on two cores, and must not count against a floor.
 */
const bench = async (server: ProdServer, pool: pg.Pool) => {
  const admin = await prepareData(server, pool)
  const headers = { authorization: `JWT ${await login(server.url, admin)}` }
  const writes = await benchWrites(server, pool, headers)
  // Let the write load's tail (GC, autovacuum) pass before anything else is measured.
  await pool.query(`ANALYZE content`)
  await new Promise((resolve) => setTimeout(resolve, 5000))
  const headersFor = (spec: ScenarioSpec) => (spec.anonymous ? {} : headers)
  const answers: Array<{ spec: ScenarioSpec; body: string }> = []
  for (const spec of SCENARIOS) answers.push({ spec, body: await sampleAnswer(server, spec, headersFor(spec)) })

  console.info('Floor: pg primary-key SELECT…')
  const pgFloor = await measure(pgSelectUser(pool, admin.id), LOAD)
  const floors: Measurement[] = []
  for (const { spec, body } of answers) {
    console.info(`Floor for ${spec.name}: node:http, ${Buffer.byteLength(body)} bytes…`)
    floors.push(await measureFloor(body, spec.path, headersFor(spec)))
  }
  const scenarios: Scenario[] = []
  for (const [index, { spec, body }] of answers.entries()) {
    console.info(`${spec.name}: GET ${spec.path}…`)
    const result = await measureHttp(`${server.url}${spec.path}`, headersFor(spec))
    const { name, title } = spec
    scenarios.push({ name, title, path: spec.path, bodyBytes: Buffer.byteLength(body), floor: floors[index], result })
  }
  for (const scenario of scenarios) printScenario(scenario, pgFloor)
  console.info(`\nResults written to ${path.relative(process.cwd(), writeResults(pgFloor, [writes, ...scenarios]))}`)
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
