import { afterAll, describe, expect, it } from 'vitest'

import { demoEmail, seedDemo } from '../../../src/seed'
import { testPayload } from '../../helpers/api'
import { resetDues } from './helpers'

const payload = await testPayload()
afterAll(() => resetDues(payload))

const demoBills = async () =>
  (await payload.find({ collection: 'dues-bills', where: { 'member.user.email': { like: '@demo.balai.test' } }, overrideAccess: true, depth: 0, pagination: false, sort: 'id' })).docs

describe('dues demo data', () => {
  it('gives the demo members four months of bills, two proofs waiting for the treasurer and the candidate’s registration bill; again adds nothing', async () => {
    await seedDemo(payload, 'union')
    const first = await demoBills()
    await seedDemo(payload, 'union')
    expect((await demoBills()).map((bill) => bill.id)).toEqual(first.map((bill) => bill.id))

    const monthly = first.filter((bill) => bill.billType === 'monthly')
    expect(monthly.length).toBe(16)
    expect(new Set(monthly.map((bill) => bill.billStatus))).toEqual(new Set(['paid', 'unpaid', 'overdue']))
    expect(monthly.every((bill) => bill.transferAmount === bill.billAmount + (bill.uniqueCode ?? 0) && bill.paymentCode)).toBe(true)
    const pending = await payload.find({ collection: 'dues-payments', where: { paymentStatus: { equals: 'submitted' } }, overrideAccess: true, depth: 0 })
    expect(pending.docs.filter((payment) => payment.refNo?.startsWith('DEMO-') && payment.filename)).toHaveLength(2)

    const candidate = (await payload.find({ collection: 'members', where: { 'user.email': { equals: demoEmail('candidate') } }, overrideAccess: true, depth: 0 })).docs[0]
    const registration = first.filter((bill) => bill.billType === 'registration')
    expect(registration.map((bill) => bill.member)).toEqual([candidate.id])
    // The candidate's salary range (1.5–3 million): Rp 15.000.
    expect(registration[0].billAmount).toBe(15000)
  })
})
