import type { Endpoint } from 'payload'

import { can, guardedEndpoint } from '@/access'
import { pick } from '@/lib/messages'
import { bodyOf, downloadEndpoint, idParam } from '@/plugin-kit'

import { cursorFrom, loadQueueItem } from '../admin/verification/queue'
import { DUES_PAYMENTS } from '../collections/DuesPayments'
import { rejectPayment, verifyPayment } from '../payments/verify'

/** `GET /api/dues-payments/queue?at=&id=&direction=`: what the verification view loads after each step. */
const queue = guardedEndpoint({
  path: '/queue',
  method: 'get',
  access: (req) => can(req.user, 'dues.payment.verify'),
  handler: async (req) => {
    const { cursor, direction } = cursorFrom(req, new URL(req.url ?? 'http://localhost').searchParams)
    return Response.json(await loadQueueItem(req, cursor, direction), { headers: { 'Cache-Control': 'private, no-store' } })
  },
})

/** `GET /api/dues-payments/:id/download`: the proof, for its member or `dues.payment.view_all`. */
const download = downloadEndpoint(DUES_PAYMENTS, { id: 'Bukti pembayaran tidak ditemukan.', en: 'Payment proof not found.' })

/** `POST /api/dues-payments/:id/verify` `{ note? }`. */
const verify = guardedEndpoint({
  path: '/:id/verify',
  method: 'post',
  access: (req) => can(req.user, 'dues.payment.verify'),
  handler: async (req) => {
    const { note } = await bodyOf(req)
    const doc = await verifyPayment(req, idParam(req), { note })
    return Response.json({ message: pick(req, { id: 'Pembayaran diverifikasi.', en: 'Payment verified.' }), doc })
  },
})

/** `POST /api/dues-payments/:id/reject` `{ reason }`. */
const reject = guardedEndpoint({
  path: '/:id/reject',
  method: 'post',
  access: (req) => can(req.user, 'dues.payment.reject'),
  handler: async (req) => {
    const { reason } = await bodyOf(req)
    const doc = await rejectPayment(req, idParam(req), reason)
    return Response.json({ message: pick(req, { id: 'Pembayaran ditolak.', en: 'Payment rejected.' }), doc })
  },
})

export const paymentEndpoints: Endpoint[] = [queue, download, verify, reject]
