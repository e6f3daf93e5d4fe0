import type { PayloadRequest } from 'payload'

import { privateFileResponse } from '@/lib/download'
import { pick } from '@/lib/messages'

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
export const downloadMemberDocument = (req: PayloadRequest): Promise<Response> => privateFileResponse(req, MEMBER_DOCUMENTS, () => notFound(req))
