import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { writeAudit } from '@/lib/audit'
import { drizzleFor } from '@/lib/db/session'
import { userError, type Text } from '@/lib/messages'
import { withTransaction } from '@/lib/transaction'

import { FORUM_POSTS } from '../collections/ForumPosts'
import { FORUM_THREADS } from '../collections/ForumThreads'
import { categoryLabel, isForumCategory } from './categories'

type ThreadState = { locked: boolean; pinned: boolean; hidden: boolean; category: string }

export const threadActions = ['lock', 'unlock', 'pin', 'unpin', 'hide', 'restore', 'move'] as const
export type ThreadAction = (typeof threadActions)[number]

/** Each move: the state it needs and the change it makes. Illegal ones are 409, nothing changes. */
const threadMoves: Record<Exclude<ThreadAction, 'move'>, { field: 'locked' | 'pinned' | 'hidden'; to: boolean }> = {
  lock: { field: 'locked', to: true },
  unlock: { field: 'locked', to: false },
  pin: { field: 'pinned', to: true },
  unpin: { field: 'pinned', to: false },
  hide: { field: 'hidden', to: true },
  restore: { field: 'hidden', to: false },
}

export const threadDone: Record<ThreadAction, Text> = {
  lock: { id: 'Topik dikunci.', en: 'Thread locked.' },
  unlock: { id: 'Kunci topik dibuka.', en: 'Thread unlocked.' },
  pin: { id: 'Topik disematkan.', en: 'Thread pinned.' },
  unpin: { id: 'Sematan topik dilepas.', en: 'Thread unpinned.' },
  hide: { id: 'Topik disembunyikan.', en: 'Thread hidden.' },
  restore: { id: 'Topik ditampilkan kembali.', en: 'Thread restored.' },
  move: { id: 'Topik dipindahkan.', en: 'Thread moved.' },
}

const illegal = (req: PayloadRequest) => userError(req, 409, { id: 'Topik sudah dalam keadaan itu.', en: 'The thread is already in that state.' })

/**
 * The moderator can see the document (coordinators: their region's only), or it is a 404.
 * Read with the caller's own access before anything is locked.
 */
const visibleTo = async (req: PayloadRequest, collection: typeof FORUM_THREADS | typeof FORUM_POSTS, id: number, notFound: Text) => {
  const doc =
    Number.isSafeInteger(id) && id > 0
      ? await req.payload.findByID({ collection, id, req, user: req.user, overrideAccess: false, depth: 0, disableErrors: true }).catch(() => null)
      : null
  if (!doc) throw userError(req, 404, notFound)
}

const threadNotFound = { id: 'Topik tidak ditemukan.', en: 'Thread not found.' }
const postNotFound = { id: 'Tulisan tidak ditemukan.', en: 'Post not found.' }

/**
 * One moderator move on a thread, as ONE transaction with its audit entry. Hiding or restoring a
 * thread carries over to its posts' `threadHidden`, which their access reads. The caller checked
 * `forum.moderate`.
 */
export const moderateThread = async (req: PayloadRequest, id: number, action: ThreadAction, body: Record<string, unknown> = {}) => {
  await visibleTo(req, FORUM_THREADS, id, threadNotFound)
  if (action === 'move' && !isForumCategory(body.category)) {
    throw userError(req, 400, { id: 'Pilih kategori yang ada.', en: 'Choose an existing category.' })
  }
  return withTransaction(req, async () => {
    const db = await drizzleFor(req)
    const { rows } = await db.execute<ThreadState>(sql`SELECT locked, pinned, hidden, category FROM forum_threads WHERE id = ${id} FOR UPDATE`)
    const before = rows[0]
    if (!before) throw userError(req, 404, threadNotFound)
    const change =
      action === 'move' ? { field: 'category' as const, to: body.category as string } : { field: threadMoves[action].field, to: threadMoves[action].to }
    if (before[change.field] === change.to) throw illegal(req)
    const thread = await req.payload.update({ collection: FORUM_THREADS, id, data: { [change.field]: change.to }, req, overrideAccess: true, depth: 0 })
    if (change.field === 'hidden') await db.execute(sql`UPDATE forum_posts SET thread_hidden = ${change.to} WHERE thread_id = ${id}`)
    await writeAudit(req, {
      action: `forum.thread.${action}`,
      targetType: FORUM_THREADS,
      targetId: id,
      oldValues: { [change.field]: before[change.field] },
      newValues: { [change.field]: change.to, ...(action === 'move' ? { categoryLabel: categoryLabel(change.to as string).id } : {}) },
    })
    return thread
  })
}

export const postActions = ['hide', 'restore'] as const
export type PostAction = (typeof postActions)[number]

export const postDone: Record<PostAction, Text> = {
  hide: { id: 'Tulisan disembunyikan.', en: 'Post hidden.' },
  restore: { id: 'Tulisan ditampilkan kembali.', en: 'Post restored.' },
}

/**
 * A moderator hides a post, or restores a hidden one (hidden by reports or by a moderator). Its
 * open reports are closed with the decision: upheld when hidden, dismissed when restored, so
 * the count towards the threshold starts again. One transaction with the audit entry.
 */
export const moderatePost = async (req: PayloadRequest, id: number, action: PostAction) => {
  await visibleTo(req, FORUM_POSTS, id, postNotFound)
  const hide = action === 'hide'
  return withTransaction(req, async () => {
    const db = await drizzleFor(req)
    const { rows } = await db.execute<{ hidden: boolean; hidden_by: string | null }>(sql`SELECT hidden, hidden_by FROM forum_posts WHERE id = ${id} FOR UPDATE`)
    const before = rows[0]
    if (!before) throw userError(req, 404, postNotFound)
    if (before.hidden === hide) {
      throw userError(req, 409, hide ? { id: 'Tulisan sudah disembunyikan.', en: 'The post is already hidden.' } : { id: 'Tulisan tidak sedang disembunyikan.', en: 'The post is not hidden.' })
    }
    const closed = await db.execute(sql`
      UPDATE forum_reports SET status = ${hide ? 'upheld' : 'dismissed'}, updated_at = now()
      WHERE post_id = ${id} AND status = 'open'`)
    const post = await req.payload.update({
      collection: FORUM_POSTS,
      id,
      data: { hidden: hide, hiddenBy: hide ? 'moderator' : null, reportCount: 0 },
      req,
      overrideAccess: true,
      depth: 0,
    })
    await writeAudit(req, {
      action: `forum.post.${action}`,
      targetType: FORUM_POSTS,
      targetId: id,
      oldValues: { hidden: before.hidden, hiddenBy: before.hidden_by },
      newValues: { hidden: hide, reportsClosed: closed.rowCount ?? 0 },
    })
    return post
  })
}
