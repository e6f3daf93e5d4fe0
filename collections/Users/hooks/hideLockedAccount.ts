import type { AfterErrorHook, PayloadRequest } from 'payload'
import { AuthenticationError, LockedAuth } from 'payload'

import { hashToken, newToken } from '@/lib/link-token'
import { composeEmail, queueEmail } from '@/lib/mail'

import { unlockMail } from '../unlockMail'

type Account = { id: number; name?: string; email: string; lockUntil?: string | null }

/**
 * Mails the owner of a locked account a link that unlocks it, once per lock: the link's token
 * expires with the lock, and only the request that stores it (one atomic update) sends the mail.
 */
const offerUnlockLink = async (req: PayloadRequest) => {
  const email = (req.data as { email?: unknown } | undefined)?.email
  if (typeof email !== 'string') return
  const account = await req.payload.db.findOne<Account>({ collection: 'users', where: { email: { equals: email.trim().toLowerCase() } }, req })
  if (!account?.lockUntil) return
  const token = newToken()
  const claimed = await req.payload.db.updateOne({
    collection: 'users',
    data: { unlockTokenHash: hashToken(token), unlockTokenExpiresAt: account.lockUntil },
    options: { atomic: true },
    req,
    where: {
      and: [
        { id: { equals: account.id } },
        { or: [{ unlockTokenExpiresAt: { exists: false } }, { unlockTokenExpiresAt: { not_equals: account.lockUntil } }] },
      ],
    },
  })
  if (claimed) await queueEmail(req, { to: account.email, ...composeEmail(req, unlockMail(account.name ?? '', token)) })
}

/** The lock, thrown by Payload's login, as REST sees it or wrapped by GraphQL. */
const isLock = (error: unknown) => error instanceof LockedAuth || (error as { originalError?: unknown } | undefined)?.originalError instanceof LockedAuth

/**
 * A locked account answers a sign-in exactly like a wrong password (REST and GraphQL), so the lock
 * tells a guesser nothing about the account; its owner gets the unlock link by email instead (from
 * REST sign-ins, whose body names the account). A global hook: GraphQL runs no collection hooks.
 */
export const hideLockedAccount: AfterErrorHook = async ({ error, graphqlResult, req }) => {
  if (!isLock(error)) return
  const wrongPassword = new AuthenticationError(req.t)
  if (graphqlResult) {
    return { graphqlResult: { ...graphqlResult, message: wrongPassword.message, extensions: { ...graphqlResult.extensions, name: wrongPassword.name } } }
  }
  await offerUnlockLink(req)
  return { response: { errors: [{ message: wrongPassword.message }] }, status: wrongPassword.status }
}
