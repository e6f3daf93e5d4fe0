import { describe, expect, inject, it } from 'vitest'

import { apiOk } from './api'

const { url } = inject('site')

/** Editor calls the test needs to succeed. */
const api = (method: string, path: string, body?: unknown) => apiOk('editor', method, path, body)

const get = async (path: string) => {
  const response = await fetch(`${url}${path}`)
  return { status: response.status, text: await response.text() }
}

/** What a visitor finds of the item: its page, the feed, the sitemap and the search. */
const seen = async (slug: string, word: string) => ({
  page: (await get(`/berita/${slug}`)).status,
  feed: (await get('/feed.xml')).text.includes(`/berita/${slug}`),
  sitemap: (await get('/sitemap.xml')).text.includes(`/berita/${slug}`),
  search: (await get(`/cari?q=${word}`)).text.includes(`/berita/${slug}`),
})

describe('publishing on the running site', () => {
  it('shows a published article on its page, in the feed, the sitemap and the search at once, and unpublishing removes it everywhere', async () => {
    const word = `kincir${Date.now().toString(36)}`
    const { doc } = await api('POST', '/content', { title: `Kincir angin warga ${word}`, type: 'news', excerpt: `Warga membangun ${word} di tepi sawah.` })
    // Visited while still a draft, so every cache holds the "not there" answer first.
    expect(await seen(doc.slug, word)).toEqual({ page: 404, feed: false, sitemap: false, search: false })

    await api('PATCH', `/content/${doc.id}`, { workflowStatus: 'published' })
    expect(await seen(doc.slug, word)).toEqual({ page: 200, feed: true, sitemap: true, search: true })
    expect((await get(`/berita/${doc.slug}`)).text).toContain(`Kincir angin warga ${word}`)

    await api('PATCH', `/content/${doc.id}`, { workflowStatus: 'draft' })
    expect(await seen(doc.slug, word)).toEqual({ page: 404, feed: false, sitemap: false, search: false })
  })

  it('never lets a stored script reach a page raw', async () => {
    const { doc } = await api('POST', '/content', { title: 'Rapat <script>alert(1)</script> warga', excerpt: '<img src=x onerror=alert(2)>', type: 'news', workflowStatus: 'published' })
    for (const path of [`/berita/${doc.slug}`, '/berita', '/feed.xml', '/cari?q=rapat']) {
      const { text } = await get(path)
      expect(text, path).not.toContain('<script>alert(1)</script>')
      expect(text, path).not.toContain('<img src=x onerror')
    }
  })
})
