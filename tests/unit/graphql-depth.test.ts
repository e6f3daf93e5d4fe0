import { buildSchema, parse, validate } from 'graphql'
import { describe, expect, it } from 'vitest'

import { depthLimit } from '../../src/lib/graphql-limits'

const schema = buildSchema(`
  type User { name: String, friend: User }
  type Query { me: User }
`)

const errorsFor = (query: string, max: number) => validate(schema, parse(query), [depthLimit(max)])

describe('depthLimit', () => {
  it('accepts a query at the limit and refuses one level deeper, fragments included', () => {
    expect(errorsFor('{ me { friend { name } } }', 3)).toHaveLength(0)
    expect(errorsFor('{ me { friend { friend { name } } } }', 3)).toHaveLength(1)
    const viaFragment = 'fragment F on User { friend { friend { name } } } { me { ...F } }'
    expect(errorsFor(viaFragment, 3)[0].message).toMatch(/too deep/)
  })

  it('leaves introspection alone, however deep', () => {
    expect(errorsFor('{ __schema { types { fields { type { ofType { ofType { name } } } } } } }', 3)).toHaveLength(0)
  })
})
