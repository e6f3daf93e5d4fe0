import type { CollectionBeforeChangeHook } from 'payload'

import { idOfRelation } from '@/access'
import { userError } from '@/lib/messages'

/**
 * A claim belongs to its member's account and region (copied for access rules); the bill and
 * payment it names must be that member's. Member and references are fixed once filed.
 */
export const linkClaimToMember: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  const memberId = idOfRelation(data.member ?? originalDoc?.member)
  const member =
    memberId == null ? null : await req.payload.findByID({ collection: 'members', id: memberId, req, overrideAccess: true, depth: 0, disableErrors: true })
  if (!member) throw userError(req, 400, { id: 'Anggota tidak ditemukan.', en: 'Member not found.' })
  const owner = idOfRelation(member.user)
  if (operation === 'create' && data.owner != null && String(idOfRelation(data.owner)) !== String(owner)) {
    throw userError(req, 400, { id: 'Pemilik klaim harus akun anggota itu.', en: "The claim's owner must be the member's account." })
  }
  const changed = (field: string) => operation === 'update' && field in data && String(idOfRelation(data[field]) ?? '') !== String(idOfRelation(originalDoc?.[field]) ?? '')
  if (['member', 'bill', 'payment'].some(changed)) {
    throw userError(req, 400, { id: 'Anggota, tagihan dan pembayaran sebuah klaim tidak dapat diubah.', en: "A claim's member, bill and payment cannot change." })
  }
  for (const [field, collection] of [
    ['bill', 'dues-bills'],
    ['payment', 'dues-payments'],
  ] as const) {
    const id = idOfRelation(data[field])
    if (operation !== 'create' || id == null) continue
    const doc = await req.payload.findByID({ collection, id, req, overrideAccess: true, depth: 0, disableErrors: true })
    if (!doc || String(idOfRelation(doc.member)) !== String(member.id)) {
      throw userError(req, 400, { id: 'Tagihan atau pembayaran itu bukan milik Anda.', en: 'That bill or payment is not yours.' })
    }
  }
  if (data.claimType === 'waiver_request' && operation === 'create' && idOfRelation(data.bill) == null) {
    throw userError(req, 400, { id: 'Permohonan pembebasan harus menyebut tagihannya.', en: 'A waiver request must name its bill.' })
  }
  return { ...data, owner, region: idOfRelation(member.region) ?? null }
}
