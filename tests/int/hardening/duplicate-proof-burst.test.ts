/** Fifty proofs of payment for one bill sent at the same moment: one waits for the treasurer, the rest are told why not. */
import { afterAll, describe, expect, it } from 'vitest'

import { as, testPayload } from '../../helpers/api'
import { billsOf, makeMember, makeRegion, resetDues, uploadProof } from '../dues/helpers'

const payload = await testPayload()
const treasurer = await as(payload, 'treasurer')
afterAll(() => resetDues(payload))

describe('50 simultaneous proof uploads for one bill', () => {
  it('leave exactly one payment waiting; the others get a clear 409', async () => {
    const region = await makeRegion(payload)
    const member = await makeMember(payload, region)
    expect((await treasurer.rest('POST', '/dues-bills/generate', { year: 2034, month: 3 })).status).toBe(200)
    const [bill] = await billsOf(payload, member.memberId)

    const answers = await Promise.all(Array.from({ length: 50 }, () => uploadProof(member.token, member, [bill.id])))
    const statuses = answers.map((answer) => answer.status).sort()
    expect(statuses.filter((status) => status === 201)).toHaveLength(1)
    expect(statuses.filter((status) => status === 409), JSON.stringify(answers.find((a) => a.status !== 201 && a.status !== 409)?.body)).toHaveLength(49)
    expect(answers.find((answer) => answer.status === 409)?.body.errors?.[0].message).toMatch(/menunggu verifikasi/)

    const waiting = await payload.count({ collection: 'dues-payments', where: { bills: { contains: bill.id }, paymentStatus: { equals: 'submitted' } }, overrideAccess: true })
    expect(waiting.totalDocs).toBe(1)
  })
})
