import type { PayloadRequest } from 'payload'

import { clientIp } from './client-ip'

export type AuditEntry = {
  action: string
  targetType: string
  targetId?: number | string | null
  oldValues?: Record<string, unknown> | null
  newValues?: Record<string, unknown> | null
  /** The acting user's row is gone (they deleted their own account): keep the entry, not the link. */
  actorRemoved?: boolean
}

/**
 * Records a state change in `audit-logs`. Pass the `req` of the change itself: the entry joins
 * its transaction, so both are written or neither is. Writing is a system action — nobody may
 * create audit entries through the API.
 */
export const writeAudit = async (req: PayloadRequest, { actorRemoved, ...entry }: AuditEntry) => {
  await req.payload.create({
    collection: 'audit-logs',
    data: {
      ...entry,
      targetId: entry.targetId == null ? null : String(entry.targetId),
      actor: req.user?.collection === 'users' && !actorRemoved ? req.user.id : null,
      actorType: req.user ? 'member' : req.headers?.get('user-agent') ? 'anonymous' : 'system',
      ipAddress: req.headers ? clientIp(req.headers) : null,
      userAgent: req.headers?.get('user-agent')?.slice(0, 255) ?? null,
    },
    req,
    overrideAccess: true,
  })
}
