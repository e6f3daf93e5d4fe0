/** Who sees which dues: members their own, coordinators their region's bills, editors nothing. */
import { afterAll, describe, expect, it } from 'vitest'

import { as, rest, seeded, testPayload } from '../../helpers/api'
import { billsOf, makeMember, resetDues, uploadProof } from './helpers'

const payload = await testPayload()
afterAll(() => resetDues(payload))

type List = { docs: Array<{ id: number; member: number }>; totalDocs: number }
/** A list as the token's holder sees it; `only` narrows it to this file's documents (other files leave many). */
const list = (slug: string, token?: string, only?: number[]) =>
  rest<List>('GET', `/${slug}?depth=0&limit=100${only ? `&where[id][in]=${only.join(',')}` : ''}`, undefined, { token })
const ids = (res: { body: List }) => res.body.docs.map((doc) => doc.id).sort((a, b) => a - b)

const { home, away } = seeded().regions
const mine = await makeMember(payload, home, { golongan: 'II' })
const neighbour = await makeMember(payload, home, { golongan: 'III' })
const far = await makeMember(payload, away, { golongan: 'IV' })
const treasurer = await as(payload, 'treasurer')
await treasurer.rest('POST', '/dues-bills/generate', { year: 2034, month: 1 })
const billOf = async (person: { memberId: number }) => (await billsOf(payload, person.memberId))[0].id
const bills = { mine: await billOf(mine), neighbour: await billOf(neighbour), far: await billOf(far) }
const payments = [(await uploadProof(mine.token, mine, [bills.mine])).body.doc!.id, (await uploadProof(neighbour.token, neighbour, [bills.neighbour])).body.doc!.id]
const claimBy = async (person: typeof mine) =>
  (await rest<{ doc: { id: number } }>('POST', '/dues-claims', { member: person.memberId, owner: person.userId, claimType: 'other', description: 'Pertanyaan tentang tagihan.' }, { token: person.token })).body.doc.id
const claims = [await claimBy(mine), await claimBy(far)]
const ours = { 'dues-bills': Object.values(bills), 'dues-payments': payments, 'dues-claims': claims }

describe('dues access by role', () => {
  it('a member sees only their own bills, payments and claims', async () => {
    for (const slug of ['dues-bills', 'dues-payments', 'dues-claims']) {
      const res = await list(slug, mine.token)
      expect(res.status).toBe(200)
      expect(res.body.docs.length).toBeGreaterThan(0)
      expect(res.body.docs.every((doc) => doc.member === mine.memberId)).toBe(true)
    }
    expect((await rest('GET', `/dues-bills/${bills.neighbour}`, undefined, { token: mine.token })).status).toBe(404)
  })

  it('a coordinator sees their region’s bills (the recap) but no payments or claims', async () => {
    const coordinator = await as(payload, 'coordinator')
    expect(ids(await list('dues-bills', coordinator.token, ours['dues-bills']))).toEqual([bills.mine, bills.neighbour].sort((a, b) => a - b))
    // Payments and claims: only their own, never their region's.
    expect((await list('dues-payments', coordinator.token, payments)).body.totalDocs).toBe(0)
    expect((await list('dues-claims', coordinator.token, claims)).body.totalDocs).toBe(0)
  })

  it('editors see nothing of dues, admins only their own; the treasurer sees everything', async () => {
    for (const role of ['editor', 'contributor', 'candidate']) {
      const who = await as(payload, role)
      for (const slug of ['dues-bills', 'dues-payments', 'dues-claims']) expect((await list(slug, who.token)).status, `${role} ${slug}`).toBe(403)
    }
    const admin = await as(payload, 'admin')
    for (const [slug, only] of Object.entries(ours)) {
      expect((await list(slug, admin.token, only)).body.totalDocs, `admin ${slug}`).toBe(0)
      expect((await list(slug, treasurer.token, only)).body.totalDocs, `treasurer ${slug}`).toBe(only.length)
    }
    // Rates are public: registration shows them.
    expect((await list('dues-rates')).body.totalDocs).toBeGreaterThanOrEqual(8)
    expect((await list('dues-bills')).status).toBe(403)
  })
})
