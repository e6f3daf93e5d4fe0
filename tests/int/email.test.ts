/** Queued email, delivered by the job runner to a real SMTP server on loopback. */
import { createLocalReq, type PayloadRequest } from 'payload'
import { describe, expect, inject, it } from 'vitest'

import { composeEmail, queueEmail } from '../../src/lib/mail'
import { withTransaction } from '../../src/lib/transaction'
import { rest, roleId, seeded, testPayload, unique } from '../helpers/api'
import { runJobs, skipBackoff } from '../helpers/jobs'
import { inbox } from '../helpers/smtp'

const payload = await testPayload()
const mail = inbox(inject('mailDir'))
const address = (prefix: string) => `${unique(prefix)}@test.balai.test`
const localReq = () => createLocalReq({}, payload) as Promise<PayloadRequest>

/** A message like the review notices the workflow sends, with text that must be escaped. */
const reviewNotice = (req: PayloadRequest) =>
  composeEmail(req, {
    subject: { id: 'Konten menunggu tinjauan', en: 'Content awaits review' },
    paragraphs: [{ id: 'Artikel "Panen <raya>" diajukan untuk ditinjau.', en: 'The article "Panen <raya>" was submitted for review.' }],
    actions: [{ label: { id: 'Tinjau sekarang', en: 'Review now' }, href: '/admin/collections/content/7' }],
  })

const pendingEmailJobs = async (to: string) =>
  (await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'sendEmail' } }, overrideAccess: true, limit: 100, depth: 0 })).docs.filter(
    (job) => (job.input as { to?: string }).to === to,
  )

describe('queued email', () => {
  it('waits for the job runner, then arrives with its recipient, Indonesian then English, escaped HTML and an absolute link', async () => {
    const to = address('surat')
    const req = await localReq()
    await queueEmail(req, { to, ...reviewNotice(req) })
    expect(await mail.find({ to })).toEqual([])

    await runJobs(payload)
    const got = await mail.waitForMail({ to })
    expect(got.to).toEqual([to])
    expect(got.subject).toBe('Konten menunggu tinjauan / Content awaits review')
    expect(got.text).toContain('Artikel "Panen <raya>" diajukan untuk ditinjau.')
    expect(got.text.indexOf('diajukan untuk ditinjau')).toBeLessThan(got.text.indexOf('was submitted for review'))
    expect(got.links).toEqual(['http://localhost:3000/admin/collections/content/7'])
    expect(got.html).toContain('Panen &lt;raya&gt;')
    expect(got.html).not.toContain('<raya>')
    expect(await pendingEmailJobs(to)).toEqual([])
  })

  it('is retried after the mail server refuses it, waits for its backoff, and arrives exactly once', async () => {
    const to = address('tunda')
    mail.refuseNext(to)
    const req = await localReq()
    await queueEmail(req, { to, ...reviewNotice(req) })

    await runJobs(payload, { quiet: true })
    expect(await mail.find({ to })).toEqual([])
    const [job] = await pendingEmailJobs(to)
    expect(job.totalTried).toBe(1)
    expect(job.hasError).toBeFalsy()
    expect(new Date(job.waitUntil!).getTime()).toBeGreaterThan(Date.now() + 10_000)

    // Not before its backoff has passed…
    await runJobs(payload)
    expect(await mail.find({ to })).toEqual([])
    // …then it goes through.
    await skipBackoff(payload, 'sendEmail')
    await runJobs(payload)
    await mail.waitForMail({ to })
    expect(await mail.find({ to })).toHaveLength(1)
    expect(await pendingEmailJobs(to)).toEqual([])
  })

  it('is never sent when the change that queued it rolls back', async () => {
    const dropped = address('batal')
    const kept = address('jadi')
    const failing = await localReq()
    await expect(
      withTransaction(failing, async () => {
        await queueEmail(failing, { to: dropped, ...reviewNotice(failing) })
        throw new Error('the change was refused')
      }),
    ).rejects.toThrow('the change was refused')
    const succeeding = await localReq()
    await withTransaction(succeeding, () => queueEmail(succeeding, { to: kept, ...reviewNotice(succeeding) }))

    await runJobs(payload)
    await mail.waitForMail({ to: kept })
    expect(await mail.find({ to: dropped })).toEqual([])
    expect(await pendingEmailJobs(dropped)).toEqual([])
  })
})

describe('password reset email', () => {
  it('arrives in both languages with an absolute link whose token resets the password', async () => {
    const email = address('lupa')
    await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email, password: 'lama-sekali-1', name: 'Sari <Lupa>', role: await roleId(payload, 'member'), region: seeded().regions.home, accountStatus: 'active' },
    })
    expect((await rest('POST', '/users/forgot-password', { email }, { ip: '198.51.100.20' })).status).toBe(200)

    // Queued like every other message, so answering takes as long for unknown addresses.
    await runJobs(payload)
    const got = await mail.waitForMail({ to: email })
    expect(got.subject).toBe('Atur ulang kata sandi Balai Anda / Reset your Balai password')
    expect(got.html).toContain('Halo Sari &lt;Lupa&gt;,')
    expect(got.html).toContain('Hello Sari &lt;Lupa&gt;,')
    const [link] = got.links
    expect(link).toMatch(/^http:\/\/localhost:3000\/atur-ulang-sandi\?token=[0-9a-f]+$/)

    const token = new URL(link).searchParams.get('token')
    const reset = await rest('POST', '/users/reset-password', { token, password: 'baru-sekali-2' })
    expect(reset.status).toBe(200)
    expect((await rest('POST', '/users/login', { email, password: 'baru-sekali-2' }, { ip: '198.51.100.21' })).status).toBe(200)
  })
})
