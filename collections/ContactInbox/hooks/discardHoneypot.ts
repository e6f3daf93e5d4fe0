import type { CollectionAfterChangeHook } from 'payload'

/**
 * A submission whose honeypot was filled (see checkSubmission) is answered like any other, so the
 * bot learns nothing, but removed again inside the create's transaction: it is never stored.
 */
export const discardHoneypot: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation === 'create' && req.context.honeypot) {
    await req.payload.delete({ collection: 'form-submissions', id: doc.id, depth: 0, req, overrideAccess: true })
  }
  return doc
}
