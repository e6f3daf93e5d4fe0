import type { Lang } from '../i18n'
import { publicPath } from '../routes'

/** The site's own origin: SERVER_URL, as Payload's `serverURL` has it. */
export const siteOrigin = (serverURL?: string) => (serverURL || process.env.SERVER_URL || 'http://localhost:3000').replace(/\/+$/, '')

/** Indonesian lives at the root, English under `/en` (the lead's `[lang]` tree). */
export const localisedPath = (path: string, lang: Lang = 'id') => {
  if (lang === 'id') return path
  return path === '/' ? '/en' : `/en${path}`
}

/** An absolute URL on the site; paths that are already absolute URLs pass through. */
export const absoluteUrl = (path: string, serverURL?: string) =>
  /^https?:\/\//i.test(path) ? path : `${siteOrigin(serverURL)}${path.startsWith('/') ? path : `/${path}`}`

/** The public path of a content item or page, localised; null when it has none. */
export const docPath = (collection: 'content' | 'pages', doc: { slug?: null | string; type?: null | string }, lang: Lang = 'id') => {
  const path = publicPath(collection, doc)
  return path ? localisedPath(path, lang) : null
}
