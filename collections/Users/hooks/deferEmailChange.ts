import type { CollectionBeforeChangeHook } from 'payload'

import { writeAudit } from '@/lib/audit'
import { hashToken, newToken } from '@/lib/link-token'
import { composeEmail, queueEmail } from '@/lib/mail'
import { userError } from '@/lib/messages'

import { confirmNewEmail, EMAIL_CHANGE_TTL_MS, EMAIL_TAKEN, emailTaken, tellOldEmail } from '../emailChange'

/**
 * An email change a user makes (their own, or staff's on another account) waits for the new
 * address: it is kept as pending, with the hash of a link token, until the link mailed there is
 * opened. The old address is told at once. System writes (no acting user) change it directly.
 */
export const deferEmailChange: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !req.user || typeof data.email !== 'string') return data
  const next = data.email.trim().toLowerCase()
  const current = String(originalDoc?.email ?? '')
  data.email = current
  if (next === current) return data

  if (await emailTaken(req, next)) throw userError(req, 400, EMAIL_TAKEN)
  const token = newToken()
  Object.assign(data, {
    pendingEmail: next,
    emailChangeTokenHash: hashToken(token),
    emailChangeExpiresAt: new Date(Date.now() + EMAIL_CHANGE_TTL_MS).toISOString(),
  })
  const name = String(originalDoc?.name ?? '')
  await queueEmail(req, { to: next, ...composeEmail(req, confirmNewEmail(name, token)) })
  await queueEmail(req, { to: current, ...composeEmail(req, tellOldEmail(name, next)) })
  await writeAudit(req, {
    action: 'user.email_change_requested',
    targetType: 'user',
    targetId: originalDoc?.id,
    oldValues: { email: current },
    newValues: { pendingEmail: next },
  })
  return data
}
