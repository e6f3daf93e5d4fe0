import type { CollectionBeforeChangeHook } from 'payload'

/** A document published without a date is dated now; a date someone chose is kept. */
export const stampPublishedAt: CollectionBeforeChangeHook = ({ data }) =>
  data.status === 'published' && !data.publishedAt ? { ...data, publishedAt: new Date().toISOString() } : data
