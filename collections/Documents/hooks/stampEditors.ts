import type { CollectionBeforeChangeHook } from 'payload'

/** Who made and who last changed the document, from the signed-in user; the fields are server-only. */
export const stampEditors: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (req.user?.collection !== 'users') return data
  return operation === 'create' ? { ...data, createdBy: req.user.id, updatedBy: req.user.id } : { ...data, updatedBy: req.user.id }
}
