import fs from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { uploadDir } from '../../src/lib/paths'
import { as, multipart, rest, testPayload, type UploadFile } from '../helpers/api'
import { EXIF_MARKER, GPS_POINTER, jpegWithGps, pdfFile, pngFile } from '../helpers/files'

const payload = await testPayload()
const editor = await as(payload, 'editor')

type Stored = { id: number; filename: string; originalName: string; checksumSha256: string; mimeType: string; uploadedBy: number | { id: number }; sizes: Record<string, { filename: string | null; mimeType: string | null }> }

const filesIn = (slug: string) => (fs.existsSync(uploadDir(slug)) ? fs.readdirSync(uploadDir(slug)).sort() : [])

const upload = (slug: 'media' | 'documents', data: Record<string, unknown>, file?: UploadFile) =>
  editor.rest<{ doc: Stored; errors?: Array<{ message: string }> }>('POST', `/${slug}`, multipart(data, file))

/** A refused upload: a 400 with the message, and nothing written, neither row nor file. */
const expectRefused = async (slug: 'media' | 'documents', data: Record<string, unknown>, file: UploadFile, message: RegExp) => {
  const before = { docs: (await payload.count({ collection: slug, overrideAccess: true })).totalDocs, files: filesIn(slug) }
  const response = await upload(slug, data, file)
  expect(response.status, JSON.stringify(response.body)).toBe(400)
  expect(response.body.errors?.[0]?.message).toMatch(message)
  expect((await payload.count({ collection: slug, overrideAccess: true })).totalDocs).toBe(before.docs)
  expect(filesIn(slug)).toEqual(before.files)
}

const image = { alt: 'Foto uji' }
const document = { title: 'Dokumen uji', docType: 'publication' }
const notAnImage = /hanya gambar JPEG, PNG, WebP atau GIF/

describe('uploads', () => {
  it('refuse a PHP script named .jpg, an SVG with a script (named .svg or .png) and a ZIP named .pdf', async () => {
    const php = Buffer.from('<?php system($_GET["c"]); ?>\n')
    await expectRefused('media', image, { data: php, name: 'foto.jpg', mimetype: 'image/jpeg' }, notAnImage)

    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>')
    await expectRefused('media', image, { data: svg, name: 'logo.svg', mimetype: 'image/svg+xml' }, notAnImage)
    await expectRefused('media', image, { data: svg, name: 'logo.png', mimetype: 'image/png' }, notAnImage)

    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 1)])
    await expectRefused('documents', document, { data: zip, name: 'laporan.pdf', mimetype: 'application/pdf' }, /hanya PDF/)
    // An image is no document either, and a PDF is no image.
    await expectRefused('documents', document, await pngFile('scan.pdf'), /hanya PDF/)
    await expectRefused('media', image, pdfFile('bukan gambar', 'foto.jpg'), notAnImage)
  })

  it('refuse an image over 5 MB with the limit in the message', async () => {
    const width = 1500
    const height = 1400
    const big = await sharp(Buffer.alloc(width * height * 3, 0x80), { raw: { width, height, channels: 3 } }).png({ compressionLevel: 0 }).toBuffer()
    expect(big.length).toBeGreaterThan(6_000_000)
    await expectRefused('media', image, { data: big, name: 'besar.png', mimetype: 'image/png' }, /terlalu besar: paling besar 5 MB/)
  })

  it('refuse a file name that is a path, saying why', async () => {
    const file = await pngFile('../../etc/passwd.png')
    await expectRefused('media', image, file, /tidak boleh berupa jalur/)
    await expectRefused('documents', document, { ...pdfFile('jalur'), name: '..\\..\\laporan.pdf' }, /tidak boleh berupa jalur/)
  })

  it('refuse a create that asks the server to fetch a URL instead of sending a file', async () => {
    const response = await editor.rest<{ errors: Array<{ message: string }> }>('POST', '/media', {
      ...image,
      filename: 'x.png',
      url: 'https://example.com/x.png',
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toMatch(/Sertakan berkasnya/)
  })

  it('store a JPEG re-encoded without EXIF or GPS, in every size, under a random name', async () => {
    const file = await jpegWithGps('Foto: Kegiatan <Desa>?.jpg')
    const input = await sharp(file.data).metadata()
    expect(input.exif?.includes(GPS_POINTER)).toBe(true)
    expect(input.exif?.toString('latin1')).toContain(EXIF_MARKER)

    const response = await upload('media', { ...image, uploadedBy: 1 }, file)
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    const doc = response.body.doc
    expect(doc.filename).toMatch(/^[0-9a-f-]{36}\.jpg$/)
    expect(doc.originalName).toBe('Foto_ Kegiatan _Desa__.jpg')
    // The uploader is whoever is signed in, not what the client claims.
    expect(typeof doc.uploadedBy === 'object' ? doc.uploadedBy.id : doc.uploadedBy).toBe(editor.id)

    const stored = [doc.filename, ...Object.values(doc.sizes).map((size) => size.filename)]
    expect(stored.filter(Boolean)).toHaveLength(7)
    for (const name of stored) {
      const bytes = fs.readFileSync(path.join(uploadDir('media'), name!))
      const metadata = await sharp(bytes).metadata()
      expect(metadata.exif, name!).toBeUndefined()
      expect(metadata.xmp, name!).toBeUndefined()
      expect(bytes.includes(Buffer.from(EXIF_MARKER)), name!).toBe(false)
    }
    expect(doc.sizes.cardWebp.mimeType).toBe('image/webp')
    expect(doc.sizes.card.mimeType).toBe('image/jpeg')

    const { sha256 } = await import('../../src/lib/uploads/checksum')
    expect(doc.checksumSha256).toBe(sha256(fs.readFileSync(path.join(uploadDir('media'), doc.filename))))
  })

  it('store a valid PDF with the sha256 of its bytes; the client cannot set the checksum', async () => {
    const file = pdfFile('checksum')
    const response = await upload('documents', { ...document, checksumSha256: 'f'.repeat(64) }, file)
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    const { sha256 } = await import('../../src/lib/uploads/checksum')
    expect(response.body.doc.checksumSha256).toBe(sha256(file.data))
    expect(response.body.doc.filename).toMatch(/^[0-9a-f-]{36}\.pdf$/)
    expect(fs.readFileSync(path.join(uploadDir('documents'), response.body.doc.filename)).equals(file.data)).toBe(true)
  })

  it('keep media folders to staff: uploaders see them, only media managers arrange them', async () => {
    const contributor = await as(payload, 'contributor')
    expect((await rest('GET', '/payload-folders')).status).toBe(403)
    expect((await contributor.rest('POST', '/payload-folders', { name: 'Kegiatan 2026', folderType: ['media'] })).status).toBe(403)
    const folder = await editor.rest<{ doc: { id: number } }>('POST', '/payload-folders', { name: 'Kegiatan 2026', folderType: ['media'] })
    expect(folder.status).toBe(201)
    expect((await contributor.rest('GET', `/payload-folders/${folder.body.doc.id}`)).status).toBe(200)

    const filed = await upload('media', { ...image, folder: folder.body.doc.id }, await pngFile())
    expect(filed.status, JSON.stringify(filed.body)).toBe(201)
    const stored = await payload.findByID({ collection: 'media', id: filed.body.doc.id, depth: 0, overrideAccess: true })
    expect(stored.folder).toBe(folder.body.doc.id)
  })
})
