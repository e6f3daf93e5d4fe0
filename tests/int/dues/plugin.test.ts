/** The plugin's contract with membership: configuration, registration dues, approval. */
import { createLocalReq, type Config } from 'payload'
import { afterAll, describe, expect, it } from 'vitest'

import { duesPlugin } from '../../../plugins/dues'
import { registrationDuesOf, type MemberRecord } from '../../../src/plugin-kit'
import { as, testPayload } from '../../helpers/api'
import { makePerson, storedMember } from '../membership/helpers'
import { billsOf, resetDues } from './helpers'

const payload = await testPayload()
afterAll(() => resetDues(payload))

describe('the dues plugin', () => {
  it('refuses to run without the membership plugin, and refuses bad options', () => {
    expect(() => duesPlugin()({ custom: {} } as unknown as Config)).toThrow(/plugin keanggotaan diperlukan — .* \/ the membership plugin is required/)
    const withMembership = { custom: { membership: {} } } as unknown as Config
    expect(() => duesPlugin({ dueDay: 31 })(withMembership)).toThrow(/dueDay/)
    expect(() => duesPlugin({ uniqueCodeRange: [5, 1] })(withMembership)).toThrow(/uniqueCodeRange/)
    expect(() => duesPlugin({ timezone: 'Mars/Olympus' })(withMembership)).toThrow(/zona waktu/)
    expect(payload.config.custom.dues).toEqual({ dueDay: 10, uniqueCodeRange: [1, 999], timezone: 'Asia/Jakarta', arrearsSuspendAt: 3 })
  })

  it('quotes the registration dues from golongan or salary range, records the bill once, and approval pays it', async () => {
    const provider = registrationDuesOf(payload.config)!
    const req = await createLocalReq({}, payload)
    const person = await makePerson(payload, { extra: { salaryRange: '3_6' } })
    const member = (await storedMember(payload, person.memberId)) as unknown as MemberRecord
    expect(await provider.quote(req, member)).toEqual({ amount: 30000, label: { id: 'Iuran bulanan — Rp 3.000.001 - Rp 6.000.000', en: 'Monthly dues — Rp 3.000.001 - Rp 6.000.000' } })
    expect(await provider.quote(req, { ...member, golongan: 'IV' })).toMatchObject({ amount: 45000 })
    expect(await provider.quote(req, { ...member, salaryRange: null })).toBeNull()

    await provider.createRegistrationBill(req, member)
    await provider.createRegistrationBill(req, member)
    const [bill, ...more] = await billsOf(payload, person.memberId)
    expect(more).toEqual([])
    expect(bill).toMatchObject({ billType: 'registration', billAmount: 30000, billStatus: 'unpaid' })
    expect(bill.paymentCode).toMatch(/^REG-\d{4}-[0-9A-F]{5,}$/)

    const admin = await as(payload, 'admin')
    expect((await admin.rest('POST', `/members/${person.memberId}/approve`, {})).status).toBe(200)
    expect((await billsOf(payload, person.memberId))[0]).toMatchObject({ billStatus: 'paid' })
    expect(await storedMember(payload, person.memberId)).toMatchObject({ duesStatus: 'paid' })
  })
})
