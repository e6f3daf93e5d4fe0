import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook } from 'payload'

import { hashToken } from '@/lib/link-token'

/**
 * Reset-password tokens are stored hashed, so a database leak opens no account. Forgot-password
 * saves its token through an update: the token is hashed on the way in (a value equal to the stored
 * one is already a hash)…
 */
export const hashStoredResetToken: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const token = data.resetPasswordToken
  if (typeof token === 'string' && token !== '' && token !== originalDoc?.resetPasswordToken) data.resetPasswordToken = hashToken(token)
  return data
}

/**
 * …and reset-password looks the account up by the token's hash. The operation keeps its own
 * reference to `args.data`, so the token is replaced in that object.
 */
export const hashPresentedResetToken: CollectionBeforeOperationHook = ({ args, operation }) => {
  const data = (args as { data?: { token?: unknown } }).data
  if (operation === 'resetPassword' && data && typeof data.token === 'string') data.token = hashToken(data.token)
  return args
}
