/** Messages to the board: members see their own conversations only; the board answers (mailed); the complaints inbox. */
import { describe, expect, inject, it } from 'vitest'

import { as, seeded, testPayload } from '../../helpers/api'
import { runJobs } from '../../helpers/jobs'
import { inbox } from '../../helpers/smtp'
import { makeMember, makeRegion, type Actor, type Answer } from './helpers'

const payload = await testPayload()
const mail = inbox(inject('mailDir'))
const admin = await as(payload, 'admin')
const coordinator = await as(payload, 'coordinator')
const candidate = await as(payload, 'candidate')
const member = await as(payload, 'member')
const away = await makeRegion(payload)

const [ani, budi] = await Promise.all([makeMember(payload), makeMember(payload)])
const stranger = await makeMember(payload, away)

const count = () => payload.count({ collection: 'messages', overrideAccess: true }).then((result) => result.totalDocs)
const stored = (id: number) => payload.findByID({ collection: 'messages', id, overrideAccess: true, depth: 0 })

const open = async (actor: Actor, subject = 'Pertanyaan uji pesan') => {
  const res = await actor.call('POST', '/messages', { subject, body: 'Isi pesan pembuka.', member: actor.id })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc!.id as number
}
const boardReply = (conversation: number, to: Actor, body = 'Jawaban pengurus.') =>
  admin.rest<Answer>('POST', '/messages', { conversation, member: to.id, body })

describe('members’ own conversations', () => {
  it('a member writes to the board and reads their conversation; the server sets sender, direction and region', async () => {
    const id = await open(ani)
    expect(await stored(id)).toMatchObject({ member: ani.id, sender: ani.id, fromBoard: false, region: seeded().regions.home, status: 'new' })
    const mine = await ani.call('GET', '/messages?depth=0&limit=100')
    expect((mine.body.docs ?? []).map((doc) => doc.id)).toContain(id)
  })

  it('another member can neither read it nor write into it, and nothing is written', async () => {
    const id = await open(ani)
    expect((await budi.call('GET', `/messages/${id}`)).status).toBe(404)
    const listed = await budi.call('GET', '/messages?depth=0&limit=100')
    expect((listed.body.docs ?? []).every((doc) => doc.member === budi.id)).toBe(true)
    const before = await count()
    // Into Ani's conversation as themself, or pretending to be Ani.
    expect((await budi.call('POST', '/messages', { conversation: id, member: budi.id, body: 'Menyusup.' })).status).toBe(404)
    expect((await budi.call('POST', '/messages', { conversation: id, member: ani.id, body: 'Menyamar.' })).status).toBe(403)
    expect(await count()).toBe(before)
  })

  it('a candidate and a visitor cannot message the board', async () => {
    const before = await count()
    expect((await candidate.rest('POST', '/messages', { subject: 'Calon', body: 'Halo', member: candidate.id })).status).toBe(403)
    expect(await count()).toBe(before)
  })

  it('an opening needs a subject; the board does not start conversations', async () => {
    const before = await count()
    expect((await ani.call('POST', '/messages', { body: 'Tanpa perihal', member: ani.id })).body.errors?.[0].message).toBe('Tulis perihal pesan (minimal 3 karakter).')
    expect((await admin.rest('POST', '/messages', { subject: 'Dari pengurus', body: 'Halo', member: ani.id })).status).toBe(400)
    expect(await count()).toBe(before)
  })
})

describe('the board answers', () => {
  it('a reply is mailed to the member and takes the conversation in hand', async () => {
    const id = await open(ani, 'Kartu anggota belum terbit')
    const res = await boardReply(id, ani, 'Kartu Anda sedang diproses <b>minggu ini</b>.')
    expect(res.status).toBe(201)
    expect(await stored(res.body.doc!.id as number)).toMatchObject({ fromBoard: true, sender: admin.id, member: ani.id, conversation: id })
    expect((await stored(id)).status).toBe('in_progress')
    await runJobs(payload)
    const message = await mail.waitForMail({ to: ani.email, subject: 'Kartu anggota belum terbit' })
    expect(message.subject).toContain('Balasan pengurus')
    expect(message.text).toContain('Kartu Anda sedang diproses <b>minggu ini</b>.')
    expect(message.html).toContain('&lt;b&gt;minggu ini&lt;/b&gt;')
    expect(message.links.some((link) => link.endsWith(`/anggota/pesan?c=${id}`))).toBe(true)
    // The member sees the answer in their conversation.
    const thread = await ani.call('GET', `/messages?where[conversation][equals]=${id}&depth=0`)
    expect((thread.body.docs ?? []).map((doc) => doc.body)).toEqual(['Kartu Anda sedang diproses <b>minggu ini</b>.'])
  })

  it('a reply that fails sends nothing: no mail for a conversation of another member', async () => {
    const id = await open(ani)
    const before = await count()
    expect((await boardReply(id, budi)).status).toBe(400)
    expect(await count()).toBe(before)
    await runJobs(payload)
    expect(await mail.find({ to: budi.email })).toEqual([])
  })

  it('a regional coordinator answers their region’s members only', async () => {
    const own = await open(ani)
    const other = await open(stranger)
    expect((await coordinator.rest('GET', `/messages/${other}`)).status).toBe(404)
    expect((await coordinator.rest('POST', '/messages', { conversation: other, member: stranger.id, body: 'Bukan wilayah saya.', region: away })).status).toBe(403)
    expect((await coordinator.rest('POST', '/messages', { conversation: own, member: ani.id, body: 'Dari koordinator.', region: seeded().regions.home })).status).toBe(201)
  })
})

describe('the complaints inbox', () => {
  it('staff set status and a staff assignee (audited); members cannot', async () => {
    const id = await open(ani)
    expect((await ani.call('PATCH', `/messages/${id}`, { status: 'closed' })).status).toBe(403)
    expect((await admin.rest('PATCH', `/messages/${id}`, { assignee: member.id })).status).toBe(400)
    expect((await admin.rest('PATCH', `/messages/${id}`, { status: 'closed', assignee: admin.id })).status).toBe(200)
    expect(await stored(id)).toMatchObject({ status: 'closed', assignee: admin.id })
    const audit = await payload.find({ collection: 'audit-logs', where: { and: [{ targetType: { equals: 'messages' } }, { targetId: { equals: String(id) } }] }, overrideAccess: true })
    expect(audit.docs.map((entry) => entry.newValues)).toEqual([{ status: 'closed', assignee: admin.id }])
    // The member writes again: the conversation is open again.
    expect((await ani.call('POST', '/messages', { conversation: id, member: ani.id, body: 'Masih belum beres.' })).status).toBe(201)
    expect((await stored(id)).status).toBe('new')
  })

  it('lists conversations by status and assignee', async () => {
    const id = await open(budi)
    await admin.rest('PATCH', `/messages/${id}`, { status: 'in_progress', assignee: admin.id })
    const res = await admin.rest<{ docs: Array<{ id: number }> }>('GET', `/messages?where[status][equals]=in_progress&where[assignee][equals]=${admin.id}&depth=0&limit=100`)
    expect(res.body.docs.map((doc) => doc.id)).toContain(id)
  })
})
