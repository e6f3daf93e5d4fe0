import { publicPath } from '../routes'

import type { FeedItem, SiteIdentity } from './data'
import { absoluteUrl } from './urls'
import { escapeXml, rfc822 } from './xml'

export type FeedChannel = { title: string; description: string; path: string; selfPath: string }

/** An RSS 2.0 document; every text escaped, links absolute. */
export const rssXml = (channel: FeedChannel, items: FeedItem[], serverURL?: string) => {
  const entries = items.map((item) => {
    const link = absoluteUrl(publicPath('content', item) ?? '/', serverURL)
    return [
      '<item>',
      `<title>${escapeXml(item.title)}</title>`,
      `<link>${escapeXml(link)}</link>`,
      `<guid isPermaLink="true">${escapeXml(link)}</guid>`,
      `<pubDate>${rfc822(item.publishedAt)}</pubDate>`,
      item.description ? `<description>${escapeXml(item.description)}</description>` : '',
      item.category ? `<category>${escapeXml(item.category)}</category>` : '',
      '</item>',
    ].join('')
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${escapeXml(channel.title)}</title>`,
    `<link>${escapeXml(absoluteUrl(channel.path, serverURL))}</link>`,
    `<description>${escapeXml(channel.description)}</description>`,
    '<language>id</language>',
    `<atom:link href="${escapeXml(absoluteUrl(channel.selfPath, serverURL))}" rel="self" type="application/rss+xml"/>`,
    items[0] ? `<lastBuildDate>${rfc822(items[0].publishedAt)}</lastBuildDate>` : '',
    ...entries,
    '</channel>',
    '</rss>',
  ].join('\n')
}

const typeNames: Record<string, { label: string; path: string }> = {
  news: { label: 'Berita', path: '/berita' },
  article: { label: 'Artikel', path: '/berita' },
  activity: { label: 'Kegiatan', path: '/kegiatan' },
  announcement: { label: 'Pengumuman', path: '/pengumuman' },
}

/** The channel of the whole site or of one content type (`/feed.xml?type=news`). */
export const feedChannel = (site: SiteIdentity, type: null | string): FeedChannel => {
  const kind = type ? typeNames[type] : undefined
  return {
    title: kind ? `${kind.label} — ${site.name}` : site.name,
    description: site.tagline || site.name,
    path: kind?.path ?? '/',
    selfPath: type ? `/feed.xml?type=${type}` : '/feed.xml',
  }
}
