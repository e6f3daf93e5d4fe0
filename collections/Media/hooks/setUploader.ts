import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The uploader is whoever is signed in when the file arrives; clients cannot name someone else
 * (the field is server-only). Seeds and scripts without a user may set it themselves.
 */
export const setUploader: CollectionBeforeChangeHook = ({ data, operation, req }) =>
  operation === 'create' && req.user?.collection === 'users' ? { ...data, uploadedBy: req.user.id } : data
