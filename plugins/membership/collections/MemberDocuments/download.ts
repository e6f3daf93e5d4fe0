import fs from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'

import type { PayloadRequest } from 'payload'

import { contentDisposition } from '@/lib/download'
import { pick } from '@/lib/messages'
import { uploadDir } from '@/lib/paths'

export const MEMBER_DOCUMENTS = 'member-documents'

const notFound = (req: PayloadRequest) =>
  Response.json(
    { errors: [{ message: pick(req, { id: 'Dokumen tidak ditemukan.', en: 'Document not found.' }) }] },
    { status: 404, headers: { 'Cache-Control': 'no-store' } },
  )

/**
 * `GET /api/member-documents/:id/download`: the file, if the caller may read the document (its
 * member, or staff with `member.view_detail` — coordinators for their region). Anything else is
 * a 404, so an id tells nothing. `?inline=1` lets the admin's review view show it in a frame.
 */
export const downloadMemberDocument = async (req: PayloadRequest): Promise<Response> => {
  const id = Number(req.routeParams?.id)
  if (!Number.isSafeInteger(id) || id <= 0) return notFound(req)
  const doc = await req.payload
    .findByID({ collection: MEMBER_DOCUMENTS, id, req, user: req.user, overrideAccess: false, depth: 0, disableErrors: true })
    .catch(() => null)
  if (!doc?.filename || path.basename(doc.filename) !== doc.filename) return notFound(req)
  const filePath = path.join(uploadDir(MEMBER_DOCUMENTS), doc.filename)
  const stats = await fs.promises.stat(filePath).catch(() => null)
  if (!stats?.isFile()) return notFound(req)
  const inline = new URL(req.url ?? 'http://localhost').searchParams.get('inline') === '1'
  return new Response(Readable.toWeb(fs.createReadStream(filePath)) as ReadableStream<Uint8Array>, {
    status: 200,
    headers: {
      // The type was decided by the upload guard from the bytes (JPG, PNG or PDF only).
      'Content-Type': doc.mimeType ?? 'application/octet-stream',
      'Content-Length': String(stats.size),
      'Content-Disposition': contentDisposition(doc.originalName || doc.filename, inline ? 'inline' : 'attachment'),
      'X-Content-Type-Options': 'nosniff',
      // Only our sniffed JPG, PNG or PDF: nothing may run (no sandbox: it would stop the PDF viewer).
      'Content-Security-Policy': "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'",
      'Cache-Control': 'private, no-store',
    },
  })
}
