import type { CollectionAfterDeleteHook } from 'payload'

import { writeAudit } from '@/lib/audit'

/**
 * Deleting forum content is a moderation act (delete access is `forum.moderate`): kept in the
 * audit log with what was removed, in the delete's transaction.
 */
export const auditDelete =
  (action: string, keep: (doc: Record<string, unknown>) => Record<string, unknown>): CollectionAfterDeleteHook =>
  async ({ collection, doc, req }) => {
    // A thread's posts go with it as a consequence (removeThreadPosts): only the thread is recorded.
    if (req.context.forumCascade) return doc
    await writeAudit(req, { action, targetType: collection.slug, targetId: doc.id, oldValues: keep(doc) })
    return doc
  }
