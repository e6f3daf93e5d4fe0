import type { CollectionBeforeLoginHook } from 'payload'

import { forbidden } from '@/lib/messages'

/**
 * A rejected registration's account cannot sign in (pending candidates can: they follow their
 * registration; suspended accounts can: they keep what their role grants to themselves). Runs
 * after the password check, so it tells nothing to someone who does not know the password.
 */
export const refuseRejectedLogin: CollectionBeforeLoginHook = ({ req, user }) => {
  if ((user as { accountStatus?: string }).accountStatus === 'rejected') {
    throw forbidden(req, {
      id: 'Pendaftaran akun ini ditolak, sehingga tidak dapat dipakai untuk masuk. Hubungi pengurus bila ada pertanyaan.',
      en: 'The registration of this account was declined, so it cannot sign in. Contact the board if you have questions.',
    })
  }
  return user
}
