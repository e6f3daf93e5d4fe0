import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * A deleted thread takes its posts (and their reports) with it, in the delete's transaction. The
 * caller's right to delete the thread was checked; its posts go as a consequence.
 */
export const removeThreadPosts: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const cascade = req.context.forumCascade
  req.context.forumCascade = true
  try {
    await req.payload.delete({ collection: 'forum-posts', where: { thread: { equals: id } }, req, overrideAccess: true })
  } finally {
    req.context.forumCascade = cascade
  }
}
