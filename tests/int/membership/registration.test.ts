/** The /daftar registration through its endpoints: every step's checks, email verification, resend, cancel. */
import { afterAll, afterEach, beforeEach, describe, expect, inject, it } from 'vitest'

import { SYSTEM_WRITE } from '../../../plugins/membership/collections/Members/hooks/guardStateFields'
import { hashToken } from '../../../plugins/membership/registration/verification'
import { registrationDues } from '../../../src/plugin-kit'
import { multipart, rest, roleId, seeded, testPayload, unique, type UploadFile } from '../../helpers/api'
import { pdfFile, pngFile } from '../../helpers/files'
import { runJobs } from '../../helpers/jobs'
import { inbox } from '../../helpers/smtp'
import { storedMember } from './helpers'

const payload = await testPayload()
const mail = inbox(inject('mailDir'))

// Membership on its own: the app's dues plugin (if listed) supplies no steps here unless a test
// provides its own (below).
const appProviders = registrationDues.of(payload.config)
const setProviders = (providers: typeof appProviders) => {
  payload.config.custom![registrationDues.key] = providers
}
beforeEach(() => setProviders([]))
afterAll(() => setProviders(appProviders))

type Answer = { message?: string; step?: string; status?: string; errors?: Array<{ message: string; field?: string }> }

let ipCounter = 0
/** Each registration from its own address: the per-IP sign-up limit is not what these tests are about. */
const freshIp = () => `10.77.${Math.floor(ipCounter / 250)}.${(ipCounter++ % 250) + 1}`

const tokenFrom = (headers: Headers) => /payload-token=([^;]+)/.exec(headers.get('set-cookie') ?? '')?.[1] ?? null

const credentials = (extra: Record<string, unknown> = {}) => ({
  fullName: 'Dewi Lestari',
  email: `${unique('daftar')}@test.balai.test`,
  password: 'rahasia-kuat-1',
  passwordConfirm: 'rahasia-kuat-1',
  ...extra,
})

const goodData = {
  fullName: 'Dewi Lestari, M.Sc.',
  phoneNumber: '+62 812 3456 7890',
  universityName: 'Universitas Uji',
  faculty: 'Teknik',
  employmentStatus: 'kontrak_pkwt',
  academicRank: 'lektor',
  salaryRange: '3_6',
}

const memberOf = async (email: string) => {
  const { docs: users } = await payload.find({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true, depth: 0 })
  if (!users[0]) return null
  const { docs } = await payload.find({ collection: 'members', where: { user: { equals: users[0].id } }, overrideAccess: true, showHiddenFields: true, depth: 0 })
  return { user: users[0], member: docs[0] }
}

/** A visitor's first step; their session token (from the auth cookie) for the next ones. */
const register = async (extra: Record<string, unknown> = {}) => {
  const body = credentials(extra)
  const res = await rest<Answer>('POST', '/members/register', body, { ip: freshIp(), headers: { 'accept-language': 'id' } })
  return { res, email: body.email, token: tokenFrom(res.headers) }
}

const step = (token: string, name: string, body: unknown = {}, lang = 'id') =>
  rest<Answer>('POST', `/members/registration/${name}`, body, { token, headers: { 'accept-language': lang } })

/** Registered up to the verification email (no dues plugin: data, region, agreement). */
const throughAgreement = async () => {
  const person = await register()
  expect(person.res.status).toBe(201)
  expect((await step(person.token!, 'data', goodData)).status).toBe(200)
  expect((await step(person.token!, 'region', { region: seeded().regions.home })).status).toBe(200)
  const agreed = await step(person.token!, 'agreement', { agree: true })
  expect(agreed.body.step).toBe('verify')
  return person
}

const verificationLink = async (email: string) => {
  await runJobs(payload)
  const message = await mail.waitForMail({ to: email, subject: 'Verifikasi email' })
  const link = message.links.find((href) => href.includes('/daftar/verifikasi?token='))!
  return new URL(link).searchParams.get('token')!
}

describe('the account step', () => {
  it('creates a pending candidate and its member record, and signs them in', async () => {
    const { res, email, token } = await register()
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ message: 'Akun dibuat. Lanjutkan dengan data diri Anda.', step: 'data' })
    expect(token).toBeTruthy()
    const stored = await memberOf(email)
    expect(stored?.user).toMatchObject({ role: await roleId(payload, 'candidate'), accountStatus: 'pending', name: 'Dewi Lestari' })
    expect(stored?.member).toMatchObject({ fullName: 'Dewi Lestari', membershipStatus: 'candidate', onboardingState: 'registered', registrationStep: 'data' })
    const me = await rest<{ user: { email: string } | null }>('GET', '/users/me', undefined, { token: token! })
    expect(me.body.user?.email).toBe(email)
  })

  it('refuses bad credentials with an Indonesian message per field, writing nothing', async () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ email: 'bukan-email' }, 'email', 'Masukkan alamat email yang valid.'],
      [{ password: 'pendek1', passwordConfirm: 'pendek1' }, 'password', 'Kata sandi minimal 8 karakter dan berisi huruf serta angka.'],
      [{ password: 'tanpaangka', passwordConfirm: 'tanpaangka' }, 'password', 'Kata sandi minimal 8 karakter dan berisi huruf serta angka.'],
      [{ passwordConfirm: 'rahasia-lain-2' }, 'passwordConfirm', 'Konfirmasi kata sandi tidak sama.'],
      [{ fullName: '  ' }, 'fullName', 'Nama lengkap wajib diisi.'],
    ]
    for (const [extra, field, message] of cases) {
      const { res, email, token } = await register(extra)
      expect(res.status, JSON.stringify(extra)).toBe(400)
      expect(res.body.errors).toContainEqual({ field, message })
      expect(token).toBeNull()
      if (typeof extra.email !== 'string') expect(await memberOf(email)).toBeNull()
    }
  })

  it('answers in English when asked', async () => {
    const res = await rest<Answer>('POST', '/members/register', credentials({ email: 'x' }), { ip: freshIp(), headers: { 'accept-language': 'en' } })
    expect(res.body.errors).toContainEqual({ field: 'email', message: 'Enter a valid email address.' })
  })

  it('refuses an email that is already registered (the unique index), keeping the first account as it was', async () => {
    const first = await register()
    const before = await memberOf(first.email)
    const again = await rest<Answer>('POST', '/members/register', credentials({ email: first.email.toUpperCase(), fullName: 'Orang Lain' }), { ip: freshIp() })
    expect(again.status).toBe(400)
    expect(again.body.errors).toEqual([{ field: 'email', message: 'Email ini sudah terdaftar. Silakan masuk, atau gunakan email lain.' }])
    expect(tokenFrom(again.headers)).toBeNull()
    expect(await memberOf(first.email)).toEqual(before)
  })

  it('drops what a bot sends through the honeypot', async () => {
    const body = credentials({ website: 'https://spam.example' })
    const res = await rest<Answer>('POST', '/members/register', body, { ip: freshIp() })
    expect(res.status).toBe(202)
    expect(await memberOf(body.email)).toBeNull()
  })

  it('is rate-limited per IP', async () => {
    const ip = freshIp()
    const statuses: number[] = []
    for (let i = 0; i < 11; i++) statuses.push((await rest('POST', '/members/register', credentials({ passwordConfirm: 'lain-lagi-9' }), { ip })).status)
    expect(statuses.slice(0, 10).every((status) => status === 400)).toBe(true)
    expect(statuses[10]).toBe(429)
  })
})

describe('the later steps', () => {
  it('keep progress on the server, refuse skipping ahead, and keep earlier steps when one fails', async () => {
    const { token, email } = await register()
    const early = await step(token!, 'agreement', { agree: true })
    expect(early.status).toBe(409)
    expect(early.body.errors?.[0].message).toBe('Selesaikan langkah sebelumnya terlebih dahulu.')

    const missing = await step(token!, 'data', { ...goodData, faculty: '', salaryRange: '', phoneNumber: 'telepon saya' })
    expect(missing.status).toBe(400)
    expect(missing.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'faculty', message: 'Fakultas wajib diisi.' },
        { field: 'golongan', message: 'Isi salah satu: Golongan atau Rentang gaji.' },
        { field: 'phoneNumber', message: 'Nomor HP hanya boleh berisi angka (boleh diawali +), 6–20 karakter.' },
      ]),
    )
    const badChoice = await step(token!, 'data', { ...goodData, academicRank: 'rektor' })
    expect(badChoice.body.errors).toEqual([{ field: 'academicRank', message: 'Pilihan untuk Jabatan fungsional tidak dikenal.' }])
    expect((await memberOf(email))?.member).toMatchObject({ registrationStep: 'data', faculty: null, academicRank: null })

    expect((await step(token!, 'data', goodData)).body.step).toBe('region')
    const noRegion = await step(token!, 'region', { region: 999999 })
    expect(noRegion.status).toBe(400)
    expect(noRegion.body.errors).toEqual([{ field: 'region', message: 'Pilih wilayah Anda dari daftar.' }])
    expect((await step(token!, 'region', { region: seeded().regions.away })).body.step).toBe('agreement')

    const notAgreed = await step(token!, 'agreement', { agree: false }, 'en')
    expect(notAgreed.status).toBe(400)
    expect(notAgreed.body.errors).toEqual([{ field: 'agree', message: 'Tick the statutes (AD/ART) agreement to continue.' }])

    // Going back to an earlier step and changing it does not move the candidate back.
    expect((await step(token!, 'data', { ...goodData, faculty: 'Hukum' })).body.step).toBe('agreement')
    const { member, user } = (await memberOf(email))!
    expect(member).toMatchObject({ ...goodData, faculty: 'Hukum', region: seeded().regions.away, registrationStep: 'agreement', agreedToTermsAt: null })
    expect(user).toMatchObject({ name: goodData.fullName, region: seeded().regions.away })
    // Without a dues plugin there are no dues steps at all.
    expect((await step(token!, 'dues')).status).toBe(409)

    expect((await step(token!, 'agreement', { agree: true })).body.step).toBe('verify')
    expect((await memberOf(email))?.member.agreedToTermsAt).toBeTruthy()
  })

  it('are for the candidate signed in only', async () => {
    expect((await rest('POST', '/members/registration/data', goodData)).status).toBe(401)
  })
})

describe('email verification', () => {
  it('a valid link confirms the email and makes the candidate ready for approval; used again it changes nothing', async () => {
    const { email } = await throughAgreement()
    const token = await verificationLink(email)
    const stored = (await memberOf(email))!.member
    expect(stored.emailVerification?.tokenHash).toBe(hashToken(token))

    const res = await rest<Answer>('POST', '/members/verify-email', { token })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ status: 'verified', message: 'Email Anda terverifikasi. Pengurus akan memeriksa pendaftaran Anda.' })
    const verified = await storedMember(payload, stored.id)
    expect(verified).toMatchObject({ onboardingState: 'email_verified', registrationStep: 'done', membershipStatus: 'candidate' })
    expect(verified.emailVerifiedAt).toBeTruthy()

    const again = await rest<Answer>('POST', '/members/verify-email', { token })
    expect(again.status).toBe(200)
    expect(again.body.status).toBe('already_verified')
    expect((await storedMember(payload, stored.id)).emailVerifiedAt).toBe(verified.emailVerifiedAt)
  })

  it('an expired link is refused with 410 and can be resent from it; an unknown one with 400', async () => {
    const { email } = await throughAgreement()
    const token = await verificationLink(email)
    const { member } = (await memberOf(email))!
    await payload.update({
      collection: 'members',
      id: member.id,
      data: { emailVerification: { ...member.emailVerification, expiresAt: new Date(Date.now() - 1000).toISOString() } },
      overrideAccess: true,
      context: { [SYSTEM_WRITE]: true },
    })
    const expired = await rest<Answer>('POST', '/members/verify-email', { token })
    expect(expired.status).toBe(410)
    expect(expired.body.errors?.[0].message).toContain('kedaluwarsa')
    expect((await storedMember(payload, member.id)).emailVerifiedAt).toBeNull()

    const unknown = await rest<Answer>('POST', '/members/verify-email', { token: 'tidak-ada-token-seperti-ini' })
    expect(unknown.status).toBe(400)
    expect(unknown.body.errors?.[0].message).toMatch(/^Tautan verifikasi ini tidak dikenal/)

    const resent = await rest<Answer>('POST', '/members/registration/resend', { token }, { ip: freshIp() })
    expect(resent.status).toBe(200)
    await runJobs(payload)
    const messages = await mail.find({ to: email, subject: 'Verifikasi email' })
    expect(messages).toHaveLength(2)
    const fresh = new URL(messages[1].links.find((href) => href.includes('token='))!).searchParams.get('token')!
    expect(fresh).not.toBe(token)
    // The old link stopped working; the new one works.
    expect((await rest('POST', '/members/verify-email', { token })).status).toBe(400)
    expect((await rest('POST', '/members/verify-email', { token: fresh })).status).toBe(200)
  })

  it('resending is limited per registration', async () => {
    const { email, token } = await throughAgreement()
    const statuses: number[] = []
    for (let i = 0; i < 4; i++) statuses.push((await step(token!, 'resend')).status)
    expect(statuses).toEqual([200, 200, 200, 429])
    await runJobs(payload)
    // The first email and three resends.
    expect(await mail.find({ to: email, subject: 'Verifikasi email' })).toHaveLength(4)
  })
})

describe('with a dues plugin', () => {
  const bills: number[] = []
  afterEach(() => setProviders([]))
  const withDues = () =>
    setProviders([
      {
        quote: async () => ({ amount: 30000, label: { id: 'Iuran pendaftaran', en: 'Registration fee' } }),
        createRegistrationBill: async (_req, member) => {
          bills.push(member.id)
        },
      },
    ])

  it('adds the dues, payment and proof steps; the proof is checked, stored privately and moves the state on', async () => {
    withDues()
    const { token, email } = await register()
    await step(token!, 'data', goodData)
    await step(token!, 'region', { region: seeded().regions.home })
    expect((await step(token!, 'agreement', { agree: true })).body.step).toBe('dues')
    expect((await step(token!, 'dues')).body.step).toBe('payment')
    expect((await step(token!, 'payment')).body.step).toBe('proof')

    const upload = (file?: UploadFile) => rest<Answer>('POST', '/members/registration/proof', multipart({}, file), { token: token! })
    const none = await upload()
    expect(none.status).toBe(400)
    expect(none.body.errors?.[0]).toMatchObject({ field: 'file', message: expect.stringContaining('Pilih berkas bukti bayar') })
    const gif: UploadFile = { data: Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'), name: 'bukti.png', mimetype: 'image/png' }
    const wrong = await upload(gif)
    expect(wrong.status).toBe(400)
    expect(wrong.body.errors?.[0].message).toBe('Jenis berkas tidak diterima: hanya JPG, PNG atau PDF.')
    const big = pdfFile('besar')
    expect((await upload({ ...big, data: Buffer.concat([big.data, Buffer.alloc(2 * 1024 * 1024)]) })).status).toBe(400)
    const { member } = (await memberOf(email))!
    expect(member).toMatchObject({ registrationStep: 'proof', onboardingState: 'registered' })
    expect((await payload.count({ collection: 'member-documents', where: { member: { equals: member.id } }, overrideAccess: true })).totalDocs).toBe(0)
    expect(bills).not.toContain(member.id)

    const ok = await upload(await pngFile('bukti transfer.png'))
    expect(ok.status).toBe(200)
    expect(ok.body.step).toBe('verify')
    expect(await storedMember(payload, member.id)).toMatchObject({ onboardingState: 'payment_submitted', registrationStep: 'verify' })
    const { docs } = await payload.find({ collection: 'member-documents', where: { member: { equals: member.id } }, overrideAccess: true, depth: 0 })
    expect(docs).toMatchObject([{ docType: 'dues_payment_proof', originalName: 'bukti transfer.png', mimeType: 'image/png' }])
    expect(bills).toContain(member.id)
    // Sent once: no second proof, no going back to the data.
    expect((await upload(await pngFile())).status).toBe(409)
    expect((await step(token!, 'data', goodData)).status).toBe(409)

    const link = await verificationLink(email)
    expect((await rest('POST', '/members/verify-email', { token: link })).status).toBe(200)
    expect(await storedMember(payload, member.id)).toMatchObject({ onboardingState: 'email_verified', registrationStep: 'done' })
  })
})

describe('cancelling', () => {
  it('needs a confirmation, then deletes the account and the member record, with an audit entry', async () => {
    const { token, email } = await register()
    const { member, user } = (await memberOf(email))!
    const unconfirmed = await step(token!, 'cancel', {})
    expect(unconfirmed.status).toBe(400)
    expect(await memberOf(email)).not.toBeNull()

    const res = await step(token!, 'cancel', { confirm: true })
    expect(res.status).toBe(200)
    expect(res.headers.get('set-cookie')).toMatch(/payload-token=;/)
    expect(await memberOf(email)).toBeNull()
    expect(await payload.findByID({ collection: 'members', id: member.id, overrideAccess: true, disableErrors: true })).toBeNull()
    const { docs } = await payload.find({ collection: 'audit-logs', where: { action: { equals: 'member.registration_cancelled' }, targetId: { equals: String(member.id) } }, overrideAccess: true })
    expect(docs).toHaveLength(1)
    expect(docs[0].actor).toBeNull()
    // The email can register again.
    expect((await rest('POST', '/members/register', credentials({ email }), { ip: freshIp() })).status).toBe(201)
    expect(user.id).toBeTruthy()
  })

  it('is refused once the board decided', async () => {
    const { token, email } = await register()
    const { member } = (await memberOf(email))!
    await payload.update({ collection: 'members', id: member.id, data: { onboardingState: 'rejected', membershipStatus: 'rejected' }, overrideAccess: true, context: { [SYSTEM_WRITE]: true } })
    const res = await step(token!, 'cancel', { confirm: true })
    expect(res.status).toBe(409)
    expect(await memberOf(email)).not.toBeNull()
  })
})

describe('signing in', () => {
  it('works for a pending candidate, not for a rejected account', async () => {
    const { email } = await register()
    const password = credentials().password
    expect((await rest('POST', '/users/login', { email, password }, { ip: freshIp() })).status).toBe(200)
    const { user } = (await memberOf(email))!
    await payload.update({ collection: 'users', id: user.id, data: { accountStatus: 'rejected' }, overrideAccess: true })
    const refused = await rest<Answer>('POST', '/users/login', { email, password }, { ip: freshIp() })
    expect(refused.status).toBe(403)
    expect(refused.body.errors?.[0].message).toMatch(/ditolak/)
  })
})
