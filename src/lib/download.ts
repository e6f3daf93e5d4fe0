import fs from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'

import type { CollectionSlug, PayloadRequest } from 'payload'

import { uploadDir } from './paths'

/** RFC 5987 value: percent-encoding of everything outside attr-char. */
const encodeRfc5987 = (value: string) =>
  encodeURIComponent(value).replace(/['()*!]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)

/** `attachment` (or `inline`) with the document's own name, and a plain-ASCII fallback for old clients. */
export const contentDisposition = (name: string, type: 'attachment' | 'inline' = 'attachment') => {
  const fallback = name.replace(/[^\x20-\x7e]|["\\]/g, '_')
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(name)}`
}

/**
 * The stored file of a private upload, for a download endpoint: the document is read with the
 * caller's own access (whoever may not read it gets `notFound`, so an id tells nothing);
 * `?inline=1` lets an admin view show it in a frame. Only files the upload guard sniffed
 * (JPG, PNG, PDF) are stored, so nothing in them may run.
 */
export const privateFileResponse = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  notFound: () => Response,
): Promise<Response> => {
  const id = Number(req.routeParams?.id)
  if (!Number.isSafeInteger(id) || id <= 0) return notFound()
  const doc = (await req.payload
    .findByID({ collection, id, req, user: req.user, overrideAccess: false, depth: 0, disableErrors: true })
    .catch(() => null)) as { filename?: string | null; mimeType?: string | null; originalName?: string | null } | null
  if (!doc?.filename || path.basename(doc.filename) !== doc.filename) return notFound()
  const filePath = path.join(uploadDir(collection), doc.filename)
  const stats = await fs.promises.stat(filePath).catch(() => null)
  if (!stats?.isFile()) return notFound()
  const inline = new URL(req.url ?? 'http://localhost').searchParams.get('inline') === '1'
  return new Response(Readable.toWeb(fs.createReadStream(filePath)) as ReadableStream<Uint8Array>, {
    status: 200,
    headers: {
      'Content-Type': doc.mimeType ?? 'application/octet-stream',
      'Content-Length': String(stats.size),
      'Content-Disposition': contentDisposition(doc.originalName || doc.filename, inline ? 'inline' : 'attachment'),
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'",
      'Cache-Control': 'private, no-store',
    },
  })
}
