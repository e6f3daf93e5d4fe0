/**
 * The regions' WhatsApp group links are for the region's active members (and staff): visitors,
 * candidates and members of another region read the regions without them; the member home shows
 * the member their own region's group.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { regionGroupBlock } from '../../../src/site/member/region-group'
import { as, rest, seeded, testPayload } from '../../helpers/api'

const payload = await testPayload()
const { home, away } = seeded().regions
const links = { [home]: 'https://chat.whatsapp.com/RumahUji1', [away]: 'https://chat.whatsapp.com/SeberangUji1' }

beforeAll(async () => {
  for (const [id, url] of Object.entries(links)) {
    await payload.update({ collection: 'regions', id: Number(id), data: { whatsappGroupUrl: url }, overrideAccess: true })
  }
})

type Region = { id: number; whatsappGroupUrl?: string }

const linksSeenBy = async (token?: string) => {
  const res = await rest<{ docs: Region[] }>('GET', '/regions?limit=100', undefined, { token })
  expect(res.status).toBe(200)
  return Object.fromEntries(res.body.docs.filter((doc) => doc.id in links).map((doc) => [doc.id, doc.whatsappGroupUrl]))
}

describe('GET /api/regions harvesting the WhatsApp group links', () => {
  it('gives a visitor no link', async () => {
    expect(await linksSeenBy()).toEqual({ [home]: undefined, [away]: undefined })
  })

  it('gives a candidate no link, not even of their own region', async () => {
    expect(await linksSeenBy(seeded().users.candidate.token)).toEqual({ [home]: undefined, [away]: undefined })
  })

  it("gives a member only their own region's link", async () => {
    expect(await linksSeenBy(seeded().users.member.token)).toEqual({ [home]: links[home], [away]: undefined })
  })

  it('gives a member of another region no link through the document either', async () => {
    const res = await rest<Region>('GET', `/regions/${away}`, undefined, { token: seeded().users.member.token })
    expect(res.body.whatsappGroupUrl).toBeUndefined()
  })

  it('gives an admin every link', async () => {
    expect(await linksSeenBy(seeded().users.admin.token)).toEqual(links)
  })
})

describe('the member home', () => {
  it("shows the member their region's group link", async () => {
    const { user } = await as(payload, 'member')
    const block = await regionGroupBlock.load(payload, user)
    expect(block?.items[0]).toMatchObject({ href: links[home] })
  })

  it('shows a candidate no group block', async () => {
    const { user } = await as(payload, 'candidate')
    expect(await regionGroupBlock.load(payload, user)).toBeNull()
  })
})
