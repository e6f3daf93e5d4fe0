/**
 * Probing accounts from outside: forgot-password telling known addresses from unknown ones, and a
 * lock that tells a guesser the account exists (and leaves its owner locked out with no way back).
 */
import { describe, expect, inject, it } from 'vitest'

import { graphql, rest, roleId, seeded, testPayload, unique } from '../../helpers/api'
import { runJobs } from '../../helpers/jobs'
import { inbox } from '../../helpers/smtp'

const payload = await testPayload()
const mail = inbox(inject('mailDir'))

let octet = 0
const newIp = () => `198.51.101.${++octet}`
const address = (prefix: string) => `${unique(prefix)}@test.balai.test`

const PASSWORD = 'kata-sandi-asli-1'

const account = async () => {
  const email = address('intai')
  const user = await payload.create({
    collection: 'users',
    overrideAccess: true,
    depth: 0,
    data: { email, password: PASSWORD, name: 'Akun Diintai', role: await roleId(payload, 'member'), region: seeded().regions.home, accountStatus: 'active' },
  })
  return { id: user.id, email }
}

const login = (email: string, password: string) => rest('POST', '/users/login', { email, password }, { ip: newIp() })

describe('forgot-password for a known and an unknown address', () => {
  it('answers the same status and body, and mails the known one only through the queue', async () => {
    const { email } = await account()
    const known = await rest('POST', '/users/forgot-password', { email }, { ip: newIp() })
    const unknown = await rest('POST', '/users/forgot-password', { email: address('tiada') }, { ip: newIp() })
    expect({ status: unknown.status, body: unknown.body }).toEqual({ status: known.status, body: known.body })
    // No mail was sent while the request waited: the known address's message is queued like any other.
    expect(await mail.find({ to: email })).toEqual([])
    await runJobs(payload)
    expect((await mail.waitForMail({ to: email })).subject).toContain('Atur ulang kata sandi')
  })
})

describe('sign-in to a locked account', () => {
  it('answers like a wrong password, and its owner gets one unlock link that works once', async () => {
    const { id, email } = await account()
    const wrong = await login(email, 'tebakan-salah-1')
    for (let attempt = 2; attempt <= 7; attempt++) {
      const res = await login(email, 'tebakan-salah-1')
      expect({ attempt, status: res.status, body: res.body }).toEqual({ attempt, status: wrong.status, body: wrong.body })
    }
    const right = await login(email, PASSWORD)
    expect({ status: right.status, body: right.body }).toEqual({ status: wrong.status, body: wrong.body })
    // GraphQL's sign-in tells no more.
    const loginUser = 'mutation ($email: String!, $password: String!) { loginUser(email: $email, password: $password) { token } }'
    const locked = await graphql(loginUser, { email, password: PASSWORD }, { ip: newIp() })
    const unknown = await graphql(loginUser, { email: address('tiada'), password: PASSWORD }, { ip: newIp() })
    expect(locked.body.errors?.map(({ message }) => message)).toEqual(unknown.body.errors?.map(({ message }) => message))

    await runJobs(payload)
    const unlock = await mail.waitForMail({ to: email, subject: /dikunci/ })
    expect(await mail.find({ to: email, subject: /dikunci/ })).toHaveLength(1)
    const link = new URL(unlock.links.find((href) => href.includes('/buka-kunci?token='))!)
    const token = link.searchParams.get('token')!
    const stored = await payload.db.findOne<{ id: number; unlockTokenHash?: string }>({ collection: 'users', where: { id: { equals: id } } })
    expect(stored?.unlockTokenHash).toMatch(/^[0-9a-f]{64}$/)
    expect(stored?.unlockTokenHash).not.toBe(token)

    const opened = await rest('POST', '/users/unlock-with-link', { token }, { ip: newIp() })
    expect(opened.status).toBe(200)
    expect((await login(email, PASSWORD)).status).toBe(200)
    expect((await payload.find({ collection: 'audit-logs', where: { targetId: { equals: String(id) }, action: { equals: 'account.unlocked' } }, overrideAccess: true })).docs).toHaveLength(1)
    expect((await rest('POST', '/users/unlock-with-link', { token }, { ip: newIp() })).status).toBe(400)
  })

  it('refuses a made-up unlock token', async () => {
    expect((await rest('POST', '/users/unlock-with-link', { token: 'dibuat-buat' }, { ip: newIp() })).status).toBe(400)
  })
})
