import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { idOfRelation } from '@/access'
import { writeAudit } from '@/lib/audit'

const tracked = ['role', 'region', 'accountStatus'] as const

/** Role, region and status changes land in the audit log inside the same transaction. */
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
