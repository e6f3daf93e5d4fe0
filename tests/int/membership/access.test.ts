/** Who sees which members and which of their fields, through REST and GraphQL. */
import { describe, expect, it } from 'vitest'

import { as, graphql, rest, seeded, testPayload } from '../../helpers/api'
import { makePerson, signIn, storedMember } from './helpers'

const payload = await testPayload()
const roles = Object.fromEntries(await Promise.all(['super_admin', 'admin', 'coordinator', 'treasurer', 'member', 'editor'].map(async (role) => [role, await as(payload, role)] as const)))

const home = await makePerson(payload, { state: 'approved' })
const away = await makePerson(payload, { state: 'approved', region: seeded().regions.away })
const homeToken = await signIn(home.email)

type Doc = Record<string, unknown> & { id: number }
type List = { docs: Doc[]; totalDocs: number }
const SENSITIVE = ['identityNumber', 'baseSalary', 'takeHomePay'] as const

const listed = async (token: string | undefined) => {
  const res = await rest<List>('GET', '/members?limit=500&depth=0', undefined, { token })
  return res.status === 200 ? res.body.docs : []
}
const listIds = async (token: string | undefined) => (await listed(token)).map((doc) => doc.id)
/** Other test files may give the seeded accounts a record of their own: that one is all they see. */
const onlyOwn = async (role: string) => (await listed(roles[role].token)).every((doc) => doc.user === roles[role].user.id)

describe('reading members', () => {
  it('a member sees their own record only', async () => {
    expect(await listIds(homeToken)).toEqual([home.memberId])
    expect((await rest('GET', `/members/${away.memberId}`, undefined, { token: homeToken })).status).toBe(404)
    // Another member account: its own record at most, never these.
    expect(await onlyOwn('member')).toBe(true)
    expect(await listIds(roles.member.token)).not.toContain(home.memberId)
  })

  it('a coordinator sees their own region only, staff with scope "all" every region, visitors and editors none', async () => {
    const coordinator = await listIds(roles.coordinator.token)
    expect(coordinator).toContain(home.memberId)
    expect(coordinator).not.toContain(away.memberId)
    expect((await roles.coordinator.rest('GET', `/members/${away.memberId}`)).status).toBe(404)
    for (const role of ['admin', 'treasurer', 'super_admin']) {
      expect(await listIds(roles[role].token)).toEqual(expect.arrayContaining([home.memberId, away.memberId]))
    }
    expect((await rest('GET', '/members')).status).toBe(403)
    // Editors hold `membership.status.view` for a record of their own only.
    expect(await onlyOwn('editor')).toBe(true)
    expect(await listIds(roles.editor.token)).not.toContain(home.memberId)
  })

  it('sensitive fields: the member, admins and treasurers read them; coordinators do not', async () => {
    const fieldsFor = async (token: string) => (await rest<Doc>('GET', `/members/${home.memberId}`, undefined, { token })).body
    for (const token of [homeToken, roles.admin.token, roles.treasurer.token, roles.super_admin.token]) {
      expect(await fieldsFor(token)).toMatchObject({ identityNumber: '3201010101010001', baseSalary: 5_000_000, takeHomePay: 6_500_000 })
    }
    const seenByCoordinator = await fieldsFor(roles.coordinator.token)
    expect(seenByCoordinator.fullName).toBeTruthy()
    for (const field of SENSITIVE) expect(seenByCoordinator).not.toHaveProperty(field)

    const query = `query { Members(limit: 100) { docs { id identityNumber baseSalary takeHomePay } } }`
    const viaGraphql = await graphql(query, {}, { token: roles.coordinator.token })
    const doc = (viaGraphql.body.data?.Members as { docs: Doc[] }).docs.find((d) => d.id === home.memberId)!
    expect(doc).toMatchObject({ identityNumber: null, baseSalary: null, takeHomePay: null })
  })

  it('the email verification token is never readable, not even by a super admin', async () => {
    await payload.update({ collection: 'members', id: home.memberId, data: { emailVerification: { tokenHash: 'a'.repeat(64) } }, overrideAccess: true })
    expect((await storedMember(payload, home.memberId)).emailVerification?.tokenHash).toBe('a'.repeat(64))
    for (const token of [homeToken, roles.super_admin.token]) {
      const res = await rest<Doc>('GET', `/members/${home.memberId}`, undefined, { token })
      expect(res.body).not.toHaveProperty('emailVerification')
      expect(JSON.stringify(res.body)).not.toContain('a'.repeat(64))
    }
  })
})

describe('changing members', () => {
  it('a member edits their own data, not their region, and not someone else’s record', async () => {
    const res = await rest<{ doc: Doc }>('PATCH', `/members/${home.memberId}`, { phoneNumber: '081234567890', region: seeded().regions.away }, { token: homeToken })
    expect(res.status).toBe(200)
    expect(await storedMember(payload, home.memberId)).toMatchObject({ phoneNumber: '081234567890', region: seeded().regions.home })
    expect((await rest('PATCH', `/members/${away.memberId}`, { phoneNumber: '0811' }, { token: homeToken })).status).toBe(403)
  })

  it('a coordinator edits their region’s members but cannot overwrite the sensitive fields they cannot see', async () => {
    const res = await roles.coordinator.rest('PATCH', `/members/${home.memberId}`, { faculty: 'Fakultas Hukum', baseSalary: 1 })
    expect(res.status).toBe(200)
    expect(await storedMember(payload, home.memberId)).toMatchObject({ faculty: 'Fakultas Hukum', baseSalary: 5_000_000 })
    expect((await roles.coordinator.rest('PATCH', `/members/${away.memberId}`, { faculty: 'X' })).status).toBe(403)
    expect((await storedMember(payload, away.memberId)).faculty).toBeNull()
  })

  it('nobody deletes a member record through the API; soft delete hides it from the staff list', async () => {
    expect((await roles.super_admin.rest('DELETE', `/members/${away.memberId}`)).status).toBe(403)
    const gone = await makePerson(payload, { state: 'approved' })
    expect((await roles.coordinator.rest('PATCH', `/members/${gone.memberId}`, { deletedAt: new Date().toISOString() })).status).toBe(200)
    expect((await storedMember(payload, gone.memberId)).deletedAt).toBeTruthy()
  })

  it('deleting the account removes its member record', async () => {
    const person = await makePerson(payload)
    await payload.delete({ collection: 'users', id: person.userId, overrideAccess: true })
    expect(await payload.findByID({ collection: 'members', id: person.memberId, overrideAccess: true, disableErrors: true })).toBeNull()
  })
})
