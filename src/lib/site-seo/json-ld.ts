import type { Content, SiteSetting } from '../../../payload-types'
import type { Lang } from '../i18n'
import { lexicalText, summarise } from '../seo'

import { ogImage } from './metadata'
import { absoluteUrl, docPath, localisedPath } from './urls'

type Site = Pick<SiteSetting, 'name' | 'tagline' | 'logo' | 'email' | 'phone' | 'address' | 'socialLinks' | 'organisationKind'>
export type JsonLdData = Record<string, unknown>

const organisationTypes: Record<SiteSetting['organisationKind'], string> = {
  village: 'GovernmentOrganization',
  union: 'WorkersUnion',
  general: 'Organization',
}

/** schema.org Organization (a union is a WorkersUnion, a village a GovernmentOrganization). */
export const organizationJsonLd = (site: Site, serverURL?: string): JsonLdData => {
  const logo = ogImage(site.logo, serverURL)
  return {
    '@context': 'https://schema.org',
    '@type': organisationTypes[site.organisationKind] ?? 'Organization',
    name: site.name,
    url: absoluteUrl('/', serverURL),
    ...(site.tagline ? { description: site.tagline } : {}),
    ...(logo ? { logo: logo.url } : {}),
    ...(site.email ? { email: site.email } : {}),
    ...(site.phone ? { telephone: site.phone } : {}),
    ...(site.address ? { address: site.address } : {}),
    ...(site.socialLinks?.length ? { sameAs: site.socialLinks.map((link) => link.url) } : {}),
  }
}

const authorName = (author: Content['author']) =>
  author && typeof author === 'object' && 'name' in author && typeof author.name === 'string' ? author.name : undefined

/** schema.org NewsArticle of a content item (read at depth ≥ 1 for the image and author). */
export const newsArticleJsonLd = (doc: Content, site: Site, lang: Lang = 'id', serverURL?: string): JsonLdData => {
  const url = absoluteUrl(localisedPath(docPath('content', doc) ?? '/', lang), serverURL)
  const image = ogImage(doc.coverImage, serverURL) ?? ogImage(doc.meta?.image, serverURL)
  const logo = ogImage(site.logo, serverURL)
  const author = authorName(doc.author)
  return {
    '@context': 'https://schema.org',
    '@type': doc.type === 'article' ? 'Article' : 'NewsArticle',
    headline: summarise(doc.title, 110),
    description: doc.meta?.description || summarise(doc.excerpt || lexicalText(doc.body?.root)),
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    inLanguage: lang,
    ...(image ? { image: [image.url] } : {}),
    ...(doc.publishedAt ? { datePublished: doc.publishedAt } : {}),
    dateModified: doc.updatedAt,
    author: author ? { '@type': 'Person', name: author } : { '@type': 'Organization', name: site.name },
    publisher: { '@type': 'Organization', name: site.name, ...(logo ? { logo: { '@type': 'ImageObject', url: logo.url } } : {}) },
    ...(doc.tags?.length ? { keywords: doc.tags.join(', ') } : {}),
  }
}

/** schema.org BreadcrumbList; give paths (localised already) and names, home first. */
export const breadcrumbJsonLd = (items: Array<{ name: string; path: string }>, serverURL?: string): JsonLdData => ({
  '@context': 'https://schema.org',
  '@type': 'BreadcrumbList',
  itemListElement: items.map((item, index) => ({ '@type': 'ListItem', position: index + 1, name: item.name, item: absoluteUrl(item.path, serverURL) })),
})

/**
 * JSON for inside `<script type="application/ld+json">`: `<`, `>` and `&` become \u escapes, so
 * a stored `</script>` or `<!--` cannot end the script; U+2028/9 are escaped for old parsers.
 */
export const serializeJsonLd = (data: JsonLdData | JsonLdData[]) =>
  JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
