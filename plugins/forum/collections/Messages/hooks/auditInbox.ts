import type { CollectionAfterChangeHook } from 'payload'

import { idOfRelation } from '@/access'
import { writeAudit } from '@/lib/audit'

/** The inbox's status and assignee changes are kept in the audit log, in the same transaction. */
export const auditInbox: CollectionAfterChangeHook = async ({ doc, operation, previousDoc, req }) => {
  if (operation !== 'update') return doc
  const changed = (['status', 'assignee'] as const).filter((field) => String(idOfRelation(doc[field]) ?? '') !== String(idOfRelation(previousDoc?.[field]) ?? ''))
  if (changed.length === 0) return doc
  await writeAudit(req, {
    action: 'complaint.update',
    targetType: 'messages',
    targetId: doc.id,
    oldValues: Object.fromEntries(changed.map((field) => [field, idOfRelation(previousDoc?.[field])])),
    newValues: Object.fromEntries(changed.map((field) => [field, idOfRelation(doc[field])])),
  })
  return doc
}
