import fs from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'

import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { drizzleFor } from '@/lib/db/session'
import { contentDisposition } from '@/lib/download'
import { pick } from '@/lib/messages'
import { uploadDir } from '@/lib/paths'

const notFound = (req: PayloadRequest) =>
  Response.json(
    { errors: [{ message: pick(req, { id: 'Dokumen tidak ditemukan.', en: 'Document not found.' }) }] },
    { status: 404, headers: { 'Cache-Control': 'no-store' } },
  )

/** +1 in one SQL statement, so concurrent downloads never lose a count; in the request's transaction if any. */
const countDownload = async (req: PayloadRequest, id: number) => {
  const db = await drizzleFor(req)
  const result = await db.execute<{ download_count: number }>(
    sql`UPDATE documents SET download_count = coalesce(download_count, 0) + 1 WHERE id = ${id} RETURNING download_count`,
  )
  return result.rows.length > 0
}

/**
 * A counted download, for `GET /api/documents/:id/download` and the site's `/dokumen/:id/unduh`.
 * The document is read as the caller (drafts and archived ones stay hidden from visitors: 404),
 * the counter goes up atomically, and the PDF is streamed as an attachment under its original name.
 */
export const downloadDocument = async (req: PayloadRequest, rawId: unknown): Promise<Response> => {
  const id = Number(rawId)
  if (!Number.isSafeInteger(id) || id <= 0) return notFound(req)
  const doc = await req.payload
    .findByID({ collection: 'documents', id, req, user: req.user, overrideAccess: false, depth: 0, disableErrors: true })
    .catch(() => null)
  // Payload wrote the stored name itself; a name that is not a bare file name is never followed.
  if (!doc?.filename || path.basename(doc.filename) !== doc.filename) return notFound(req)
  const filePath = path.join(uploadDir('documents'), doc.filename)
  const stats = await fs.promises.stat(filePath).catch(() => null)
  if (!stats?.isFile() || !(await countDownload(req, id))) return notFound(req)

  return new Response(Readable.toWeb(fs.createReadStream(filePath)) as ReadableStream<Uint8Array>, {
    status: 200,
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Length': String(stats.size),
      'Content-Disposition': contentDisposition(doc.originalName || doc.filename),
      'X-Content-Type-Options': 'nosniff',
      // Every download is counted here: no cache may answer in our place.
      'Cache-Control': 'private, no-store',
    },
  })
}
