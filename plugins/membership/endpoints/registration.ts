import { ValidationError, type Endpoint, type PayloadRequest } from 'payload'
import { generateExpiredPayloadCookie, generatePayloadCookie } from 'payload/shared'

import { can, guardedEndpoint, idOfRelation } from '@/access'
import { writeAudit } from '@/lib/audit'
import { clientIp } from '@/lib/client-ip'
import { positiveFromEnv } from '@/lib/env'
import { pick, userError, type Text } from '@/lib/messages'
import { enforce, limits, type Limit } from '@/lib/rate-limit'
import { systemReq, withTransaction } from '@/lib/transaction'
import { bodyOf, registrationDuesOf, type MemberRecord } from '@/plugin-kit'

import type { Member, MemberDocument } from '../../../payload-types'
import { MEMBER_DOCUMENTS } from '../collections/MemberDocuments'
import { MEMBERS } from '../collections/Members'
import { SYSTEM_WRITE } from '../collections/Members/hooks/guardStateFields'
import { registrantState, type OnboardingState } from '../onboarding/states'
import { duesQuote } from '../registration/dues'
import { readCredentials, readRegistrationData, registrationGroups, type FieldError } from '../registration/fields'
import { currentStep, editableSteps, laterStep, reached, stepAfter, stepsFor, type RegistrationStep } from '../registration/steps'
import { isExpired, memberByToken, sendVerificationEmail } from '../registration/verification'

/** The field bots fill in and people never see (the site's honeypot name). */
export const HONEYPOT_FIELD = 'website'

const perHour = (bucket: string, variable: string, fallback: number): Limit => ({ bucket, max: positiveFromEnv(variable, fallback), windowSeconds: 3600 })

/** Resending the verification email: per registration, and per IP for the link-based resend. */
export const resendLimits = {
  member: perHour('membership-resend-member', 'RATE_LIMIT_VERIFY_RESEND', 3),
  ip: perHour('membership-resend-ip', 'RATE_LIMIT_VERIFY_RESEND_IP', 10),
}

/** Candidates still in the process (not yet approved or rejected). */
const OPEN_STATES: readonly OnboardingState[] = ['registered', 'payment_submitted', 'email_verified']

const answer = (req: PayloadRequest, text: Text, extra: Record<string, unknown> = {}, init: ResponseInit = {}) =>
  Response.json({ message: pick(req, text), ...extra }, init)

/** 400 with every field's problem, so the form marks each one (and keeps what was typed). */
const fieldErrors = (req: PayloadRequest, errors: FieldError[]) =>
  Response.json({ errors: errors.map(({ field, text }) => ({ field, message: pick(req, text) })) }, { status: 400 })

const usersAuth = (req: PayloadRequest) => req.payload.collections.users.config.auth

type Registration = { member: Member; duesRequired: boolean; step: RegistrationStep }

/** The signed-in candidate's registration, still open; else a clear 404/409. */
const ownRegistration = async (req: PayloadRequest): Promise<Registration> => {
  const { docs } = await req.payload.find({
    collection: MEMBERS,
    where: { user: { equals: req.user!.id } },
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
    showHiddenFields: true,
    pagination: false,
  })
  const member = docs[0] as Member | undefined
  if (!member) throw userError(req, 404, { id: 'Akun ini belum memiliki pendaftaran anggota.', en: 'This account has no membership registration.' })
  if (!OPEN_STATES.includes(member.onboardingState)) {
    throw userError(req, 409, {
      id: 'Pendaftaran Anda sudah diputuskan oleh pengurus; tidak ada lagi yang dapat diubah di sini.',
      en: 'The board has already decided on your registration; nothing can be changed here any more.',
    })
  }
  const duesRequired = (await duesQuote(req, member)) != null
  return { member, duesRequired, step: currentStep(member.registrationStep, duesRequired) }
}

/** The step may be sent now: it belongs to this registration, it was reached, and it is still open. */
const assertStep = (req: PayloadRequest, { member, duesRequired, step }: Registration, sent: RegistrationStep) => {
  if (!stepsFor(duesRequired).includes(sent)) {
    throw userError(req, 409, { id: 'Langkah ini tidak ada dalam pendaftaran Anda.', en: 'This step is not part of your registration.' })
  }
  if (!reached(step, sent)) throw userError(req, 409, { id: 'Selesaikan langkah sebelumnya terlebih dahulu.', en: 'Finish the earlier steps first.' })
  if ((editableSteps.includes(sent) || sent === 'proof') && member.onboardingState !== 'registered') {
    throw userError(req, 409, {
      id: 'Data pendaftaran tidak dapat diubah lagi setelah bukti bayar dikirim atau email diverifikasi.',
      en: 'The registration can no longer be changed once the payment proof is sent or the email confirmed.',
    })
  }
}

const updateMember = (req: PayloadRequest, id: number, data: Record<string, unknown>) =>
  req.payload.update({ collection: MEMBERS, id, data, req, overrideAccess: true, context: { [SYSTEM_WRITE]: true }, depth: 0, showHiddenFields: true }) as Promise<Member>

const saved: Text = { id: 'Tersimpan.', en: 'Saved.' }

type StepWork = (req: PayloadRequest, registration: Registration, body: Record<string, unknown>) => Promise<Record<string, unknown> | FieldError[]>

/**
 * One registration step: `POST /api/members/registration/<step>` as the signed-in candidate.
 * `work` checks the answers (field errors → 400, nothing written) and returns what to store; the
 * member moves on to the next step (never back), and on reaching `verify` the email is sent —
 * one transaction.
 */
const stepEndpoint = (step: RegistrationStep, work: StepWork): Endpoint =>
  guardedEndpoint({
    path: `/registration/${step}`,
    method: 'post',
    access: (req) => can(req.user, 'membership.status.view'),
    handler: async (req) => {
      const body = await bodyOf(req)
      const registration = await ownRegistration(req)
      assertStep(req, registration, step)
      return withTransaction(req, async () => {
        const result = await work(req, registration, body)
        if (Array.isArray(result)) return fieldErrors(req, result)
        const next = laterStep(registration.step, stepAfter(step, registration.duesRequired))
        const member = await updateMember(req, registration.member.id, { ...result, registrationStep: next })
        if (next === 'verify' && !reached(registration.step, 'verify')) await sendVerificationEmail(req, member, req.user!.email)
        return answer(req, saved, { step: next })
      })
    },
  })

const dataStep = stepEndpoint('data', async (req, { member }, body) => {
  const { data, errors } = readRegistrationData(registrationGroups(req.payload), body)
  if (errors.length > 0) return errors
  // The account carries the same name as the member record.
  if (typeof data.fullName === 'string' && data.fullName !== member.fullName) {
    await req.payload.update({ collection: 'users', id: req.user!.id, data: { name: data.fullName.slice(0, 120) }, req: systemReq(req), overrideAccess: true, depth: 0 })
  }
  return data
})

const regionStep = stepEndpoint('region', async (req, _registration, body) => {
  const { totalDocs } = await req.payload.count({ collection: 'regions', req, overrideAccess: true })
  const id = Number(body.region)
  const region = Number.isSafeInteger(id) && id > 0 ? await req.payload.findByID({ collection: 'regions', id, req, overrideAccess: true, depth: 0, disableErrors: true }) : null
  // Without any region (a new installation) there is nothing to choose.
  if (!region && totalDocs > 0) return [{ field: 'region', text: { id: 'Pilih wilayah Anda dari daftar.', en: 'Choose your region from the list.' } }]
  // The account's region too: coordinators see the accounts of their region.
  await req.payload.update({ collection: 'users', id: req.user!.id, data: { region: region?.id ?? null }, req: systemReq(req), overrideAccess: true, depth: 0 })
  return { region: region?.id ?? null }
})

const agreementStep = stepEndpoint('agreement', async (_req, { member }, body) => {
  if (body.agree !== true && body.agree !== 'true' && body.agree !== 'on') {
    return [{ field: 'agree', text: { id: 'Centang persetujuan AD/ART untuk melanjutkan.', en: 'Tick the statutes (AD/ART) agreement to continue.' } }]
  }
  return { agreedToTermsAt: member.agreedToTermsAt ?? new Date().toISOString() }
})

/** Dues and payment info are read, not answered: sending them means "seen, go on". */
const duesStep = stepEndpoint('dues', async () => ({}))
const paymentStep = stepEndpoint('payment', async () => ({}))

const proofStep = stepEndpoint('proof', async (req, { member }) => {
  if (!req.file) return [{ field: 'file', text: { id: 'Pilih berkas bukti bayar (JPG, PNG atau PDF, paling besar 2 MB).', en: 'Choose the payment proof file (JPG, PNG or PDF, 2 MB at most).' } }]
  // As the candidate: the documents' own access and upload checks (type by magic bytes, size) apply.
  await req.payload.create({
    collection: MEMBER_DOCUMENTS,
    // The review fields are the board's; their defaults apply.
    data: { member: member.id, docType: 'dues_payment_proof', owner: req.user!.id } as MemberDocument,
    file: req.file,
    req,
    user: req.user,
    overrideAccess: false,
    depth: 0,
  })
  const provider = registrationDuesOf(req.payload.config)
  await provider?.createRegistrationBill(req, member as unknown as MemberRecord)
  return { onboardingState: registrantState({ duesRequired: true, proofSubmitted: true, emailVerified: Boolean(member.emailVerifiedAt) }) }
})

const candidateRoleId = async (req: PayloadRequest) => {
  const { docs } = await req.payload.find({ collection: 'roles', where: { name: { equals: 'candidate' } }, req, overrideAccess: true, depth: 0, limit: 1 })
  if (!docs[0]) throw new Error('membership: the built-in "candidate" role is missing')
  return docs[0].id
}

const isDuplicateEmail = (error: unknown) =>
  error instanceof ValidationError && error.data.errors.some((item) => item.path === 'email')

const emailTaken: FieldError = {
  field: 'email',
  text: { id: 'Email ini sudah terdaftar. Silakan masuk, atau gunakan email lain.', en: 'This email is already registered. Sign in, or use another email.' },
}

/**
 * `POST /api/members/register` {fullName, email, password, passwordConfirm}: a visitor's first
 * step. The account (role `candidate`, status `pending`) and its member record are created in
 * one transaction, and the candidate is signed in (Payload's auth cookie) for the next steps.
 * Rate-limited per IP and per email; the email's uniqueness is the database's unique index.
 */
const register = guardedEndpoint({
  path: '/register',
  method: 'post',
  // Visitors register here: the rate limits and the honeypot keep it from being abused.
  access: () => true,
  handler: async (req) => {
    const body = await bodyOf(req)
    const { credentials, errors } = readCredentials(body)
    await enforce(req, [
      [limits.registerIp, clientIp(req.headers)],
      [limits.registerAccount, credentials.email || null],
    ])
    if (typeof body[HONEYPOT_FIELD] === 'string' && body[HONEYPOT_FIELD]) return answer(req, { id: 'Terima kasih.', en: 'Thank you.' }, {}, { status: 202 })
    if (req.user) {
      throw userError(req, 409, { id: 'Anda sudah masuk. Keluar dulu untuk mendaftarkan akun baru.', en: 'You are signed in. Sign out first to register a new account.' })
    }
    if (errors.length > 0) return fieldErrors(req, errors)

    const { email, password, fullName } = credentials
    try {
      const token = await withTransaction(req, async () => {
        // As the system (no acting user): the account guard judges users' own edits, not this.
        const system = systemReq(req)
        const user = await req.payload.create({
          collection: 'users',
          data: { email, password, name: fullName, role: await candidateRoleId(req), accountStatus: 'pending' },
          req: system,
          overrideAccess: true,
          depth: 0,
        })
        const member = await req.payload.create({
          collection: MEMBERS,
          data: { user: user.id, fullName, registrationStep: 'data', membershipStatus: 'candidate', onboardingState: 'registered' },
          req,
          overrideAccess: true,
          context: { [SYSTEM_WRITE]: true },
          depth: 0,
        })
        await writeAudit(req, { action: 'member.registered', targetType: MEMBERS, targetId: member.id, newValues: { user: user.id, onboardingState: 'registered' } })
        const login = await req.payload.login({ collection: 'users', data: { email, password }, req: systemReq(req) })
        return login.token!
      })
      const cookie = generatePayloadCookie({ collectionAuthConfig: usersAuth(req), cookiePrefix: req.payload.config.cookiePrefix, token })
      return answer(
        req,
        { id: 'Akun dibuat. Lanjutkan dengan data diri Anda.', en: 'Account created. Continue with your details.' },
        { step: 'data' },
        { status: 201, headers: { 'Set-Cookie': cookie } },
      )
    } catch (error) {
      if (isDuplicateEmail(error)) return fieldErrors(req, [emailTaken])
      throw error
    }
  },
})

const unknownLink: Text = {
  id: 'Tautan verifikasi ini tidak dikenal. Periksa kembali tautan di email Anda, atau minta tautan baru dari halaman pendaftaran.',
  en: 'This verification link is unknown. Check the link in your email, or ask for a new one on the registration page.',
}

const expiredLink: Text = {
  id: 'Tautan verifikasi sudah kedaluwarsa (berlaku 24 jam). Kirim ulang untuk menerima tautan baru.',
  en: 'The verification link has expired (it is valid for 24 hours). Resend it to get a new one.',
}

const decided: Text = {
  id: 'Pendaftaran ini sudah diputuskan oleh pengurus.',
  en: 'The board has already decided on this registration.',
}

/**
 * `POST /api/members/verify-email` {token}: the link from the verification email. Valid: the
 * email is confirmed (`emailVerifiedAt`) and the onboarding state moves on (`registrantState`).
 * Expired: 410. Unknown: 400. Used again: 200, nothing changes.
 */
const verifyEmail = guardedEndpoint({
  path: '/verify-email',
  method: 'post',
  // The token is the authority: whoever holds the link may confirm the email.
  access: () => true,
  handler: async (req) => {
    const token = (await bodyOf(req)).token
    const member = typeof token === 'string' ? await memberByToken(req, token.trim()) : null
    if (!member) throw userError(req, 400, unknownLink)
    if (member.emailVerifiedAt) {
      return answer(req, { id: 'Email Anda sudah terverifikasi sebelumnya.', en: 'Your email was already confirmed.' }, { status: 'already_verified' })
    }
    if (!OPEN_STATES.includes(member.onboardingState)) throw userError(req, 409, decided)
    if (isExpired(member)) throw userError(req, 410, expiredLink)
    await withTransaction(req, async () => {
      const duesRequired = (await duesQuote(req, member)) != null
      const { totalDocs: proofs } = await req.payload.count({
        collection: MEMBER_DOCUMENTS,
        where: { member: { equals: member.id }, docType: { equals: 'dues_payment_proof' } },
        req,
        overrideAccess: true,
      })
      const onboardingState = registrantState({ duesRequired, proofSubmitted: proofs > 0, emailVerified: true })
      const step = currentStep(member.registrationStep, duesRequired)
      await updateMember(req, member.id, { emailVerifiedAt: new Date().toISOString(), onboardingState, registrationStep: laterStep(step, 'done') })
      await writeAudit(req, {
        action: 'member.email_verified',
        targetType: MEMBERS,
        targetId: member.id,
        oldValues: { onboardingState: member.onboardingState },
        newValues: { onboardingState },
      })
    })
    return answer(
      req,
      { id: 'Email Anda terverifikasi. Pengurus akan memeriksa pendaftaran Anda.', en: 'Your email is confirmed. The board will review your registration.' },
      { status: 'verified' },
    )
  },
})

/**
 * `POST /api/members/registration/resend` — signed in, or with {token} from an expired link: a
 * new verification link (the old one stops working). Limited per registration and per IP.
 */
const resend = guardedEndpoint({
  path: '/registration/resend',
  method: 'post',
  // A candidate signed in, or whoever holds an (expired) link of theirs.
  access: () => true,
  handler: async (req) => {
    const token = (await bodyOf(req)).token
    let member: Member | null
    if (typeof token === 'string' && token.trim()) {
      member = await memberByToken(req, token.trim())
      if (!member) throw userError(req, 400, unknownLink)
      if (!OPEN_STATES.includes(member.onboardingState)) throw userError(req, 409, decided)
    } else if (req.user && can(req.user, 'membership.status.view')) {
      member = (await ownRegistration(req)).member
    } else {
      throw userError(req, 401, { id: 'Silakan masuk terlebih dahulu.', en: 'Please sign in first.' })
    }
    if (member.emailVerifiedAt) throw userError(req, 409, { id: 'Email Anda sudah terverifikasi.', en: 'Your email is already confirmed.' })
    if (!reached(currentStep(member.registrationStep, true), 'verify')) {
      throw userError(req, 409, { id: 'Selesaikan langkah pendaftaran terlebih dahulu.', en: 'Finish the registration steps first.' })
    }
    await enforce(req, [
      [resendLimits.member, String(member.id)],
      [resendLimits.ip, clientIp(req.headers)],
    ])
    const account = await req.payload.findByID({ collection: 'users', id: idOfRelation(member.user)!, req, overrideAccess: true, depth: 0 })
    await withTransaction(req, () => sendVerificationEmail(req, member, account.email))
    return answer(req, {
      id: 'Tautan verifikasi baru sudah dikirim ke email pendaftaran Anda. Tautan sebelumnya tidak berlaku lagi.',
      en: 'A new verification link was sent to your registration email. The previous link no longer works.',
    })
  },
})

/**
 * `POST /api/members/registration/cancel` {confirm: true}: the candidate withdraws. The account
 * and the member record (with its documents) are deleted — the person never became a member, so
 * nothing is kept that they did not agree to keep, and the email is free to register again. The
 * audit entry outlives them (no actor link). Signs out.
 */
const cancel = guardedEndpoint({
  path: '/registration/cancel',
  method: 'post',
  access: (req) => can(req.user, 'membership.status.view'),
  handler: async (req) => {
    const body = await bodyOf(req)
    const { member } = await ownRegistration(req)
    if (body.confirm !== true) {
      throw userError(req, 400, { id: 'Konfirmasi pembatalan pendaftaran terlebih dahulu.', en: 'Confirm the cancellation first.' })
    }
    await withTransaction(req, async () => {
      await writeAudit(req, {
        action: 'member.registration_cancelled',
        targetType: MEMBERS,
        targetId: member.id,
        oldValues: { onboardingState: member.onboardingState, registrationStep: member.registrationStep ?? null },
        actorRemoved: true,
      })
      // The account's deletion takes the member record and its documents along (removeMemberOfUser).
      await req.payload.delete({ collection: 'users', id: req.user!.id, req, overrideAccess: true })
    })
    const cookie = generateExpiredPayloadCookie({ collectionAuthConfig: usersAuth(req), cookiePrefix: req.payload.config.cookiePrefix })
    return answer(
      req,
      { id: 'Pendaftaran Anda dibatalkan dan akun Anda dihapus.', en: 'Your registration was cancelled and your account deleted.' },
      {},
      { headers: { 'Set-Cookie': cookie } },
    )
  },
})

export const registrationEndpoints: Endpoint[] = [register, verifyEmail, resend, cancel, dataStep, regionStep, agreementStep, duesStep, paymentStep, proofStep]
