import { describe, expect, it } from 'vitest'

import { GET as unduh } from '../../src/app/(frontend)/dokumen/[id]/unduh/route'
import { as, multipart, rest, testPayload, unique } from '../helpers/api'
import { pdfFile } from '../helpers/files'

const payload = await testPayload()
const editor = await as(payload, 'editor')

type Doc = { id: number; filename: string; downloadCount: number; createdBy: number | { id: number }; downloadUrl: string }

const category = async (appliesTo: Array<'publication' | 'regulation'>) =>
  (await payload.create({ collection: 'categories', data: { name: 'Kategori dokumen', slug: unique('dok-'), appliesTo }, overrideAccess: true })).id

const createDocument = async (data: Record<string, unknown>, name = 'Peraturan Desa No. 3 (2026) – Dana.pdf') => {
  const file = pdfFile(unique('dokumen'), name)
  const response = await editor.rest<{ doc: Doc; errors?: Array<{ message: string }> }>('POST', '/documents', multipart({ title: 'Perdes Dana Desa', docType: 'regulation', ...data }, file))
  return { response, file }
}

const countOf = async (id: number) => (await payload.findByID({ collection: 'documents', id, overrideAccess: true })).downloadCount

/** The site's route, called as Next would. */
const viaSite = (id: number, headers: Record<string, string> = {}) =>
  unduh(new Request(`http://localhost:3000/dokumen/${id}/unduh`, { headers }), { params: Promise.resolve({ id: String(id) }) })

describe('documents', () => {
  it('hide drafts from visitors at both download routes, without counting', async () => {
    const { response } = await createDocument({})
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    const id = response.body.doc.id
    expect((await rest('GET', `/documents/${id}/download`)).status).toBe(404)
    expect((await viaSite(id)).status).toBe(404)
    expect(await countOf(id)).toBe(0)
    // Staff may fetch a draft to check it (and that counts as a download too).
    expect((await editor.rest('GET', `/documents/${id}/download`)).status).toBe(200)
    expect((await viaSite(id, { authorization: `JWT ${editor.token}` })).status).toBe(200)
  })

  it('serve a published document as an attachment under its own name, with its exact bytes', async () => {
    const { response, file } = await createDocument({ status: 'published' })
    const doc = response.body.doc
    expect(doc.downloadUrl).toBe(`/dokumen/${doc.id}/unduh`)
    expect(typeof doc.createdBy === 'object' ? doc.createdBy.id : doc.createdBy).toBe(editor.id)

    const api = await rest<string>('GET', `/documents/${doc.id}/download`)
    expect(api.status).toBe(200)
    // The test PDF is plain ASCII, so its text is its bytes.
    expect(Buffer.from(api.body).equals(file.data)).toBe(true)

    const site = await viaSite(doc.id)
    expect(site.status).toBe(200)
    expect(Buffer.from(await site.arrayBuffer()).equals(file.data)).toBe(true)
    for (const headers of [api.headers, site.headers]) {
      expect(headers.get('content-type')).toBe('application/pdf')
      expect(headers.get('x-content-type-options')).toBe('nosniff')
      expect(headers.get('content-disposition')).toBe(
        `attachment; filename="Peraturan Desa No. 3 (2026) _ Dana.pdf"; filename*=UTF-8''Peraturan%20Desa%20No.%203%20%282026%29%20%E2%80%93%20Dana.pdf`,
      )
    }
    expect(await countOf(doc.id)).toBe(2)

    // Payload's own file route is for staff: visitors cannot skip the counter through it.
    expect((await rest('GET', `/documents/file/${doc.filename}`)).status).toBe(403)
    expect((await editor.rest('GET', `/documents/file/${doc.filename}`)).status).toBe(200)
  })

  it('count 20 concurrent downloads exactly', async () => {
    const { response } = await createDocument({ status: 'published' })
    const id = response.body.doc.id
    const statuses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? rest('GET', `/documents/${id}/download`) : viaSite(id)).then((r) => r.status)),
    )
    expect(statuses).toEqual(Array(20).fill(200))
    expect(await countOf(id)).toBe(20)
  })

  it('never let a client set the download count', async () => {
    const { response } = await createDocument({ status: 'published', downloadCount: 999 })
    expect(response.status).toBe(201)
    const id = response.body.doc.id
    expect(await countOf(id)).toBe(0)
    await editor.rest('PATCH', `/documents/${id}`, { downloadCount: 5000, description: 'Diubah' })
    await payload.update({ collection: 'documents', id, data: { downloadCount: 7 }, user: editor.user, overrideAccess: false })
    expect(await countOf(id)).toBe(0)
  })

  it('refuse a category that does not apply to the document type', async () => {
    const forPublications = await category(['publication'])
    const forRegulations = await category(['regulation'])
    const before = (await payload.count({ collection: 'documents', overrideAccess: true })).totalDocs
    const { response } = await createDocument({ category: forPublications })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('tidak berlaku untuk jenis dokumen ini')
    expect((await payload.count({ collection: 'documents', overrideAccess: true })).totalDocs).toBe(before)

    const { response: fits } = await createDocument({ category: forRegulations })
    expect(fits.status).toBe(201)
    // Changing the type away from the category's is refused too.
    const changed = await editor.rest('PATCH', `/documents/${fits.body.doc.id}`, { docType: 'publication' })
    expect(changed.status).toBe(400)
    expect((await payload.findByID({ collection: 'documents', id: fits.body.doc.id, overrideAccess: true })).docType).toBe('regulation')
  })

  it('check a replacement file like a new one, and record its checksum and name', async () => {
    const { response, file } = await createDocument({ status: 'published' })
    const id = response.body.doc.id
    const zip = { data: Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(100)]), name: 'baru.pdf', mimetype: 'application/pdf' }
    const refused = await editor.rest<{ errors: Array<{ message: string }> }>('PATCH', `/documents/${id}`, multipart({}, zip))
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].message).toMatch(/hanya PDF/)
    expect(Buffer.from(await (await viaSite(id)).arrayBuffer()).equals(file.data)).toBe(true)

    const replacement = pdfFile(unique('pengganti'), 'Perdes revisi.pdf')
    const replaced = await editor.rest<{ doc: Doc & { checksumSha256: string; originalName: string } }>('PATCH', `/documents/${id}`, multipart({}, replacement))
    expect(replaced.status, JSON.stringify(replaced.body)).toBe(200)
    expect(replaced.body.doc.originalName).toBe('Perdes revisi.pdf')
    const { sha256 } = await import('../../src/lib/uploads/checksum')
    expect(replaced.body.doc.checksumSha256).toBe(sha256(replacement.data))
    expect(Buffer.from(await (await viaSite(id)).arrayBuffer()).equals(replacement.data)).toBe(true)
  })
})
