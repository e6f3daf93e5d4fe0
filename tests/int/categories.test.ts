import { describe, expect, it } from 'vitest'

import { as, rest, testPayload } from '../helpers/api'

const payload = await testPayload()

describe('categories', () => {
  it('get a slug from their name, refuse a taken or malformed one, and hide inactive ones from visitors', async () => {
    const editor = await as(payload, 'editor')
    const created = await editor.rest<{ doc: { id: number; slug: string } }>('POST', '/categories', { name: 'Kegiatan Pemuda Karang Taruna' })
    expect(created.status).toBe(201)
    expect(created.body.doc.slug).toBe('kegiatan-pemuda-karang-taruna')

    const taken = await editor.rest('POST', '/categories', { name: 'Lain', slug: 'kegiatan-pemuda-karang-taruna' })
    expect(taken.status).toBe(400)
    const malformed = await editor.rest('POST', '/categories', { name: 'Lain', slug: 'Bukan Slug!' })
    expect(malformed.status).toBe(400)
    expect(JSON.stringify(malformed.body)).toContain('huruf kecil')

    await editor.rest('PATCH', `/categories/${created.body.doc.id}`, { active: false })
    const visitorList = await rest<{ docs: Array<{ id: number }> }>('GET', '/categories?limit=100')
    expect(visitorList.body.docs.map((doc) => doc.id)).not.toContain(created.body.doc.id)
    const editorList = await editor.rest<{ docs: Array<{ id: number }> }>('GET', '/categories?limit=100')
    expect(editorList.body.docs.map((doc) => doc.id)).toContain(created.body.doc.id)
  })
})
