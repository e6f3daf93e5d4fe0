import type { CollectionBeforeDeleteHook } from 'payload'

import { MEMBER_DOCUMENTS } from '../../MemberDocuments'
import { MEMBERS } from '../../Members'

/**
 * On `users`: an account's member record and documents go with it (the record needs its account;
 * whoever may delete the account decided). Same transaction as the deletion.
 */
export const removeMemberOfUser: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const where = { user: { equals: id } }
  const { docs } = await req.payload.find({ collection: MEMBERS, where, req, overrideAccess: true, depth: 0, limit: 1, pagination: false })
  if (!docs[0]) return
  await req.payload.delete({ collection: MEMBER_DOCUMENTS, where: { member: { equals: docs[0].id } }, req, overrideAccess: true })
  await req.payload.delete({ collection: MEMBERS, id: docs[0].id, req, overrideAccess: true })
}
