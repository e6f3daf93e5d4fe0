import type { PayloadRequest } from 'payload'

import { holds, idOfRelation, type RoleLike } from '@/access'
import { forbidden } from '@/lib/messages'

export const loadRole = async (req: PayloadRequest, role: unknown): Promise<RoleLike | null> => {
  const id = idOfRelation(role)
  if (id == null) return null
  return req.payload.findByID({ collection: 'roles', id, req, overrideAccess: true, depth: 0, disableErrors: true })
}

/**
 * Staff without `role.manage` act on an account (its status, its lock) only when they hold every
 * permission of its role themselves: never on a super admin's or anyone's above them.
 */
export const refuseHigherAccount = async (req: PayloadRequest, actor: unknown, role: unknown) => {
  const target = await loadRole(req, role)
  if (target?.grantsAll || (target && !holds(actor, target.permissions ?? []))) {
    throw forbidden(req, {
      id: 'Anda tidak dapat mengubah akun dengan hak lebih tinggi dari Anda.',
      en: 'You cannot change an account with more rights than yours.',
    })
  }
}
