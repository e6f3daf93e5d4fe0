import { sql } from '@payloadcms/db-postgres'
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { can, idOfRelation } from '@/access'
import { drizzleFor } from '@/lib/db/session'
import { userError } from '@/lib/messages'

export const lockedThread = (req: PayloadRequest) =>
  userError(req, 409, { id: 'Topik ini dikunci: tidak dapat dibalas atau diubah.', en: 'This thread is locked: it takes no replies or edits.' })

type ThreadRow = { locked: boolean; hidden: boolean; region_id: number | null; region_only: boolean }

/**
 * A reply goes only into a thread the writer can see, and never into a locked one (409; a lock
 * set while the reply is being written is caught again when the thread's count goes up, see
 * countNewPost). Authors cannot edit their posts in a locked thread either. The thread's region,
 * audience and visibility are copied onto the post for its access rules, the author's name for
 * its readers. The row is read without a lock: replies that each took a share lock and then
 * updated the thread's count deadlocked one another.
 */
export const checkThread: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  const threadId = Number(idOfRelation(data.thread ?? originalDoc?.thread))
  if (!Number.isSafeInteger(threadId) || threadId <= 0) throw userError(req, 400, { id: 'Pilih topiknya.', en: 'Choose the thread.' })
  const notFound = () => userError(req, 404, { id: 'Topik tidak ditemukan.', en: 'Thread not found.' })
  if (req.user && operation === 'create') {
    const visible = await req.payload.findByID({ collection: 'forum-threads', id: threadId, req, user: req.user, overrideAccess: false, depth: 0, disableErrors: true })
    if (!visible) throw notFound()
  }
  const db = await drizzleFor(req)
  const { rows } = await db.execute<ThreadRow>(sql`SELECT locked, hidden, region_id, region_only FROM forum_threads WHERE id = ${threadId}`)
  const thread = rows[0]
  if (!thread) throw notFound()
  const moderator = can(req.user, 'forum.moderate')
  if (thread.locked && req.user && (operation === 'create' || !moderator)) throw lockedThread(req)
  if (operation !== 'create') return data
  const author = await req.payload.findByID({ collection: 'users', id: idOfRelation(data.author)!, req, overrideAccess: true, depth: 0, disableErrors: true })
  if (!author) throw userError(req, 400, { id: 'Penulis tidak ditemukan.', en: 'Author not found.' })
  return { ...data, authorName: author.name ?? null, region: thread.region_id, regionOnly: thread.region_only, threadHidden: thread.hidden }
}
