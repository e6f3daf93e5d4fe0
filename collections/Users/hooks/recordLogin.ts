import type { CollectionAfterLoginHook } from 'payload'

import { clientIp } from '@/lib/client-ip'

/** lastLoginAt/Ip for the account page and for spotting misuse. */
export const recordLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  await req.payload.db.updateOne({
    collection: 'users',
    id: user.id,
    data: { lastLoginAt: new Date().toISOString(), lastLoginIp: clientIp(req.headers) },
    req,
  })
  return user
}
