import type { CollectionBeforeChangeHook } from 'payload'

import { idOfRelation } from '@/access'
import { userError } from '@/lib/messages'

/**
 * A document belongs to its member's account and region, copied here so access rules read them
 * without a join. The uploader names the owner (create access checks it is themself); it must be
 * the member's own account.
 */
export const linkToMember: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  const memberId = idOfRelation(data.member ?? originalDoc?.member)
  const member =
    memberId == null
      ? null
      : await req.payload.findByID({ collection: 'members', id: memberId, req, overrideAccess: true, depth: 0, disableErrors: true })
  if (!member) throw userError(req, 400, { id: 'Anggota tidak ditemukan.', en: 'Member not found.' })
  if (operation === 'update' && String(memberId) !== String(idOfRelation(originalDoc?.member))) {
    throw userError(req, 400, { id: 'Dokumen tidak dapat dipindah ke anggota lain.', en: 'A document cannot move to another member.' })
  }
  const owner = idOfRelation(member.user)
  if ('owner' in data && data.owner != null && String(idOfRelation(data.owner)) !== String(owner)) {
    throw userError(req, 400, { id: 'Pemilik dokumen harus akun anggota itu.', en: "The document's owner must be the member's account." })
  }
  return { ...data, owner, region: idOfRelation(member.region) }
}
