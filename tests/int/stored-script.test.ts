import { describe, expect, it } from 'vitest'

import type { Content } from '../../payload-types'
import { as, testPayload } from '../helpers/api'

const payload = await testPayload()

const linkParagraph = (url: string, type = 'link') => ({
  root: {
    type: 'root', version: 1, direction: 'ltr', format: '', indent: 0,
    children: [
      {
        type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0,
        children: [
          {
            type, version: 3, direction: 'ltr', format: '', indent: 0,
            fields: { linkType: 'custom', url, newTab: false },
            children: [{ type: 'text', version: 1, text: 'klik di sini', detail: 0, format: 0, mode: 'normal', style: '' }],
          },
        ],
      },
    ],
  },
})

const urlsIn = (node: unknown): string[] => {
  if (!node || typeof node !== 'object') return []
  const own = (node as { fields?: { url?: string } }).fields?.url
  return [...(own ? [own] : []), ...((node as { children?: unknown[] }).children ?? []).flatMap(urlsIn)]
}

describe('stored script', () => {
  const scripts = ['javascript:alert(document.cookie)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'vbscript:msgbox(1)', 'data:text/html,<script>alert(1)</script>']

  it('refuses a script URL in a link or an automatic link with a clear message, and stores nothing', async () => {
    const editor = await as(payload, 'editor')
    const before = (await payload.count({ collection: 'content', overrideAccess: true })).totalDocs
    for (const type of ['link', 'autolink']) {
      for (const url of scripts) {
        const refused = await editor.rest('POST', '/content', { title: 'Tautan berbahaya', type: 'news', body: linkParagraph(url, type) })
        expect(refused.status, `${type} ${url}`).toBe(400)
        expect(JSON.stringify(refused.body)).toContain('Tautan harus berupa alamat web')
      }
    }
    expect((await payload.count({ collection: 'content', overrideAccess: true })).totalDocs).toBe(before)
    for (const url of ['https://desa.example/profil', 'mailto:kades@desa.example', '/profil-desa', '#jadwal']) {
      const fine = await editor.rest<{ doc: Content }>('POST', '/content', { title: 'Tautan aman', type: 'news', body: linkParagraph(url) })
      expect(fine.status, `${url} ${JSON.stringify(fine.body)}`).toBe(201)
      expect(urlsIn((await payload.findByID({ collection: 'content', id: fine.body.doc.id, overrideAccess: true })).body?.root)).toEqual([url])
    }
  })

  it('keeps markup in titles and excerpts as text, for the site to escape', async () => {
    const editor = await as(payload, 'editor')
    const title = '<script>alert(1)</script> Rapat warga'
    const created = await editor.rest<{ doc: Content }>('POST', '/content', { title, excerpt: '<img src=x onerror=alert(1)>', type: 'news' })
    expect(created.status).toBe(201)
    expect(created.body.doc.title).toBe(title)
    expect(created.body.doc.slug).toBe('script-alert-1-script-rapat-warga')
  })
})
