import { sql } from '@payloadcms/db-postgres'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { idOfRelation } from '@/access'
import { drizzleFor } from '@/lib/db/session'

/** The thread's post count and last activity, recounted in SQL within the post's transaction. */
const recount = async (req: PayloadRequest, thread: unknown) => {
  const db = await drizzleFor(req)
  await db.execute(sql`
    UPDATE forum_threads t SET
      post_count = (SELECT count(*) FROM forum_posts WHERE thread_id = t.id),
      last_post_at = COALESCE((SELECT max(created_at) FROM forum_posts WHERE thread_id = t.id), t.created_at)
    WHERE t.id = ${Number(idOfRelation(thread))}`)
}

export const countNewPost: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation === 'create') await recount(req, doc.thread)
  return doc
}

export const countRemovedPost: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await recount(req, doc.thread)
  return doc
}
