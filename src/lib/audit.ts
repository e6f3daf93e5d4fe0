import type { PayloadRequest } from 'payload'

import { clientIp } from './client-ip'

export type AuditEntry = {
  action: string
  targetType: string
  targetId?: number | string | null
  oldValues?: Record<string, unknown> | null
  newValues?: Record<string, unknown> | null
}

/**
 * Records a state change in `audit-logs`. Pass the `req` of the change itself: the entry joins
 * its transaction, so both are written or neither is. Writing is a system action — nobody may
 * create audit entries through the API.
 */
export const writeAudit = async (req: PayloadRequest, entry: AuditEntry) => {
  await req.payload.create({
    collection: 'audit-logs',
    data: {
      ...entry,
      targetId: entry.targetId == null ? null : String(entry.targetId),
      actor: req.user?.collection === 'users' ? req.user.id : null,
      actorType: req.user ? 'member' : req.headers?.get('user-agent') ? 'anonymous' : 'system',
      ipAddress: req.headers ? clientIp(req.headers) : null,
      userAgent: req.headers?.get('user-agent')?.slice(0, 255) ?? null,
    },
    req,
    overrideAccess: true,
  })
}
