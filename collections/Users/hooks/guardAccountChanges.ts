import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'

import { can, holds, idOfRelation, roleOf, withRole } from '@/access'
import { forbidden } from '@/lib/messages'

import { loadRole, refuseHigherAccount } from './higherAccount'

const sameId = (a: unknown, b: unknown) => String(idOfRelation(a) ?? '') === String(idOfRelation(b) ?? '')

const superAdminRoleIds = async (req: PayloadRequest) => {
  const { docs } = await req.payload.find({
    collection: 'roles',
    where: { grantsAll: { equals: true } },
    req,
    overrideAccess: true,
    depth: 0,
    pagination: false,
  })
  return docs.map((role) => role.id)
}

/** Refuses when the change would leave no active user holding every permission. */
const keepOneSuperAdmin = async (req: PayloadRequest, userId: number | string) => {
  const ids = await superAdminRoleIds(req)
  const { totalDocs } = await req.payload.count({
    collection: 'users',
    where: { role: { in: ids }, accountStatus: { equals: 'active' }, id: { not_equals: userId } },
    req,
    overrideAccess: true,
  })
  if (totalDocs === 0) {
    throw forbidden(req, {
      id: 'Super admin terakhir tidak dapat dihapus, diturunkan, atau dinonaktifkan.',
      en: 'The last super admin cannot be removed, demoted or deactivated.',
    })
  }
}

/**
 * The escalation rules, enforced on every write a user makes (system writes have no
 * req.user): nobody changes their own role, region or status; only `role.manage` assigns roles,
 * and only roles whose permissions the assigner holds; staff with `member.disable`/`enable` may
 * change others' status only, never of someone above them.
 */
export const guardAccountChanges: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  const before = originalDoc ?? {}
  const roleChanged = 'role' in data && !sameId(data.role, before.role)
  const regionChanged = 'region' in data && !sameId(data.region, before.region)
  const statusChanged = 'accountStatus' in data && data.accountStatus !== before.accountStatus

  const actor = await withRole(req)
  if (actor && operation === 'update') {
    if (sameId(actor.id, before.id)) {
      if (roleChanged || regionChanged || statusChanged) {
        throw forbidden(req, {
          id: 'Anda tidak dapat mengubah peran, wilayah, atau status akun Anda sendiri.',
          en: 'You cannot change your own role, region or account status.',
        })
      }
    } else if (!can(actor, 'role.manage')) {
      await refuseHigherAccount(req, actor, before.role)
      const others = Object.keys(data).filter(
        (key) => !['accountStatus', 'updatedAt'].includes(key) && JSON.stringify(data[key]) !== JSON.stringify(before[key]),
      )
      const statusPermission = data.accountStatus === 'active' ? 'member.enable' : 'member.disable'
      if (others.length > 0 || (statusChanged && !can(actor, statusPermission))) {
        throw forbidden(req, {
          id: 'Anda hanya dapat mengubah status akun pengguna lain.',
          en: "You may only change other users' account status.",
        })
      }
    }
  }

  if (actor && roleChanged) {
    const next = await loadRole(req, data.role)
    if (!can(actor, 'role.manage') || !next || !holds(actor, next.permissions ?? [], Boolean(next.grantsAll))) {
      throw forbidden(req, {
        id: 'Anda tidak berhak memberikan peran ini.',
        en: 'You may not assign this role.',
      })
    }
  }

  if (operation === 'update' && (roleChanged || (statusChanged && data.accountStatus !== 'active'))) {
    if ((await loadRole(req, before.role))?.grantsAll) await keepOneSuperAdmin(req, before.id)
  }
  return data
}

export const keepLastSuperAdmin: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const user = await req.payload.findByID({ collection: 'users', id, req, overrideAccess: true, depth: 1 })
  if (roleOf(user)?.grantsAll) await keepOneSuperAdmin(req, id)
}
