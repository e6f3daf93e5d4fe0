import type { PayloadRequest } from 'payload'

import { guardedEndpoint } from '@/access'
import { pick, userError } from '@/lib/messages'

import { hashToken } from '../tokens'
import { readBody } from '@/lib/read-body'

const unknownLink = {
  id: 'Tautan ini tidak dikenal atau sudah tidak berlaku. Silakan daftar lagi.',
  en: 'This link is unknown or no longer valid. Please sign up again.',
}

/** The subscriber whose link carried this token, found by the token's hash. */
const subscriberByToken = async (req: PayloadRequest, field: 'confirmTokenHash' | 'unsubscribeTokenHash') => {
  const token = (await readBody(req))('token')
  if (!token) throw userError(req, 400, { id: 'Token tidak ada dalam permintaan.', en: 'The request carries no token.' })
  const { docs } = await req.payload.find({ collection: 'subscribers', where: { [field]: { equals: hashToken(token) } }, limit: 1, depth: 0, req, overrideAccess: true })
  if (!docs[0]) throw userError(req, 400, unknownLink)
  return docs[0]
}

/**
 * POST /api/subscribers/confirm {token}: the link from the confirmation email makes the
 * subscription active. Confirming twice is fine; after 24 hours the link is refused.
 */
export const confirm = guardedEndpoint({
  path: '/confirm',
  method: 'post',
  // The token is the authority: whoever holds the link may confirm.
  access: () => true,
  handler: async (req) => {
    const subscriber = await subscriberByToken(req, 'confirmTokenHash')
    if (subscriber.status !== 'active') {
      if (!subscriber.confirmTokenExpiresAt || new Date(subscriber.confirmTokenExpiresAt).getTime() < Date.now()) {
        throw userError(req, 410, {
          id: 'Tautan konfirmasi sudah kedaluwarsa (berlaku 24 jam). Silakan daftar lagi untuk menerima tautan baru.',
          en: 'The confirmation link has expired (it is valid for 24 hours). Please sign up again to get a new one.',
        })
      }
      await req.payload.update({
        collection: 'subscribers',
        id: subscriber.id,
        data: { status: 'active', confirmedAt: new Date().toISOString() },
        depth: 0,
        req,
        overrideAccess: true,
      })
    }
    return Response.json({
      status: 'active',
      message: pick(req, { id: 'Langganan Anda sudah aktif. Terima kasih!', en: 'Your subscription is active. Thank you!' }),
    })
  },
})

/**
 * POST /api/subscribers/unsubscribe {token}: the link in every message ends the subscription.
 * Using it again changes nothing and answers the same.
 */
export const unsubscribe = guardedEndpoint({
  path: '/unsubscribe',
  method: 'post',
  // The token is the authority: whoever holds the link may unsubscribe.
  access: () => true,
  handler: async (req) => {
    const subscriber = await subscriberByToken(req, 'unsubscribeTokenHash')
    if (subscriber.status !== 'unsubscribed') {
      await req.payload.update({
        collection: 'subscribers',
        id: subscriber.id,
        // The old confirmation link must not switch the subscription back on.
        data: { status: 'unsubscribed', unsubscribedAt: new Date().toISOString(), confirmTokenHash: null, confirmTokenExpiresAt: null },
        depth: 0,
        req,
        overrideAccess: true,
      })
    }
    return Response.json({
      status: 'unsubscribed',
      message: pick(req, { id: 'Anda sudah berhenti berlangganan.', en: 'You have been unsubscribed.' }),
    })
  },
})
