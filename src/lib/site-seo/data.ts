import config from '@payload-config'
import { getPayload } from 'payload'

import type { Category, Content } from '../../../payload-types'
import { tags } from '../revalidate'
import { publicPath } from '../routes'
import { lexicalText, summarise } from '../seo'

import { cachedQuery } from './cached'

export const contentTypes = ['news', 'activity', 'announcement', 'article'] as const
export type ContentType = (typeof contentTypes)[number]
export const isContentType = (value: unknown): value is ContentType => contentTypes.includes(value as ContentType)

export const FEED_SIZE = 20
/** One sitemap file holds at most 50,000 URLs; the fixed routes and pages need a few. */
const SITEMAP_CONTENT_MAX = 45_000

/** Everything here is read as a visitor: no user and `overrideAccess: false`, so drafts and members-only items stay out. */
const visitor = { overrideAccess: false, user: null } as const

export type FeedItem = {
  title: string
  slug: string
  type: string
  description: string
  publishedAt: string
  category: string | null
}

const feedItem = (doc: Content): FeedItem => ({
  title: doc.title,
  slug: doc.slug,
  type: doc.type,
  description: doc.excerpt || summarise(lexicalText(doc.body?.root)),
  publishedAt: doc.publishedAt || doc.updatedAt,
  category: doc.category && typeof doc.category === 'object' ? (doc.category as Category).name : null,
})

/** The latest published public items, all types or one. */
export const latestContent = cachedQuery(
  async (type: ContentType | null): Promise<FeedItem[]> => {
    const payload = await getPayload({ config })
    const result = await payload.find({
      collection: 'content',
      ...visitor,
      where: type ? { type: { equals: type } } : {},
      sort: '-publishedAt',
      limit: FEED_SIZE,
      depth: 1,
      select: { title: true, slug: true, type: true, excerpt: true, body: true, publishedAt: true, updatedAt: true, category: true },
      populate: { categories: { name: true } },
    })
    return result.docs.map((doc) => feedItem(doc as Content))
  },
  ['site-seo:latest-content'],
  [tags.collection('content')],
)

export type SiteIdentity = { name: string; tagline: string | null }

export const siteIdentity = cachedQuery(
  async (): Promise<SiteIdentity> => {
    const payload = await getPayload({ config })
    const site = await payload.findGlobal({ slug: 'site-settings', ...visitor, depth: 0 })
    return { name: site.name, tagline: site.tagline ?? null }
  },
  ['site-seo:identity'],
  [tags.global('site-settings')],
)

export type SitemapEntry = { path: string; lastmod: string | null }

/** The latest of ISO dates (they sort as text), null when there is none. */
const newest = (dates: Array<null | string | undefined>) => dates.reduce<null | string>((max, date) => (date && (!max || date > max) ? date : max), null)

/**
 * What the sitemap lists: home, the list routes, every public content item, page and category
 * page. Documents have no page of their own and their download is counted (a crawler must not
 * count), so they date `/publikasi` and `/regulasi` instead.
 */
export const sitemapEntries = cachedQuery(
  async (): Promise<SitemapEntry[]> => {
    const payload = await getPayload({ config })
    const [content, pages, categories, documents] = await Promise.all([
      payload.find({ collection: 'content', ...visitor, sort: '-updatedAt', limit: SITEMAP_CONTENT_MAX, depth: 0, select: { slug: true, type: true, updatedAt: true } }),
      payload.find({ collection: 'pages', ...visitor, sort: 'slug', pagination: false, depth: 0, select: { slug: true, updatedAt: true } }),
      payload.find({ collection: 'categories', ...visitor, where: { appliesTo: { contains: 'content' } }, sort: 'slug', pagination: false, depth: 0, select: { slug: true, updatedAt: true } }),
      payload.find({ collection: 'documents', ...visitor, pagination: false, depth: 0, select: { docType: true, updatedAt: true } }),
    ])
    const contentPaths = content.docs.map((item) => ({ path: publicPath('content', item), lastmod: (item.updatedAt as string | undefined) ?? null }))
    const listed = (list: string) => contentPaths.filter((entry) => entry.path?.startsWith(`${list}/`)).map((entry) => entry.lastmod)
    const docsOf = (docType: string) => documents.docs.filter((doc) => doc.docType === docType).map((doc) => doc.updatedAt)
    const lists: SitemapEntry[] = [
      { path: '/', lastmod: newest([...contentPaths.map((entry) => entry.lastmod), ...pages.docs.map((page) => page.updatedAt)]) },
      { path: '/berita', lastmod: newest(listed('/berita')) },
      { path: '/kegiatan', lastmod: newest(listed('/kegiatan')) },
      { path: '/pengumuman', lastmod: newest(listed('/pengumuman')) },
      { path: '/pengurus', lastmod: null },
      { path: '/publikasi', lastmod: newest(docsOf('publication')) },
      { path: '/regulasi', lastmod: newest(docsOf('regulation')) },
      { path: '/kontak', lastmod: null },
    ]
    return [
      ...lists,
      ...pages.docs.map((page) => ({ path: `/${page.slug}`, lastmod: page.updatedAt ?? null })),
      ...categories.docs.map((category) => ({ path: `/kategori/${category.slug}`, lastmod: category.updatedAt ?? null })),
      ...contentPaths.filter((entry): entry is SitemapEntry => entry.path !== null),
    ]
  },
  ['site-seo:sitemap'],
  [tags.collection('content'), tags.collection('pages'), tags.collection('documents')],
)
