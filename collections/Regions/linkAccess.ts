import type { FieldAccess } from 'payload'

import { can, explicit, isStaff, regionIdOf, scopeOf, withRole } from '@/access'

/**
 * The WhatsApp group is for the region's active members: candidates and suspended accounts must
 * not join it (`content.view_member` is what an active member holds; `can` denies it to inactive
 * accounts). Staff who cover every region, and whoever manages regions, read every link.
 */
export const readsGroupLink: FieldAccess = explicit(async ({ req, doc }: Parameters<FieldAccess>[0]) => {
  const user = await withRole(req)
  if (can(user, 'settings.manage') || (isStaff(user) && scopeOf(user) === 'all')) return true
  const region = regionIdOf(user)
  return can(user, 'content.view_member') && region != null && String(region) === String(doc?.id)
})
