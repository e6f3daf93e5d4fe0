import { describe, expect, it } from 'vitest'

import { demoEmail, seedDemo } from '../../../src/seed'
import { testPayload } from '../../helpers/api'

const payload = await testPayload()

const demoMembers = async () =>
  (
    await payload.find({
      collection: 'members',
      where: { 'user.email': { like: '@demo.balai.test' } },
      overrideAccess: true,
      depth: 1,
      pagination: false,
      sort: 'memberNumber',
    })
  ).docs

describe('membership demo data', () => {
  it('adds members with regions and numbers and a candidate waiting with documents; running it again adds nothing', async () => {
    await seedDemo(payload, 'union')
    const first = await demoMembers()
    await seedDemo(payload, 'union')
    expect((await demoMembers()).map((member) => member.id)).toEqual(first.map((member) => member.id))

    const active = first.filter((member) => member.membershipStatus === 'active')
    expect(active.length).toBeGreaterThanOrEqual(4)
    for (const member of active) {
      expect(member.memberNumber).toMatch(/^SPK-\d{4}-\d{5}$/)
      expect(member.region).toBeTruthy()
    }
    expect(new Set(active.map((member) => (member.region as { id: number }).id)).size).toBe(2)

    const candidate = first.find((member) => (member.user as { email: string }).email === demoEmail('candidate'))!
    expect(candidate).toMatchObject({ membershipStatus: 'candidate', onboardingState: 'email_verified', memberNumber: null })
    const documents = await payload.find({ collection: 'member-documents', where: { member: { equals: candidate.id } }, overrideAccess: true, depth: 0 })
    expect(documents.docs.map((doc) => doc.docType).sort()).toEqual(['dues_payment_proof', 'id_proof'])
  })
})
