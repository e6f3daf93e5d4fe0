/** Newsletter sign-up with double opt-in, through the public endpoints and the loopback SMTP server. */
import crypto from 'node:crypto'

import { describe, expect, inject, it } from 'vitest'

import { as, rest, testPayload, unique } from '../helpers/api'
import { runJobs } from '../helpers/jobs'
import { inbox } from '../helpers/smtp'

const payload = await testPayload()
const mail = inbox(inject('mailDir'))

let octet = 0
/** Each sign-up comes from its own address unless a test says otherwise, so IP limits stay apart. */
const newIp = () => `203.0.113.${++octet}`
const address = () => `${unique('langganan')}@test.balai.test`

type Answer = { message?: string; status?: string; errors?: Array<{ message: string }> }

const subscribe = (body: Record<string, unknown>, ip = newIp()) => rest<Answer>('POST', '/subscribers/subscribe', body, { ip })
const confirm = (token: string | undefined) => rest<Answer>('POST', '/subscribers/confirm', { token })
const unsubscribe = (token: string | undefined) => rest<Answer>('POST', '/subscribers/unsubscribe', { token })

const stored = async (email: string) =>
  (await payload.find({ collection: 'subscribers', where: { email: { equals: email } }, overrideAccess: true, showHiddenFields: true, depth: 0 })).docs[0]

/** Delivers the queued mail and returns the links of the newest confirmation message. */
const confirmationLinks = async (email: string, count = 1) => {
  await runJobs(payload)
  await mail.waitForMail({ to: email, subject: 'Konfirmasi langganan' })
  const messages = await mail.find({ to: email, subject: 'Konfirmasi langganan' })
  expect(messages).toHaveLength(count)
  const { links } = messages.at(-1)!
  const link = (page: string) => links.find((href) => href.startsWith(`http://localhost:3000${page}?token=`))
  const token = (href: string | undefined) => (href ? (new URL(href).searchParams.get('token') ?? undefined) : undefined)
  const confirmLink = link('/langganan/konfirmasi')
  const unsubscribeLink = link('/langganan/berhenti')
  expect(confirmLink).toBeDefined()
  expect(unsubscribeLink).toBeDefined()
  return { confirm: token(confirmLink), unsubscribe: token(unsubscribeLink) }
}

const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('hex')

describe('subscribing', () => {
  it('sends a confirmation email whose link makes the subscription active', async () => {
    const email = address()
    const res = await subscribe({ email: `  ${email.toUpperCase()} `, name: 'Budi Santoso' })
    expect(res.status).toBe(202)
    expect(res.body.message).toContain('Periksa kotak masuk')
    expect(await stored(email)).toMatchObject({ status: 'pending', name: 'Budi Santoso', locale: 'id' })

    const tokens = await confirmationLinks(email)
    const message = (await mail.find({ to: email }))[0]
    expect(message.text.indexOf('Konfirmasikan alamat email')).toBeLessThan(message.text.indexOf('Please confirm your email'))
    // Only hashes are stored.
    const before = await stored(email)
    expect(before.confirmTokenHash).toBe(sha256(tokens.confirm!))
    expect(before.unsubscribeTokenHash).toBe(sha256(tokens.unsubscribe!))

    const confirmed = await confirm(tokens.confirm)
    expect(confirmed.status).toBe(200)
    expect(confirmed.body).toMatchObject({ status: 'active', message: 'Langganan Anda sudah aktif. Terima kasih!' })
    const after = await stored(email)
    expect(after.status).toBe('active')
    expect(after.confirmedAt).toBeTruthy()
    // A second click on the same link is fine.
    expect((await confirm(tokens.confirm)).status).toBe(200)
  })

  it('refuses an expired or unknown confirmation link with a clear message, changing nothing', async () => {
    const email = address()
    await subscribe({ email })
    const tokens = await confirmationLinks(email)
    const subscriber = await stored(email)
    await payload.update({ collection: 'subscribers', id: subscriber.id, data: { confirmTokenExpiresAt: new Date(Date.now() - 1000).toISOString() }, overrideAccess: true })

    const expired = await confirm(tokens.confirm)
    expect(expired.status).toBe(410)
    expect(expired.body.errors?.[0].message).toContain('sudah kedaluwarsa')
    expect((await stored(email)).status).toBe('pending')

    const unknown = await confirm('bukan-token-yang-benar')
    expect(unknown.status).toBe(400)
    expect(unknown.body.errors?.[0].message).toContain('tidak dikenal')
    expect((await confirm(undefined)).status).toBe(400)
  })

  it('ends the subscription from the unsubscribe link, idempotently, and the old confirm link cannot undo it', async () => {
    const email = address()
    await subscribe({ email })
    const tokens = await confirmationLinks(email)
    await confirm(tokens.confirm)

    const first = await unsubscribe(tokens.unsubscribe)
    expect(first.status).toBe(200)
    expect(first.body).toMatchObject({ status: 'unsubscribed', message: 'Anda sudah berhenti berlangganan.' })
    const after = await stored(email)
    expect(after.status).toBe('unsubscribed')
    expect(after.unsubscribedAt).toBeTruthy()
    expect((await unsubscribe(tokens.unsubscribe)).status).toBe(200)
    expect((await stored(email)).unsubscribedAt).toBe(after.unsubscribedAt)

    expect((await confirm(tokens.confirm)).status).toBe(400)
    expect((await stored(email)).status).toBe('unsubscribed')
    expect((await unsubscribe('bukan-token')).status).toBe(400)
  })

  it('answers a repeated sign-up the same way: a pending or unsubscribed address gets a fresh link, an active one nothing', async () => {
    const pending = address()
    const first = await subscribe({ email: pending })
    const again = await subscribe({ email: pending })
    expect(again.status).toBe(first.status)
    expect(again.body).toEqual(first.body)
    const tokens = await confirmationLinks(pending, 2)
    expect((await confirm(tokens.confirm)).status).toBe(200)

    const activeAgain = await subscribe({ email: pending })
    expect(activeAgain.body).toEqual(first.body)
    await runJobs(payload)
    expect(await mail.find({ to: pending })).toHaveLength(2)

    const leaving = address()
    await subscribe({ email: leaving, locale: 'en' })
    const old = await confirmationLinks(leaving)
    await confirm(old.confirm)
    await unsubscribe(old.unsubscribe)
    expect((await subscribe({ email: leaving })).body).toEqual(first.body)
    expect((await stored(leaving)).status).toBe('pending')
    const fresh = await confirmationLinks(leaving, 2)
    expect((await confirm(fresh.confirm)).status).toBe(200)
    expect(await stored(leaving)).toMatchObject({ status: 'active', locale: 'en' })
  })

  it('gives a bot that fills the honeypot the usual answer, but stores and sends nothing', async () => {
    const email = address()
    const res = await subscribe({ email, website: 'http://spam.example' })
    expect(res.status).toBe(202)
    expect(res.body.message).toContain('Periksa kotak masuk')
    expect(await stored(email)).toBeUndefined()
    await runJobs(payload)
    expect(await mail.find({ to: email })).toEqual([])
  })

  it('refuses an invalid address with a clear message', async () => {
    const res = await subscribe({ email: 'bukan-email' })
    expect(res.status).toBe(400)
    expect(res.body.errors?.[0].message).toBe('Masukkan alamat email yang valid.')
  })

  it('limits sign-ups per address and per IP with 429 and Retry-After', async () => {
    const email = address()
    for (let attempt = 1; attempt <= 3; attempt++) expect((await subscribe({ email })).status, `attempt ${attempt}`).toBe(202)
    const perAddress = await subscribe({ email })
    expect(perAddress.status).toBe(429)
    expect(Number(perAddress.headers.get('retry-after'))).toBeGreaterThan(0)

    const ip = newIp()
    for (let attempt = 1; attempt <= 10; attempt++) expect((await subscribe({ email: address() }, ip)).status, `attempt ${attempt}`).toBe(202)
    const perIp = await subscribe({ email: address() }, ip)
    expect(perIp.status).toBe(429)
    expect(perIp.body.errors?.[0].message).toContain('Terlalu banyak percobaan')
  })
})

describe('subscriber data', () => {
  it('cannot be created through the plain API by visitors, and token hashes are readable by nobody', async () => {
    expect((await rest('POST', '/subscribers', { email: address(), status: 'active', locale: 'id' })).status).toBe(403)

    const email = address()
    await subscribe({ email })
    const { id, confirmTokenHash } = await stored(email)
    const admin = await as(payload, 'super_admin')
    const doc = await admin.rest<Record<string, unknown>>('GET', `/subscribers/${id}`)
    expect(doc.status).toBe(200)
    expect(doc.body.email).toBe(email)
    expect(doc.body).not.toHaveProperty('confirmTokenHash')
    expect(doc.body).not.toHaveProperty('unsubscribeTokenHash')
    const probe = await admin.rest<{ docs?: unknown[] }>('GET', `/subscribers?where[confirmTokenHash][equals]=${confirmTokenHash}`)
    expect(probe.status).toBe(400)
    expect(probe.body.docs).toBeUndefined()
    const graphql = await admin.graphql(`{ Subscriber(id: ${id}) { email confirmTokenHash } }`)
    expect(graphql.body.data?.Subscriber).toEqual({ email, confirmTokenHash: null })
  })
})
