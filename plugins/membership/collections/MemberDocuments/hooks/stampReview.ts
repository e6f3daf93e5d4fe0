import type { CollectionBeforeChangeHook } from 'payload'

/** Who reviewed the document and when: set whenever its review status changes. */
export const stampReview: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (!('reviewStatus' in data) || data.reviewStatus === (originalDoc?.reviewStatus ?? 'not_reviewed')) return data
  return { ...data, reviewer: req.user?.id ?? null, reviewedAt: new Date().toISOString() }
}
