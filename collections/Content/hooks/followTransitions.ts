import type { CollectionAfterChangeHook } from 'payload'

import { writeAudit } from '@/lib/audit'

import type { Content } from '../../../payload-types'
import { notifyTransition } from '../notifications'
import type { HistoryEntry } from './applyWorkflow'

/**
 * What a status move sets off, inside the save's transaction: the audit entry, the emails and,
 * for an approval with a future date, the job that publishes it.
 */
export const followTransitions: CollectionAfterChangeHook = async ({ doc, previousDoc, req, operation }) => {
  const before = operation === 'create' ? 0 : ((previousDoc?.workflowHistory as HistoryEntry[] | undefined)?.length ?? 0)
  const entries = ((doc.workflowHistory ?? []) as HistoryEntry[]).slice(before).filter((entry) => entry.action !== 'created')
  for (const entry of entries) {
    await writeAudit(req, {
      action: `content.${entry.action}`,
      targetType: 'content',
      targetId: doc.id,
      oldValues: { workflowStatus: entry.from },
      newValues: { workflowStatus: entry.to, comment: entry.comment ?? null, scheduledFor: entry.action === 'scheduled' ? doc.scheduledFor : undefined },
    })
    await notifyTransition(req, doc as Content, entry)
    if (entry.action === 'scheduled') {
      await req.payload.jobs.queue({
        task: 'publishScheduledContent',
        input: { id: doc.id, publishAt: doc.scheduledFor },
        waitUntil: new Date(doc.scheduledFor),
        req,
      })
    }
  }
  return doc
}
