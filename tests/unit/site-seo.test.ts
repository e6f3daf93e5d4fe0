import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import type { Content, Media, Page, SiteSetting } from '../../payload-types'
import { JsonLd } from '../../src/components/JsonLd'
import { paragraphs } from '../../src/lib/rich-text'
import {
  breadcrumbJsonLd,
  contentMetadata,
  homeMetadata,
  newsArticleJsonLd,
  organizationJsonLd,
  pageMetadata,
  serializeJsonLd,
} from '../../src/lib/site-seo'
import { escapeXml } from '../../src/lib/site-seo/xml'

const SITE = 'https://balai.example'

const logo = { id: 1, alt: 'Logo', url: '/api/media/file/logo.png', width: 512, height: 512, updatedAt: '', createdAt: '' } as Media
const site = {
  name: 'Serikat Pekerja Maju',
  tagline: 'Bersatu & berdaya',
  logo,
  organisationKind: 'union',
  email: 'info@spm.example',
  socialLinks: [{ platform: 'instagram', url: 'https://instagram.com/spm' }],
} as SiteSetting

const cover = {
  id: 2,
  alt: 'Rapat anggota',
  url: '/api/media/file/rapat.jpg',
  width: 4000,
  height: 3000,
  sizes: { hero: { url: '/api/media/file/rapat-1600x1200.jpg', width: 1600, height: 1200 } },
} as Media

const article = (fields: Partial<Content> = {}) =>
  ({
    id: 7,
    title: 'Rapat Akbar 2026',
    slug: 'rapat-akbar-2026',
    type: 'news',
    excerpt: 'Ribuan anggota hadir.',
    body: paragraphs('Isi lengkap berita.'),
    coverImage: cover,
    publishedAt: '2026-11-20T03:00:00.000Z',
    updatedAt: '2026-11-21T03:00:00.000Z',
    createdAt: '2026-11-20T03:00:00.000Z',
    workflowStatus: 'published',
    visibility: 'public',
    ...fields,
  }) as Content

describe('contentMetadata', () => {
  it('falls back to generated title and description, with canonical, languages and the hero image', () => {
    const meta = contentMetadata(article(), site, 'id', SITE)
    expect(meta.title).toEqual({ absolute: 'Rapat Akbar 2026 — Serikat Pekerja Maju' })
    expect(meta.description).toBe('Ribuan anggota hadir.')
    expect(meta.alternates).toEqual({
      canonical: `${SITE}/berita/rapat-akbar-2026`,
      languages: { id: `${SITE}/berita/rapat-akbar-2026`, en: `${SITE}/en/berita/rapat-akbar-2026`, 'x-default': `${SITE}/berita/rapat-akbar-2026` },
    })
    expect(meta.openGraph).toMatchObject({
      type: 'article',
      url: `${SITE}/berita/rapat-akbar-2026`,
      siteName: 'Serikat Pekerja Maju',
      locale: 'id_ID',
      publishedTime: '2026-11-20T03:00:00.000Z',
      images: [{ url: `${SITE}/api/media/file/rapat-1600x1200.jpg`, width: 1600, height: 1200, alt: 'Rapat anggota' }],
    })
    expect(meta.twitter).toMatchObject({ card: 'summary_large_image', images: [`${SITE}/api/media/file/rapat-1600x1200.jpg`] })
    expect(meta.robots).toBeUndefined()
  })

  it('keeps members-only items and previewed drafts out of search engines', () => {
    const noindex = { index: false, follow: false }
    expect(contentMetadata(article({ visibility: 'members' }), site, 'id', SITE).robots).toEqual(noindex)
    expect(contentMetadata(article({ workflowStatus: 'draft' }), site, 'id', SITE).robots).toEqual(noindex)
  })

  it('uses the editor’s meta fields, the body when there is no excerpt, and English paths', () => {
    const edited = contentMetadata(article({ meta: { title: 'Judul SEO', description: 'Deskripsi SEO' } }), site, 'en', SITE)
    expect([edited.title, edited.description]).toEqual([{ absolute: 'Judul SEO' }, 'Deskripsi SEO'])
    expect(edited.alternates?.canonical).toBe(`${SITE}/en/berita/rapat-akbar-2026`)
    expect(edited.openGraph).toMatchObject({ locale: 'en_US' })

    const plain = contentMetadata(article({ excerpt: null, coverImage: null, type: 'activity' }), site, 'id', SITE)
    expect(plain.description).toBe('Isi lengkap berita.')
    expect(plain.alternates?.canonical).toBe(`${SITE}/kegiatan/rapat-akbar-2026`)
    // No cover: the organisation's logo stands in.
    expect(plain.openGraph?.images).toEqual([{ url: `${SITE}/api/media/file/logo.png`, width: 512, height: 512, alt: 'Logo' }])

    // No cover and no logo: the default preview image of public/brand, large in link previews.
    const bare = contentMetadata(article({ coverImage: null }), { ...site, logo: null }, 'id', SITE)
    expect(bare.openGraph?.images).toEqual([{ url: `${SITE}/brand/og-default.png`, width: 1200, height: 630, alt: site.name }])
    expect(bare.twitter).toMatchObject({ card: 'summary_large_image', images: [`${SITE}/brand/og-default.png`] })
  })
})

describe('pageMetadata and homeMetadata', () => {
  it('point at the page’s and the home’s addresses in both languages', () => {
    const page = { id: 3, title: 'Sejarah', slug: 'sejarah', visibility: 'public', _status: 'published', body: paragraphs('Berdiri sejak 1998.'), updatedAt: '', createdAt: '' } as unknown as Page
    const meta = pageMetadata(page, site, 'id', SITE)
    expect(meta.title).toEqual({ absolute: 'Sejarah — Serikat Pekerja Maju' })
    expect(meta.description).toBe('Berdiri sejak 1998.')
    expect(meta.alternates?.languages).toMatchObject({ en: `${SITE}/en/sejarah` })
    expect(meta.robots).toBeUndefined()
    expect(pageMetadata({ ...page, visibility: 'members' }, site, 'id', SITE).robots).toEqual({ index: false, follow: false })

    const home = homeMetadata(site, 'en', SITE)
    expect(home.title).toEqual({ absolute: 'Serikat Pekerja Maju — Bersatu & berdaya' })
    expect(home.alternates).toMatchObject({ canonical: `${SITE}/en`, languages: { id: `${SITE}/`, en: `${SITE}/en` } })
  })
})

describe('JSON-LD', () => {
  it('describes the organisation and a news article with absolute URLs', () => {
    expect(organizationJsonLd(site, SITE)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'WorkersUnion',
      name: 'Serikat Pekerja Maju',
      url: `${SITE}/`,
      description: 'Bersatu & berdaya',
      logo: `${SITE}/api/media/file/logo.png`,
      email: 'info@spm.example',
      sameAs: ['https://instagram.com/spm'],
    })
    expect(newsArticleJsonLd(article(), site, 'id', SITE)).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Rapat Akbar 2026',
      url: `${SITE}/berita/rapat-akbar-2026`,
      image: [`${SITE}/api/media/file/rapat-1600x1200.jpg`],
      datePublished: '2026-11-20T03:00:00.000Z',
      dateModified: '2026-11-21T03:00:00.000Z',
      author: { '@type': 'Organization', name: 'Serikat Pekerja Maju' },
      publisher: { name: 'Serikat Pekerja Maju', logo: { url: `${SITE}/api/media/file/logo.png` } },
    })
    expect(breadcrumbJsonLd([{ name: 'Beranda', path: '/' }, { name: 'Berita', path: '/berita' }], SITE).itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Beranda', item: `${SITE}/` },
      { '@type': 'ListItem', position: 2, name: 'Berita', item: `${SITE}/berita` },
    ])
  })

  it('cannot be broken out of: </script> and <!-- in stored text stay inside the script element', () => {
    const data = newsArticleJsonLd(article({ title: 'Judul </script><script>alert(1)</script> <!-- & \u2028' }), site, 'id', SITE)
    const json = serializeJsonLd(data)
    expect(json).not.toMatch(/[<>\u2028]/)
    expect(JSON.parse(json)).toEqual(data)

    const html = renderToStaticMarkup(JsonLd({ data }))
    expect(html.match(/<script/g)).toHaveLength(1)
    expect(html.match(/<\/script>/g)).toHaveLength(1)
    expect(html.startsWith('<script type="application/ld+json">')).toBe(true)
    expect(JSON.parse(html.replace(/^<script[^>]*>/, '').replace(/<\/script>$/, ''))).toEqual(data)
  })
})

describe('escapeXml', () => {
  it('escapes markup and drops characters XML cannot hold', () => {
    expect(escapeXml(`<a href="x">Tom's & co</a>\u0000\u0008\uffff`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom&apos;s &amp; co&lt;/a&gt;')
    expect(escapeXml('Tab\tbaris\nbaru 😀')).toBe('Tab\tbaris\nbaru 😀')
  })
})
