import { downloadEndpoint } from '@/plugin-kit'

import { MEMBER_DOCUMENTS } from '../collections/MemberDocuments'

/**
 * `GET /api/member-documents/:id/download`: the file, for its member or staff with
 * `member.view_detail` (coordinators: their region's); a 404 for anyone else.
 */
export const documentEndpoints = [downloadEndpoint(MEMBER_DOCUMENTS, { id: 'Dokumen tidak ditemukan.', en: 'Document not found.' })]
