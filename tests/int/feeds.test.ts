import '../helpers/next-runtime'

import { describe, expect, it } from 'vitest'

import type { Content } from '../../payload-types'
import * as feedRoute from '../../src/app/(frontend)/feed.xml/route'
import * as robotsRoute from '../../src/app/(frontend)/robots.txt/route'
import * as sitemapRoute from '../../src/app/(frontend)/sitemap.xml/route'
import { paragraphs } from '../../src/lib/rich-text'
import { as, testPayload, unique } from '../helpers/api'
import { dataCache, inNext, inNextRequest } from '../helpers/next-request'
import { all, parseXml, textOf, type XmlElement } from '../helpers/xml'

const payload = await testPayload()
const SITE = 'http://localhost:3000'

type Doc = { doc: Content }

const feed = async (query = '') => {
  const response = await feedRoute.GET(new Request(`${SITE}/feed.xml${query}`))
  return { response, text: await response.text() }
}

/** The feed's items as { title, link, … }, parsed strictly (a malformed feed throws). */
const feedItems = async (query = '') => {
  const { response, text } = await feed(query)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
  const rss = parseXml(text)
  expect(rss.name).toBe('rss')
  return all(rss, 'item').map((item: XmlElement) => ({
    title: textOf(item, 'title'),
    link: textOf(item, 'link'),
    guid: textOf(item, 'guid'),
    pubDate: textOf(item, 'pubDate'),
    description: textOf(item, 'description'),
    category: textOf(item, 'category'),
  }))
}

/** The sitemap's URLs with their lastmod and English alternate. */
const sitemap = async () => {
  const response = await sitemapRoute.GET()
  expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8')
  const urlset = parseXml(await response.text())
  expect(urlset.attributes.xmlns).toBe('http://www.sitemaps.org/schemas/sitemap/0.9')
  return all(urlset, 'url').map((url) => ({
    loc: textOf(url, 'loc'),
    lastmod: textOf(url, 'lastmod'),
    en: url.children.find((child) => child.name === 'xhtml:link' && child.attributes.hreflang === 'en')?.attributes.href,
  }))
}

const item = async (role: string, fields: Record<string, unknown>) => {
  const actor = await as(payload, role)
  const created = await actor.rest<Doc>('POST', '/content', { title: `Berita umpan ${unique()}`, type: 'news', body: paragraphs('Isi berita.'), ...fields })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return created.body.doc
}

describe('/feed.xml', () => {
  it('lists a published public item with absolute links, and never drafts or members-only items', async () => {
    const editor = await as(payload, 'editor')
    const category = (await editor.rest<{ doc: { id: number; name: string } }>('POST', '/categories', { name: `Kategori ${unique()}`, appliesTo: ['content'] })).body.doc
    const open = await item('editor', { _status: 'published', excerpt: 'Ringkasan untuk pembaca RSS.', category: category.id })
    const draft = await item('editor', {})
    const membersOnly = await item('editor', { _status: 'published', visibility: 'members' })
    const pending = await item('contributor', { workflowStatus: 'pending_review' })

    const items = await feedItems()
    expect(items.length).toBeLessThanOrEqual(20)
    const dates = items.map((entry) => Date.parse(entry.pubDate!))
    expect(dates).toEqual([...dates].sort((a, b) => b - a))
    const link = `${SITE}/berita/${open.slug}`
    expect(items.find((entry) => entry.link === link)).toEqual({
      title: open.title,
      link,
      guid: link,
      pubDate: new Date(open.publishedAt!).toUTCString(),
      description: 'Ringkasan untuk pembaca RSS.',
      category: category.name,
    })
    const titles = items.map((entry) => entry.title)
    for (const hidden of [draft, membersOnly, pending]) expect(titles).not.toContain(hidden.title)
  })

  it('has one feed per type and refuses an unknown type', async () => {
    const activity = await item('editor', { _status: 'published', type: 'activity' })
    const activities = await feedItems('?type=activity')
    expect(activities.map((entry) => entry.link)).toContain(`${SITE}/kegiatan/${activity.slug}`)
    expect(activities.every((entry) => entry.link!.startsWith(`${SITE}/kegiatan/`))).toBe(true)
    expect((await feedItems('?type=news')).map((entry) => entry.title)).not.toContain(activity.title)

    const channel = parseXml((await feed('?type=activity')).text).children[0]
    expect(textOf(channel, 'link')).toBe(`${SITE}/kegiatan`)
    expect(all(channel, 'atom:link')[0].attributes.href).toBe(`${SITE}/feed.xml?type=activity`)

    const unknown = await feed('?type=<script>')
    expect(unknown.response.status).toBe(400)
    expect(unknown.text).toContain('Unknown type')
    expect(unknown.text).not.toContain('<script>')
  })

  it('stays valid XML with markup and ampersands in stored text, which come back as the same text', async () => {
    const title = 'Rapat <script>alert("x")</script> & "diskusi" Tom\'s'
    const excerpt = 'Ringkasan </description><injected/> & <![CDATA[ ]]>'
    const tricky = await item('editor', { _status: 'published', title, excerpt })
    const { text } = await feed()
    expect(text).not.toContain('<script>')
    expect(text).not.toContain('<injected/>')
    const found = (await feedItems()).find((entry) => entry.link === `${SITE}/berita/${tricky.slug}`)
    expect(found).toMatchObject({ title, description: excerpt })
  })

  it('drops an item once it is unpublished', async () => {
    const editor = await as(payload, 'editor')
    const published = await item('editor', { _status: 'published' })
    expect((await feedItems()).map((entry) => entry.title)).toContain(published.title)
    expect((await sitemap()).map((url) => url.loc)).toContain(`${SITE}/berita/${published.slug}`)

    const unpublished = await editor.rest<Doc>('PATCH', `/content/${published.id}`, { workflowStatus: 'draft' })
    expect(unpublished.body.doc._status).toBe('draft')
    expect((await feedItems()).map((entry) => entry.title)).not.toContain(published.title)
    expect((await sitemap()).map((url) => url.loc)).not.toContain(`${SITE}/berita/${published.slug}`)
  })
})

describe('/sitemap.xml', () => {
  it('lists home, the list routes, public items and pages with lastmod and English alternates; nothing hidden', async () => {
    const editor = await as(payload, 'editor')
    const open = await item('editor', { _status: 'published', type: 'announcement' })
    const category = (await editor.rest<{ doc: { slug: string } }>('POST', '/categories', { name: `Kategori ${unique()}`, appliesTo: ['content'] })).body.doc
    const inactive = (await editor.rest<{ doc: { slug: string } }>('POST', '/categories', { name: `Kategori ${unique()}`, appliesTo: ['content'], active: false })).body.doc
    const membersOnly = await item('editor', { _status: 'published', visibility: 'members' })
    const draft = await item('editor', {})
    const page = await editor.rest<{ doc: { slug: string; updatedAt: string } }>('POST', '/pages', { title: 'Profil Organisasi', slug: unique('profil-'), _status: 'published' })
    const hiddenPage = await editor.rest<{ doc: { slug: string } }>('POST', '/pages', { title: 'Halaman Anggota', slug: unique('anggota-'), visibility: 'members', _status: 'published' })
    const draftPage = await editor.rest<{ doc: { slug: string } }>('POST', '/pages?draft=true', { title: 'Halaman Draf', slug: unique('draf-'), _status: 'draft' })

    const urls = await sitemap()
    const locs = urls.map((url) => url.loc)
    for (const path of ['', '/berita', '/kegiatan', '/pengumuman', '/pengurus', '/publikasi', '/regulasi', '/kontak']) expect(locs).toContain(`${SITE}${path || '/'}`)

    const entry = urls.find((url) => url.loc === `${SITE}/pengumuman/${open.slug}`)
    expect(entry).toEqual({ loc: `${SITE}/pengumuman/${open.slug}`, lastmod: new Date(open.updatedAt).toISOString(), en: `${SITE}/en/pengumuman/${open.slug}` })
    expect(urls.find((url) => url.loc === `${SITE}/${page.body.doc.slug}`)).toMatchObject({ lastmod: new Date(page.body.doc.updatedAt).toISOString() })
    expect(urls.find((url) => url.loc === `${SITE}/`)?.en).toBe(`${SITE}/en`)
    expect(locs).toContain(`${SITE}/kategori/${category.slug}`)
    expect(locs).not.toContain(`${SITE}/kategori/${inactive.slug}`)

    for (const hidden of [membersOnly.slug, draft.slug, hiddenPage.body.doc.slug, draftPage.body.doc.slug]) {
      expect(locs.filter((loc) => loc!.endsWith(`/${hidden}`))).toEqual([])
    }
  })
})

describe('/robots.txt', () => {
  it('lets crawlers in, keeps them out of the admin, API, member area and internals, and names the sitemap', async () => {
    const response = await robotsRoute.GET()
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    const lines = (await response.text()).split('\n')
    expect(lines).toEqual(
      expect.arrayContaining(['User-agent: *', 'Allow: /', 'Disallow: /admin', 'Disallow: /api', 'Disallow: /anggota', 'Disallow: /next', `Sitemap: ${SITE}/sitemap.xml`]),
    )
  })
})
describe('the data cache', () => {
  it('serves the feed and sitemap from Next’s cache until a publish or unpublish revalidates their tags', async () => {
    const cache = dataCache()
    const editor = await as(payload, 'editor')
    /** What a visitor gets from the running site: the feed's titles and the sitemap's URLs. */
    const visit = async () => {
      const feedResponse = await inNextRequest(feedRoute.GET, new Request(`${SITE}/feed.xml`), { incrementalCache: cache })
      const sitemapResponse = await inNextRequest(sitemapRoute.GET, new Request(`${SITE}/sitemap.xml`), { incrementalCache: cache })
      return {
        feed: all(parseXml(await feedResponse.text()), 'item').map((entry) => textOf(entry, 'title')),
        sitemap: all(parseXml(await sitemapResponse.text()), 'loc').map((loc) => loc.text),
      }
    }
    // Tags expire at once (src/lib/revalidate.ts): the very next visitor gets the new answer.
    /** An editor's save as the site's server handles it: its hooks revalidate the tags in this cache. */
    const save = (id: number, data: Record<string, unknown>) =>
      inNext(new Request(`${SITE}/api/content/${id}`), () => editor.rest<Doc>('PATCH', `/content/${id}`, data), { incrementalCache: cache })

    const before = await visit()
    // Saved where no site could be told (a script without a running site): the cache keeps its answer.
    const quiet = await item('editor', { _status: 'published' })
    expect((await feedItems()).map((entry) => entry.title)).toContain(quiet.title)
    expect(await visit()).toEqual(before)

    const draft = await item('editor', {})
    const link = `${SITE}/berita/${draft.slug}`
    expect((await save(draft.id, { workflowStatus: 'published' })).result.status).toBe(200)
    const published = await visit()
    expect(published.feed).toEqual(expect.arrayContaining([draft.title, quiet.title]))
    expect(published.sitemap).toContain(link)

    expect((await save(draft.id, { workflowStatus: 'draft' })).result.status).toBe(200)
    const unpublished = await visit()
    expect(unpublished.feed).not.toContain(draft.title)
    expect(unpublished.sitemap).not.toContain(link)
  })
})
