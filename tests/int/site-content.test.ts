import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { beforeAll, describe, expect, it } from 'vitest'

import { contactFormData } from '../../collections/ContactInbox/contactForm'
import { defaultSections, visibleSections, type Section } from '../../collections/Landing/sections'
import { limits } from '../../src/lib/rate-limit'
import { paragraphs } from '../../src/lib/rich-text'
import { as, rest, seeded, testPayload, unique } from '../helpers/api'

const payload = await testPayload()

type Doc = { id: number } & Record<string, unknown>
type Errors = { errors?: Array<{ message: string; data?: unknown }> }

let ipCounter = 0
/** A fresh visitor address, so rate limits of other tests do not interfere. */
const newIp = () => `10.77.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`

const page = (fields: Record<string, unknown> = {}) => ({ title: 'Halaman Uji', slug: unique('halaman-'), body: paragraphs('Isi halaman.'), ...fields })

describe('pages', () => {
  it('refuse a slug that belongs to a site route, typed or made from the title', async () => {
    const editor = await as(payload, 'editor')
    const typed = await editor.rest<Errors>('POST', '/pages', page({ slug: 'berita' }))
    expect(typed.status).toBe(400)
    expect(JSON.stringify(typed.body)).toContain('dipakai oleh alamat situs lain')
    const fromTitle = await editor.rest<Errors>('POST', '/pages', { title: 'Kontak' })
    expect(fromTitle.status).toBe(400)
    expect(JSON.stringify(fromTitle.body)).toMatch(/kontak.*dipakai oleh alamat situs lain/)
    expect((await payload.count({ collection: 'pages', where: { slug: { in: ['berita', 'kontak'] } }, overrideAccess: true })).totalDocs).toBe(0)

    const fine = await editor.rest<{ doc: Doc }>('POST', '/pages', { title: 'Sejarah Kami', _status: 'published' })
    expect(fine.status).toBe(201)
    expect(fine.body.doc.slug).toBe('sejarah-kami')
  })

  it('show members-only pages to members but not visitors, and drafts to neither', async () => {
    const editor = await as(payload, 'editor')
    const member = await as(payload, 'member')
    const membersOnly = await editor.rest<{ doc: Doc }>('POST', '/pages', page({ visibility: 'members', _status: 'published' }))
    const draft = await editor.rest<{ doc: Doc }>('POST', '/pages?draft=true', page({ _status: 'draft' }))
    const open = await editor.rest<{ doc: Doc }>('POST', '/pages', page({ _status: 'published' }))
    expect([membersOnly.status, draft.status, open.status]).toEqual([201, 201, 201])

    const ids = [membersOnly, draft, open].map((res) => res.body.doc.id)
    const listed = async (call: typeof rest) =>
      (await call<{ docs: Doc[] }>('GET', `/pages?limit=100&where[id][in]=${ids.join(',')}`)).body.docs.map((doc) => doc.id).sort()

    expect(await listed(rest)).toEqual([open.body.doc.id])
    expect((await rest('GET', `/pages/${membersOnly.body.doc.id}`)).status).toBe(404)
    expect((await rest('GET', `/pages/${draft.body.doc.id}`)).status).toBe(404)

    expect(await listed(member.rest)).toEqual([membersOnly.body.doc.id, open.body.doc.id].sort())
    expect((await member.rest('GET', `/pages/${membersOnly.body.doc.id}`)).status).toBe(200)
    expect((await member.rest('GET', `/pages/${draft.body.doc.id}?draft=true`)).status).toBe(404)

    expect(await listed(editor.rest)).toEqual([...ids].sort())
  })

  it('keep their earlier versions as revisions', async () => {
    const editor = await as(payload, 'editor')
    const created = await editor.rest<{ doc: Doc }>('POST', '/pages', page({ _status: 'published', revisionNote: 'Versi pertama' }))
    await editor.rest('PATCH', `/pages/${created.body.doc.id}`, { title: 'Halaman Uji (revisi)', revisionNote: 'Judul diperbaiki' })
    const versions = await payload.findVersions({ collection: 'pages', where: { parent: { equals: created.body.doc.id } }, overrideAccess: true, depth: 0, sort: 'createdAt' })
    expect(versions.docs.map((version) => version.version.revisionNote)).toEqual(['Versi pertama', 'Judul diperbaiki'])
    expect(versions.docs[1].version.updatedBy).toBe(editor.id)
  })

  it('take SEO titles as plain text only', async () => {
    const editor = await as(payload, 'editor')
    const scripted = await editor.rest<Errors>('POST', '/pages', page({ meta: { title: '<script>alert(1)</script>' } }))
    expect(scripted.status).toBe(400)
    expect(JSON.stringify(scripted.body)).toContain('tanpa tag HTML')
    expect((await editor.rest('POST', '/pages', page({ meta: { title: 'Sejarah & perjalanan kami', description: 'Dari 2019 hingga kini.' } }))).status).toBe(201)
    // The generate buttons are for staff in the admin, not for visitors.
    expect((await rest('POST', '/plugin-seo/generate-title', { collectionSlug: 'pages', doc: { title: 'X' } })).status).toBe(401)
  })
})

describe('officers', () => {
  const officer = (region: number | null, fields: Record<string, unknown> = {}) => ({
    fullName: 'Pengurus Uji',
    positionTitle: 'Koordinator',
    level: region ? ('regional' as const) : ('central' as const),
    region,
    ...fields,
  })

  it('refuse a regional officer without a region, and a term that ends before it starts', async () => {
    const admin = await as(payload, 'admin')
    const noRegion = await admin.rest<Errors>('POST', '/officers', officer(null, { level: 'regional' }))
    expect(noRegion.status).toBe(400)
    expect(JSON.stringify(noRegion.body)).toContain('harus memiliki wilayah')
    const backwards = await admin.rest<Errors>('POST', '/officers', officer(null, { periodStart: '2026-01-01', periodEnd: '2025-12-31' }))
    expect(backwards.status).toBe(400)
    expect(JSON.stringify(backwards.body)).toContain('masa jabatan')
    expect((await admin.rest('POST', '/officers', officer(seeded().regions.home, { periodStart: '2026-01-01', periodEnd: '2030-12-31' }))).status).toBe(201)
  })

  it('let a coordinator manage only their own region’s officers', async () => {
    const coordinator = await as(payload, 'coordinator')
    const { home, away } = seeded().regions
    const theirs = await payload.create({ collection: 'officers', data: officer(away), overrideAccess: true })
    const ours = await payload.create({ collection: 'officers', data: officer(home), overrideAccess: true })

    const edit = await coordinator.rest('PATCH', `/officers/${theirs.id}`, { positionTitle: 'Diubah' })
    expect([403, 404]).toContain(edit.status)
    expect((await payload.findByID({ collection: 'officers', id: theirs.id, overrideAccess: true })).positionTitle).toBe('Koordinator')
    expect([403, 404]).toContain((await coordinator.rest('DELETE', `/officers/${theirs.id}`)).status)
    expect((await coordinator.rest('POST', '/officers', officer(away))).status).toBe(403)

    expect((await coordinator.rest('PATCH', `/officers/${ours.id}`, { positionTitle: 'Wakil Koordinator' })).status).toBe(200)
    // Moving an officer out of the region is not "managing your region".
    const moved = await coordinator.rest<Errors>('PATCH', `/officers/${ours.id}`, { region: away })
    expect(moved.status).toBe(403)
    expect((await payload.findByID({ collection: 'officers', id: ours.id, overrideAccess: true, depth: 0 })).region).toBe(home)
  })

  it('show visitors active officers only', async () => {
    const inactive = await payload.create({ collection: 'officers', data: officer(null, { active: false }), overrideAccess: true })
    expect((await rest('GET', `/officers/${inactive.id}`)).status).toBe(404)
    expect((await (await as(payload, 'editor')).rest('GET', `/officers/${inactive.id}`)).status).toBe(200)
  })
})

describe('landing', () => {
  const pool = () => (payload.db as unknown as PostgresAdapter).pool

  it('shows every section on a fresh install, and hides the ones switched off', async () => {
    // A fresh install: the global has never been saved.
    await pool().query('DELETE FROM landing')
    const fresh = await rest<{ sections: Section[] }>('GET', '/globals/landing')
    expect(fresh.status).toBe(200)
    expect(fresh.body.sections.map((section) => section.blockType)).toEqual([
      'about', 'stats', 'latestPublications', 'ctaJoin', 'ctaLogin', 'officers', 'subscribe', 'footer',
    ])
    expect(fresh.body.sections.every((section) => section.enabled)).toBe(true)
    expect(fresh.body.sections.find((section) => section.blockType === 'latestPublications')?.count).toBe(6)

    const admin = await as(payload, 'admin')
    const reordered = defaultSections()
      .map((section) => (section.blockType === 'about' || section.blockType === 'subscribe' ? { ...section, enabled: false } : section))
      .reverse()
    expect((await admin.rest('POST', '/globals/landing', { sections: reordered })).status).toBe(200)
    const saved = await rest<{ sections: Section[] }>('GET', '/globals/landing')
    expect(visibleSections(saved.body).map((section) => section.blockType)).toEqual([
      'footer', 'officers', 'ctaLogin', 'ctaJoin', 'latestPublications', 'stats',
    ])

    const twice = await admin.rest<Errors>('POST', '/globals/landing', { sections: [...reordered, { blockType: 'about', enabled: true }] })
    expect(twice.status).toBe(400)
    // Editors without landing.manage cannot change it.
    expect((await (await as(payload, 'treasurer')).rest('POST', '/globals/landing', { sections: [] })).status).toBe(403)
  })
})

describe('navigation', () => {
  it('refuses script and protocol-relative links, and takes site paths, web addresses and pages', async () => {
    const admin = await as(payload, 'super_admin')
    const menu = (url: string) => ({ header: [{ label: 'Tautan', link: { type: 'url', url } }] })
    for (const bad of ['javascript:alert(1)', ' javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<b>x</b>', '//evil.example/x', 'ftp://example.org']) {
      const res = await admin.rest<Errors>('POST', '/globals/navigation', menu(bad))
      expect(res.status, bad).toBe(400)
    }
    const before = await payload.findGlobal({ slug: 'navigation', overrideAccess: true, depth: 0 })
    expect(JSON.stringify(before)).not.toContain('javascript')

    const target = await payload.create({ collection: 'pages', data: { ...page(), template: 'default', visibility: 'public', _status: 'published' }, overrideAccess: true })
    const good = await admin.rest('POST', '/globals/navigation', {
      header: [
        { label: 'Berita', link: { type: 'url', url: '/berita' } },
        {
          label: 'Profil',
          labelEn: 'About',
          link: { type: 'internal', reference: { relationTo: 'pages', value: target.id } },
          children: [{ label: 'Situs mitra', link: { type: 'url', url: 'https://example.org/mitra', newTab: true } }],
        },
      ],
    })
    expect(good.status).toBe(200)
    const read = await rest<{ header: Array<{ link: { reference?: { value: Doc } } }> }>('GET', '/globals/navigation?depth=1')
    expect(read.body.header[1].link.reference?.value.id).toBe(target.id)
  })
})

describe('contact inbox', () => {
  let formId: number
  beforeAll(async () => {
    formId = (await payload.create({ collection: 'forms', data: { ...contactFormData(), key: unique('kontak-') }, overrideAccess: true })).id
  })
  const answers = (message: string, extra: Array<{ field: string; value: string }> = []) => ({
    form: formId,
    submissionData: [
      { field: 'name', value: 'Warga Uji' },
      { field: 'email', value: 'warga@example.org' },
      { field: 'subject', value: 'Pertanyaan' },
      { field: 'message', value: message },
      ...extra,
    ],
  })
  const submit = (body: unknown, ip = newIp()) => rest<{ doc: Doc } & Errors>('POST', '/form-submissions', body, { ip })

  it('stores a visitor’s message as new, for the inbox staff only', async () => {
    const sent = await submit({ ...answers('Kapan posyandu buka?'), status: 'closed', reply: 'palsu' })
    expect(sent.status).toBe(201)
    const id = sent.body.doc.id
    const stored = await payload.findByID({ collection: 'form-submissions', id, overrideAccess: true, depth: 0 })
    expect(stored.status).toBe('new')
    expect(stored.reply ?? null).toBeNull()

    expect((await rest('GET', `/form-submissions/${id}`)).status).toBe(403)
    expect((await rest('GET', '/form-submissions')).status).toBe(403)
    const member = await as(payload, 'member')
    expect((await member.rest('GET', `/form-submissions/${id}`)).status).toBe(403)
    const admin = await as(payload, 'admin')
    const seen = await admin.rest<Doc>('GET', `/form-submissions/${id}`)
    expect(seen.status).toBe(200)
    expect(seen.body.status).toBe('new')

    // Answering: the reply time is stamped once; what the visitor wrote stays as written.
    const replied = await admin.rest<{ doc: Doc }>('PATCH', `/form-submissions/${id}`, {
      status: 'in_progress',
      assignee: admin.id,
      reply: 'Setiap Sabtu pagi.',
      submissionData: [{ field: 'message', value: 'diubah' }],
    })
    expect(replied.status).toBe(200)
    expect(replied.body.doc.repliedAt).toBeTruthy()
    expect((replied.body.doc.submissionData as Array<{ value: string }>)[3].value).toBe('Kapan posyandu buka?')
    const closed = await admin.rest<{ doc: Doc }>('PATCH', `/form-submissions/${id}`, { status: 'closed', reply: 'Setiap Sabtu pagi, pukul 08.00.' })
    expect(closed.body.doc.repliedAt).toBe(replied.body.doc.repliedAt)
    expect((await member.rest('PATCH', `/form-submissions/${id}`, { status: 'closed' })).status).toBe(403)
  })

  it('keeps markup as plain text and refuses what is too long, unknown or missing', async () => {
    const script = '<script>alert("x")</script><b>halo</b>'
    const sent = await submit(answers(script))
    expect(sent.status).toBe(201)
    const stored = await payload.findByID({ collection: 'form-submissions', id: sent.body.doc.id, overrideAccess: true })
    expect(stored.submissionData?.find((answer) => answer.field === 'message')?.value).toBe(script)

    const before = (await payload.count({ collection: 'form-submissions', overrideAccess: true })).totalDocs
    const long = await submit(answers('a'.repeat(6000)))
    expect(long.status).toBe(400)
    expect(long.body.errors?.[0].message).toContain('terlalu panjang')
    const unknown = await submit(answers('Halo', [{ field: 'isAdmin', value: 'true' }]))
    expect(unknown.status).toBe(400)
    expect(unknown.body.errors?.[0].message).toContain('tidak dikenal')
    const missing = await submit({ form: formId, submissionData: [{ field: 'name', value: 'Warga' }] })
    expect(missing.status).toBe(400)
    expect(missing.body.errors?.[0].message).toContain('wajib diisi')
    const { submissionData } = answers('Halo')
    const badEmail = await submit({ form: formId, submissionData: submissionData.map((a) => (a.field === 'email' ? { ...a, value: 'bukan-email' } : a)) })
    expect(badEmail.status).toBe(400)
    expect((await payload.count({ collection: 'form-submissions', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('accepts a message whose honeypot a bot filled without storing it, and ignores an empty one', async () => {
    const before = (await payload.count({ collection: 'form-submissions', overrideAccess: true })).totalDocs
    const bot = await submit(answers('Promo murah', [{ field: 'website', value: 'https://spam.example' }]))
    expect(bot.status).toBe(201)
    expect((await payload.count({ collection: 'form-submissions', overrideAccess: true })).totalDocs).toBe(before)

    const person = await submit(answers('Halo pengurus', [{ field: 'website', value: '' }]))
    expect(person.status).toBe(201)
    const stored = await payload.findByID({ collection: 'form-submissions', id: person.body.doc.id, overrideAccess: true })
    expect(stored.submissionData?.map((answer) => answer.field)).toEqual(['name', 'email', 'subject', 'message'])
  })

  it('answers a flood of messages from one address with 429', async () => {
    const ip = newIp()
    for (let i = 0; i < limits.contactSubmit.max; i++) {
      expect((await submit(answers(`Pesan ${i}`), ip)).status).toBe(201)
    }
    const refused = await submit(answers('Satu lagi'), ip)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    // Another visitor is not affected.
    expect((await submit(answers('Dari tempat lain'))).status).toBe(201)
  })
})
