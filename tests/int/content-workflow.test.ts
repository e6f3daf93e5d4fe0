import type { Payload } from 'payload'
import { describe, expect, inject, it } from 'vitest'

import type { Content } from '../../payload-types'
import { as, rest, seeded, testPayload, unique } from '../helpers/api'
import { runJobs } from '../helpers/jobs'
import { inbox } from '../helpers/smtp'

const payload: Payload = await testPayload()
const mail = inbox(inject('mailDir'))

type Doc = { doc: Content; errors?: Array<{ message: string }> }

const stored = (id: number) => payload.findByID({ collection: 'content', id, overrideAccess: true, depth: 0 })

/** The item as it is in the database, minus what a refused request must not have changed. */
const snapshot = async (id: number) => {
  const { updatedAt, workflowStatus, _status, title, workflowHistory } = await stored(id)
  return { updatedAt, workflowStatus, _status, title, history: workflowHistory?.length }
}

const draftBy = async (role: string, extra: Record<string, unknown> = {}) => {
  const actor = await as(payload, role)
  const created = await actor.rest<Doc>('POST', '/content', { title: `Berita uji ${unique()}`, type: 'news', ...extra })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return created.body.doc
}

const messageOf = (body: unknown) => JSON.stringify(body)

describe('content workflow', () => {
  it('walks a contributor’s item from draft through review and rejection to publication', async () => {
    const contributor = await as(payload, 'contributor')
    const editor = await as(payload, 'editor')

    // Authors write under their own name, whatever they send.
    const item = await draftBy('contributor', { author: seeded().users.admin.id })
    expect(item.workflowStatus).toBe('draft')
    expect(item._status).toBe('draft')
    expect(item.slug).toMatch(/^berita-uji-/)
    expect(typeof item.author === 'object' ? item.author?.id : item.author).toBe(contributor.id)

    // Publishing is not theirs to do, through the status or through Payload's Publish button.
    for (const attempt of [{ workflowStatus: 'published' }, { _status: 'published' }]) {
      const before = await snapshot(item.id)
      const refused = await contributor.rest('PATCH', `/content/${item.id}`, attempt)
      expect(refused.status).toBe(403)
      expect(messageOf(refused.body)).toContain('tidak berhak')
      expect(await snapshot(item.id)).toEqual(before)
    }

    const submitted = await contributor.rest<Doc>('PATCH', `/content/${item.id}`, { workflowStatus: 'pending_review' })
    expect(submitted.status).toBe(200)
    expect(submitted.body.doc.workflowStatus).toBe('pending_review')

    // Under review, the author's hands are off.
    const underReview = await snapshot(item.id)
    const edit = await contributor.rest('PATCH', `/content/${item.id}`, { title: 'Judul diubah saat ditinjau' })
    expect(edit.status).toBe(403)
    expect(messageOf(edit.body)).toContain('Menunggu tinjauan')
    expect(await snapshot(item.id)).toEqual(underReview)

    // A rejection needs a comment.
    const bare = await editor.rest('PATCH', `/content/${item.id}`, { workflowStatus: 'rejected' })
    expect(bare.status).toBe(400)
    expect(messageOf(bare.body)).toContain('komentar')
    expect(await snapshot(item.id)).toEqual(underReview)

    const rejected = await editor.rest<Doc>('PATCH', `/content/${item.id}`, { workflowStatus: 'rejected', reviewComment: 'Tambahkan sumber berita.' })
    expect(rejected.status).toBe(200)
    expect(rejected.body.doc.workflowStatus).toBe('rejected')

    // The author reworks it: rejected → draft → review again, then the editor approves.
    expect((await contributor.rest('PATCH', `/content/${item.id}`, { title: 'Berita uji dengan sumber', workflowStatus: 'draft' })).status).toBe(200)
    expect((await contributor.rest('PATCH', `/content/${item.id}`, { workflowStatus: 'pending_review' })).status).toBe(200)
    const approved = await editor.rest<Doc>('PATCH', `/content/${item.id}`, { workflowStatus: 'published' })
    expect(approved.status).toBe(200)
    expect(approved.body.doc).toMatchObject({ workflowStatus: 'published', _status: 'published' })
    expect(approved.body.doc.publishedAt).toBeTruthy()

    const history = (await stored(item.id)).workflowHistory!.map((entry) => [entry.action, entry.from ?? null, entry.to, entry.by, entry.comment ?? null])
    expect(history).toEqual([
      ['created', null, 'draft', contributor.id, null],
      ['submitted', 'draft', 'pending_review', contributor.id, null],
      ['rejected', 'pending_review', 'rejected', editor.id, 'Tambahkan sumber berita.'],
      ['reopened', 'rejected', 'draft', contributor.id, null],
      ['submitted', 'draft', 'pending_review', contributor.id, null],
      ['approved', 'pending_review', 'published', editor.id, null],
    ])
    expect((await stored(item.id)).reviewer).toBe(editor.id)

    // Visitors now read it; the audit log has the approval.
    expect((await rest('GET', `/content/${item.id}`)).status).toBe(200)
    const audit = await payload.find({ collection: 'audit-logs', where: { targetType: { equals: 'content' }, targetId: { equals: String(item.id) } }, overrideAccess: true, sort: 'createdAt' })
    expect(audit.docs.map((entry) => entry.action)).toEqual(['content.submitted', 'content.rejected', 'content.reopened', 'content.submitted', 'content.approved'])
  })

  it('keeps contributors to their own items and to drafts when deleting', async () => {
    const contributor = await as(payload, 'contributor')
    const others = await draftBy('editor')
    const before = await snapshot(others.id)
    expect((await contributor.rest('PATCH', `/content/${others.id}`, { title: 'Bukan milik saya' })).status).toBeGreaterThanOrEqual(403)
    expect(await snapshot(others.id)).toEqual(before)

    const mine = await draftBy('contributor')
    await contributor.rest('PATCH', `/content/${mine.id}`, { workflowStatus: 'pending_review' })
    expect((await contributor.rest('DELETE', `/content/${mine.id}`)).status).toBeGreaterThanOrEqual(403)
    expect((await stored(mine.id)).id).toBe(mine.id)
    const draft = await draftBy('contributor')
    expect((await contributor.rest('DELETE', `/content/${draft.id}`)).status).toBe(200)
  })

  it('lets editors publish directly and unpublish, and only admins force other moves', async () => {
    const editor = await as(payload, 'editor')
    const admin = await as(payload, 'admin')
    const item = await draftBy('editor')
    const published = await editor.rest<Doc>('PATCH', `/content/${item.id}`, { _status: 'published' })
    expect(published.body.doc).toMatchObject({ workflowStatus: 'published', _status: 'published' })

    const before = await snapshot(item.id)
    const sideways = await editor.rest('PATCH', `/content/${item.id}`, { workflowStatus: 'pending_review' })
    expect(sideways.status).toBe(403)
    expect(await snapshot(item.id)).toEqual(before)

    const forced = await admin.rest<Doc>('PATCH', `/content/${item.id}`, { workflowStatus: 'pending_review', reviewComment: 'Perlu dicek ulang' })
    expect(forced.status).toBe(200)
    expect(forced.body.doc).toMatchObject({ workflowStatus: 'pending_review', _status: 'draft' })
    expect((await stored(item.id)).workflowHistory!.at(-1)).toMatchObject({ action: 'forced', from: 'published', to: 'pending_review', by: admin.id })
    expect((await rest('GET', `/content/${item.id}`)).status).toBe(404)

    const again = await editor.rest<Doc>('PATCH', `/content/${item.id}`, { workflowStatus: 'published' })
    const unpublished = await editor.rest<Doc>('PATCH', `/content/${item.id}`, { workflowStatus: 'draft' })
    expect([again.status, unpublished.body.doc._status]).toEqual([200, 'draft'])
  })

  it('shows members-only items to members and nobody else outside the staff', async () => {
    const editor = await as(payload, 'editor')
    const member = await as(payload, 'member')
    const candidate = await as(payload, 'candidate')
    const item = await draftBy('editor', { visibility: 'members' })
    await editor.rest('PATCH', `/content/${item.id}`, { workflowStatus: 'published' })
    expect((await member.rest('GET', `/content/${item.id}`)).status).toBe(200)
    expect((await candidate.rest('GET', `/content/${item.id}`)).status).toBe(404)
    expect((await rest('GET', `/content/${item.id}`)).status).toBe(404)
    // The review trail is for staff.
    const seen = await member.rest<Content>('GET', `/content/${item.id}`)
    expect(seen.body.workflowHistory ?? []).toEqual([])
    expect(seen.body.reviewer ?? null).toBeNull()
    expect((await editor.rest<Content>('GET', `/content/${item.id}`)).body.workflowHistory).toHaveLength(2)
  })

  it('publishes an item approved for later when its time comes, with nobody acting', async () => {
    const editor = await as(payload, 'editor')
    const item = await draftBy('contributor')
    await (await as(payload, 'contributor')).rest('PATCH', `/content/${item.id}`, { workflowStatus: 'pending_review' })
    const publishAt = new Date(Date.now() + 1500).toISOString()
    const approved = await editor.rest<Doc>('PATCH', `/content/${item.id}`, { workflowStatus: 'published', publishedAt: publishAt, reviewComment: 'Terbit besok pagi' })
    expect(approved.status).toBe(200)
    expect(approved.body.doc).toMatchObject({ workflowStatus: 'pending_review', _status: 'draft' })
    expect(new Date(approved.body.doc.scheduledFor!).toISOString()).toBe(publishAt)
    expect((await rest('GET', `/content/${item.id}`)).status).toBe(404)

    // Only this task: other tests leave plenty of mail jobs in the queue.
    const runPublications = () => payload.jobs.run({ allQueues: true, where: { taskSlug: { equals: 'publishScheduledContent' } } })
    // Not yet due: the runner leaves it.
    await runPublications()
    expect((await stored(item.id)).workflowStatus).toBe('pending_review')

    await new Promise((resolve) => setTimeout(resolve, Math.max(0, new Date(publishAt).getTime() - Date.now() + 100)))
    await runPublications()
    const after = await stored(item.id)
    expect(after).toMatchObject({ workflowStatus: 'published', _status: 'published', reviewer: editor.id })
    expect(after.workflowHistory!.slice(-2).map((entry) => [entry.action, entry.to, entry.by ?? null])).toEqual([
      ['scheduled', 'pending_review', editor.id],
      ['published', 'published', null],
    ])
    expect((await rest('GET', `/content/${item.id}`)).status).toBe(200)
  })

  it('keeps versions that staff compare and restore', async () => {
    const editor = await as(payload, 'editor')
    const item = await draftBy('editor')
    await editor.rest('PATCH', `/content/${item.id}`, { title: 'Judul versi kedua' })
    const versions = await editor.rest<{ docs: Array<{ id: string; version: { title: string } }> }>('GET', `/content/versions?where[parent][equals]=${item.id}&sort=createdAt`)
    expect(versions.body.docs.map((v) => v.version.title)).toEqual([item.title, 'Judul versi kedua'])
    expect((await rest('GET', `/content/versions?where[parent][equals]=${item.id}`)).body).not.toHaveProperty('docs.0')

    // Authors see their own items' versions, and nobody else's.
    const contributor = await as(payload, 'contributor')
    const own = await draftBy('contributor')
    const ownVersions = await contributor.rest<{ docs: unknown[] }>('GET', `/content/versions?where[parent][equals]=${own.id}`)
    expect([ownVersions.status, ownVersions.body.docs.length]).toEqual([200, 1])
    expect((await contributor.rest<{ docs: unknown[] }>('GET', `/content/versions?where[parent][equals]=${item.id}`)).body.docs).toEqual([])

    const restored = await editor.rest('POST', `/content/versions/${versions.body.docs[0].id}`)
    expect(restored.status).toBe(200)
    expect((await stored(item.id)).title).toBe(item.title)
  })

  it('refuses malformed input with a clear message', async () => {
    const editor = await as(payload, 'editor')
    for (const [data, text] of [
      [{ title: 'Abc' }, 'title'],
      [{ title: 'Judul yang cukup', slug: 'Bukan Slug!' }, 'huruf kecil'],
      [{ title: 'Judul yang cukup', youtubeUrl: 'https://vimeo.com/12345' }, 'YouTube'],
      [{ title: 'Judul yang cukup', youtubeUrl: 'https://www.youtube.com.evil.test/watch?v=dQw4w9WgXcQ' }, 'YouTube'],
    ] as const) {
      const response = await editor.rest('POST', '/content', { type: 'news', ...data })
      expect(response.status, JSON.stringify(data)).toBe(400)
      expect(messageOf(response.body)).toContain(text)
    }
    const ok = await editor.rest<Doc>('POST', '/content', { title: 'Video kegiatan desa', type: 'activity', youtubeUrl: 'https://youtu.be/dQw4w9WgXcQ' })
    expect(ok.status).toBe(201)
    // Same title again: the generated slug gets a number; a slug typed by hand that is taken is refused.
    const twin = await editor.rest<Doc>('POST', '/content', { title: 'Video kegiatan desa', type: 'activity' })
    expect(twin.body.doc.slug).toBe(`${ok.body.doc.slug}-2`)
    const typed = await editor.rest('POST', '/content', { title: 'Video lain', slug: ok.body.doc.slug, type: 'activity' })
    expect(typed.status).toBe(400)
  })

  it('emails reviewers about a submission and the author about the decision, with the comment and a link', async () => {
    const contributor = await as(payload, 'contributor')
    const editor = await as(payload, 'editor')
    const item = await draftBy('contributor', { title: `Liputan posyandu ${unique()}` })
    await contributor.rest('PATCH', `/content/${item.id}`, { workflowStatus: 'pending_review' })
    // Queued with the change, sent by the job runner.
    expect(await mail.find({ to: editor.email, subject: item.title })).toEqual([])
    await runJobs(payload)

    const review = await mail.waitForMail({ to: editor.email, subject: `Menunggu tinjauan: ${item.title}` })
    expect(review.text).toContain('diajukan untuk ditinjau oleh Uji Kontributor')
    expect(review.text).toContain('— English —')
    expect(review.links).toContain(`${payload.config.serverURL}/admin/collections/content/${item.id}`)
    // Reviewers only: not the author, not members, not region-bound coordinators.
    for (const role of ['contributor', 'member', 'coordinator']) {
      expect(await mail.find({ to: seeded().users[role].email, subject: item.title }), role).toEqual([])
    }
    expect(await mail.find({ to: seeded().users.admin.email, subject: item.title })).toHaveLength(1)

    await editor.rest('PATCH', `/content/${item.id}`, { workflowStatus: 'rejected', reviewComment: 'Foto <b>buram</b>, mohon diganti.' })
    await runJobs(payload)
    const rejected = await mail.waitForMail({ to: contributor.email, subject: `Perlu perbaikan: ${item.title}` })
    expect(rejected.text).toContain('Foto <b>buram</b>, mohon diganti.')
    expect(rejected.html).toContain('Foto &lt;b&gt;buram&lt;/b&gt;')
    expect(rejected.links).toContain(`${payload.config.serverURL}/admin/collections/content/${item.id}`)

    await contributor.rest('PATCH', `/content/${item.id}`, { workflowStatus: 'draft' })
    await contributor.rest('PATCH', `/content/${item.id}`, { workflowStatus: 'pending_review' })
    await editor.rest('PATCH', `/content/${item.id}`, { workflowStatus: 'published' })
    await runJobs(payload)
    await mail.waitForMail({ to: contributor.email, subject: `Disetujui: ${item.title}` })
    // The editor did not get mail about their own decisions.
    expect((await mail.find({ to: editor.email, subject: item.title })).map((m) => m.subject)).toEqual([`Menunggu tinjauan: ${item.title} / Waiting for review: ${item.title}`, `Menunggu tinjauan: ${item.title} / Waiting for review: ${item.title}`])
  })
})
