import type { CollectionBeforeOperationHook } from 'payload'

import { can, withRole } from '@/access'

import { refuseHigherAccount } from './higherAccount'

/**
 * Unlocking an account is changing it: staff without `role.manage` unlock only accounts whose
 * permissions they hold, as for status changes. Which accounts (their region's) is the access rule's.
 */
export const guardUnlock: CollectionBeforeOperationHook = async ({ args, operation, overrideAccess, req }) => {
  if (operation !== 'unlock' || overrideAccess) return args
  const actor = await withRole(req)
  const email = (args as { data?: { email?: unknown } }).data?.email
  if (!actor || typeof email !== 'string' || can(actor, 'role.manage')) return args
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { email: { equals: email.trim().toLowerCase() } },
    req,
    overrideAccess: true,
    depth: 0,
    limit: 1,
  })
  if (docs[0]) await refuseHigherAccount(req, actor, docs[0].role)
  return args
}
