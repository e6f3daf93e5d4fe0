import { guardedEndpoint } from '@/access'
import { writeAudit } from '@/lib/audit'
import { pick, userError } from '@/lib/messages'
import { systemReq, withTransaction } from '@/lib/transaction'

import { EMAIL_TAKEN, emailTaken } from '../emailChange'
import { accountByLinkToken } from './tokenLink'

/**
 * POST /api/users/confirm-email-change {token}: the link mailed to the new address makes it the
 * account's email, in one transaction with its audit entry. The link works once.
 */
export const confirmEmailChange = guardedEndpoint({
  path: '/confirm-email-change',
  method: 'post',
  // The token is the authority: whoever can read the new mailbox confirms it.
  access: () => true,
  handler: async (req) => {
    const account = await accountByLinkToken(req, { hash: 'emailChangeTokenHash', expiresAt: 'emailChangeExpiresAt' })
    const email = String(account.pendingEmail)
    await withTransaction(req, async () => {
      if (await emailTaken(req, email)) throw userError(req, 409, EMAIL_TAKEN)
      await req.payload.update({
        collection: 'users',
        id: account.id,
        data: { email, pendingEmail: null, emailChangeTokenHash: null, emailChangeExpiresAt: null },
        req: systemReq(req),
        overrideAccess: true,
        depth: 0,
      })
      await writeAudit(req, { action: 'user.email_changed', targetType: 'user', targetId: account.id, oldValues: { email: account.email }, newValues: { email } })
    })
    return Response.json({ message: pick(req, { id: 'Email akun Anda sudah diganti.', en: 'Your account email has been changed.' }) })
  },
})
