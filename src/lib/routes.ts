import type { Config } from 'payload'

import { extensionPoint } from '@/plugin-kit/extension-point'

/**
 * Core's top-level routes of the public site. A page slug equal to one of these would never be
 * reachable at `/<slug>`, so pages refuse them.
 */
const coreRoutes = new Set([
  'berita',
  'kegiatan',
  'pengumuman',
  'kategori',
  'pengurus',
  'publikasi',
  'regulasi',
  'dokumen',
  'kontak',
  'cari',
  'masuk',
  'lupa-sandi',
  'atur-ulang-sandi',
  // Emailed account links: a new email's confirmation, a locked account's unlock.
  'konfirmasi-email',
  'buka-kunci',
  // The members' dynamic variant of content details (src/proxy.ts).
  'm',
  'anggota',
  'admin',
  'api',
  'next',
  'feed.xml',
  'sitemap.xml',
  'robots.txt',
  // public/: the icons, manifest and default preview image.
  'brand',
  'favicon.ico',
  'langganan',
  'en',
])

/** Plugins reserve the top-level routes of their own pages here. */
export const reservedRoutes = extensionPoint<string>('reservedRoutes')

/** Is this top-level path taken by core's or a plugin's route? */
export const isReservedSlug = (config: Pick<Config, 'custom'>, slug: string) => coreRoutes.has(slug) || reservedRoutes.of(config).includes(slug)

/** Where content of each type is listed on the site. */
const contentRoutes: Record<string, string> = {
  news: 'berita',
  activity: 'kegiatan',
  announcement: 'pengumuman',
  article: 'berita',
}

/** The public path of a page or a content item; null when the document has no page of its own. */
export const publicPath = (collection: string, doc: { slug?: null | string; type?: null | string }): null | string => {
  if (!doc.slug) return null
  if (collection === 'pages') return `/${doc.slug}`
  if (collection === 'content') return `/${contentRoutes[doc.type ?? 'news'] ?? 'berita'}/${doc.slug}`
  return null
}
