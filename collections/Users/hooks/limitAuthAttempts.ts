import type { CollectionAfterLoginHook, CollectionBeforeOperationHook } from 'payload'

import { clientIp } from '@/lib/client-ip'
import { enforce, limits, unhit, type Hit } from '@/lib/rate-limit'

const emailOf = (data: unknown) => {
  const email = (data as { email?: unknown } | undefined)?.email
  return typeof email === 'string' ? email.trim().toLowerCase() : null
}

/**
 * Login, forgot-password and sign-up are limited per IP and per account. A login attempt is
 * counted before it runs (Payload opens the login's transaction later, so a failure's count
 * stays) and taken back when it succeeds, so only failures add up. Forgot-password and sign-up
 * run in the transaction Payload has already opened: they are counted in it. Sign-ups are
 * counted for requests from outside only: the app's own Local API calls (seeds, imports) are
 * not visitors.
 */
export const limitAuthAttempts: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const ip = clientIp(req.headers)
  const email = emailOf((args as { data?: unknown }).data)
  if (operation === 'login') {
    req.context.loginHits = await enforce(req, [
      [limits.loginIp, ip],
      [limits.loginAccount, email],
    ])
  } else if (operation === 'forgotPassword') {
    await enforce(req, [
      [limits.forgotIp, ip],
      [limits.forgotAccount, email],
    ])
  } else if (operation === 'create' && !req.user && req.payloadAPI !== 'local') {
    await enforce(req, [
      [limits.registerIp, ip],
      [limits.registerAccount, email],
    ])
  }
  return args
}

export const forgiveSuccessfulLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  await unhit(req, (req.context.loginHits as Hit[] | undefined) ?? [])
  return user
}
