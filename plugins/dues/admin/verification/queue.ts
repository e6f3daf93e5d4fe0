import type { PayloadRequest, Where } from 'payload'

import { can, idOfRelation, withRole } from '@/access'
import { forbidden, userError } from '@/lib/messages'

import { DUES_BILLS } from '../../collections/DuesBills'
import { DUES_PAYMENTS } from '../../collections/DuesPayments'
import type { DuesPayment } from '../../../../payload-types'
import { memberCards, type MemberCard } from '../members'

/** Where the treasurer is in the queue: the payment shown, by its place in the order (createdAt, id). */
export type Cursor = { at: string; id: number }
export type Direction = 'next' | 'prev'

export type QueueBill = {
  id: number
  billType: 'registration' | 'monthly'
  periodYear: number
  periodMonth: number
  billAmount: number
  uniqueCode: number | null
  transferAmount: number | null
  paymentCode: string | null
  billStatus: string
}

export type QueueItem = {
  id: number
  createdAt: string
  paidAmount: number | null
  paidAt: string | null
  method: DuesPayment['method'] | null
  refNo: string | null
  mimeType: string | null
  originalName: string | null
  hasProof: boolean
  member: MemberCard | null
  region: { name: string; code: string } | null
  bills: QueueBill[]
}

export type QueueAnswer = { item: QueueItem | null; remaining: number }

const WAITING: Where = { paymentStatus: { equals: 'submitted' } }

/**
 * Past (or before) the cursor in the order (createdAt, id). The plain range on createdAt comes
 * first so PostgreSQL starts the index scan of (payment_status, created_at) at the cursor instead
 * of filtering its way there: the next item costs the same at the 10,000th as at the first.
 */
const beyond = ({ at, id }: Cursor, direction: Direction): Where =>
  direction === 'next'
    ? { and: [{ createdAt: { greater_than_equal: at } }, { or: [{ createdAt: { greater_than: at } }, { id: { greater_than: id } }] }] }
    : { and: [{ createdAt: { less_than_equal: at } }, { or: [{ createdAt: { less_than: at } }, { id: { less_than: id } }] }] }

/**
 * The payment waiting longest (or the first past `cursor` in `direction`), with its bills, member
 * and region, and how many are waiting — read as the signed-in user (`overrideAccess: false`),
 * so the queue holds exactly the payments they may read (the member's name and number come from
 * `memberCards`). Refused (403) without `dues.payment.verify`. One indexed query finds the item;
 * its bills, member and region are then fetched by id, together.
 */
export const loadQueueItem = async (req: PayloadRequest, cursor?: Cursor, direction: Direction = 'next'): Promise<QueueAnswer> => {
  const user = await withRole(req)
  if (!can(user, 'dues.payment.verify')) {
    throw forbidden(req, { id: 'Anda tidak berhak memverifikasi pembayaran.', en: 'You are not allowed to verify payments.' })
  }
  const as = { req, user, overrideAccess: false } as const
  const [found, waiting] = await Promise.all([
    req.payload.find({
      collection: DUES_PAYMENTS,
      where: cursor ? { and: [WAITING, beyond(cursor, direction)] } : WAITING,
      sort: direction === 'next' ? ['createdAt', 'id'] : ['-createdAt', '-id'],
      limit: 1,
      pagination: false,
      depth: 0,
      select: { createdAt: true, paidAmount: true, paidAt: true, method: true, refNo: true, filename: true, mimeType: true, originalName: true, member: true, region: true, bills: true },
      ...as,
    }),
    req.payload.count({ collection: DUES_PAYMENTS, where: WAITING, ...as }),
  ])
  const doc = found.docs[0]
  if (!doc) return { item: null, remaining: waiting.totalDocs }
  const memberId = Number(idOfRelation(doc.member))
  const regionId = idOfRelation(doc.region)
  const [bills, members, region] = await Promise.all([
    req.payload.find({
      collection: DUES_BILLS,
      where: { id: { in: (doc.bills ?? []).map(idOfRelation) } },
      sort: ['periodYear', 'periodMonth'],
      pagination: false,
      select: { billType: true, periodYear: true, periodMonth: true, billAmount: true, uniqueCode: true, transferAmount: true, paymentCode: true, billStatus: true },
      ...as,
      depth: 0,
    }),
    memberCards(req, [memberId]),
    regionId == null ? null : req.payload.findByID({ collection: 'regions', id: regionId, select: { name: true, code: true }, disableErrors: true, ...as, depth: 0 }),
  ])
  return {
    remaining: waiting.totalDocs,
    item: {
      id: doc.id,
      createdAt: doc.createdAt,
      paidAmount: doc.paidAmount ?? null,
      paidAt: doc.paidAt ?? null,
      method: doc.method ?? null,
      refNo: doc.refNo ?? null,
      mimeType: doc.mimeType ?? null,
      originalName: doc.originalName ?? null,
      hasProof: Boolean(doc.filename),
      member: members.get(memberId) ?? null,
      region: region ? { name: region.name, code: region.code } : null,
      bills: bills.docs as QueueBill[],
    },
  }
}

/** `?at=<ISO>&id=<n>&direction=next|prev`: the cursor, or a 400 when it is malformed. */
export const cursorFrom = (req: PayloadRequest, params: URLSearchParams): { cursor?: Cursor; direction: Direction } => {
  const direction = params.get('direction') === 'prev' ? 'prev' : 'next'
  const at = params.get('at')
  const id = Number(params.get('id'))
  if (at == null && !params.has('id')) return { direction }
  if (!at || Number.isNaN(Date.parse(at)) || !Number.isSafeInteger(id) || id <= 0) {
    throw userError(req, 400, { id: 'Posisi antrean tidak valid.', en: 'Invalid queue position.' })
  }
  return { cursor: { at: new Date(at).toISOString(), id }, direction }
}
