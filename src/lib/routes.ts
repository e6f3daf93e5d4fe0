/**
 * The public site's own routes (DESIGN.md "Public site"). A page slug equal to one of these would
 * never be reachable at `/<slug>`, so pages refuse them.
 */
export const reservedSlugs = new Set([
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
  'daftar',
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
  // The membership plugin's member-card check page.
  'verifikasi',
  'en',
])

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
