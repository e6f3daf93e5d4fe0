import type { CollectionAfterChangeHook } from 'payload'

import { writeAudit } from '@/lib/audit'

export const auditRoleChange: CollectionAfterChangeHook = async ({ doc, operation, previousDoc, req }) => {
  await writeAudit(req, {
    action: operation === 'create' ? 'role.created' : 'role.updated',
    targetType: 'role',
    targetId: doc.id,
    oldValues:
      operation === 'create' ? null : { permissions: previousDoc.permissions, grantsAll: previousDoc.grantsAll },
    newValues: { name: doc.name, permissions: doc.permissions, grantsAll: doc.grantsAll },
  })
  return doc
}
