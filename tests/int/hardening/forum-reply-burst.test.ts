/** Fifty members replying to one thread at the same moment: no deadlock, no lost count. */
import { afterAll, describe, expect, it } from 'vitest'

import { testPayload } from '../../helpers/api'
import { makeMember } from '../forum/helpers'

const payload = await testPayload()
const writers = await Promise.all(Array.from({ length: 10 }, () => makeMember(payload)))

afterAll(async () => {
  await payload.delete({ collection: 'forum-threads', where: { author: { in: writers.map((writer) => writer.id) } }, overrideAccess: true })
})

describe('50 simultaneous replies to one thread', () => {
  it('all succeed, and the thread counts every post', async () => {
    const started = await writers[0].call('POST', '/forum-threads/start', { title: 'Topik ramai', category: 'umum', body: 'Pembuka.' })
    expect(started.status, JSON.stringify(started.body)).toBe(201)
    const thread = started.body.doc!.id as number

    const replies = await Promise.all(
      Array.from({ length: 50 }, (_, i) => writers[i % writers.length].call('POST', '/forum-posts', { thread, body: `Balasan ${i}.`, author: writers[i % writers.length].id })),
    )
    const statuses = replies.map((reply) => reply.status)
    expect(statuses.filter((status) => status !== 201), JSON.stringify(replies.find((reply) => reply.status !== 201)?.body)).toEqual([])

    const posts = await payload.count({ collection: 'forum-posts', where: { thread: { equals: thread } }, overrideAccess: true })
    const stored = await payload.findByID({ collection: 'forum-threads', id: thread, overrideAccess: true, depth: 0 })
    expect(posts.totalDocs).toBe(51)
    expect(stored.postCount).toBe(posts.totalDocs)
  })

  it('a reply racing a moderator’s lock is either in before the lock or refused with 409', async () => {
    const started = await writers[1].call('POST', '/forum-threads/start', { title: 'Topik dikunci', category: 'umum', body: 'Pembuka.' })
    const thread = started.body.doc!.id as number
    const [, ...replies] = await Promise.all([
      payload.update({ collection: 'forum-threads', id: thread, data: { locked: true }, overrideAccess: true }),
      ...writers.map((writer) => writer.call('POST', '/forum-posts', { thread, body: 'Balasan.', author: writer.id })),
    ])
    expect(replies.every((reply) => reply.status === 201 || reply.status === 409)).toBe(true)
    const posts = await payload.count({ collection: 'forum-posts', where: { thread: { equals: thread } }, overrideAccess: true })
    const stored = await payload.findByID({ collection: 'forum-threads', id: thread, overrideAccess: true, depth: 0 })
    expect(posts.totalDocs).toBe(1 + replies.filter((reply) => reply.status === 201).length)
    expect(stored.postCount).toBe(posts.totalDocs)
  })
})
