import type { Metadata } from 'next'

import type { Content, Media, Page, SiteSetting } from '../../../payload-types'
import { defineTexts, languages, type Lang } from '../i18n'
import { lexicalText, META_DESCRIPTION_MAX, META_TITLE_MAX, summarise } from '../seo'

import { absoluteUrl, docPath, localisedPath } from './urls'

type Site = Pick<SiteSetting, 'name' | 'tagline' | 'logo'>
type MediaRef = Content['coverImage']

/** Open Graph's names for the page's language and the other one. */
export const openGraphLocales = defineTexts({
  locale: { id: 'id_ID', en: 'en_US' },
  alternateLocale: { id: 'en_US', en: 'id_ID' },
})

export type OgImage = { url: string; width?: number; height?: number; alt?: string }

/**
 * The image for link previews: the `hero` size (1600 wide) when it exists, else the original.
 * Only a populated upload has a URL; an id alone gives no image.
 */
export const ogImage = (media: MediaRef | undefined, serverURL?: string): OgImage | undefined => {
  if (!media || typeof media !== 'object') return undefined
  const { hero } = (media as Media).sizes ?? {}
  const source = hero?.url ? hero : media
  if (!source.url) return undefined
  return {
    url: absoluteUrl(source.url, serverURL),
    width: source.width ?? undefined,
    height: source.height ?? undefined,
    alt: (media as Media).alt,
  }
}

/** `alternates` for a path: canonical in the page's language, both languages and x-default. */
export const alternatesFor = (path: string, lang: Lang, serverURL?: string): Metadata['alternates'] => ({
  canonical: absoluteUrl(localisedPath(path, lang), serverURL),
  languages: {
    ...Object.fromEntries(languages.map((each) => [each, absoluteUrl(localisedPath(path, each), serverURL)])),
    'x-default': absoluteUrl(path, serverURL),
  },
})

type Parts = {
  title: string
  description: string
  path: string
  lang: Lang
  site: Site
  image?: OgImage
  type: 'website' | 'article'
  publishedTime?: string
  modifiedTime?: string
  serverURL?: string
  /** Members-only and draft (previewed) documents are not for search engines. */
  hidden?: boolean
}

/** The preview image of a page with none of its own and a site without a logo (`public/brand`). */
const defaultImage = (site: Site, serverURL?: string): OgImage => ({
  url: absoluteUrl('/brand/og-default.png', serverURL),
  width: 1200,
  height: 630,
  alt: site.name,
})

const build = ({ title, description, path, lang, site, image, type, publishedTime, modifiedTime, serverURL, hidden }: Parts): Metadata => {
  const preview = image ?? defaultImage(site, serverURL)
  const images = [preview]
  return {
    ...(hidden ? { robots: { index: false, follow: false } } : {}),
    // `absolute`: editors' meta titles already carry the site name when they want it.
    title: { absolute: title },
    description,
    alternates: alternatesFor(path, lang, serverURL),
    openGraph: {
      title,
      description,
      url: absoluteUrl(localisedPath(path, lang), serverURL),
      siteName: site.name,
      ...openGraphLocales(lang),
      images,
      ...(type === 'article' ? { type, publishedTime, modifiedTime } : { type }),
    },
    twitter: { card: 'summary_large_image', title, description, images: [preview.url] },
  }
}

/** The editor's meta title, or "<title> — <site name>" cut to search engines' length. */
const titleOf = (meta: { title?: null | string } | undefined, title: string, site: Site) =>
  meta?.title || summarise(`${title} — ${site.name}`, META_TITLE_MAX)

type BodyDoc = { excerpt?: null | string; body?: { root?: unknown } | null }
const descriptionOf = (meta: { description?: null | string } | undefined, doc: BodyDoc, fallback: string) =>
  meta?.description ||
  summarise(doc.excerpt || lexicalText(doc.body?.root as Parameters<typeof lexicalText>[0]) || fallback, META_DESCRIPTION_MAX)

/** Metadata of a content item's detail page (call with the item read at depth ≥ 1). */
export const contentMetadata = (doc: Content, site: Site, lang: Lang = 'id', serverURL?: string): Metadata =>
  build({
    title: titleOf(doc.meta, doc.title, site),
    description: descriptionOf(doc.meta, doc, site.tagline || site.name),
    path: docPath('content', doc) ?? '/',
    lang,
    site,
    image: ogImage(doc.meta?.image, serverURL) ?? ogImage(doc.coverImage, serverURL) ?? ogImage(site.logo, serverURL),
    type: 'article',
    publishedTime: doc.publishedAt ?? undefined,
    modifiedTime: doc.updatedAt,
    serverURL,
    hidden: doc.visibility === 'members' || doc.workflowStatus !== 'published',
  })

/** Metadata of a page (`/<slug>`). */
export const pageMetadata = (doc: Page, site: Site, lang: Lang = 'id', serverURL?: string): Metadata =>
  build({
    title: titleOf(doc.meta, doc.title, site),
    description: descriptionOf(doc.meta, doc, site.tagline || site.name),
    path: docPath('pages', doc) ?? '/',
    lang,
    site,
    image: ogImage(doc.meta?.image, serverURL) ?? ogImage(site.logo, serverURL),
    type: 'website',
    serverURL,
    hidden: doc.visibility === 'members' || doc._status !== 'published',
  })

/** Metadata of the home page. */
export const homeMetadata = (site: Site, lang: Lang = 'id', serverURL?: string): Metadata =>
  build({
    title: site.tagline ? summarise(`${site.name} — ${site.tagline}`, META_TITLE_MAX) : site.name,
    description: summarise(site.tagline || site.name),
    path: '/',
    lang,
    site,
    image: ogImage(site.logo, serverURL),
    type: 'website',
    serverURL,
  })

/**
 * Metadata of any other route (lists, category pages, /pengurus …): the caller gives the
 * Indonesian path and the title in the page's language.
 */
export const routeMetadata = (route: { path: string; title: string; description?: string }, site: Site, lang: Lang = 'id', serverURL?: string): Metadata =>
  build({
    title: summarise(`${route.title} — ${site.name}`, META_TITLE_MAX),
    description: summarise(route.description || site.tagline || site.name),
    path: route.path,
    lang,
    site,
    image: ogImage(site.logo, serverURL),
    type: 'website',
    serverURL,
  })
