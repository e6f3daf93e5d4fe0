import type { FieldAccess } from 'payload'

import { can, explicit, fieldFor, idOfRelation, nobody, withRole } from '@/access'

/** The document is the signed-in user's own member record. */
const isOwnRecord = (user: unknown, record: unknown) => {
  const owner = idOfRelation((record as { user?: unknown } | undefined)?.user)
  return user != null && owner != null && String(owner) === String((user as { id: unknown }).id)
}

/**
 * Identity numbers and pay: the member themself and holders of `member.view_sensitive` (admins,
 * treasurers), never coordinators or other members. The same on write, so an
 * editor without the permission cannot overwrite what they cannot see.
 */
const sensitive: FieldAccess = explicit(async ({ req, doc, data }) => {
  const user = await withRole(req)
  return can(user, 'member.view_sensitive') || isOwnRecord(user, doc ?? data)
})

export const sensitiveAccess = { read: sensitive, create: sensitive, update: sensitive }

/** Staff notes about the member: not shown to the member. */
export const staffNotesAccess = {
  read: fieldFor('member.view_detail', 'member.edit'),
  create: fieldFor('member.edit'),
  update: fieldFor('member.edit'),
}

/** What only staff who edit member data change (the region decides who sees the member). */
export const staffEditAccess = { update: fieldFor('member.edit') }

/** Soft delete: `member.delete` sets or clears `deletedAt`. */
export const softDeleteAccess = { create: fieldFor('member.delete'), update: fieldFor('member.delete') }

/** Never through any API, not even for reading: the email verification token's hash. */
export const secretAccess = { read: nobody, create: nobody, update: nobody }
