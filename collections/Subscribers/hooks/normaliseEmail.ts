import type { CollectionBeforeValidateHook } from 'payload'

/** One address, one subscriber: the unique index compares the trimmed, lower-cased form. */
export const normaliseEmail: CollectionBeforeValidateHook = ({ data }) =>
  data && typeof data.email === 'string' ? { ...data, email: data.email.trim().toLowerCase() } : data
