import type { CollectionAfterChangeHook } from 'payload'

import { idOfRelation } from '@/access'

import { queueReplyEmail } from '../../../messages/emails'

/** The board's reply is mailed to the member; queued in the reply's transaction, so only if it is kept. */
export const notifyMember: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create' || !doc.fromBoard) return doc
  const [member, opening] = await Promise.all([
    req.payload.findByID({ collection: 'users', id: idOfRelation(doc.member)!, req, overrideAccess: true, depth: 0 }),
    req.payload.findByID({ collection: 'messages', id: idOfRelation(doc.conversation)!, req, overrideAccess: true, depth: 0 }),
  ])
  await queueReplyEmail(req, { to: member.email, name: member.name ?? member.email, subject: opening.subject ?? '', body: doc.body, conversation: opening.id })
  return doc
}
