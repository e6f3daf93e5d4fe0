import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import type { SearchResult, Suggestion } from '../../src/lib/search'
import { paragraphs } from '../../src/lib/rich-text'
import { as, rest, testPayload, unique } from '../helpers/api'

const payload: Payload = await testPayload()
const pool = (payload.db as unknown as PostgresAdapter).pool

/** A word no other test writes, so each test searches only its own items (letters only: the stemmer leaves it alone). */
const marker = () => `zq${unique().replace(/[0-9]/g, (digit) => 'ghijklmnop'[Number(digit)])}xz`
/** Every call from its own address, so the rate limits of one test never touch another. */
let address = 0
const ip = () => `10.44.${Math.floor(++address / 250)}.${address % 250}`

type Item = {
  title: string
  excerpt?: string
  body?: string[]
  type?: 'news' | 'activity' | 'announcement' | 'article'
  visibility?: 'public' | 'members'
  workflowStatus?: 'draft' | 'published'
  category?: number
  publishedAt?: string
}

/** An item saved the way the system saves (published directly), so the trigger fills its search column. */
const item = async ({ body, workflowStatus = 'published', visibility = 'public', type = 'news', ...data }: Item) =>
  payload.create({
    collection: 'content',
    overrideAccess: true,
    data: { ...data, slug: unique('cari-'), type, workflowStatus, visibility, body: body ? paragraphs(...body) : undefined },
  })

const search = async (params: Record<string, string>, token?: string) => {
  const response = await rest<SearchResult>('GET', `/content/search?${new URLSearchParams(params)}`, undefined, { token, ip: ip() })
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  return response.body
}
const ids = (result: SearchResult) => result.results.map((hit) => hit.id)

describe('site search', () => {
  it('ranks a title hit above an excerpt hit above a body hit, all highlighted', async () => {
    const tag = marker()
    const inBody = await item({ title: `Catatan rapat ${tag}`, body: ['Warga membahas irigasi sawah di balai.'] })
    const inTitle = await item({ title: `Irigasi sawah diperbaiki ${tag}`, body: ['Pekerjaan selesai minggu lalu.'] })
    const inExcerpt = await item({ title: `Kabar pekan ini ${tag}`, excerpt: 'Perbaikan irigasi dimulai.' })
    const result = await search({ q: `irigasi ${tag}` })
    expect(ids(result)).toEqual([inTitle.id, inExcerpt.id, inBody.id])
    expect(result.results[0].rank).toBeGreaterThan(result.results[2].rank)
    expect(result.results[0].titleHtml).toContain('<mark>Irigasi</mark>')
    expect(result.results[2].snippet).toContain('<mark>irigasi</mark>')
    expect(result.results[0].path).toBe(`/berita/${inTitle.slug}`)
  })

  it('finds other forms of a word through the Indonesian stemmer', async () => {
    const tag = marker()
    const built = await item({ title: `Pembangunan jembatan dusun ${tag}`, body: ['Warga ikut membangun bersama.'] })
    // The snowball stemmer really reduces these to one stem: pembangunan, membangun, dibangun → bangun.
    const { rows } = await pool.query<{ v: string }>("SELECT to_tsvector('indonesian', 'pembangunan membangun dibangun bangunan')::text AS v")
    expect(rows[0].v).toBe("'bangun':1,2,3,4")
    for (const q of ['bangun', 'dibangun', 'bangunan']) expect(ids(await search({ q: `${q} ${tag}` }))).toEqual([built.id])
    expect((await search({ q: `dibangun ${tag}` })).results[0].titleHtml).toContain('<mark>Pembangunan</mark>')
  })

  it('keeps words the stemmer mangles findable through the exact-word index', async () => {
    const tag = marker()
    // "perempuan" stems to 'empu' (a master craftsman): both items share the stem, the exact word decides.
    const women = await item({ title: `Kelompok perempuan nelayan ${tag}`, body: ['Mereka mengolah ikan.'] })
    const craftsman = await item({ title: `Kisah empu pembuat keris ${tag}`, body: ['Beliau perajin tua.'] })
    const { rows } = await pool.query<{ stem: string }>("SELECT to_tsvector('indonesian', 'perempuan')::text AS stem")
    expect(rows[0].stem).toBe("'empu':1")
    expect(ids(await search({ q: `perempuan ${tag}` }))[0]).toBe(women.id)
    expect(ids(await search({ q: `empu ${tag}` }))[0]).toBe(craftsman.id)

    // "pemilu" stems to 'pilu' (sad), so the typed prefix "pemil" is no prefix of its stem; the exact-word index finds it.
    const election = await item({ title: `Pemilu ${tag} kepala desa digelar` })
    const stemmed = await pool.query<{ found: boolean }>("SELECT to_tsvector('indonesian', $1) @@ to_tsquery('indonesian', 'pemil:*') AS found", [election.title])
    expect(stemmed.rows[0].found).toBe(false)
    const suggested = await rest<{ suggestions: Suggestion[] }>('GET', `/content/suggest?q=${encodeURIComponent(`pemil ${tag}`)}`, undefined, { ip: ip() })
    expect(suggested.body.suggestions).toEqual([{ title: election.title, path: `/berita/${election.slug}` }])
  })

  it('understands web-search syntax: "phrases", -exclusions and or', async () => {
    const tag = marker()
    const phrase = await item({ title: `Gotong royong membersihkan sungai ${tag}` })
    const apart = await item({ title: `Royong dan gotong dua kata terpisah ${tag}` })
    const flood = await item({ title: `Banjir melanda sawah warga ${tag}` })
    const flooded = await item({ title: `Sawah kebanjiran lagi ${tag}` })
    expect(ids(await search({ q: `"gotong royong" ${tag}` }))).toEqual([phrase.id])
    expect(ids(await search({ q: `gotong royong ${tag}` })).sort()).toEqual([phrase.id, apart.id].sort())
    expect(ids(await search({ q: `${tag} -gotong` })).sort()).toEqual([flood.id, flooded.id].sort())
    // Excluding a word excludes its other forms too ("kebanjiran" stems to 'banjir').
    expect(ids(await search({ q: `${tag} -banjir` })).sort()).toEqual([phrase.id, apart.id].sort())
    expect(ids(await search({ q: `${tag} sungai or banjir` })).sort()).toEqual([phrase.id, flood.id, flooded.id].sort())
  })

  it('escapes stored markup in titles and snippets; only <mark> comes out as HTML', async () => {
    const tag = marker()
    await item({
      title: `<script>alert("judul")</script> Festival ${tag}`,
      excerpt: `<img src=x onerror=alert(1)> festival panen \uE000palsu\uE001`,
      body: ['<script>alert("isi")</script> Festival rakyat digelar meriah.'],
    })
    const [hit] = (await search({ q: `festival ${tag}` })).results
    for (const html of [hit.titleHtml, hit.snippet]) {
      expect(html).not.toMatch(/<(?!\/?mark>)/)
      expect(html).toContain('<mark>')
    }
    expect(hit.titleHtml).toContain('&lt;script&gt;')
    expect(hit.snippet).toContain('&lt;img src=x onerror=alert(1)&gt;')
    // Stored marker characters cannot forge a highlight.
    expect(hit.snippet).toContain('palsu')
    expect(hit.snippet).not.toContain('<mark>palsu')
    expect(hit.title).toBe(`<script>alert("judul")</script> Festival ${tag}`)
  })

  it('counts facets by type, category and year; each facet ignores its own filter', async () => {
    const tag = marker()
    const farming = await payload.create({ collection: 'categories', overrideAccess: true, data: { name: 'Pertanian uji', slug: unique('tani-'), active: true, appliesTo: ['content'] } })
    const health = await payload.create({ collection: 'categories', overrideAccess: true, data: { name: 'Kesehatan uji', slug: unique('sehat-'), active: true, appliesTo: ['content'] } })
    await item({ title: `Panen raya ${tag} pertama`, category: farming.id, publishedAt: '2024-03-01T03:00:00.000Z' })
    await item({ title: `Panen raya ${tag} kedua`, category: farming.id, type: 'activity', publishedAt: '2025-03-01T03:00:00.000Z' })
    await item({ title: `Panen raya ${tag} ketiga`, category: health.id, type: 'activity', publishedAt: '2025-06-01T03:00:00.000Z' })

    const all = await search({ q: `panen ${tag}` })
    expect(all.total).toBe(3)
    expect(all.facets.types).toEqual([{ value: 'activity', count: 2 }, { value: 'news', count: 1 }])
    expect(all.facets.categories).toEqual([
      { id: farming.id, slug: farming.slug, name: 'Pertanian uji', count: 2 },
      { id: health.id, slug: health.slug, name: 'Kesehatan uji', count: 1 },
    ])
    expect(all.facets.years).toEqual([{ value: 2025, count: 2 }, { value: 2024, count: 1 }])

    const activities = await search({ q: `panen ${tag}`, type: 'activity', year: '2025' })
    expect(activities.total).toBe(2)
    expect(activities.results.every((hit) => hit.type === 'activity')).toBe(true)
    expect(activities.facets.types).toEqual([{ value: 'activity', count: 2 }])
    expect(activities.facets.categories.map((facet) => facet.count)).toEqual([1, 1])

    const farmingOnly = await search({ q: `panen ${tag}`, category: farming.slug, limit: '1', page: '2' })
    expect(farmingOnly).toMatchObject({ total: 2, page: 2, limit: 1, totalPages: 2 })
    expect(farmingOnly.results).toHaveLength(1)
    expect(farmingOnly.results[0].category).toEqual({ id: farming.id, slug: farming.slug, name: 'Pertanian uji' })
  })

  it('never finds drafts, and finds members-only items only for members', async () => {
    const tag = marker()
    const draft = await item({ title: `Draf rahasia ${tag}`, workflowStatus: 'draft' })
    const members = await item({ title: `Rapat anggota ${tag}`, visibility: 'members' })
    const open = await item({ title: `Rapat terbuka ${tag}` })
    const member = await as(payload, 'member')
    const editor = await as(payload, 'editor')

    expect(ids(await search({ q: tag }))).toEqual([open.id])
    expect(ids(await search({ q: tag }, member.token)).sort()).toEqual([members.id, open.id].sort())
    expect(ids(await search({ q: tag }, editor.token))).not.toContain(draft.id)

    const suggestFor = async (token?: string) =>
      (await rest<{ suggestions: Suggestion[] }>('GET', `/content/suggest?q=rapat+${tag}`, undefined, { token, ip: ip() })).body.suggestions
    expect(await suggestFor()).toEqual([{ title: open.title, path: `/berita/${open.slug}` }])
    expect((await suggestFor(member.token)).map((s) => s.title).sort()).toEqual([members.title, open.title].sort())
  })

  it('drops an item the moment it is unpublished, and finds its new words at once', async () => {
    const tag = marker()
    const editor = await as(payload, 'editor')
    const created = await editor.rest<{ doc: { id: number } }>('POST', '/content', { title: `Pengumuman libur ${tag}`, type: 'announcement', workflowStatus: 'published' })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const { id } = created.body.doc
    // The column is the database's business: the API never shows it.
    expect(created.body.doc).not.toHaveProperty('searchVector')
    const first = await search({ q: tag, lang: 'en' })
    expect(ids(first)).toEqual([id])
    expect(first.results[0].path).toMatch(/^\/en\/pengumuman\//)

    expect((await editor.rest('PATCH', `/content/${id}`, { title: `Pengumuman cuti bersama ${tag}` })).status).toBe(200)
    expect(ids(await search({ q: `cuti ${tag}` }))).toEqual([id])
    expect((await editor.rest('PATCH', `/content/${id}`, { workflowStatus: 'draft' })).status).toBe(200)
    expect((await search({ q: tag })).total).toBe(0)
  })

  it('answers empty, short and garbage queries with an empty result, and bad filters with a 400', async () => {
    expect(await search({ q: '' })).toMatchObject({ empty: 'too_short', total: 0, results: [] })
    expect(await search({ q: ' a ' })).toMatchObject({ empty: 'too_short', total: 0 })
    expect(await search({ q: '!!! ??? ---' })).toMatchObject({ empty: 'no_terms', total: 0, results: [] })
    expect(await search({ q: '"unclosed -- or or ((' })).toMatchObject({ total: 0 })
    expect((await search({ q: 'x'.repeat(5000) })).query).toHaveLength(200)
    const bad: Array<Record<string, string>> = [{ type: 'poster' }, { page: 'dua' }, { limit: '500' }, { year: '20x4' }, { page: '0' }]
    for (const params of bad) {
      const response = await rest('GET', `/content/search?${new URLSearchParams({ q: 'desa', ...params })}`, undefined, { ip: ip() })
      expect(response.status, JSON.stringify(params)).toBe(400)
      expect(JSON.stringify(response.body)).toMatch(/harus|tidak/)
    }
    const suggestions = await rest<{ suggestions: Suggestion[] }>('GET', '/content/suggest?q=%21', undefined, { ip: ip() })
    expect(suggestions).toMatchObject({ status: 200, body: { suggestions: [] } })
  })

  it('gives at most 8 suggestions, and rate-limits each address', async () => {
    const tag = marker()
    for (let n = 0; n < 10; n++) await item({ title: `Lomba ${tag} ke-${n + 1}` })
    const address = ip()
    const first = await rest<{ suggestions: Suggestion[] }>('GET', `/content/suggest?q=${tag.slice(0, 6)}+lom`, undefined, { ip: address })
    expect(first.body.suggestions).toHaveLength(8)
    expect(first.body.suggestions.every((s) => s.title.includes(tag) && s.path?.startsWith('/berita/'))).toBe(true)
    let status = 200
    for (let n = 0; n < 120 && status === 200; n++) status = (await rest('GET', `/content/suggest?q=lom`, undefined, { ip: address })).status
    expect(status).toBe(429)
  })
})
