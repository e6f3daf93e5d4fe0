import type { Endpoint } from 'payload'

import { can, guardedEndpoint } from '@/access'
import { contentDisposition } from '@/lib/download'
import { pick, userError } from '@/lib/messages'

import { cardOf, cardRefusal, hasCard, memberOfUser } from '../card/card'
import { cardPdf } from '../card/pdf'
import { cardPublicKeyPem } from '../card/token'

/** `GET /api/members/card-key`: the public key that checks member cards (Ed25519, SPKI PEM). */
const cardKey = guardedEndpoint({
  path: '/card-key',
  method: 'get',
  // Public on purpose: anyone may check a card offline.
  access: () => true,
  handler: () =>
    new Response(cardPublicKeyPem(), {
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=3600', 'X-Content-Type-Options': 'nosniff' },
    }),
})

/**
 * `GET /api/members/card.pdf`: the signed-in member's own card as a PDF download. Only an
 * approved, active member with an active account has one.
 */
const cardDownload = guardedEndpoint({
  path: '/card.pdf',
  method: 'get',
  access: (req) => can(req.user, 'membercard.view_self'),
  handler: async (req) => {
    const refusal = cardRefusal(req.user!.accountStatus)
    if (refusal) throw userError(req, 403, refusal)
    const member = await memberOfUser(req.payload, req.user!.id, 1)
    if (!member || !hasCard(member)) {
      throw userError(req, 404, { id: 'Kartu anggota hanya tersedia untuk anggota aktif.', en: 'Member cards are for active members only.' })
    }
    const card = await cardOf(req.payload, member)
    const site = await req.payload.findGlobal({ slug: 'site-settings', depth: 0, req, overrideAccess: true })
    const pdf = await cardPdf(req.payload, card, site.name, {
      title: pick(req, { id: 'Kartu Tanda Anggota', en: 'Member card' }),
      number: pick(req, { id: 'Nomor anggota', en: 'Member number' }),
      region: pick(req, { id: 'Wilayah', en: 'Region' }),
      validUntil: pick(req, { id: 'Berlaku sampai', en: 'Valid until' }),
      verify: pick(req, { id: 'Pindai untuk memeriksa', en: 'Scan to check' }),
    })
    return new Response(Buffer.from(pdf), {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Length': String(pdf.length),
        'Content-Disposition': contentDisposition(`kartu-anggota-${card.memberNumber}.pdf`),
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    })
  },
})

export const cardEndpoints: Endpoint[] = [cardKey, cardDownload]
