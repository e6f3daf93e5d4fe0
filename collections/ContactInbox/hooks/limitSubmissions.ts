import type { CollectionBeforeOperationHook } from 'payload'

import { clientIp } from '@/lib/client-ip'
import { enforce, limits } from '@/lib/rate-limit'

/**
 * Contact messages from outside are limited per visitor IP, or per account when signed in. The
 * app's own Local API calls (seeds) are not visitors.
 */
export const limitSubmissions: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation === 'create' && req.payloadAPI !== 'local') {
    const key = req.user ? `user:${req.user.id}` : `ip:${clientIp(req.headers)}`
    await enforce(req, [[limits.contactSubmit, key]])
  }
  return args
}
