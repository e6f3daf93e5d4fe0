import { languages } from '../i18n'

import type { SitemapEntry } from './data'
import { absoluteUrl, localisedPath } from './urls'
import { escapeXml } from './xml'

/** A sitemap with each URL's English alternate (hreflang), Indonesian as the default. */
export const sitemapXml = (entries: SitemapEntry[], serverURL?: string) => {
  const urls = entries.map(({ path, lastmod }) => {
    const alternates = languages.map(
      (lang) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${escapeXml(absoluteUrl(localisedPath(path, lang), serverURL))}"/>`,
    )
    return [
      '<url>',
      `<loc>${escapeXml(absoluteUrl(path, serverURL))}</loc>`,
      lastmod ? `<lastmod>${new Date(lastmod).toISOString()}</lastmod>` : '',
      ...alternates,
      `<xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(absoluteUrl(path, serverURL))}"/>`,
      '</url>',
    ].join('')
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
  ].join('\n')
}

/** Crawlers may read everything public; the admin, the API, the member area and Next's internals are not for them. */
export const robotsTxt = (serverURL?: string) =>
  ['User-agent: *', 'Allow: /', 'Disallow: /admin', 'Disallow: /api', 'Disallow: /anggota', 'Disallow: /en/anggota', 'Disallow: /next', '', `Sitemap: ${absoluteUrl('/sitemap.xml', serverURL)}`, ''].join('\n')
