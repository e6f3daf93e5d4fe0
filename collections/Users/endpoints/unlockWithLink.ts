import { guardedEndpoint } from '@/access'
import { writeAudit } from '@/lib/audit'
import { pick } from '@/lib/messages'
import { withTransaction } from '@/lib/transaction'

import { accountByLinkToken } from './tokenLink'

/**
 * POST /api/users/unlock-with-link {token}: the link mailed to a locked account's owner ends the
 * lock and the count of failed sign-ins. The link works once, until the lock would have ended.
 */
export const unlockWithLink = guardedEndpoint({
  path: '/unlock-with-link',
  method: 'post',
  // The token is the authority: it reached only the account's mailbox.
  access: () => true,
  handler: async (req) => {
    const account = await accountByLinkToken(req, { hash: 'unlockTokenHash', expiresAt: 'unlockTokenExpiresAt' })
    await withTransaction(req, async () => {
      await req.payload.db.updateOne({
        collection: 'users',
        id: account.id,
        data: { lockUntil: null, loginAttempts: 0, unlockTokenHash: null, unlockTokenExpiresAt: null },
        req,
        returning: false,
      })
      await writeAudit(req, { action: 'account.unlocked', targetType: 'user', targetId: account.id })
    })
    return Response.json({ message: pick(req, { id: 'Akun Anda sudah dibuka. Silakan masuk.', en: 'Your account is unlocked. Please sign in.' }) })
  },
})
