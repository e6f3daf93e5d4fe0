import type { CollectionBeforeChangeHook } from 'payload'

import { idOfRelation } from '@/access'
import { userError } from '@/lib/messages'

/**
 * A new thread belongs to its author (create access checked it is the user) and the author's
 * region, copied so region rules read it without a join; its activity starts now.
 */
export const stampThread: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const authorId = idOfRelation(data.author)
  const author =
    authorId == null ? null : await req.payload.findByID({ collection: 'users', id: authorId, req, overrideAccess: true, depth: 0, disableErrors: true })
  if (!author) throw userError(req, 400, { id: 'Penulis tidak ditemukan.', en: 'Author not found.' })
  const region = data.region ?? idOfRelation(author.region)
  if (data.regionOnly && region == null) {
    throw userError(req, 400, { id: 'Akun Anda belum punya wilayah, jadi topik tidak dapat dibatasi ke wilayah.', en: 'Your account has no region, so the thread cannot be limited to one.' })
  }
  return { ...data, authorName: author.name ?? null, region: region ?? null, lastPostAt: data.lastPostAt ?? new Date().toISOString() }
}
