/** Monthly generation: idempotent, safe from two runs at once, with the rate in force that month. */
import { sql } from '@payloadcms/db-postgres'
import { afterAll, describe, expect, it } from 'vitest'

import { SYSTEM_WRITE } from '../../../plugins/membership/collections/Members/hooks/guardStateFields'
import { as, testPayload } from '../../helpers/api'
import { billsOf, db, makeMember, makeRegion, resetDues } from './helpers'

const payload = await testPayload()
const treasurer = await as(payload, 'treasurer')
const member = await as(payload, 'member')
const editor = await as(payload, 'editor')
const coordinator = await as(payload, 'coordinator')
afterAll(() => resetDues(payload))

type Generated = { message?: string; created?: number; errors?: Array<{ message: string }> }
const generate = (who: { rest: typeof treasurer.rest }, year: number, month: number) => who.rest<Generated>('POST', '/dues-bills/generate', { year, month })
const monthlyOf = async (memberId: number) => (await billsOf(payload, memberId)).filter((bill) => bill.billType === 'monthly')

describe('monthly bill generation', () => {
  it('makes one bill per active member with a rate; twice is the same as once', async () => {
    const region = await makeRegion(payload)
    const grade = await makeMember(payload, region, { golongan: 'IV' })
    const salary = await makeMember(payload, region, { salaryRange: '6_plus' })
    const noRate = await makeMember(payload, region, {})
    const disabled = await makeMember(payload, region, { golongan: 'II', membershipStatus: 'disabled' })
    const deleted = await makeMember(payload, region, { golongan: 'II', deletedAt: new Date().toISOString() })
    const newcomer = await makeMember(payload, region, { golongan: 'II', joinedAt: '2032-01-15T03:00:00.000Z' })

    const first = await generate(treasurer, 2032, 1)
    expect(first.status).toBe(200)
    expect(first.body.message).toMatch(/tagihan dibuat\.$/)
    const [bill] = await monthlyOf(grade.memberId)
    expect(bill).toMatchObject({ periodYear: 2032, periodMonth: 1, billStatus: 'unpaid', billAmount: 45000, arrearsLevel: 0 })
    expect(bill.uniqueCode).toBeGreaterThanOrEqual(1)
    expect(bill.uniqueCode).toBeLessThanOrEqual(999)
    expect(bill.transferAmount).toBe(45000 + bill.uniqueCode)
    expect(bill.paymentCode).toBe(`IUR-3201-${grade.memberId.toString(16).toUpperCase().padStart(5, '0')}`)
    const stored = await payload.findByID({ collection: 'dues-bills', id: bill.id, overrideAccess: true, depth: 0 })
    expect(stored).toMatchObject({ owner: grade.userId, region })
    // Due on the 10th, Jakarta time.
    expect(stored.dueDate).toBe(new Date('2032-01-10T00:00:00+07:00').toISOString())
    expect((await monthlyOf(salary.memberId)).map((b) => b.billAmount)).toEqual([60000])
    for (const person of [noRate, disabled, deleted, newcomer]) expect(await monthlyOf(person.memberId)).toEqual([])
    // The newcomer joined during January: February is their first monthly bill.
    expect((await generate(treasurer, 2032, 2)).status).toBe(200)
    expect((await monthlyOf(newcomer.memberId)).map((b) => b.periodMonth)).toEqual([2])

    const again = await generate(treasurer, 2032, 1)
    expect(again.body.created).toBe(0)
    expect((await monthlyOf(grade.memberId)).filter((b) => b.periodMonth === 1)).toEqual([bill])

    const audit = await payload.find({ collection: 'audit-logs', where: { action: { equals: 'dues.bill.generate' }, actor: { equals: treasurer.id } }, overrideAccess: true, depth: 0, sort: '-createdAt', limit: 3 })
    expect(audit.docs.map((entry) => entry.newValues)).toContainEqual({ periodYear: 2032, periodMonth: 1, created: 0 })
  })

  it('two runs at once make each bill once', async () => {
    const region = await makeRegion(payload)
    const people = await Promise.all([1, 2, 3, 4, 5].map(() => makeMember(payload, region, { golongan: 'I' })))
    const results = await Promise.all([generate(treasurer, 2032, 6), generate(treasurer, 2032, 6), generate(treasurer, 2032, 6)])
    expect(results.map((r) => r.status)).toEqual([200, 200, 200])
    const { rows } = await db(payload).execute<{ n: number }>(sql`
      SELECT count(*)::int AS n FROM dues_bills WHERE period_year = 2032 AND period_month = 6 AND bill_type = 'monthly'
      GROUP BY member_id HAVING count(*) > 1`)
    expect(rows).toEqual([])
    for (const person of people) expect((await monthlyOf(person.memberId)).filter((b) => b.periodMonth === 6)).toHaveLength(1)
    // Together they created every bill of the month exactly once.
    const { rows: total } = await db(payload).execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM dues_bills WHERE period_year = 2032 AND period_month = 6`)
    expect(results.reduce((sum, r) => sum + (r.body.created ?? 0), 0)).toBe(total[0].n)
  })

  it('a rate change applies from its month and leaves existing bills as they are', async () => {
    const region = await makeRegion(payload)
    const person = await makeMember(payload, region, { golongan: 'II' })
    expect((await generate(treasurer, 2032, 8)).status).toBe(200)
    const created = await treasurer.rest<{ doc: { effectiveFrom: string } }>('POST', '/dues-rates', {
      schemeType: 'golongan',
      bracket: 'II',
      label: 'Golongan II (tarif 2032)',
      code: 'GOL2-3210',
      amount: 32500,
      effectiveFrom: '2032-10-01',
    })
    expect(created.status).toBe(201)
    expect(created.body.doc.effectiveFrom).toBe(new Date('2032-10-01T00:00:00+07:00').toISOString())
    for (const month of [9, 10, 11]) expect((await generate(treasurer, 2032, month)).status).toBe(200)
    const amounts = Object.fromEntries((await monthlyOf(person.memberId)).map((b) => [b.periodMonth, b.billAmount]))
    expect(amounts).toEqual({ 8: 30000, 9: 30000, 10: 32500, 11: 32500 })
    // A new member of that grade gets the rate in force now (the old one: the new one starts in 2032).
    const later = await makeMember(payload, region, { golongan: 'II' })
    const rate = (await payload.findByID({ collection: 'members', id: later.memberId, overrideAccess: true, depth: 1 })).duesRate as { code: string }
    expect(rate.code).toBe('GOL2')
  })

  it('is refused with a bad period, and to anyone without dues.bill.generate', async () => {
    expect((await generate(treasurer, 2032, 13)).status).toBe(400)
    expect((await treasurer.rest<Generated>('POST', '/dues-bills/generate', { year: '2032', month: 1 })).body.errors?.[0].message).toBe('Pilih tahun dan bulan yang valid.')
    for (const who of [member, editor, coordinator]) expect((await generate(who, 2032, 1)).status).toBe(403)
    const { rest } = await import('../../helpers/api')
    expect((await rest('POST', '/dues-bills/generate', { year: 2032, month: 1 })).status).toBe(401)
  })

  it('the member record follows golongan or salary range for its rate', async () => {
    const region = await makeRegion(payload)
    const person = await makeMember(payload, region, { salaryRange: '0_1_5' })
    const rateOf = async () => ((await payload.findByID({ collection: 'members', id: person.memberId, overrideAccess: true, depth: 1 })).duesRate as { code: string } | null)?.code
    expect(await rateOf()).toBe('GAJI1')
    await payload.update({ collection: 'members', id: person.memberId, data: { golongan: 'III' }, overrideAccess: true, context: { [SYSTEM_WRITE]: true } })
    expect(await rateOf()).toBe('GOL3')
  })
})
