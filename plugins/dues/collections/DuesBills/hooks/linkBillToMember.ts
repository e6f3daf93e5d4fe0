import type { CollectionBeforeChangeHook } from 'payload'

import { idOfRelation } from '@/access'
import { userError } from '@/lib/messages'

import { paymentCodeOf, randomUniqueCode } from '../../../bills/codes'
import { settingsOf } from '../../../options'

/**
 * A bill belongs to its member's account and region (copied, so access rules need no join). A
 * bill made through Payload (by hand, or the registration step) gets its kode unik, transfer
 * amount and payment code here, as the set-based generator does in SQL.
 */
export const linkBillToMember: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  const memberId = idOfRelation(data.member ?? originalDoc?.member)
  const member =
    memberId == null ? null : await req.payload.findByID({ collection: 'members', id: memberId, req, overrideAccess: true, depth: 0, disableErrors: true })
  if (!member) throw userError(req, 400, { id: 'Anggota tidak ditemukan.', en: 'Member not found.' })
  if (operation === 'update' && String(memberId) !== String(idOfRelation(originalDoc?.member))) {
    throw userError(req, 400, { id: 'Tagihan tidak dapat dipindah ke anggota lain.', en: 'A bill cannot move to another member.' })
  }
  const next = { ...data, owner: idOfRelation(member.user), region: idOfRelation(member.region) ?? null }
  if (operation === 'create') {
    const uniqueCode = (data.uniqueCode as number | undefined) ?? randomUniqueCode(settingsOf(req.payload.config).uniqueCodeRange)
    const period = { year: Number(data.periodYear), month: Number(data.periodMonth) }
    return {
      ...next,
      uniqueCode,
      transferAmount: Number(data.billAmount) + uniqueCode,
      paymentCode: data.paymentCode ?? paymentCodeOf(data.billType === 'registration' ? 'registration' : 'monthly', period, member.id),
    }
  }
  if ('billAmount' in data && data.billAmount !== originalDoc?.billAmount) {
    return { ...next, transferAmount: Number(data.billAmount) + Number(originalDoc?.uniqueCode ?? 0) }
  }
  return next
}
