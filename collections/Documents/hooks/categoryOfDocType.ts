import type { RelationshipFieldSingleValidation } from 'payload'

import { pick } from '@/lib/messages'

/**
 * A document's category must apply to its doc type (the admin only offers those; this holds for
 * every API). Checked against the stored category, whatever the client claims.
 */
export const categoryOfDocType: RelationshipFieldSingleValidation = async (value, { req, siblingData }) => {
  if (value == null) return true
  const id = typeof value === 'object' && 'value' in value ? value.value : value
  const docType = (siblingData as { docType?: string }).docType
  const category = await req.payload
    .findByID({ collection: 'categories', id: id as number, req, overrideAccess: true, depth: 0, disableErrors: true })
    .catch(() => null)
  if (category && docType && category.appliesTo?.includes(docType as 'publication' | 'regulation')) return true
  return pick(req, {
    id: 'Kategori ini tidak berlaku untuk jenis dokumen ini.',
    en: 'This category does not apply to this type of document.',
  })
}
