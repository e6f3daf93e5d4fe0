import type { CollectionBeforeChangeHook } from 'payload'

import { idOfRelation } from '@/access'
import { userError } from '@/lib/messages'
import { passwordMatches } from '@/lib/password-hash'

const emailOf = (value: unknown) => (typeof value === 'string' ? value.trim().toLowerCase() : undefined)

/**
 * Changing one's own password or email needs the current password (`currentPassword` in the
 * request), so a stolen session cannot take the account over. Staff changing another account (as
 * guardAccountChanges allows) do not know that password and are not asked for it.
 */
export const requireCurrentPassword: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  const { currentPassword } = data
  delete data.currentPassword
  if (operation !== 'update' || !req.user || String(idOfRelation(req.user)) !== String(originalDoc?.id)) return data
  const changesPassword = typeof data.password === 'string' && data.password !== ''
  const changesEmail = emailOf(data.email) !== undefined && emailOf(data.email) !== emailOf(originalDoc?.email)
  if (!changesPassword && !changesEmail) return data
  const account = await req.payload.db.findOne<{ id: number; hash?: string; salt?: string }>({ collection: 'users', where: { id: { equals: originalDoc.id } }, req })
  if (typeof currentPassword !== 'string' || !(await passwordMatches(currentPassword, account ?? {}))) {
    throw userError(req, 403, {
      id: 'Kata sandi saat ini salah atau tidak diisi. Kata sandi dan email hanya dapat diubah dengan kata sandi saat ini.',
      en: 'The current password is wrong or missing. The password and email can only be changed with the current password.',
    })
  }
  return data
}
