import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import * as graphqlRoute from '../../../src/app/(payload)/api/graphql/route'
import { as, rest, send, seeded, testPayload, type Response } from '../../helpers/api'

type Errors = { errors?: Array<{ message: string }> }

let payload: Payload
let admin: Awaited<ReturnType<typeof as>>

beforeAll(async () => {
  payload = await testPayload()
  admin = await as(payload, 'super_admin')
})

/** A 4xx whose message says what was wrong, never Payload's "Something went wrong". */
const expectRefused = (answer: Response<Errors>, status: number, message: RegExp, what = '') => {
  expect(answer.status, `${what} ${JSON.stringify(answer.body)}`).toBe(status)
  expect(answer.body.errors?.[0]?.message).toMatch(message)
}

const request = (path: string, init: RequestInit & { token?: string }) =>
  new Request(new URL(`/api${path}`, 'http://localhost:3000'), {
    ...init,
    headers: { 'accept-language': 'en', ...(init.token ? { authorization: `JWT ${init.token}` } : {}), ...init.headers },
  })

describe('bad input is answered 4xx with a message, never 500', () => {
  it('refuses a non-numeric or out-of-range id on every collection and global version route', async () => {
    // Preferences are addressed by key, not id; migrations have no REST API.
    const byId = payload.config.collections.filter(({ slug, endpoints }) => endpoints !== false && slug !== 'payload-preferences')
    expect(byId.length).toBeGreaterThan(20)
    for (const { slug } of byId) {
      expectRefused(await admin.rest<Errors>('GET', `/${slug}/abc`), 400, /Id tidak valid: "abc"/, slug)
    }
    expectRefused(await rest<Errors>('GET', '/users/abc'), 400, /bukan angka/)
    expectRefused(await admin.rest<Errors>('GET', '/regions/1.5'), 400, /Id tidak valid/)
    expectRefused(await admin.rest<Errors>('GET', '/regions/99999999999999'), 400, /Id tidak valid/)
    expectRefused(await admin.rest<Errors>('PATCH', '/regions/abc', { name: 'x' }), 400, /Id tidak valid/)
    expectRefused(await admin.rest<Errors>('GET', '/content/versions/abc'), 400, /Id tidak valid/)
    expect((await admin.rest('GET', `/regions/${seeded().regions.home}`)).status).toBe(200)
  })

  it('refuses bad paging and where clauses', async () => {
    expectRefused(await rest<Errors>('GET', '/regions?page=-1'), 400, /page/)
    expectRefused(await admin.rest<Errors>('GET', '/users?where[id][in]=1)or'), 400, /Id dalam where/)
    expectRefused(await rest<Errors>('GET', '/content?where[title][near]=1,2'), 400, /near/)
    // A relationship compared with text reaches PostgreSQL, which refuses it: still a 400.
    expectRefused(await admin.rest<Errors>('GET', '/users?where[region][equals]=abc'), 400, /tidak valid/)
  })

  it('answers 404 for version routes on what has no versions', async () => {
    expectRefused(await admin.rest<Errors>('GET', '/regions/versions'), 404, /Rute tidak ditemukan/)
    expectRefused(await admin.rest<Errors>('GET', '/regions/versions/1'), 404, /Rute tidak ditemukan/)
    expectRefused(await admin.rest<Errors>('GET', '/globals/site-settings/versions'), 404, /Rute tidak ditemukan/)
    expect((await admin.rest('GET', '/content/versions')).status).toBe(200)
  })

  it('refuses malformed JSON on GraphQL and REST, in the caller’s language', async () => {
    const answer = await graphqlRoute.POST(
      new Request('http://localhost:3000/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': 'en' }, body: '{"query": ' }),
    )
    expect(answer.status).toBe(400)
    expect(((await answer.json()) as Errors).errors?.[0]?.message).toBe('The request body is not valid JSON.')
    const login = await send<Errors>(request('/users/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"email":' }))
    expectRefused(login, 400, /not valid JSON/)
  })

  it('refuses a multipart body without a boundary or cut short', async () => {
    const part = '--XYZ\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"alt":"x"'
    const missing = request('/media', { method: 'POST', token: admin.token, headers: { 'content-type': 'multipart/form-data' }, body: part })
    expectRefused(await send<Errors>(missing), 400, /without a boundary/)
    const truncated = request('/media', { method: 'POST', token: admin.token, headers: { 'content-type': 'multipart/form-data; boundary=XYZ' }, body: part })
    expectRefused(await send<Errors>(truncated), 400, /malformed or cut short/)
  })

  it('answers a 50 MB login body 413 and keeps answering', async () => {
    const body = JSON.stringify({ email: 'a@b.test', password: 'x'.repeat(50 * 1024 * 1024) })
    const huge = request('/users/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body })
    expectRefused(await send<Errors>(huge), 413, /too large/)
    const login = await rest<{ token?: string }>('POST', '/users/login', { email: admin.email, password: seeded().password })
    expect(login.status).toBe(200)
    expect(login.body.token).toEqual(expect.any(String))
  })

  it('caps GraphQL bodies too, at JSON_BODY_MAX_KB', async () => {
    process.env.JSON_BODY_MAX_KB = '1'
    try {
      const body = JSON.stringify({ query: `{ Regions { docs { name } } } ${'#'.repeat(2048)}` })
      const answer = await graphqlRoute.POST(new Request('http://localhost:3000/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body }))
      expect(answer.status).toBe(413)
      expect(((await answer.json()) as Errors).errors?.[0]?.message).toMatch(/terlalu besar \(maksimal 1 KB\)/)
    } finally {
      delete process.env.JSON_BODY_MAX_KB
    }
  })
})

describe('REST reads are bounded', () => {
  it('refuses a huge limit, limit=0, pagination=false and a deep depth', async () => {
    expectRefused(await rest<Errors>('GET', '/regions?limit=100000'), 400, /limit/)
    expectRefused(await rest<Errors>('GET', '/regions?limit=0'), 400, /limit/)
    expectRefused(await rest<Errors>('GET', '/regions?pagination=false'), 400, /pagination=false/)
    expectRefused(await rest<Errors>('GET', '/regions?depth=50'), 400, /depth/)
    expect((await rest('GET', '/regions?limit=500&depth=3')).status).toBe(200)
  })

  it('applies the caps to the admin picker’s POST-as-GET but not to its bulk deletes', async () => {
    const picker = (query: string) =>
      send<Errors>(
        request('/regions', {
          method: 'POST',
          token: admin.token,
          headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-payload-http-method-override': 'GET' },
          body: query,
        }),
      )
    expect((await picker('depth=0&limit=10&page=1')).status).toBe(200)
    expectRefused(await picker('limit=100000'), 400, /limit/)
    const bulkDelete = await admin.rest('DELETE', '/regions?limit=0&where[id][in]=2147483000')
    expect(bulkDelete.status).toBe(200)
  })
})

describe('server-only account fields', () => {
  it('a member cannot set their own last login time or address', async () => {
    const member = await as(payload, 'member')
    const before = await payload.findByID({ collection: 'users', id: member.id, depth: 0, overrideAccess: true })
    const answer = await member.rest('PATCH', `/users/${member.id}`, { lastLoginIp: '6.6.6.6', lastLoginAt: '2000-01-01T00:00:00.000Z' })
    expect(answer.status).toBeLessThan(500)
    const after = await payload.findByID({ collection: 'users', id: member.id, depth: 0, overrideAccess: true })
    expect(after.lastLoginIp).toBe(before.lastLoginIp)
    expect(after.lastLoginAt).toBe(before.lastLoginAt)
  })
})
