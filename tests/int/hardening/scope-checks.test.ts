/**
 * A regional coordinator's writes stay in their region whatever the client sends: the region is
 * checked on the document as the server finally stores it. Unlocking an account follows the
 * rule of status changes: only accounts whose permissions the unlocker holds.
 */
import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { as, multipart, roleId, seeded, testPayload, unique } from '../../helpers/api'
import { pngFile } from '../../helpers/files'
import { makePerson, storedMember, storedUser } from '../membership/helpers'
import { surveyData, type SurveyBody } from '../outreach/helpers'

const payload: Payload = await testPayload()
const coordinator = await as(payload, 'coordinator')
const { home, away } = seeded().regions

const refusal = (body: unknown) => (body as { errors?: Array<{ message: string }> }).errors?.[0]?.message

describe('a coordinator cannot write outside their region by what they send', () => {
  it('attaching a member document to another region’s member while sending their own region: 403, nothing stored', async () => {
    const stranger = await makePerson(payload, { state: 'approved', region: away })
    const data = { member: stranger.memberId, owner: stranger.userId, region: home, docType: 'id_proof' }
    const res = await coordinator.rest('POST', '/member-documents?depth=0', multipart(data, await pngFile()))
    expect(res.status).toBe(403)
    expect(refusal(res.body)).toBe('Anda hanya dapat menyimpan data untuk wilayah Anda sendiri.')
    const stored = await payload.count({ collection: 'member-documents', where: { member: { equals: stranger.memberId } }, overrideAccess: true })
    expect(stored.totalDocs).toBe(0)

    // The same request for their own region's member: still fine.
    const neighbour = await makePerson(payload, { state: 'approved', region: home })
    const own = await coordinator.rest('POST', '/member-documents?depth=0', multipart({ ...data, member: neighbour.memberId, owner: neighbour.userId }, await pngFile()))
    expect(own.status, JSON.stringify(own.body)).toBe(201)
  })

  it('moving a member of their region to another region (PATCH region): 403, the member stays', async () => {
    const member = await makePerson(payload, { state: 'approved', region: home })
    const res = await coordinator.rest('PATCH', `/members/${member.memberId}`, { region: away })
    expect(res.status).toBe(403)
    expect((await storedMember(payload, member.memberId)).region).toBe(home)

    const edit = await coordinator.rest('PATCH', `/members/${member.memberId}`, { region: home, universityName: 'Universitas Rumah' })
    expect(edit.status, JSON.stringify(edit.body)).toBe(200)
  })

  it('creating a survey open to all members (the region cleared by the audience): 403, nothing stored', async () => {
    const before = (await payload.count({ collection: 'surveys', overrideAccess: true })).totalDocs
    for (const audience of ['members', 'candidates']) {
      const res = await coordinator.rest('POST', '/surveys', surveyData({ audience, region: home }))
      expect(res.status, audience).toBe(403)
    }
    expect((await payload.count({ collection: 'surveys', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('re-targeting their region’s survey to all candidates or all members: 403, the audience stays', async () => {
    const created = await coordinator.rest<SurveyBody>('POST', '/surveys?depth=0', surveyData({ audience: 'region', region: home }))
    expect(created.status).toBe(201)
    const id = created.body.doc!.id
    for (const change of [{ audience: 'candidates' }, { audience: 'members' }, { region: away }]) {
      const res = await coordinator.rest('PATCH', `/surveys/${id}`, change)
      expect(res.status, JSON.stringify(change)).toBe(403)
    }
    const stored = await payload.findByID({ collection: 'surveys', id, overrideAccess: true, depth: 0 })
    expect(stored).toMatchObject({ audience: 'region', region: home })
  })
})

describe('unlocking accounts', () => {
  const lockedAccount = async (role: string) => {
    const email = `${unique('terkunci')}@test.balai.test`
    const user = await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email, password: seeded().password, name: 'Akun Terkunci', role: await roleId(payload, role), region: home, accountStatus: 'active' },
    })
    await payload.update({
      collection: 'users',
      id: user.id,
      overrideAccess: true,
      data: { loginAttempts: 5, lockUntil: new Date(Date.now() + 30 * 60 * 1000).toISOString() },
    })
    return { id: user.id, email }
  }
  const lockOf = async (id: number) =>
    (await payload.findByID({ collection: 'users', id, overrideAccess: true, showHiddenFields: true, depth: 0 })) as { lockUntil?: string | null; loginAttempts?: number | null }

  it('a coordinator unlocking a super admin of their region: 403, the account stays locked', async () => {
    const superAdmin = await lockedAccount('super_admin')
    const res = await coordinator.rest('POST', '/users/unlock', { email: superAdmin.email })
    expect(res.status).toBe(403)
    expect(refusal(res.body)).toBe('Anda tidak dapat mengubah akun dengan hak lebih tinggi dari Anda.')
    const lock = await lockOf(superAdmin.id)
    expect(new Date(lock.lockUntil!).getTime()).toBeGreaterThan(Date.now())
    expect(lock.loginAttempts).toBe(5)
  })

  it('a coordinator still unlocks a member of their region', async () => {
    const member = await lockedAccount('member')
    const res = await coordinator.rest('POST', '/users/unlock', { email: member.email })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect((await lockOf(member.id)).lockUntil ?? null).toBeNull()
    expect((await storedUser(payload, member.id)).accountStatus).toBe('active')
  })
})
