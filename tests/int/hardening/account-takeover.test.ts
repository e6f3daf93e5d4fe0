/**
 * Account takeover paths: a weak password through reset, a stolen session changing the password or
 * email without the current password, an old session surviving a password change, an unverified
 * new email, a silent change, and reset tokens readable in the database.
 */
import crypto from 'node:crypto'

import { describe, expect, inject, it } from 'vitest'

import { as, rest, roleId, seeded, testPayload, unique } from '../../helpers/api'
import { runJobs } from '../../helpers/jobs'
import { inbox } from '../../helpers/smtp'

const payload = await testPayload()
const mail = inbox(inject('mailDir'))

let octet = 0
const newIp = () => `198.51.100.${++octet}`
const address = (prefix: string) => `${unique(prefix)}@test.balai.test`

const PASSWORD = 'kata-sandi-lama-1'

/** A fresh member account, signed in through REST. */
const account = async () => {
  const email = address('ambil')
  const user = await payload.create({
    collection: 'users',
    overrideAccess: true,
    depth: 0,
    data: { email, password: PASSWORD, name: 'Akun Sasaran', role: await roleId(payload, 'member'), region: seeded().regions.home, accountStatus: 'active' },
  })
  return { id: user.id, email, token: await login(email, PASSWORD) }
}

const login = async (email: string, password: string) => {
  const res = await rest<{ token?: string }>('POST', '/users/login', { email, password }, { ip: newIp() })
  return res.status === 200 ? res.body.token! : null
}

const me = async (token: string) => (await rest<{ user: { id: number; email: string } | null }>('GET', '/users/me', undefined, { token })).body.user

/** The token in the link of the newest message to this address about this subject. */
const linkToken = async (to: string, subject: RegExp) => {
  await runJobs(payload)
  await mail.waitForMail({ to, subject })
  const found = await mail.find({ to, subject })
  const link = found.at(-1)!.links.find((href) => href.includes('token='))!
  return new URL(link).searchParams.get('token')!
}

const audits = async (id: number, action: string) =>
  (await payload.find({ collection: 'audit-logs', where: { targetId: { equals: String(id) }, action: { equals: action } }, overrideAccess: true, depth: 0 })).docs

const stored = (id: number) => payload.db.findOne<Record<string, unknown> & { id: number }>({ collection: 'users', where: { id: { equals: id } } })

const forgotAndGetToken = async (email: string) => {
  expect((await rest('POST', '/users/forgot-password', { email }, { ip: newIp() })).status).toBe(200)
  return linkToken(email, /Atur ulang kata sandi/)
}

describe('reset-password with the password "123"', () => {
  it('is refused with the password rule, and a strong one through the same link works', async () => {
    const { id, email } = await account()
    const token = await forgotAndGetToken(email)
    const weak = await rest('POST', '/users/reset-password', { token, password: '123' }, { ip: newIp() })
    expect(weak.status).toBe(400)
    expect(JSON.stringify(weak.body)).toContain('Kata sandi minimal 8 karakter dan berisi huruf serta angka.')
    expect(await login(email, '123')).toBeNull()

    const strong = await rest('POST', '/users/reset-password', { token, password: 'sandi-baru-kuat-2' }, { ip: newIp() })
    expect(strong.status).toBe(200)
    expect(await login(email, 'sandi-baru-kuat-2')).toBeTruthy()
    expect(await audits(id, 'user.password_reset')).toHaveLength(1)
  })
})

describe('a reset token read from the database', () => {
  it('is only its hash, which opens nothing', async () => {
    const { id, email } = await account()
    const token = await forgotAndGetToken(email)
    const row = await stored(id)
    expect(row?.resetPasswordToken).toBe(crypto.createHash('sha256').update(token).digest('hex'))
    const withHash = await rest('POST', '/users/reset-password', { token: row?.resetPasswordToken, password: 'dari-basis-data-3' }, { ip: newIp() })
    expect(withHash.status).toBe(403)
    expect(await login(email, 'dari-basis-data-3')).toBeNull()
  })
})

describe('a stolen session changing the password', () => {
  it('is refused without the current password, or with a wrong one', async () => {
    const { id, email, token } = await account()
    for (const body of [{ password: 'punya-penyerang-4' }, { password: 'punya-penyerang-4', currentPassword: 'tebakan-salah-4' }]) {
      const res = await rest('PATCH', `/users/${id}`, body, { token: token! })
      expect(res.status).toBe(403)
      expect(JSON.stringify(res.body)).toContain('Kata sandi saat ini salah atau tidak diisi.')
    }
    expect(await login(email, 'punya-penyerang-4')).toBeNull()
    expect(await login(email, PASSWORD)).toBeTruthy()
    expect(await audits(id, 'user.password_changed')).toHaveLength(0)
  })

  it('with the current password: the change is audited and every other session ends', async () => {
    const { id, email, token: current } = await account()
    const other = await login(email, PASSWORD)
    expect((await me(other!))?.id).toBe(id)

    const res = await rest('PATCH', `/users/${id}`, { password: 'sandi-baru-aman-5', currentPassword: PASSWORD }, { token: current! })
    expect(res.status).toBe(200)
    expect(await me(other!)).toBeNull()
    expect((await me(current!))?.id).toBe(id)
    expect(await login(email, 'sandi-baru-aman-5')).toBeTruthy()
    expect(await audits(id, 'user.password_changed')).toHaveLength(1)
  })
})

describe('a stolen session changing the email', () => {
  it('is refused without the current password', async () => {
    const { id, email, token } = await account()
    const next = address('penyerang')
    const res = await rest('PATCH', `/users/${id}`, { email: next }, { token: token! })
    expect(res.status).toBe(403)
    expect((await stored(id))?.email).toBe(email)
    expect((await stored(id))?.pendingEmail).toBeNull()
  })

  it('with the current password: nothing changes until the new address opens its link; the old one is told', async () => {
    const { id, email, token } = await account()
    const next = address('baru')
    const res = await rest('PATCH', `/users/${id}`, { email: next, currentPassword: PASSWORD }, { token: token! })
    expect(res.status).toBe(200)
    expect((await stored(id))?.email).toBe(email)
    expect(await login(next, PASSWORD)).toBeNull()
    expect(await audits(id, 'user.email_change_requested')).toHaveLength(1)

    const confirmToken = await linkToken(next, /Konfirmasi alamat email baru/)
    const notice = await mail.waitForMail({ to: email, subject: /perubahan email/ })
    expect(notice.text).toContain(next)
    // The link's token is not what is stored.
    expect((await stored(id))?.emailChangeTokenHash).not.toBe(confirmToken)

    const confirmed = await rest('POST', '/users/confirm-email-change', { token: confirmToken }, { ip: newIp() })
    expect(confirmed.status).toBe(200)
    expect((await stored(id))?.email).toBe(next)
    expect(await login(next, PASSWORD)).toBeTruthy()
    expect(await login(email, PASSWORD)).toBeNull()
    expect(await audits(id, 'user.email_changed')).toEqual([expect.objectContaining({ oldValues: { email }, newValues: { email: next } })])

    // The link works once.
    expect((await rest('POST', '/users/confirm-email-change', { token: confirmToken }, { ip: newIp() })).status).toBe(400)
  })

  it('lets a role manager change another account without its password, still pending the new address', async () => {
    const superAdmin = await as(payload, 'super_admin')
    const { id, email } = await account()
    const next = address('dibantu')
    const res = await superAdmin.rest('PATCH', `/users/${id}`, { email: next })
    expect(res.status).toBe(200)
    expect((await stored(id))?.email).toBe(email)
    expect((await stored(id))?.pendingEmail).toBe(next)
  })

  it('cannot plant or read the pending email and its token', async () => {
    const { id, token } = await account()
    const planted = await rest('PATCH', `/users/${id}`, { pendingEmail: address('tanam'), emailChangeTokenHash: 'x', emailChangeExpiresAt: '2099-01-01' }, { token: token! })
    expect(planted.status).toBe(200)
    const row = await stored(id)
    expect([row?.pendingEmail, row?.emailChangeTokenHash, row?.emailChangeExpiresAt]).toEqual([null, null, null])

    await rest('PATCH', `/users/${id}`, { email: address('rahasia'), currentPassword: PASSWORD }, { token: token! })
    const read = await rest<Record<string, unknown>>('GET', `/users/${id}`, undefined, { token: token! })
    expect(read.body).not.toHaveProperty('pendingEmail')
    expect(read.body).not.toHaveProperty('emailChangeTokenHash')
  })
})
