import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionAfterOperationHook, CollectionBeforeChangeHook } from 'payload'

import { idOfRelation } from '@/access'
import { writeAudit } from '@/lib/audit'

const tracked = ['role', 'region', 'accountStatus'] as const

/** Payload drops the new password from `data` before afterChange: note the change here. */
export const notePasswordChange: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation === 'update' && typeof data.password === 'string' && data.password !== '') req.context.passwordChangedFor = originalDoc?.id
  return data
}

/** Role, region, status and password changes land in the audit log inside the same transaction. */
export const auditAccountChanges: CollectionAfterChangeHook = async ({ doc, operation, previousDoc, req }) => {
  const value = (source: Record<string, unknown>, key: (typeof tracked)[number]) =>
    key === 'accountStatus' ? source?.[key] : idOfRelation(source?.[key])

  if (operation === 'create') {
    await writeAudit(req, {
      action: 'user.created',
      targetType: 'user',
      targetId: doc.id,
      newValues: Object.fromEntries(tracked.map((key) => [key, value(doc, key)])),
    })
    return doc
  }
  if (req.context.passwordChangedFor === doc.id) {
    await writeAudit(req, { action: 'user.password_changed', targetType: 'user', targetId: doc.id })
  }
  for (const key of tracked) {
    const from = value(previousDoc, key)
    const to = value(doc, key)
    if (String(from ?? '') === String(to ?? '')) continue
    await writeAudit(req, {
      action: key === 'accountStatus' ? `account.${to}` : `user.${key}_changed`,
      targetType: 'user',
      targetId: doc.id,
      oldValues: { [key]: from },
      newValues: { [key]: to },
    })
  }
  return doc
}

export const auditAccountDeleted: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await writeAudit(req, {
    action: 'user.deleted',
    targetType: 'user',
    targetId: doc.id,
    oldValues: { email: doc.email, role: idOfRelation(doc.role) },
    // Deleting one's own account: the entry outlives the user row it would point to.
    actorRemoved: String(req.user?.id) === String(doc.id),
  })
}

/** A reset through the mailed link; the request is signed in as the account by then. */
export const auditPasswordReset: CollectionAfterOperationHook = async ({ operation, req, result }) => {
  const user = operation === 'resetPassword' ? (result as { user?: { id?: number } } | undefined)?.user : undefined
  if (user?.id != null) await writeAudit(req, { action: 'user.password_reset', targetType: 'user', targetId: user.id })
  return result
}
