import { sql } from '@payloadcms/db-postgres'
import type { CollectionAfterChangeHook } from 'payload'

import { idOfRelation } from '@/access'
import { writeAudit } from '@/lib/audit'
import { drizzleFor } from '@/lib/db/session'

import { settingsOf } from '../../../options'

/**
 * Counts the post's open reports in the database, in the report's transaction (the post row is
 * locked, see lockReportedPost), and hides the post once they reach `reportHideThreshold`. It
 * stays hidden until a moderator restores it, which dismisses these reports.
 */
export const hideReportedPost: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const threshold = settingsOf(req.payload.config).reportHideThreshold
  const postId = Number(idOfRelation(doc.post))
  const db = await drizzleFor(req)
  const { rows } = await db.execute<{ report_count: number; newly_hidden: boolean }>(sql`
    UPDATE forum_posts p SET
      report_count = c.n,
      hidden = p.hidden OR c.n >= ${threshold},
      hidden_by = CASE WHEN NOT p.hidden AND c.n >= ${threshold} THEN 'reports' ELSE p.hidden_by END,
      updated_at = now()
    FROM (SELECT count(*)::int AS n FROM forum_reports WHERE post_id = ${postId} AND status = 'open') c,
         (SELECT hidden AS was FROM forum_posts WHERE id = ${postId}) before
    WHERE p.id = ${postId}
    RETURNING p.report_count, (p.hidden AND NOT before.was) AS newly_hidden`)
  if (rows[0]?.newly_hidden) {
    await writeAudit(req, { action: 'forum.post.hidden_by_reports', targetType: 'forum-posts', targetId: postId, newValues: { reports: rows[0].report_count, threshold } })
  }
  return doc
}
