import type { CollectionAfterOperationHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { composeEmail, queueEmail } from '@/lib/mail'

import { resetPasswordMail } from '../resetPasswordEmail'

type Account = { id: number; name?: string; email: string }

const emailOf = (args: unknown) => {
  const email = (args as { data?: { email?: unknown } }).data?.email
  return typeof email === 'string' ? email.trim().toLowerCase() : ''
}

const accountOf = (req: PayloadRequest, email: string) =>
  req.payload.db.findOne<Account>({ collection: 'users', where: { email: { equals: email } }, req })

/**
 * Forgot-password answers the same for known and unknown addresses, and should take as long:
 * Payload would send the mail while the request waits, so it is queued instead (the job worker
 * sends it); an unknown address gets the same lookup and a write that changes nothing.
 */
export const queueResetEmail: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'forgotPassword') return args
  const email = emailOf(args)
  if (!(await accountOf(req, email))) {
    await req.payload.db.updateMany({ collection: 'users', where: { email: { equals: email } }, data: { resetPasswordExpiration: null }, req })
  }
  // A caller that asked for no mail (an import's Local API call) gets none from the queue either.
  req.context.queueResetEmail = !args.disableEmail
  return { ...args, disableEmail: true }
}

/** The reset token (Payload's result for a known address) reaches its owner through the queue. */
export const sendQueuedResetEmail: CollectionAfterOperationHook = async ({ args, operation, req, result }) => {
  if (operation !== 'forgotPassword' || typeof result !== 'string' || !req.context.queueResetEmail) return result
  const account = await accountOf(req, emailOf(args))
  if (account) await queueEmail(req, { to: account.email, ...composeEmail(req, resetPasswordMail(account.name ?? '', result)) })
  return result
}
