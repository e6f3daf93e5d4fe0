import type pg from 'pg'

import { SEARCH_SQL, searchValues, type SearchParams } from '../../src/lib/search/sql'
import type { ProdServer } from '../helpers/prod-server'
import { analyze, generateContent } from './generate'
import { httpGet, keepAliveAgent, measure, type LoadOptions, type Measurement, type Operation } from './load'

export const SEARCH_ITEMS = 100_000

/** What visitors type: a word, a stemmed form, a phrase, an exclusion; each request takes the next. */
const QUERIES = ['nelayan', 'pembangunan jalan', '"irigasi sawah"', 'nelayan -koperasi', 'musyawarah anggaran']

/** The parameters the endpoint uses for a visitor's `?q=` alone. */
const visitor = (q: string): SearchParams => ({ q, member: false, type: null, category: null, year: null, limit: 10, offset: 0 })

const rotating = (ops: Operation[]): Operation => {
  let n = 0
  return () => ops[n++ % ops.length]()
}

const searchPath = (q: string) => `/api/content/search?${new URLSearchParams({ q })}`
const searchPage = (q: string) => `/cari?${new URLSearchParams({ q })}`

/**
 * Scenario G: the `/cari` page as a visitor over 100,000 generated items, next to its
 * floor, the very statement searchContent runs (src/lib/search/sql.ts) sent straight through
 * `pg` with the same parameters. Runs last: the other scenarios keep their smaller data.
 */
export const benchSearch = async (server: ProdServer, pool: pg.Pool, load: LoadOptions) => {
  console.info(`Generating ${SEARCH_ITEMS.toLocaleString('en')} content items for search…`)
  await generateContent(pool, SEARCH_ITEMS, 'bench-search')
  await analyze(pool)
  await pool.query('ANALYZE content, categories')

  let bodyBytes = 0
  for (const q of QUERIES) {
    const response = await fetch(`${server.url}${searchPath(q)}`)
    const body = await response.text()
    const { total } = JSON.parse(body) as { total?: number }
    if (!response.ok || !total) throw new Error(`Searching "${q}" answered ${response.status} with ${total} results: ${body.slice(0, 300)}`)
    bodyBytes = Math.max(bodyBytes, Buffer.byteLength(body))
  }

  console.info('Floor for Scenario G: the search SQL through pg…')
  const floor = await measure(rotating(QUERIES.map((q) => async () => void (await pool.query(SEARCH_SQL, searchValues(visitor(q)))))), load)
  console.info('Scenario G: GET /cari…')
  const agent = keepAliveAgent(load.concurrency)
  let result: Measurement
  try {
    result = await measure(rotating(QUERIES.map((q) => httpGet(`${server.url}${searchPage(q)}`, agent))), load)
  } finally {
    agent.destroy()
  }
  return {
    name: 'Scenario G',
    title: `the /cari page over ${SEARCH_ITEMS.toLocaleString('en')} items, as a visitor`,
    path: `/cari?q=… (${QUERIES.length} queries in turn)`,
    bodyBytes,
    floor,
    result,
  }
}
