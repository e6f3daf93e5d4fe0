import type { PayloadRequest } from 'payload'

import { hashToken } from '@/lib/link-token'
import { userError } from '@/lib/messages'
import { readBody } from '@/lib/read-body'

type TokenFields = { hash: 'emailChangeTokenHash' | 'unlockTokenHash'; expiresAt: 'emailChangeExpiresAt' | 'unlockTokenExpiresAt' }

/**
 * The account whose emailed link carried the request's token, found by the token's hash: 400
 * when none matches, 410 when the link has expired.
 */
export const accountByLinkToken = async (req: PayloadRequest, { hash, expiresAt }: TokenFields) => {
  const token = (await readBody(req))('token')
  if (!token) throw userError(req, 400, { id: 'Token tidak ada dalam permintaan.', en: 'The request carries no token.' })
  const account = await req.payload.db.findOne<Record<string, unknown> & { id: number }>({ collection: 'users', where: { [hash]: { equals: hashToken(token) } }, req })
  if (!account) {
    throw userError(req, 400, { id: 'Tautan ini tidak dikenal atau sudah dipakai.', en: 'This link is unknown or was already used.' })
  }
  if (!account[expiresAt] || new Date(String(account[expiresAt])).getTime() < Date.now()) {
    throw userError(req, 410, { id: 'Tautan ini sudah kedaluwarsa.', en: 'This link has expired.' })
  }
  return account
}
