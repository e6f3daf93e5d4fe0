import { sql } from '@payloadcms/db-postgres'
import type { CollectionBeforeChangeHook } from 'payload'

import { idOfRelation } from '@/access'
import { drizzleFor } from '@/lib/db/session'
import { userError } from '@/lib/messages'

/**
 * A report is about a post the reporter can see, not their own. The post's row is locked
 * (FOR UPDATE) until the report commits, so concurrent reports of one post are counted one after
 * another (see hideReportedPost) and a second report by the same member meets the first: a clear
 * 409 here, and the unique index (post, reporter) should two ever race past it.
 */
export const lockReportedPost: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const postId = Number(idOfRelation(data.post))
  const notFound = () => userError(req, 404, { id: 'Tulisan tidak ditemukan.', en: 'Post not found.' })
  if (!Number.isSafeInteger(postId) || postId <= 0) throw notFound()
  if (req.user) {
    const visible = await req.payload.findByID({ collection: 'forum-posts', id: postId, req, user: req.user, overrideAccess: false, depth: 0, disableErrors: true })
    if (!visible) throw notFound()
  }
  const db = await drizzleFor(req)
  const { rows } = await db.execute<{ author_id: number; region_id: number | null }>(sql`SELECT author_id, region_id FROM forum_posts WHERE id = ${postId} FOR UPDATE`)
  const post = rows[0]
  if (!post) throw notFound()
  const reporter = Number(idOfRelation(data.reporter))
  if (post.author_id === reporter) throw userError(req, 400, { id: 'Anda tidak dapat melaporkan tulisan sendiri.', en: 'You cannot report your own post.' })
  const { rows: earlier } = await db.execute(sql`SELECT 1 FROM forum_reports WHERE post_id = ${postId} AND reporter_id = ${reporter}`)
  if (earlier.length > 0) throw userError(req, 409, { id: 'Anda sudah melaporkan tulisan ini.', en: 'You have already reported this post.' })
  return { ...data, region: post.region_id }
}
