import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'

import { holds, withRole } from '@/access'
import { builtInRoles } from '@/access/roles'
import { forbidden, userError } from '@/lib/messages'

/** Nobody grants a permission they do not hold. */
export const guardGrants: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (!(await withRole(req))) return data
  const permissions: string[] = data.permissions ?? originalDoc?.permissions ?? []
  const grantsAll = Boolean(data.grantsAll ?? originalDoc?.grantsAll)
  if (!holds(req.user, permissions, grantsAll)) {
    throw forbidden(req, {
      id: 'Anda tidak dapat memberikan izin yang tidak Anda miliki.',
      en: 'You cannot grant a permission you do not hold.',
    })
  }
  return data
}

/** Built-in roles are edited, never deleted; a role still held by users cannot go either. */
export const keepRolesInUse: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const role = await req.payload.findByID({ collection: 'roles', id, req, overrideAccess: true, depth: 0 })
  if (builtInRoles.some((builtIn) => builtIn.name === role.name)) {
    throw forbidden(req, { id: 'Peran bawaan tidak dapat dihapus.', en: 'Built-in roles cannot be deleted.' })
  }
  const { totalDocs } = await req.payload.count({
    collection: 'users',
    where: { role: { equals: id } },
    req,
    overrideAccess: true,
  })
  if (totalDocs > 0) {
    throw userError(req, 409, {
      id: `Peran ini masih dipakai ${totalDocs} pengguna.`,
      en: `This role is still held by ${totalDocs} users.`,
    })
  }
}
