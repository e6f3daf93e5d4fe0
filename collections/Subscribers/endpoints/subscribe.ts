import type { PayloadRequest } from 'payload'

import { guardedEndpoint } from '@/access'
import { clientIp } from '@/lib/client-ip'
import { lockUntilCommit } from '@/lib/db/lock'
import { isLang, langOf } from '@/lib/i18n'
import { queueEmail } from '@/lib/mail'
import { pick, userError } from '@/lib/messages'
import { enforce, limits } from '@/lib/rate-limit'
import { withTransaction } from '@/lib/transaction'

import { confirmationEmail } from '../confirmationEmail'
import { CONFIRM_TTL_MS, hashToken, newToken } from '../tokens'
import { readBody } from '@/lib/read-body'

/** A field people never see (hidden by the form's CSS); bots fill it in. */
export const HONEYPOT_FIELD = 'website'

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/**
 * The same answer whatever happened, so the form tells nobody whether an address is subscribed.
 */
const accepted = (req: PayloadRequest) =>
  Response.json(
    {
      message: pick(req, {
        id: 'Terima kasih. Periksa kotak masuk email Anda: tautan konfirmasi berlaku 24 jam.',
        en: 'Thank you. Check your inbox: the confirmation link is valid for 24 hours.',
      }),
    },
    { status: 202 },
  )

/**
 * POST /api/subscribers/subscribe {email, name?, locale?}: double opt-in. A new, pending or
 * unsubscribed address gets fresh tokens and a confirmation email (queued in the same
 * transaction); an active one gets nothing.
 */
export const subscribe = guardedEndpoint({
  path: '/subscribe',
  method: 'post',
  // Visitors sign up here; the rate limit and the honeypot keep it from being abused.
  access: () => true,
  handler: async (req) => {
    const field = await readBody(req)
    const email = field('email')?.toLowerCase()
    await enforce(req, [
      [limits.subscribeIp, clientIp(req.headers)],
      [limits.subscribeAddress, email],
    ])
    if (field(HONEYPOT_FIELD)) return accepted(req)
    if (!email || email.length > 150 || !EMAIL.test(email)) {
      throw userError(req, 400, { id: 'Masukkan alamat email yang valid.', en: 'Enter a valid email address.' })
    }
    const name = field('name')
    if (name && name.length > 150) {
      throw userError(req, 400, { id: 'Nama paling panjang 150 karakter.', en: 'The name may have at most 150 characters.' })
    }
    const requested = field('locale')
    // Asked for, or else the language the visitor uses the site in (kept on a repeated sign-up).
    const locale = isLang(requested) ? requested : undefined

    await withTransaction(req, async () => {
      // Simultaneous sign-ups of one address take turns: each finds the record the one before made.
      await lockUntilCommit(req, `subscribe:${email}`)
      const { docs } = await req.payload.find({ collection: 'subscribers', where: { email: { equals: email } }, limit: 1, depth: 0, req, overrideAccess: true })
      const existing = docs[0]
      if (existing?.status === 'active') return
      const tokens = { confirm: newToken(), unsubscribe: newToken() }
      const data = {
        status: 'pending' as const,
        ...(locale ? { locale } : {}),
        ...(name ? { name } : {}),
        confirmTokenHash: hashToken(tokens.confirm),
        confirmTokenExpiresAt: new Date(Date.now() + CONFIRM_TTL_MS).toISOString(),
        unsubscribeTokenHash: hashToken(tokens.unsubscribe),
      }
      if (existing) {
        await req.payload.update({ collection: 'subscribers', id: existing.id, data, depth: 0, req, overrideAccess: true })
      } else {
        await req.payload.create({ collection: 'subscribers', data: { email, locale: langOf(req), ...data }, depth: 0, req, overrideAccess: true })
      }
      await queueEmail(req, { to: email, ...confirmationEmail(req, tokens) })
    })
    return accepted(req)
  },
})
