import { cache } from 'react'

import type { Content } from '../../payload-types'

import { contentLists, type ContentList } from './data'
import { currentUser } from './member/auth'
import { belongsTo } from './views/ContentDetailView'

/**
 * Reads for the signed-in user, as that user (`overrideAccess: false`): the content collection's
 * access decides what they see (members-only items need `content.view_member`). Never cached
 * across requests; the site shows published items only (staff preview drafts elsewhere).
 */
const published = { workflowStatus: { equals: 'published' } } as const

export const isContentList = (value: string): value is ContentList => Object.hasOwn(contentLists, value)

/** The item of this list with that slug as the signed-in user may read it; null for visitors. */
export const memberContent = cache(async (list: ContentList, slug: string): Promise<Content | null> => {
  const { payload, user } = await currentUser()
  if (!user) return null
  const { docs } = await payload.find({
    collection: 'content',
    where: { and: [{ slug: { equals: slug } }, published] },
    limit: 1,
    depth: 1,
    overrideAccess: false,
    user,
  })
  const item = docs[0]
  return item && belongsTo(list, item) ? item : null
})

/** The newest members-only items this user may read. */
export const listMemberContent = async (page: number) => {
  const { payload, user } = await currentUser()
  return payload.find({
    collection: 'content',
    where: { and: [{ visibility: { equals: 'members' } }, published] },
    sort: '-publishedAt',
    limit: 12,
    page,
    depth: 1,
    overrideAccess: false,
    user,
  })
}
