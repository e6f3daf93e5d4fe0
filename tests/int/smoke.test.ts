import { describe, expect, it } from 'vitest'

import { as, rest, testPayload } from '../helpers/api'

describe('harness', () => {
  it('serves /api/users/me for a signed-in user and nothing for a visitor', async () => {
    const payload = await testPayload()
    const admin = await as(payload, 'admin')
    const me = await admin.rest<{ user: { email: string } }>('GET', '/users/me')
    expect(me.status).toBe(200)
    expect(me.body.user.email).toBe(admin.email)
    const anon = await rest<{ user: unknown }>('GET', '/users/me')
    expect(anon.body.user).toBeNull()
    const gql = await admin.graphql('{ meUser { user { email } } }')
    expect(gql.body).toMatchObject({ data: { meUser: { user: { email: admin.email } } } })
  })
})
