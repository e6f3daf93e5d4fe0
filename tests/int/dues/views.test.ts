/**
 * What the treasurer's admin views rely on: the verification queue's loader and endpoint (who is
 * refused, the order, next and previous, the item after a decision) and the bills browser's
 * filters and totals (coordinators: their region only).
 */
import { sql } from '@payloadcms/db-postgres'
import { APIError, createLocalReq, type PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { billsWhere, filtersFrom } from '../../../plugins/dues/admin/bills/filters'
import { billTotals } from '../../../plugins/dues/admin/bills/totals'
import { memberCards, membersMatching } from '../../../plugins/dues/admin/members'
import { loadQueueItem, type QueueAnswer } from '../../../plugins/dues/admin/verification/queue'
import { as, seeded, testPayload } from '../../helpers/api'
import { billsOf, db, makeMember, resetDues, uploadProof } from './helpers'

const payload = await testPayload()
const treasurer = await as(payload, 'treasurer')
const { home, away } = seeded().regions
const reqAs = async (role: string) => createLocalReq({ user: (await as(payload, role)).user }, payload) as Promise<PayloadRequest>

// Other files' payments must not stand in this file's queue.
await resetDues(payload)
afterAll(() => resetDues(payload))

const people = [
  await makeMember(payload, home, { golongan: 'I' }),
  await makeMember(payload, home, { golongan: 'II' }),
  await makeMember(payload, away, { golongan: 'III' }),
  await makeMember(payload, away, { golongan: 'IV' }),
]
await treasurer.rest('POST', '/dues-bills/generate', { year: 2035, month: 1 })
await treasurer.rest('POST', '/dues-bills/generate', { year: 2035, month: 2 })
const payments: number[] = []

beforeAll(async () => {
  // Uploaded in one order, dated in another: the queue follows the dates, oldest first, and two
  // sent in the same millisecond follow their ids.
  for (const person of people) {
    const [january] = await billsOf(payload, person.memberId)
    payments.push((await uploadProof(person.token, person, [january.id])).body.doc!.id)
  }
  const dates = ['2035-01-05T10:00:00.000Z', '2035-01-03T10:00:00.000Z', '2035-01-04T10:00:00.000Z', '2035-01-04T10:00:00.000Z']
  for (const [index, id] of payments.entries()) await db(payload).execute(sql`UPDATE dues_payments SET created_at = ${dates[index]} WHERE id = ${id}`)
})

const order = () => [payments[1], payments[2], payments[3], payments[0]]
const cursorOf = (answer: QueueAnswer) => ({ at: answer.item!.createdAt, id: answer.item!.id })

describe('the verification queue', () => {
  it('is refused to everyone without dues.payment.verify, in the loader and through its endpoint', async () => {
    for (const role of ['admin', 'coordinator', 'editor', 'member']) {
      const error = await loadQueueItem(await reqAs(role)).catch((failure: unknown) => failure)
      expect(error, role).toBeInstanceOf(APIError)
      expect((error as APIError).status, role).toBe(403)
      expect((error as APIError).message).toBe('Anda tidak berhak memverifikasi pembayaran.')
      const answer = await (await as(payload, role)).rest('GET', '/dues-payments/queue')
      expect(answer.status, role).toBe(403)
    }
    expect((await treasurer.rest('GET', '/dues-payments/queue')).status).toBe(200)
  })

  it('shows the payment waiting longest with its member, region and bills, and how many wait', async () => {
    const answer = await loadQueueItem(await reqAs('treasurer'))
    expect(answer.remaining).toBe(4)
    const [january] = await billsOf(payload, people[1].memberId)
    expect(answer.item).toMatchObject({
      id: payments[1],
      hasProof: true,
      mimeType: 'image/png',
      member: { id: people[1].memberId, fullName: expect.stringMatching(/^Anggota /), memberNumber: expect.stringMatching(/^TST-/) },
      region: { code: 'HOME' },
      bills: [{ id: january.id, periodYear: 2035, periodMonth: 1, billAmount: 30000, transferAmount: january.transferAmount, paymentCode: january.paymentCode }],
    })
    expect(answer.item!.paidAmount).toBe(january.transferAmount)
  })

  it('steps forward and back in date order, ties by id, and says when there is nothing further', async () => {
    const req = await reqAs('treasurer')
    const seen = [await loadQueueItem(req)]
    for (let i = 0; i < 3; i++) seen.push(await loadQueueItem(req, cursorOf(seen.at(-1)!), 'next'))
    expect(seen.map((answer) => answer.item!.id)).toEqual(order())
    expect((await loadQueueItem(req, cursorOf(seen[3]), 'next')).item).toBeNull()
    expect((await loadQueueItem(req, cursorOf(seen[2]), 'prev')).item!.id).toBe(order()[1])
    expect((await loadQueueItem(req, cursorOf(seen[0]), 'prev')).item).toBeNull()
  })

  it('after a decision, the next item is the one after the decided payment and the count drops', async () => {
    const first = await loadQueueItem(await reqAs('treasurer'))
    expect((await treasurer.rest('POST', `/dues-payments/${first.item!.id}/verify`, {})).status).toBe(200)
    const rejected = await treasurer.rest('POST', `/dues-payments/${order()[1]}/reject`, { reason: 'Bukti buram.' })
    expect(rejected.status).toBe(200)
    const next = await treasurer.rest<QueueAnswer>('GET', `/dues-payments/queue?${new URLSearchParams({ at: first.item!.createdAt, id: String(first.item!.id) })}`)
    expect(next.status).toBe(200)
    expect(next.body.item!.id).toBe(order()[2])
    expect(next.body.remaining).toBe(2)
    // The decided ones are gone from the start of the queue as well.
    expect((await loadQueueItem(await reqAs('treasurer'))).item!.id).toBe(order()[2])
  })

  it('refuses a malformed position with a clear 400', async () => {
    const res = await treasurer.rest<{ errors: Array<{ message: string }> }>('GET', '/dues-payments/queue?at=kemarin&id=1')
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toBe('Posisi antrean tidak valid.')
  })
})

describe('the bills browser', () => {
  const totalsFor = async (role: string, params: Record<string, string>) => {
    const req = await reqAs(role)
    const { where } = await billsWhere(req, filtersFrom(params))
    return billTotals(req, where)
  }

  /** What the database holds for 2035 (generation billed every active member, other files' too). */
  const truth = async (extra = sql``) =>
    (
      await db(payload).execute<{ count: number; bill: number; transfer: number }>(sql`
        SELECT count(*)::int AS count, coalesce(sum(bill_amount), 0)::int AS bill, coalesce(sum(transfer_amount), 0)::int AS transfer
        FROM dues_bills WHERE period_year = 2035 ${extra}`)
    ).rows[0]

  it('totals the filtered bills; a coordinator gets their region only, whatever the filter says', async () => {
    const all = await truth()
    expect(all.count).toBeGreaterThanOrEqual(8)
    expect(await totalsFor('treasurer', { year: '2035' })).toMatchObject({ count: all.count, billAmount: all.bill, transferAmount: all.transfer })
    expect((await totalsFor('treasurer', { year: '2035' })).byStatus.paid).toEqual({ count: 1, transferAmount: (await billsOf(payload, people[1].memberId))[0].transferAmount })

    const homeOnly = await truth(sql`AND region_id = ${home}`)
    expect(homeOnly.count).toBeLessThan(all.count)
    expect(await totalsFor('coordinator', { year: '2035' })).toMatchObject({ count: homeOnly.count, billAmount: homeOnly.bill, transferAmount: homeOnly.transfer })
    expect((await totalsFor('coordinator', { year: '2035', region: String(away) })).count).toBe(0)
    expect((await totalsFor('treasurer', { year: '2035', region: String(away) })).count).toBe((await truth(sql`AND region_id = ${away}`)).count)
  })

  it('filters by month, status, type and arrears level, and finds a member by name or number', async () => {
    const all = (await truth()).count
    expect((await totalsFor('treasurer', { year: '2035', month: '2' })).count).toBe((await truth(sql`AND period_month = 2`)).count)
    expect((await totalsFor('treasurer', { year: '2035', status: 'paid' })).count).toBe(1)
    expect((await totalsFor('treasurer', { year: '2035', type: 'registration' })).count).toBe(0)
    expect((await totalsFor('treasurer', { year: '2035', level: '0' })).count).toBe(all)
    expect((await totalsFor('treasurer', { year: '2035', level: '2' })).count).toBe(0)
    const member = await payload.findByID({ collection: 'members', id: people[2].memberId, overrideAccess: true, depth: 0 })
    expect((await totalsFor('treasurer', { year: '2035', q: member.fullName })).count).toBe(2)
    expect((await totalsFor('treasurer', { year: '2035', q: member.memberNumber! })).count).toBe(2)
    // A coordinator finds (and sees the names of) their own region's members only.
    const coordinator = await reqAs('coordinator')
    expect((await membersMatching(coordinator, member.fullName)).ids).toEqual([])
    expect([...(await memberCards(coordinator, [people[0].memberId, people[2].memberId])).keys()]).toEqual([people[0].memberId])
    expect((await memberCards(await reqAs('treasurer'), [people[2].memberId])).get(people[2].memberId)?.fullName).toBe(member.fullName)
    // A malformed filter is left out, not turned into an error.
    expect((await totalsFor('treasurer', { year: '2035', month: '13' })).count).toBe(all)
  })
})
