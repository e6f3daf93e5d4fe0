import { afterEach, describe, expect, it } from 'vitest'

import { graphql, rest, type GraphQLResult } from '../../helpers/api'

// A refusal at validation comes back as the bare list of errors; one while running, as `errors`.
const messages = (body: GraphQLResult | GraphQLResult['errors']) =>
  (Array.isArray(body) ? body : (body?.errors ?? [])).map((error) => error.message)

const aliased = (count: number, field: string) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`

describe('GraphQL cost: an anonymous visitor cannot make the database do minutes of work', () => {
  afterEach(() => {
    delete process.env.GRAPHQL_TIME_BUDGET_MS
  })

  it('refuses 300 and 499 aliased 100-row lists before running them, while other reads go on', async () => {
    for (const count of [300, 499]) {
      const [attack, read] = await Promise.all([graphql(aliased(count, 'Contents(limit: 100) { totalDocs }')), rest('GET', '/regions?limit=1')])
      expect(Array.isArray(attack.body) ? null : attack.body.data ?? null).toBeNull()
      expect(messages(attack.body)[0]).toMatch(/Too many aliases \(\d+ > 30\)/)
      expect(read.status).toBe(200)
    }
  })

  it('charges a list by the rows it asks for: a huge limit or no pagination is refused, a page is not', async () => {
    for (const list of ['Contents(limit: 100000) { totalDocs }', 'Contents(pagination: false) { totalDocs }', 'Contents(limit: 0) { totalDocs }']) {
      const answer = await graphql(`{ ${list} }`)
      expect(messages(answer.body)[0], list).toMatch(/Query too expensive/)
    }
    const viaVariable = await graphql('query ($n: Int) { Contents(limit: $n) { totalDocs } }', { n: 100000 })
    expect(messages(viaVariable.body)[0]).toMatch(/Query too expensive/)

    const page = await graphql('{ Contents(limit: 20) { totalDocs docs { title } } Regions { docs { name } } }')
    expect(page.body.errors).toBeUndefined()
    expect(page.body.data).toMatchObject({ Contents: { totalDocs: expect.any(Number) }, Regions: { docs: expect.any(Array) } })
  })

  it('refuses more than 20 top-level fields, fragments spread', async () => {
    const fragment = `fragment Many on Query { ${Array.from({ length: 21 }, (_, i) => `r${i}: Regions(limit: 1) { totalDocs }`).join(' ')} }`
    const answer = await graphql(`${fragment} { ...Many }`)
    expect(messages(answer.body)[0]).toMatch(/Too many top-level fields \(21 > 20\)/)
  })

  it('stops starting the fields of a request that has run past its time budget', async () => {
    const query = '{ Regions(limit: 1) { totalDocs } Categories(limit: 1) { totalDocs } Pages(limit: 1) { totalDocs } }'
    const normal = await graphql(query)
    expect(normal.body.errors).toBeUndefined()

    process.env.GRAPHQL_TIME_BUDGET_MS = '0'
    const late = await graphql(query)
    expect(messages(late.body)).toContainEqual(expect.stringMatching(/ran past its time budget/))
  })
})
