import config from '@payload-config'
import { getPayload, type Where } from 'payload'

import { tags } from '@/lib/revalidate'
import { LANDING_STATS_TAG, landingStats } from '@/site/landing-stats'
import { cachedQuery } from '@/lib/site-seo/cached'

import type { Content } from '../../payload-types'

/**
 * What visitors see, read through the Local API as a visitor (`overrideAccess: false`, no user:
 * the collections' own access decides) and kept in Next's data cache under the tags the editorial
 * hooks revalidate. Nothing here is per user; members-only reads live in ./member-data.ts.
 */
const payload = () => getPayload({ config })

/** Kept until a change to the data clears it through its tag. */
const cached = <Args extends unknown[], Result>(key: string, tagList: string[], fn: (...args: Args) => Promise<Result>) => cachedQuery(fn, [key], tagList)

const visitor = { overrideAccess: false, user: null } as const

export const PAGE_SIZE = 9

/** The site's content types and the list each belongs to. */
export const contentLists = {
  berita: ['news', 'article'],
  kegiatan: ['activity'],
  pengumuman: ['announcement'],
} as const satisfies Record<string, ReadonlyArray<Content['type']>>

export type ContentList = keyof typeof contentLists

export const getSite = cached('site-settings', [tags.global('site-settings')], async () =>
  (await payload()).findGlobal({ slug: 'site-settings', depth: 1, ...visitor }),
)

export const getNavigation = cached('navigation', [tags.global('navigation'), tags.collection('pages'), tags.collection('content')], async () =>
  (await payload()).findGlobal({ slug: 'navigation', depth: 1, ...visitor }),
)

export const getLanding = cached('landing', [tags.global('landing')], async () => (await payload()).findGlobal({ slug: 'landing', depth: 1, ...visitor }))

const listSelect = { title: true, slug: true, type: true, excerpt: true, coverImage: true, category: true, publishedAt: true, visibility: true } as const

export const listContent = cached(
  'content-list',
  [tags.collection('content'), tags.collection('categories'), tags.collection('media')],
  async ({ types, category, page = 1, limit = PAGE_SIZE }: { types: readonly string[]; category?: number; page?: number; limit?: number }) => {
    const where: Where = { and: [{ type: { in: types } }, ...(category ? [{ category: { equals: category } }] : [])] }
    return (await payload()).find({ collection: 'content', where, sort: '-publishedAt', limit, page, depth: 1, select: listSelect, ...visitor })
  },
)

export const getContent = cached('content-detail', [tags.collection('content'), tags.collection('categories'), tags.collection('media')], async (slug: string) => {
  const { docs } = await (await payload()).find({ collection: 'content', where: { slug: { equals: slug } }, limit: 1, depth: 1, ...visitor })
  return docs[0] ?? null
})

export const relatedContent = cached('content-related', [tags.collection('content'), tags.collection('media')], async (id: number, category: number | null) => {
  const where: Where = { and: [{ id: { not_equals: id } }, ...(category ? [{ category: { equals: category } }] : [])] }
  return (await (await payload()).find({ collection: 'content', where, sort: '-publishedAt', limit: 3, depth: 1, select: listSelect, ...visitor })).docs
})

export const getCategory = cached('category', [tags.collection('categories')], async (slug: string) => {
  const { docs } = await (await payload()).find({ collection: 'categories', where: { slug: { equals: slug } }, limit: 1, depth: 0, ...visitor })
  return docs[0] ?? null
})

export const listCategories = cached('categories', [tags.collection('categories')], async (appliesTo: 'content' | 'publication' | 'regulation') =>
  (await (await payload()).find({ collection: 'categories', where: { appliesTo: { in: [appliesTo] } }, sort: 'name', limit: 100, depth: 0, ...visitor })).docs,
)

export const getPage = cached('page', [tags.collection('pages'), tags.collection('documents')], async (slug: string) => {
  const { docs } = await (await payload()).find({ collection: 'pages', where: { slug: { equals: slug } }, limit: 1, depth: 1, ...visitor })
  return docs[0] ?? null
})

export const listOfficers = cached('officers', [tags.collection('officers'), tags.collection('media'), tags.collection('regions')], async () =>
  (await (await payload()).find({ collection: 'officers', sort: 'sortOrder', limit: 500, depth: 1, ...visitor })).docs,
)

export const listDocuments = cached(
  'documents',
  [tags.collection('documents'), tags.collection('categories')],
  async ({ docType, category, year, page = 1, limit = 20 }: { docType: 'publication' | 'regulation'; category?: number; year?: number; page?: number; limit?: number }) => {
    const where: Where = {
      and: [
        { docType: { equals: docType } },
        ...(category ? [{ category: { equals: category } }] : []),
        ...(year ? [{ publishedAt: { greater_than_equal: `${year}-01-01T00:00:00.000Z` } }, { publishedAt: { less_than: `${year + 1}-01-01T00:00:00.000Z` } }] : []),
      ],
    }
    return (await payload()).find({ collection: 'documents', where, sort: '-publishedAt', limit, page, depth: 1, ...visitor })
  },
)

/**
 * The landing page's figures. Counts only (nobody's data), taken with the system's access; they
 * are an hour old at most. Core's figures, and the plugins' (src/site/landing-stats.ts) apart.
 */
export const getStats = cached('stats', [tags.collection('content'), tags.collection('documents'), LANDING_STATS_TAG], async () => {
  const p = await payload()
  const count = async (collection: 'content' | 'documents' | 'regions', where?: Where) => (await p.count({ collection, where, ...visitor })).totalDocs
  const memberRole = await p.find({ collection: 'roles', where: { name: { equals: 'member' } }, limit: 1, depth: 0, overrideAccess: true })
  const members = memberRole.docs[0]
    ? (await p.count({ collection: 'users', where: { and: [{ role: { equals: memberRole.docs[0].id } }, { accountStatus: { equals: 'active' } }] }, overrideAccess: true })).totalDocs
    : 0
  const core = {
    members,
    regions: await count('regions'),
    publications: await count('documents'),
    news: await count('content', { type: { in: ['news', 'article'] } }),
  }
  const extra = await Promise.all(landingStats.of(p.config).map(async ({ key, label, count }) => ({ key, label, value: await count(p) })))
  return { core, extra }
})
