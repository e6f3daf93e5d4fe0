import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'

import { can, guardedEndpoint } from '@/access'
import { pick, userError } from '@/lib/messages'

import { enforceArrears, reactivateArrears, runArrears } from '../arrears'
import { generateBills } from '../bills'
import { claimActions, claimDone, moveClaim } from '../claims'
import { rejectPayment, verifyPayment } from '../payments'
import { isPeriod } from '../period'

const bodyOf = async (req: PayloadRequest) => {
  await addDataAndFileToRequest(req)
  return (req.data ?? {}) as Record<string, unknown>
}

const idParam = (req: PayloadRequest, name = 'id') => Number(req.routeParams?.[name])

/** `POST /api/dues-bills/generate` `{ year, month }`: the month's bills now (idempotent). */
const generate = guardedEndpoint({
  path: '/generate',
  method: 'post',
  access: (req) => can(req.user, 'dues.bill.generate'),
  handler: async (req) => {
    const { year, month } = await bodyOf(req)
    if (!isPeriod(year, month)) throw userError(req, 400, { id: 'Pilih tahun dan bulan yang valid.', en: 'Choose a valid year and month.' })
    const result = await generateBills(req, { year: year as number, month: month as number })
    return Response.json({
      message: pick(req, { id: `${result.created} tagihan dibuat.`, en: `${result.created} bills created.` }),
      ...result,
    })
  },
})

/** `POST /api/dues-bills/arrears/run` `{}`: the daily arrears check, now. */
const arrearsRun = guardedEndpoint({
  path: '/arrears/run',
  method: 'post',
  access: (req) => can(req.user, 'dues.arrears.enforce_pending'),
  handler: async (req) => {
    const result = await runArrears(req, new Date())
    return Response.json({ message: pick(req, { id: 'Pemeriksaan tunggakan selesai.', en: 'Arrears check done.' }), ...result })
  },
})

/** `POST /api/dues-bills/arrears/:member/{enforce,reactivate}` `{}`. */
const arrearsEnforce = guardedEndpoint({
  path: '/arrears/:member/enforce',
  method: 'post',
  access: (req) => can(req.user, 'dues.arrears.enforce_pending'),
  handler: async (req) => {
    const result = await enforceArrears(req, idParam(req, 'member'))
    return Response.json({ message: pick(req, { id: 'Akun anggota ditangguhkan.', en: 'Member account suspended.' }), ...result })
  },
})

const arrearsReactivate = guardedEndpoint({
  path: '/arrears/:member/reactivate',
  method: 'post',
  access: (req) => can(req.user, 'dues.arrears.reactivate'),
  handler: async (req) => {
    const result = await reactivateArrears(req, idParam(req, 'member'))
    return Response.json({ message: pick(req, { id: 'Akun anggota aktif kembali.', en: 'Member account reactivated.' }), ...result })
  },
})

export const billEndpoints: Endpoint[] = [generate, arrearsRun, arrearsEnforce, arrearsReactivate]

/** `POST /api/dues-payments/:id/verify` `{ note? }` and `/:id/reject` `{ reason }`. */
export const paymentEndpoints: Endpoint[] = [
  guardedEndpoint({
    path: '/:id/verify',
    method: 'post',
    access: (req) => can(req.user, 'dues.payment.verify'),
    handler: async (req) => {
      const { note } = await bodyOf(req)
      const doc = await verifyPayment(req, idParam(req), { note })
      return Response.json({ message: pick(req, { id: 'Pembayaran diverifikasi.', en: 'Payment verified.' }), doc })
    },
  }),
  guardedEndpoint({
    path: '/:id/reject',
    method: 'post',
    access: (req) => can(req.user, 'dues.payment.reject'),
    handler: async (req) => {
      const { reason } = await bodyOf(req)
      const doc = await rejectPayment(req, idParam(req), reason)
      return Response.json({ message: pick(req, { id: 'Pembayaran ditolak.', en: 'Payment rejected.' }), doc })
    },
  }),
]

/** `POST /api/dues-claims/:id/{review,approve,reject}` `{ note? }` (required to reject). */
export const claimEndpoints: Endpoint[] = claimActions.map((action) =>
  guardedEndpoint({
    path: `/:id/${action}`,
    method: 'post',
    access: (req) => can(req.user, 'dues.claim.process'),
    handler: async (req) => {
      const { note } = await bodyOf(req)
      const doc = await moveClaim(req, idParam(req), action, note)
      return Response.json({ message: pick(req, claimDone[action]), doc })
    },
  }),
)
