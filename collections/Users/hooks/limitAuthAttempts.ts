import type { CollectionAfterLoginHook, CollectionBeforeOperationHook } from 'payload'

import { clientIp } from '@/lib/client-ip'
import { enforce, limits, unhit } from '@/lib/rate-limit'

const emailOf = (data: unknown) => {
  const email = (data as { email?: unknown } | undefined)?.email
  return typeof email === 'string' ? email.trim().toLowerCase() : null
}

/**
 * Login, forgot-password and sign-up are limited per IP and per account. A login attempt is
 * counted before it runs and taken back when it succeeds, so only failures add up, even when
 * the failure aborts the request's transaction. Sign-ups are counted for requests from outside
 * only: the app's own Local API calls (seeds, imports) are not visitors.
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
  await unhit(req.payload, (req.context.loginHits as number[] | undefined) ?? [])
  return user
}
