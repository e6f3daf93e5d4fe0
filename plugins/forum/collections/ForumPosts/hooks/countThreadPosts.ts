import { sql } from '@payloadcms/db-postgres'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { idOfRelation } from '@/access'
import { drizzleFor } from '@/lib/db/session'

import { lockedThread } from './checkThread'

/** The thread's post count and last activity, recounted in SQL within the removal's transaction. */
const recount = async (req: PayloadRequest, thread: unknown) => {
  const db = await drizzleFor(req)
  await db.execute(sql`
    UPDATE forum_threads t SET
      post_count = (SELECT count(*) FROM forum_posts WHERE thread_id = t.id),
      last_post_at = COALESCE((SELECT max(created_at) FROM forum_posts WHERE thread_id = t.id), t.created_at)
    WHERE t.id = ${Number(idOfRelation(thread))}`)
}

/**
 * A reply adds one to its thread in one statement, which waits for (and then sees) any reply or
 * lock committed meanwhile: a recount here would read the posts as they were when the statement
 * began and lose concurrent replies. A thread locked since checkThread read it refuses the reply.
 */
export const countNewPost: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const db = await drizzleFor(req)
  const { rows } = await db.execute<{ locked: boolean }>(sql`
    UPDATE forum_threads SET post_count = post_count + 1, last_post_at = GREATEST(last_post_at, ${doc.createdAt}::timestamptz)
    WHERE id = ${Number(idOfRelation(doc.thread))}
    RETURNING locked`)
  if (rows[0]?.locked && req.user) throw lockedThread(req)
  return doc
}

export const countRemovedPost: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await recount(req, doc.thread)
  return doc
}
