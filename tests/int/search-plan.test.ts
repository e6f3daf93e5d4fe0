import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import type pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SEARCH_INDEX } from '../../src/lib/search/column'
import { SEARCH_SQL, searchValues, SUGGEST_SQL, type SearchParams } from '../../src/lib/search/sql'
import { generateContent } from '../bench/generate'
import { testPayload, unique } from '../helpers/api'

const ROWS = 100_000

type PlanNode = { 'Node Type': string; 'Relation Name'?: string; 'Index Name'?: string; Filter?: string; Plans?: PlanNode[] }

const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)]

const payload: Payload = await testPayload()

/**
 * The query plans on 100,000 generated items, inside one transaction that is rolled back: the
 * shared test database keeps none of them, and other test files never see them.
 */
describe('search query plans on 100,000 items', () => {
  let client: pg.PoolClient

  const plan = async (sql: string, values: unknown[]) => {
    const { rows } = await client.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, values)
    return nodesOf(rows[0]['QUERY PLAN'][0].Plan)
  }

  /**
   * The matches come from a bitmap scan of the GIN index; content is never read whole, nor walked
   * in another index's order while testing every row against the query (the "GIN + ORDER BY id
   * LIMIT" trap). Reading the page's rows by primary key afterwards is fine.
   */
  const expectIndexedSearch = (nodes: PlanNode[]) => {
    expect(nodes.some((node) => node['Node Type'] === 'Bitmap Index Scan' && node['Index Name'] === SEARCH_INDEX)).toBe(true)
    const onContent = nodes.filter((node) => node['Relation Name'] === 'content')
    expect(onContent.filter((node) => node['Node Type'].includes('Seq Scan'))).toEqual([])
    expect(onContent.filter((node) => node['Node Type'] === 'Index Scan' && node.Filter?.includes('@@'))).toEqual([])
  }

  beforeAll(async () => {
    client = await (payload.db as unknown as PostgresAdapter).pool.connect()
    await client.query('BEGIN')
    await generateContent(client, ROWS, unique('plan-'))
    await client.query('ANALYZE content, categories')
  }, 300_000)

  afterAll(async () => {
    await client?.query('ROLLBACK')
    client?.release()
  })

  const base: SearchParams = { q: '', member: false, type: null, category: null, year: null, limit: 10, offset: 0 }

  it.each([
    ['a selective word', 'nelayan'],
    ['a phrase and an exclusion', '"irigasi sawah" -banjir'],
    ['a common stemmed word', 'pembangunan'],
  ])('finds %s through the GIN index, never a sequential scan', async (_, q) => {
    expectIndexedSearch(await plan(SEARCH_SQL, searchValues({ ...base, q })))
  })

  it('keeps the plan with filters, for members, and on a later page', async () => {
    expectIndexedSearch(await plan(SEARCH_SQL, searchValues({ ...base, q: 'posyandu', member: true, type: 'news', year: 2024, offset: 40 })))
  })

  it('finds suggestions through the same index', async () => {
    expectIndexedSearch(await plan(SUGGEST_SQL, ['jemba:*A & dus:*A', false, 8]))
  })
})
