/** The forum by role: who reads and posts, locking, reports that hide a post, region-only threads, edit history. */
import { afterAll, describe, expect, it } from 'vitest'

import { as, rest, seeded, testPayload } from '../../helpers/api'
import { makeMember, makeRegion, withStatus, type Actor, type Answer } from './helpers'

const payload = await testPayload()
const admin = await as(payload, 'admin')
const coordinator = await as(payload, 'coordinator')
const candidate = await as(payload, 'candidate')
const { home } = seeded().regions
const away = await makeRegion(payload)

const [ani, budi, citra, dedi] = await Promise.all([makeMember(payload), makeMember(payload), makeMember(payload), makeMember(payload)])
const stranger = await makeMember(payload, away)

const count = (collection: 'forum-threads' | 'forum-posts' | 'forum-reports', where = {}) =>
  payload.count({ collection, where, overrideAccess: true }).then((result) => result.totalDocs)
const stored = (collection: 'forum-threads' | 'forum-posts', id: number) =>
  payload.findByID({ collection, id, overrideAccess: true, depth: 0 }) as unknown as Promise<Record<string, unknown>>

const start = (actor: Actor, data: Record<string, unknown> = {}) =>
  actor.call('POST', '/forum-threads/start', { title: 'Topik uji forum', category: 'umum', body: 'Isi pembuka topik.', ...data })
const reply = (actor: Actor, thread: number, body = 'Balasan uji.') => actor.call('POST', '/forum-posts', { thread, body, author: actor.id })
const postsOf = (actor: Actor, thread: number) =>
  actor.call('GET', `/forum-posts?where[thread][equals]=${thread}&depth=0`).then((res) => (res.body.docs ?? []).map((post) => post.id))

const started = async (actor: Actor, data: Record<string, unknown> = {}) => {
  const res = await start(actor, data)
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  const thread = res.body.doc!.id as number
  const [opening] = (await payload.find({ collection: 'forum-posts', where: { thread: { equals: thread } }, overrideAccess: true, depth: 0 })).docs
  return { thread, opening: opening.id }
}

afterAll(async () => {
  await payload.delete({ collection: 'forum-threads', where: { author: { in: [ani.id, budi.id, citra.id, dedi.id, stranger.id] } }, overrideAccess: true })
})

describe('who reads and posts', () => {
  it('a member starts a thread with its opening post; another member reads it and replies', async () => {
    const { thread, opening } = await started(ani)
    expect(await stored('forum-threads', thread)).toMatchObject({ author: ani.id, region: home, postCount: 1, locked: false, hidden: false })
    expect((await budi.call('GET', `/forum-threads/${thread}`)).status).toBe(200)
    const res = await reply(budi, thread)
    expect(res.status).toBe(201)
    expect(await postsOf(budi, thread)).toEqual([opening, res.body.doc!.id])
    expect((await stored('forum-threads', thread)).postCount).toBe(2)
  })

  it('a candidate cannot start a thread or reply (403), and nothing is written', async () => {
    const { thread } = await started(ani)
    const before = [await count('forum-threads'), await count('forum-posts')]
    expect((await candidate.rest('POST', '/forum-threads/start', { title: 'Calon menulis', category: 'umum', body: 'Halo' })).status).toBe(403)
    expect((await candidate.rest('POST', '/forum-posts', { thread, body: 'Halo', author: candidate.id })).status).toBe(403)
    expect((await candidate.rest('GET', `/forum-threads/${thread}`)).status).toBe(403)
    expect([await count('forum-threads'), await count('forum-posts')]).toEqual(before)
  })

  it('a visitor cannot read the forum (401/403)', async () => {
    const { thread } = await started(ani)
    for (const path of ['/forum-threads', `/forum-threads/${thread}`, `/forum-posts?where[thread][equals]=${thread}`]) {
      const res = await rest<Answer>('GET', path)
      expect(res.status, path).toBe(403)
      expect(res.body.docs).toBeUndefined()
    }
    expect((await rest('POST', '/forum-threads/start', { title: 'Tamu', category: 'umum', body: 'Halo' })).status).toBe(401)
  })

  it('a member suspended for arrears, or disabled, neither reads nor posts', async () => {
    const { thread } = await started(ani)
    for (const status of ['suspended', 'rejected'] as const) {
      const member = await withStatus(payload, status)
      const before = await count('forum-posts')
      expect((await member.call('GET', `/forum-threads/${thread}`)).status, status).toBe(403)
      expect((await reply(member, thread)).status, status).toBe(403)
      expect(await count('forum-posts')).toBe(before)
    }
  })

  it('bad input is a 400 in the caller’s language, and nothing is written', async () => {
    const before = await count('forum-threads')
    expect((await start(ani, { category: 'rahasia' })).body.errors?.[0].message).toBe('Pilih kategori yang ada.')
    expect((await start(ani, { body: '   ' })).status).toBe(400)
    expect((await start(ani, { title: 'x' })).status).toBe(400)
    expect(await count('forum-threads')).toBe(before)
  })
})

describe('moderation', () => {
  it('a locked thread refuses replies with a 409 until it is unlocked; members cannot lock', async () => {
    const { thread } = await started(ani)
    expect((await budi.call('POST', `/forum-threads/${thread}/lock`)).status).toBe(403)
    expect((await admin.rest('POST', `/forum-threads/${thread}/lock`)).status).toBe(200)
    expect((await admin.rest('POST', `/forum-threads/${thread}/lock`)).status).toBe(409)
    const before = await count('forum-posts', { thread: { equals: thread } })
    const refused = await reply(budi, thread)
    expect(refused.status).toBe(409)
    expect(refused.body.errors?.[0].message).toMatch(/dikunci/)
    expect(await count('forum-posts', { thread: { equals: thread } })).toBe(before)
    expect((await admin.rest('POST', `/forum-threads/${thread}/unlock`)).status).toBe(200)
    expect((await reply(budi, thread)).status).toBe(201)
  })

  it('moderators pin, move and hide threads; members cannot change those fields themselves', async () => {
    const { thread } = await started(ani)
    await ani.call('PATCH', `/forum-threads/${thread}`, { category: 'kegiatan', locked: true, pinned: true, hidden: true })
    expect(await stored('forum-threads', thread)).toMatchObject({ category: 'umum', locked: false, pinned: false, hidden: false })
    expect((await admin.rest('POST', `/forum-threads/${thread}/move`, { category: 'tidak-ada' })).status).toBe(400)
    expect((await admin.rest('POST', `/forum-threads/${thread}/move`, { category: 'kegiatan' })).status).toBe(200)
    expect((await admin.rest('POST', `/forum-threads/${thread}/pin`)).status).toBe(200)
    expect((await admin.rest('POST', `/forum-threads/${thread}/hide`)).status).toBe(200)
    expect(await stored('forum-threads', thread)).toMatchObject({ category: 'kegiatan', pinned: true, hidden: true })
    // Hidden: gone for members, posts included; moderators still see it.
    expect((await budi.call('GET', `/forum-threads/${thread}`)).status).toBe(404)
    expect(await postsOf(budi, thread)).toEqual([])
    expect((await admin.rest('GET', `/forum-threads/${thread}`)).status).toBe(200)
    expect((await admin.rest('POST', `/forum-threads/${thread}/restore`)).status).toBe(200)
    expect(await postsOf(budi, thread)).toHaveLength(1)
    const actions = (await payload.find({ collection: 'audit-logs', where: { targetType: { equals: 'forum-threads' }, targetId: { equals: String(thread) } }, overrideAccess: true, sort: 'id' })).docs.map((entry) => entry.action)
    expect(actions).toEqual(['forum.thread.move', 'forum.thread.pin', 'forum.thread.hide', 'forum.thread.restore'])
  })

  it('a coordinator moderates threads of their own region only', async () => {
    const own = await started(ani)
    const other = await started(stranger)
    expect((await coordinator.rest('POST', `/forum-threads/${own.thread}/lock`)).status).toBe(200)
    expect((await coordinator.rest('POST', `/forum-threads/${other.thread}/lock`)).status).toBe(404)
    expect((await stored('forum-threads', other.thread)).locked).toBe(false)
  })

  it('only moderators delete a thread, and its posts go with it', async () => {
    const { thread } = await started(ani)
    await reply(budi, thread)
    expect((await ani.call('DELETE', `/forum-threads/${thread}`)).status).toBe(403)
    expect((await admin.rest('DELETE', `/forum-threads/${thread}`)).status).toBe(200)
    expect(await count('forum-posts', { thread: { equals: thread } })).toBe(0)
  })
})

describe('reports', () => {
  const report = (actor: Actor, post: number) => actor.call('POST', '/forum-reports', { post, reporter: actor.id, reason: 'spam' })

  it('a member reports a post once: a second report is a 409 and writes nothing', async () => {
    const { thread } = await started(ani)
    const post = (await reply(budi, thread)).body.doc!.id as number
    expect((await report(citra, post)).status).toBe(201)
    const again = await report(citra, post)
    expect(again.status).toBe(409)
    expect(again.body.errors?.[0].message).toBe('Anda sudah melaporkan tulisan ini.')
    expect(await count('forum-reports', { post: { equals: post } })).toBe(1)
    expect((await stored('forum-posts', post)).reportCount).toBe(1)
    // Nor one's own post.
    expect((await report(budi, post)).status).toBe(400)
  })

  it('the database refuses a duplicate report even past the check', async () => {
    const { opening } = await started(ani)
    await payload.create({ collection: 'forum-reports', data: { post: opening, reporter: budi.id, reason: 'spam' }, overrideAccess: true })
    const duplicate = payload.db.create({ collection: 'forum-reports', data: { post: opening, reporter: budi.id, reason: 'other', status: 'open' } })
    await expect(duplicate).rejects.toThrow()
  })

  it('a post reported by three members disappears for members until a moderator restores it', async () => {
    const { thread, opening } = await started(ani)
    const post = (await reply(budi, thread)).body.doc!.id as number
    await Promise.all([report(citra, post), report(dedi, post)])
    expect(await postsOf(ani, thread)).toEqual([opening, post])
    expect((await report(ani, post)).status).toBe(201)
    expect(await stored('forum-posts', post)).toMatchObject({ hidden: true, hiddenBy: 'reports', reportCount: 3 })
    expect(await postsOf(ani, thread)).toEqual([opening])
    expect(await postsOf(budi, thread)).toEqual([opening])
    expect((await citra.call('GET', `/forum-posts/${post}`)).status).toBe(404)
    // The moderator sees it, and restores it: the reports are dismissed and the count starts again.
    expect((await admin.rest<Answer>('GET', `/forum-posts/${post}`)).body.hidden).toBe(true)
    expect((await budi.call('POST', `/forum-posts/${post}/restore`)).status).toBe(403)
    expect((await admin.rest('POST', `/forum-posts/${post}/restore`)).status).toBe(200)
    expect(await postsOf(citra, thread)).toEqual([opening, post])
    expect(await count('forum-reports', { and: [{ post: { equals: post } }, { status: { equals: 'dismissed' } }] })).toBe(3)
    expect((await admin.rest('POST', `/forum-posts/${post}/restore`)).status).toBe(409)
  })
})

describe('region-only threads', () => {
  it('are invisible to members of other regions, who cannot reply either', async () => {
    const { thread, opening } = await started(ani, { regionOnly: true })
    expect((await stored('forum-threads', thread)).regionOnly).toBe(true)
    expect((await budi.call('GET', `/forum-threads/${thread}`)).status).toBe(200)
    expect((await stranger.call('GET', `/forum-threads/${thread}`)).status).toBe(404)
    expect((await stranger.call('GET', `/forum-posts/${opening}`)).status).toBe(404)
    const listed = await stranger.call('GET', '/forum-threads?limit=100&depth=0')
    expect((listed.body.docs ?? []).map((doc) => doc.id)).not.toContain(thread)
    const before = await count('forum-posts')
    expect((await reply(stranger, thread)).status).toBe(404)
    expect(await count('forum-posts')).toBe(before)
    // The moderators of every region see it.
    expect((await admin.rest('GET', `/forum-threads/${thread}`)).status).toBe(200)
  })
})

describe('edit history', () => {
  it('keeps the previous text, who and when; shown to the author and moderators only', async () => {
    const { opening } = await started(ani, { body: 'Versi pertama.' })
    expect((await budi.call('PATCH', `/forum-posts/${opening}`, { body: 'Dirusak orang lain.' })).status).toBe(403)
    expect((await ani.call('PATCH', `/forum-posts/${opening}`, { body: 'Versi kedua.' })).status).toBe(200)
    expect((await ani.call('PATCH', `/forum-posts/${opening}`, { body: 'Versi ketiga.', editHistory: [] })).status).toBe(200)
    const mine = (await ani.call('GET', `/forum-posts/${opening}?depth=0`)).body
    expect(mine.body).toBe('Versi ketiga.')
    expect((mine.editHistory as Array<Record<string, unknown>>).map(({ body, editedBy }) => ({ body, editedBy }))).toEqual([
      { body: 'Versi pertama.', editedBy: ani.id },
      { body: 'Versi kedua.', editedBy: ani.id },
    ])
    expect((await admin.rest<Answer>('GET', `/forum-posts/${opening}`)).body.editHistory).toHaveLength(2)
    // Other members read the post, not its history.
    const theirs = (await budi.call('GET', `/forum-posts/${opening}`)).body
    expect(theirs.body).toBe('Versi ketiga.')
    expect(theirs.editHistory ?? []).toEqual([])
  })
})
