import type { Endpoint } from 'payload'

import { can, guardedEndpoint } from '@/access'
import { pick, userError } from '@/lib/messages'
import { withTransaction } from '@/lib/transaction'
import { bodyOf, idParam } from '@/plugin-kit'

import { FORUM_POSTS } from '../collections/ForumPosts'
import { FORUM_THREADS } from '../collections/ForumThreads'
import { isForumCategory } from '../threads/categories'
import { moderateThread, threadActions, threadDone } from '../threads/moderation'

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/**
 * `POST /api/forum-threads/start` `{ title, category, regionOnly?, body }`: a thread and its
 * opening post, both as the member (their own access decides), in one transaction.
 */
const startThread = guardedEndpoint({
  path: '/start',
  method: 'post',
  access: (req) => can(req.user, 'forum.post'),
  handler: async (req) => {
    const data = await bodyOf(req)
    const title = text(data.title)
    const body = text(data.body)
    if (title.length < 3 || title.length > 200) throw userError(req, 400, { id: 'Judul 3 sampai 200 karakter.', en: 'The title takes 3 to 200 characters.' })
    if (!isForumCategory(data.category)) throw userError(req, 400, { id: 'Pilih kategori yang ada.', en: 'Choose an existing category.' })
    if (!body) throw userError(req, 400, { id: 'Tulis isi topiknya.', en: 'Write the text of the thread.' })
    const as = { req, user: req.user, overrideAccess: false, depth: 0 } as const
    const thread = await withTransaction(req, async () => {
      const created = await req.payload.create({
        collection: FORUM_THREADS,
        data: { title, category: data.category as 'umum', regionOnly: data.regionOnly === true, author: req.user!.id },
        ...as,
      })
      await req.payload.create({ collection: FORUM_POSTS, data: { thread: created.id, body, author: req.user!.id }, ...as })
      return created
    })
    return Response.json({ message: pick(req, { id: 'Topik dibuat.', en: 'Thread started.' }), doc: thread }, { status: 201 })
  },
})

/** `POST /api/forum-threads/:id/{lock|unlock|pin|unpin|hide|restore|move}`; move takes `{ category }`. */
const threadModeration = threadActions.map((action) =>
  guardedEndpoint({
    path: `/:id/${action}`,
    method: 'post',
    access: (req) => can(req.user, 'forum.moderate'),
    handler: async (req) => {
      const doc = await moderateThread(req, idParam(req), action, await bodyOf(req))
      return Response.json({ message: pick(req, threadDone[action]), doc })
    },
  }),
)

export const threadEndpoints: Endpoint[] = [startThread, ...threadModeration]
