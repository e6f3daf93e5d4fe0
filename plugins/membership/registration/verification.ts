import crypto from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { composeEmail, queueEmail } from '@/lib/mail'

import type { Member } from '../../../payload-types'
import { MEMBERS } from '../collections/Members'
import { SYSTEM_WRITE } from '../collections/Members/hooks/guardStateFields'

/** A verification link works for 24 hours. */
export const VERIFY_TTL_MS = 24 * 60 * 60 * 1000

/** The site page the email links to; it calls POST /api/members/verify-email. */
export const VERIFY_EMAIL_PAGE = '/daftar/verifikasi'

/** Only the token's sha256 is stored: a database leak reveals no working link. */
export const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex')

/**
 * A fresh link for the member's email (any earlier one stops working): the hash and expiry on
 * the member, the message queued — both in `req`'s transaction.
 */
export const sendVerificationEmail = async (req: PayloadRequest, member: Pick<Member, 'id' | 'fullName'>, email: string) => {
  const token = crypto.randomBytes(32).toString('base64url')
  const now = Date.now()
  await req.payload.update({
    collection: MEMBERS,
    id: member.id,
    data: { emailVerification: { tokenHash: hashToken(token), expiresAt: new Date(now + VERIFY_TTL_MS).toISOString(), lastSentAt: new Date(now).toISOString() } },
    req,
    overrideAccess: true,
    context: { [SYSTEM_WRITE]: true },
    depth: 0,
  })
  const mail = composeEmail(req, {
    subject: { id: 'Verifikasi email pendaftaran anggota', en: 'Confirm your email for the membership registration' },
    paragraphs: [
      { id: `Halo ${member.fullName},`, en: `Hello ${member.fullName},` },
      {
        id: 'Terima kasih telah mendaftar. Buka tautan di bawah untuk memverifikasi alamat email Anda. Tautan berlaku 24 jam.',
        en: 'Thank you for registering. Open the link below to confirm your email address. The link is valid for 24 hours.',
      },
      { id: 'Bila Anda tidak merasa mendaftar, abaikan email ini.', en: 'If you did not register, ignore this message.' },
    ],
    actions: [{ label: { id: 'Verifikasi email', en: 'Confirm the email' }, href: `${VERIFY_EMAIL_PAGE}?token=${encodeURIComponent(token)}` }],
  })
  await queueEmail(req, { to: email, ...mail })
}

/** The member whose link carried this token (expired or not), by the token's hash. */
export const memberByToken = async (req: PayloadRequest, token: string): Promise<Member | null> => {
  if (!token || token.length > 200) return null
  const { docs } = await req.payload.find({
    collection: MEMBERS,
    where: { 'emailVerification.tokenHash': { equals: hashToken(token) } },
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
    showHiddenFields: true,
    pagination: false,
  })
  return (docs[0] as Member | undefined) ?? null
}

export const isExpired = (member: Pick<Member, 'emailVerification'>, now = Date.now()) => {
  const expiresAt = member.emailVerification?.expiresAt
  return !expiresAt || new Date(expiresAt).getTime() < now
}
