import type { CollectionBeforeChangeHook } from 'payload'

import { idOfRelation, isStaff } from '@/access'
import { userError } from '@/lib/messages'

/** A conversation is assigned to a staff account (active, with a staff role), or to nobody. */
export const checkAssignee: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const assigneeId = idOfRelation(data.assignee)
  if (assigneeId == null || String(assigneeId) === String(idOfRelation(originalDoc?.assignee))) return data
  const assignee = await req.payload.findByID({ collection: 'users', id: assigneeId, req, overrideAccess: true, depth: 1, disableErrors: true })
  if (!assignee || !isStaff(assignee)) throw userError(req, 400, { id: 'Pesan hanya dapat diserahkan kepada pengurus.', en: 'A conversation can only be assigned to staff.' })
  return data
}
