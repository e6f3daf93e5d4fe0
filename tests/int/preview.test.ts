import '../helpers/next-runtime'

import { describe, expect, it } from 'vitest'

import type { Content } from '../../payload-types'
import * as exitRoute from '../../src/app/(frontend)/next/exit-preview/route'
import * as previewRoute from '../../src/app/(frontend)/next/preview/route'
import { as, testPayload, unique } from '../helpers/api'
import { inNextRequest, PREVIEW_MODE_ID } from '../helpers/next-request'

const payload = await testPayload()
const SITE = 'http://localhost:3000'
const DRAFT_COOKIE = '__prerender_bypass'

/** GET /next/preview as the role (its session cookie, sent by the browser opening the admin's link), or as a visitor. */
const preview = async (query: string, role?: string, site = 'same-origin') => {
  const headers = new Headers({ 'sec-fetch-site': site })
  if (role) headers.set('cookie', `payload-token=${(await as(payload, role)).token}`)
  const response = await inNextRequest(previewRoute.GET, new Request(`${SITE}/next/preview?${query}`, { headers }))
  return { status: response.status, location: response.headers.get('location'), cookie: response.headers.get('set-cookie') ?? '', text: await response.text() }
}

const draftItem = async (role: string) => {
  const created = await (await as(payload, role)).rest<{ doc: Content }>('POST', '/content', { title: `Draf pratinjau ${unique()}`, type: 'activity' })
  expect(created.status).toBe(201)
  return created.body.doc
}

describe('/next/preview', () => {
  it('turns on draft mode for an editor and sends them to the item’s page', async () => {
    const item = await draftItem('contributor')
    const response = await preview(`collection=content&id=${item.id}`, 'editor')
    expect(response.status).toBe(307)
    expect(response.location).toBe(`${SITE}/kegiatan/${item.slug}`)
    expect(response.cookie).toContain(`${DRAFT_COOKIE}=${PREVIEW_MODE_ID}`)
    expect(response.cookie).toMatch(/HttpOnly/i)

    const english = await preview(`collection=content&id=${item.id}&lang=en`, 'editor')
    expect(english.location).toBe(`${SITE}/en/kegiatan/${item.slug}`)
  })

  it('lets a contributor preview their own item but not someone else’s', async () => {
    const own = await draftItem('contributor')
    const ok = await preview(`collection=content&id=${own.id}`, 'contributor')
    expect([ok.status, ok.location]).toEqual([307, `${SITE}/kegiatan/${own.slug}`])

    const others = await draftItem('editor')
    const refused = await preview(`collection=content&id=${others.id}`, 'contributor')
    expect(refused.status).toBe(403)
    expect(refused.text).toContain('tidak berhak')
    expect(refused.text).toContain('may not see the drafts')
    expect(refused.cookie).not.toContain(DRAFT_COOKIE)
    expect(refused.text).not.toContain(others.title)
  })

  it('refuses visitors (401) and members (403) without setting the cookie', async () => {
    const item = await draftItem('editor')
    const visitor = await preview(`collection=content&id=${item.id}`)
    expect(visitor.status).toBe(401)
    expect(visitor.text).toContain('Masuk sebagai pengurus')
    expect(visitor.text).toContain('Sign in as staff')
    expect(visitor.cookie).toBe('')

    const member = await preview(`collection=content&id=${item.id}`, 'member')
    expect(member.status).toBe(403)
    expect(member.cookie).toBe('')
    // A link on another site does not carry the editor's session in; a forged token is nobody.
    expect((await preview(`collection=content&id=${item.id}`, 'editor', 'cross-site')).status).toBe(401)
    const forged = await inNextRequest(previewRoute.GET, new Request(`${SITE}/next/preview?collection=content&id=${item.id}`, { headers: { authorization: 'JWT not.a.token' } }))
    expect(forged.status).toBe(401)
  })

  it('previews draft pages for page managers, and answers bad or unknown targets clearly', async () => {
    const editor = await as(payload, 'editor')
    const page = await editor.rest<{ doc: { id: number; slug: string } }>('POST', '/pages?draft=true', { title: 'Halaman Draf', slug: unique('draf-'), _status: 'draft' })
    const ok = await preview(`collection=pages&id=${page.body.doc.id}`, 'editor')
    expect([ok.status, ok.location]).toEqual([307, `${SITE}/${page.body.doc.slug}`])
    expect((await preview(`collection=pages&id=${page.body.doc.id}`, 'contributor')).status).toBe(403)

    expect((await preview('collection=users&id=1', 'editor')).status).toBe(400)
    expect((await preview('collection=content&id=abc', 'editor')).status).toBe(400)
    expect((await preview('collection=content&id=99999999', 'editor')).status).toBe(404)
  })
})

describe('/next/exit-preview', () => {
  it('clears the draft-mode cookie and returns to a path on this site only', async () => {
    const exit = async (query: string) => inNextRequest(exitRoute.GET, new Request(`${SITE}/next/exit-preview${query}`))
    const back = await exit('?path=/berita/abc')
    expect([back.status, back.headers.get('location')]).toEqual([307, `${SITE}/berita/abc`])
    expect(back.headers.get('set-cookie')).toMatch(new RegExp(`${DRAFT_COOKIE}=;.*Expires=Thu, 01 Jan 1970`, 'i'))
    for (const elsewhere of ['?path=//evil.example/x', '?path=https://evil.example', '?path=/\\evil.example']) {
      expect((await exit(elsewhere)).headers.get('location')).toBe(`${SITE}/`)
    }
  })
})
