/** Broadcasts by role, the fan-out into notifications, batched email through the loopback SMTP server, and members reading them. */
import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterAll, describe, expect, inject, it } from 'vitest'

import { generateMemberRecords } from '../../bench/generate'
import { as, rest, seeded, testPayload, unique } from '../../helpers/api'
import { runJobs, skipBackoff } from '../../helpers/jobs'
import { inbox } from '../../helpers/smtp'
import { makeRegion, person } from './helpers'

const payload: Payload = await testPayload()
const adapter = payload.db as unknown as PostgresAdapter
const mail = inbox(inject('mailDir'))
const admin = await as(payload, 'admin')
const coordinator = await as(payload, 'coordinator')
const home = seeded().regions.home

const TASKS = ['communityBroadcastFanOut', 'communityBroadcastEmails']

const pendingJobs = async () =>
  (await payload.count({ collection: 'payload-jobs', where: { and: [{ taskSlug: { in: TASKS } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }] }, overrideAccess: true })).totalDocs

/**
 * Runs the queue until every broadcast job has had its first attempt (the fan-out queues the email
 * batches as it runs); a failed batch then waits for its retry (see `skipBackoff`).
 */
const deliver = async ({ quiet = false } = {}) => {
  for (let round = 0; round < 20; round++) {
    await runJobs(payload, { quiet })
    const untried = await payload.count({ collection: 'payload-jobs', where: { and: [{ taskSlug: { in: TASKS } }, { completedAt: { exists: false } }, { totalTried: { equals: 0 } }] }, overrideAccess: true })
    if (untried.totalDocs === 0) return
  }
}

const broadcast = (id: number) => payload.findByID({ collection: 'broadcasts', id, overrideAccess: true, depth: 0 })
const recipientsOf = async (id: number) =>
  (await adapter.drizzle.execute<{ recipient_id: number }>(sql`SELECT recipient_id FROM notifications WHERE broadcast_id = ${id} ORDER BY recipient_id`)).rows.map((r) => Number(r.recipient_id))
/** The accounts a broadcast should reach: active members (and accounts) of the region. */
const activeMembersOf = async (region: number) =>
  (
    await adapter.drizzle.execute<{ id: number }>(sql`
      SELECT u.id FROM members m JOIN users u ON u.id = m.user_id
      WHERE m.region_id = ${region} AND m.membership_status = 'active' AND m.deleted_at IS NULL AND u.account_status = 'active' ORDER BY u.id`)
  ).rows.map((r) => Number(r.id))
const counts = async () => ({
  broadcasts: (await payload.count({ collection: 'broadcasts', overrideAccess: true })).totalDocs,
  jobs: await pendingJobs(),
})

type Body = { doc?: { id: number; status: string }; errors?: Array<{ message: string }> }
const send = (actor: typeof admin, data: Record<string, unknown>) => actor.rest<Body>('POST', '/broadcasts?depth=0', { title: unique('Siaran '), body: 'Rapat anggota Sabtu ini.', ...data })

describe('who may broadcast to whom', () => {
  it('a coordinator to another region, or to everyone, and a member at all: 403, nothing written or queued', async () => {
    const other = await makeRegion(payload)
    const member = await person(payload, home)
    const before = await counts()
    const refusals = [
      await send(coordinator, { audience: 'region', region: other }),
      await send(coordinator, { audience: 'all' }),
      await rest<Body>('POST', '/broadcasts', { title: 'x', body: 'y', audience: 'region', region: home }, { token: member.token }),
    ]
    for (const res of refusals) {
      expect(res.status).toBe(403)
      expect(res.body.errors?.[0].message).toBeTruthy()
    }
    expect(await counts()).toEqual(before)
    const noRegion = await send(admin, { audience: 'region' })
    expect(noRegion.status).toBe(400)
    expect(noRegion.body.errors?.[0].message).toBe('Pilih wilayah penerima.')
    expect(await counts()).toEqual(before)
  })

  it('a coordinator reaches the active members of their own region only, in the site and by email', async () => {
    const reached = await person(payload, home)
    const candidate = await person(payload, home, 'email_verified')
    const elsewhere = await person(payload, await makeRegion(payload))
    const res = await send(coordinator, { audience: 'region', region: home, title: unique('Rapat wilayah ') })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.doc?.status).toBe('queued')
    await deliver()
    const recipients = await recipientsOf(res.body.doc!.id)
    expect(recipients).toEqual(await activeMembersOf(home))
    expect(recipients).toContain(reached.userId)
    expect(recipients).not.toContain(candidate.userId)
    expect(recipients).not.toContain(elsewhere.userId)
    expect(await mail.waitForMail({ to: reached.email, subject: 'Rapat wilayah' })).toBeTruthy()
    expect(await mail.find({ to: elsewhere.email })).toEqual([])
    expect(await broadcast(res.body.doc!.id)).toMatchObject({ status: 'sent', recipientCount: recipients.length, emailQueued: recipients.length, emailSent: recipients.length })
  })

  it('an admin reaches every active member; the sender and the counts are the server’s to set', async () => {
    const res = await send(admin, { audience: 'all', sendEmail: false, status: 'sent', recipientCount: 1, sentBy: coordinator.id })
    expect(res.status).toBe(201)
    await deliver()
    const all = (await adapter.drizzle.execute<{ n: number }>(sql`
      SELECT count(*)::int AS n FROM members m JOIN users u ON u.id = m.user_id
      WHERE m.membership_status = 'active' AND m.deleted_at IS NULL AND u.account_status = 'active'`)).rows[0].n
    expect(await broadcast(res.body.doc!.id)).toMatchObject({ status: 'sent', recipientCount: all, emailQueued: 0, emailSent: 0, sentBy: admin.id })
    expect((await recipientsOf(res.body.doc!.id)).length).toBe(all)
  })
})

describe('a broadcast to a region of 5,000 members', () => {
  const prefix = unique('siar')
  // The other files share this database: 5,000 more active members would be billed, chased for
  // arrears and mailed by every later test that works on all members.
  afterAll(async () => {
    const generated = sql`SELECT id FROM users WHERE email LIKE ${`${prefix}-%`}`
    await adapter.drizzle.execute(sql`DELETE FROM notifications WHERE recipient_id IN (${generated})`)
    await adapter.drizzle.execute(sql`DELETE FROM members WHERE user_id IN (${generated})`)
    await adapter.drizzle.execute(sql`DELETE FROM users WHERE email LIKE ${`${prefix}-%`}`)
  })

  it('is queued, then fanned out and delivered by email in batches to exactly those members, a refused delivery retried once', async () => {
    const region = await makeRegion(payload)
    await generateMemberRecords(adapter.pool, 5000, [region], prefix)
    const expected = await activeMembersOf(region)
    expect(expected).toHaveLength(5000)
    const greylisted = `${prefix}-17@bench.balai.test`
    mail.refuseNext(greylisted)

    const res = await send(admin, { audience: 'region', region, title: unique('Siaran besar ') })
    expect(res.status).toBe(201)
    // Nothing fanned out before the job queue runs.
    expect(await recipientsOf(res.body.doc!.id)).toEqual([])
    await deliver({ quiet: true })
    expect(await recipientsOf(res.body.doc!.id)).toEqual(expected)
    expect(await broadcast(res.body.doc!.id)).toMatchObject({ status: 'sending', recipientCount: 5000, emailQueued: 5000, emailSent: 4999 })

    await skipBackoff(payload, 'communityBroadcastEmails')
    await runJobs(payload)
    expect(await broadcast(res.body.doc!.id)).toMatchObject({ status: 'sent', emailSent: 5000 })
    const received = (await mail.all()).filter((m) => m.to[0]?.startsWith(`${prefix}-`)).map((m) => m.to[0])
    expect(received).toHaveLength(5000)
    expect(new Set(received).size).toBe(5000)
    const emails = (await adapter.drizzle.execute<{ email: string }>(sql`SELECT email FROM users WHERE id IN (SELECT recipient_id FROM notifications WHERE broadcast_id = ${res.body.doc!.id})`)).rows.map((r) => r.email)
    expect(new Set(received)).toEqual(new Set(emails))
    expect(await pendingJobs()).toBe(0)
  }, 600_000)
})

describe('members’ notifications', () => {
  it('each member reads only their own, marks one read, then all; someone else’s is a 404', async () => {
    const region = await makeRegion(payload)
    const alice = await person(payload, region)
    const bob = await person(payload, region)
    for (const title of ['Satu', 'Dua']) await send(admin, { audience: 'region', region, title, sendEmail: false })
    await deliver()
    type List = { docs: Array<{ id: number; title: string; recipient: number; readAt?: string | null }> }
    const mine = await rest<List>('GET', '/notifications?depth=0&sort=createdAt', undefined, { token: alice.token })
    expect(mine.body.docs.map((d) => [d.title, d.recipient])).toEqual([['Satu', alice.userId], ['Dua', alice.userId]])
    const bobs = await rest<List>('GET', '/notifications?depth=0', undefined, { token: bob.token })
    expect(bobs.body.docs.every((d) => d.recipient === bob.userId)).toBe(true)

    expect((await rest('POST', `/notifications/${bobs.body.docs[0].id}/read`, {}, { token: alice.token })).status).toBe(404)
    expect((await rest('POST', `/notifications/${mine.body.docs[0].id}/read`, {}, { token: alice.token })).status).toBe(200)
    const after = await rest<List>('GET', '/notifications?depth=0&sort=createdAt', undefined, { token: alice.token })
    expect(after.body.docs.map((d) => Boolean(d.readAt))).toEqual([true, false])
    expect((await rest<{ marked: number }>('POST', '/notifications/read-all', {}, { token: alice.token })).body.marked).toBe(1)
    expect((await rest<List>('GET', '/notifications?depth=0&where[readAt][exists]=false', undefined, { token: alice.token })).body.docs).toEqual([])
    // Bob's stay unread; nobody writes notifications through the API.
    expect((await rest<List>('GET', '/notifications?depth=0&where[readAt][exists]=false', undefined, { token: bob.token })).body.docs).toHaveLength(2)
    expect((await rest('PATCH', `/notifications/${bobs.body.docs[0].id}`, { readAt: new Date().toISOString() }, { token: bob.token })).status).toBe(403)
    expect((await rest('POST', '/notifications/read-all', {})).status).toBe(401)
  })
})
