import type { CollectionBeforeDeleteHook } from 'payload'

/** A deleted post takes its reports with it (the caller's right to delete the post was checked). */
export const removePostReports: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'forum-reports', where: { post: { equals: id } }, req, overrideAccess: true })
}
