/** Bad input and escalation attempts on accounts: each a clear 4xx, and nothing written. */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { as, rest, roleId, seeded, testPayload, unique } from '../helpers/api'

const payload: Payload = await testPayload()

const roleOf = (name: string) => roleId(payload, name)

/** A fresh account the test may change; signed in through REST. */
const freshUser = async (role: string, extra: Record<string, unknown> = {}) => {
  const email = `${unique('acct')}@test.balai.test`
  const password = 'kata-sandi-99'
  const user = await payload.create({
    collection: 'users',
    overrideAccess: true,
    depth: 0,
    data: { email, password, name: 'Akun Uji', role: await roleOf(role), region: seeded().regions.home, accountStatus: 'active', ...extra },
  })
  const login = await rest<{ token: string }>('POST', '/users/login', { email, password }, { ip: `10.1.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` })
  return { ...user, token: login.body.token, password }
}

const auditCount = async () => (await payload.count({ collection: 'audit-logs', overrideAccess: true })).totalDocs
const userCount = async () => (await payload.count({ collection: 'users', overrideAccess: true })).totalDocs
const firstError = (body: unknown) => (body as { errors: Array<{ message: string; data?: { errors?: Array<{ message: string }> } }> }).errors[0]

describe('creating accounts', () => {
  let superAdmin: Awaited<ReturnType<typeof as>>
  beforeAll(async () => {
    superAdmin = await as(payload, 'super_admin')
  })

  it('refuses a duplicate email with a 400 and creates nothing', async () => {
    const before = await userCount()
    const res = await superAdmin.rest('POST', '/users', {
      email: seeded().users.member.email,
      password: 'sandi-kuat-1',
      name: 'Kembar',
      role: await roleOf('member'),
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toMatch(/email/i)
    expect(await userCount()).toBe(before)
  })

  it.each([
    ['shorter than 8 characters', 'ab1cd2'],
    ['without a digit', 'hanyahurufsaja'],
    ['without a letter', '1234567890'],
  ])('refuses a password %s with an Indonesian message', async (_case, password) => {
    const before = await userCount()
    const res = await superAdmin.rest('POST', '/users', {
      email: `${unique('weak')}@test.balai.test`,
      password,
      name: 'Sandi Lemah',
      role: await roleOf('member'),
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('Kata sandi minimal 8 karakter dan berisi huruf serta angka.')
    expect(await userCount()).toBe(before)
  })

  it('refuses a weak password on reset as well', async () => {
    const user = await freshUser('member')
    const res = await rest('PATCH', `/users/${user.id}`, { password: 'pendek1' }, { token: user.token })
    expect(res.status).toBe(400)
    const login = await rest('POST', '/users/login', { email: user.email, password: user.password }, { ip: '10.9.9.9' })
    expect(login.status).toBe(200)
  })
})

describe('escalation', () => {
  it.each([
    ['role', async () => roleOf('admin')],
    ['region', async () => seeded().regions.away],
    ['accountStatus', async () => 'suspended'],
  ])('refuses a user changing their own %s', async (field, value) => {
    const user = await freshUser('member')
    const audits = await auditCount()
    const res = await rest('PATCH', `/users/${user.id}`, { [field]: await value() }, { token: user.token })
    expect(res.status).toBe(403)
    expect(firstError(res.body).message).toBe('Anda tidak dapat mengubah peran, wilayah, atau status akun Anda sendiri.')
    const after = await payload.findByID({ collection: 'users', id: user.id, overrideAccess: true, depth: 0 })
    expect({ role: after.role, region: after.region, accountStatus: after.accountStatus }).toEqual({
      role: user.role,
      region: user.region,
      accountStatus: 'active',
    })
    expect(await auditCount()).toBe(audits)
  })

  it('refuses an admin assigning super_admin (no role.manage)', async () => {
    const admin = await as(payload, 'admin')
    const target = await freshUser('member')
    const res = await admin.rest('PATCH', `/users/${target.id}`, { role: await roleOf('super_admin') })
    expect(res.status).toBe(403)
    const after = await payload.findByID({ collection: 'users', id: target.id, overrideAccess: true, depth: 0 })
    expect(after.role).toBe(await roleOf('member'))
  })

  it('lets an admin suspend a member, recorded in the audit log, but not edit their email', async () => {
    const admin = await as(payload, 'admin')
    const target = await freshUser('member')
    const suspended = await admin.rest('PATCH', `/users/${target.id}`, { accountStatus: 'suspended' })
    expect(suspended.status).toBe(200)
    const { docs } = await payload.find({
      collection: 'audit-logs',
      where: { targetId: { equals: String(target.id) }, action: { equals: 'account.suspended' } },
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ oldValues: { accountStatus: 'active' }, newValues: { accountStatus: 'suspended' } })
    const email = await admin.rest('PATCH', `/users/${target.id}`, { email: 'diambil@test.balai.test' })
    expect(email.status).toBe(403)
    expect((await payload.findByID({ collection: 'users', id: target.id, overrideAccess: true })).email).toBe(target.email)
  })

  it('refuses an admin suspending a super admin', async () => {
    const admin = await as(payload, 'admin')
    const res = await admin.rest('PATCH', `/users/${seeded().users.super_admin.id}`, { accountStatus: 'suspended' })
    expect(res.status).toBe(403)
  })

  it('refuses a role editor granting a permission they do not hold', async () => {
    const manager = await freshUser('member')
    const limited = await payload.create({
      collection: 'roles',
      overrideAccess: true,
      data: { name: 'pengelola_peran', label: 'Pengelola peran', level: 2, scope: 'all', staff: true, permissions: ['role.manage', 'profile.view_self'] },
    })
    await payload.update({ collection: 'users', id: manager.id, data: { role: limited.id }, overrideAccess: true })
    const res = await rest('POST', '/roles', { name: 'peran_curang', label: 'Curang', level: 3, scope: 'all', permissions: ['audit.view'] }, { token: manager.token })
    expect(res.status).toBe(403)
    expect(firstError(res.body).message).toBe('Anda tidak dapat memberikan izin yang tidak Anda miliki.')
    expect((await payload.count({ collection: 'roles', where: { name: { equals: 'peran_curang' } }, overrideAccess: true })).totalDocs).toBe(0)
  })
})

describe('the last super admin', () => {
  it('cannot be deleted or demoted, while another one can', async () => {
    const superAdmin = await as(payload, 'super_admin')
    // Other files (the demo seed) may have made super admins: set them aside for this test.
    const { docs: others } = await payload.find({
      collection: 'users',
      where: { and: [{ role: { equals: await roleOf('super_admin') } }, { id: { not_equals: superAdmin.id } }, { accountStatus: { equals: 'active' } }] },
      overrideAccess: true,
      depth: 0,
      pagination: false,
    })
    const setStatus = (accountStatus: 'active' | 'suspended') =>
      Promise.all(others.map((user) => payload.update({ collection: 'users', id: user.id, data: { accountStatus }, overrideAccess: true })))
    await setStatus('suspended')
    try {
      // Two active super admins: the second may go, even by deleting their own account.
      const second = await freshUser('super_admin')
      const removed = await rest('DELETE', `/users/${second.id}`, undefined, { token: second.token })
      expect(removed.status).toBe(200)
      const trail = await payload.find({ collection: 'audit-logs', where: { and: [{ action: { equals: 'user.deleted' } }, { targetId: { equals: String(second.id) } }] }, overrideAccess: true, depth: 0 })
      expect(trail.docs).toHaveLength(1)

      const demote = await rest('PATCH', `/users/${superAdmin.id}`, { role: await roleOf('admin') }, { token: superAdmin.token })
      expect(demote.status).toBe(403)
      const self = await superAdmin.rest('DELETE', `/users/${superAdmin.id}`)
      expect(self.status).toBe(403)
      expect(firstError(self.body).message).toBe('Super admin terakhir tidak dapat dihapus, diturunkan, atau dinonaktifkan.')
      expect((await payload.count({ collection: 'users', where: { id: { equals: superAdmin.id } }, overrideAccess: true })).totalDocs).toBe(1)
    } finally {
      await setStatus('active')
    }
  })
})

describe('audit log', () => {
  it('cannot be edited or deleted, even by a super admin', async () => {
    const superAdmin = await as(payload, 'super_admin')
    const entry = (await payload.find({ collection: 'audit-logs', overrideAccess: true, limit: 1 })).docs[0]
    const edit = await superAdmin.rest('PATCH', `/audit-logs/${entry.id}`, { action: 'dipalsukan' })
    expect(edit.status).toBe(403)
    const remove = await superAdmin.rest('DELETE', `/audit-logs/${entry.id}`)
    expect(remove.status).toBe(403)
    const after = await payload.findByID({ collection: 'audit-logs', id: entry.id, overrideAccess: true })
    expect(after.action).toBe(entry.action)
  })
})
