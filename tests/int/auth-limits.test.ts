/** Lockout and rate limits on sign-in and password reset, counted in PostgreSQL. */
import { getPayload, type Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import config from '@payload-config'

import { CLIENT_IP_HEADER } from '../../src/lib/client-ip'
import { closePayload } from '../../src/lib/db/boot'
import { rest, roleId, seeded, testPayload, unique } from '../helpers/api'

const payload: Payload = await testPayload()

let octet = 0
/** Each test signs in from its own address, so limits of one test do not leak into the next. */
const newIp = () => `192.0.2.${++octet}`

const account = async () => {
  const email = `${unique('kunci')}@test.balai.test`
  const password = 'benar-sekali-7'
  await payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email, password, name: 'Akun Kunci', role: await roleId(payload, 'member'), region: seeded().regions.home, accountStatus: 'active' },
  })
  return { email, password }
}

const login = (email: string, password: string, ip: string) => rest('POST', '/users/login', { email, password }, { ip })

describe('account lockout', () => {
  it('locks after five wrong passwords: the sixth try and then the right password fail (as a wrong password does) until the lock expires', async () => {
    const { email, password } = await account()
    for (let attempt = 1; attempt <= 6; attempt++) {
      const res = await login(email, 'salah-sekali-1', newIp())
      expect(res.status, `attempt ${attempt}`).toBe(401)
    }
    const locked = await login(email, password, newIp())
    expect(locked.status).toBe(401)
    expect(JSON.stringify(locked.body)).toContain('Email atau kata sandi yang diberikan salah.')

    // The lock lasts 30 minutes; move it into the past instead of waiting.
    const user = (await payload.find({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true, showHiddenFields: true })).docs[0] as { id: number; lockUntil?: string }
    expect(new Date(user.lockUntil!).getTime()).toBeGreaterThan(Date.now() + 29 * 60 * 1000)
    await payload.db.updateOne({ collection: 'users', id: user.id, data: { lockUntil: new Date(Date.now() - 1000).toISOString() } })
    expect((await login(email, password, newIp())).status).toBe(200)
  })
})

describe('failed sign-ins per IP', () => {
  it('answers the 11th failure within the hour with 429 and Retry-After, and a restart keeps the count', async () => {
    const ip = newIp()
    for (let attempt = 1; attempt <= 10; attempt++) {
      const res = await login(`${unique('tiada')}@test.balai.test`, 'apa-saja-1', ip)
      expect(res.status, `attempt ${attempt}`).toBe(401)
    }
    const refused = await login(`${unique('tiada')}@test.balai.test`, 'apa-saja-1', ip)
    expect(refused.status).toBe(429)
    const retryAfter = Number(refused.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThan(3500)
    expect(retryAfter).toBeLessThanOrEqual(3600)
    expect(JSON.stringify(refused.body)).toContain('Terlalu banyak percobaan')

    // Even the right password of a real account is refused from that address now…
    const real = await account()
    expect((await login(real.email, real.password, ip)).status).toBe(429)
    // …but not from another one.
    expect((await login(real.email, real.password, newIp())).status).toBe(200)

    // A fresh app instance (new process, new pool) sees the same count.
    const restarted = await getPayload({ config, key: 'after-restart' })
    try {
      await expect(
        restarted.login({
          collection: 'users',
          data: { email: real.email, password: real.password },
          req: { headers: new Headers({ [CLIENT_IP_HEADER]: ip }) },
        }),
      ).rejects.toMatchObject({ status: 429 })
    } finally {
      await closePayload(restarted)
    }
  })

  it('does not count successful sign-ins', async () => {
    const ip = newIp()
    const real = await account()
    for (let attempt = 1; attempt <= 12; attempt++) {
      expect((await login(real.email, real.password, ip)).status, `attempt ${attempt}`).toBe(200)
    }
  })
})

describe('forgot password', () => {
  it('allows three requests per account an hour, then 429', async () => {
    const { email } = await account()
    for (let attempt = 1; attempt <= 3; attempt++) {
      const res = await rest('POST', '/users/forgot-password', { email }, { ip: newIp() })
      expect(res.status, `attempt ${attempt}`).toBe(200)
    }
    const refused = await rest('POST', '/users/forgot-password', { email }, { ip: newIp() })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
  })
})
