import type { PayloadRequest } from 'payload'

import { privateFileResponse } from '@/lib/download'
import { pick } from '@/lib/messages'

/**
 * `GET /api/dues-payments/:id/download` (`?inline=1` to show it in a frame): the proof, if the
 * caller may read the payment (its member, or `dues.payment.view_all`); a 404 otherwise.
 */
export const downloadProof = (req: PayloadRequest): Promise<Response> =>
  privateFileResponse(req, 'dues-payments', () =>
    Response.json(
      { errors: [{ message: pick(req, { id: 'Bukti pembayaran tidak ditemukan.', en: 'Payment proof not found.' }) }] },
      { status: 404, headers: { 'Cache-Control': 'no-store' } },
    ),
  )
