import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { forbidden } from '@/lib/messages'

import { idOfRelation, regionIdOf, scopeOf, withRole } from './can'
import { matchesData, rulesGrant, type Policy } from './policy'

const sameId = (a: unknown, b: unknown) => String(idOfRelation(a) ?? '') === String(idOfRelation(b) ?? '')

/**
 * A region-scoped user's write stays in their region. Access sees the client's data (create) or
 * the stored document (update), but the collection's hooks may derive the region afterwards (from
 * the member, the thread, the audience) and an update may move the document. So, last of the
 * hooks, a write that sets or changes the region to another one must still be granted by the
 * policy on the final document: an owner's rule still grants it, a region rule no longer does.
 */
export const keepInRegion =
  (policy: Policy): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    const { regionField } = policy
    const user = await withRole(req)
    if (!regionField || scopeOf(user) !== 'region') return data
    const final = { ...originalDoc, ...data }
    if (sameId(final[regionField], regionIdOf(user))) return data
    if (operation === 'update' && sameId(final[regionField], originalDoc?.[regionField])) return data
    const grant = rulesGrant(policy[operation], user, regionField)
    // No rule grants this user the write at all: access was overridden, a write of the server's own.
    if (grant === false || grant === true || matchesData(grant, final)) return data
    throw forbidden(req, {
      id: 'Anda hanya dapat menyimpan data untuk wilayah Anda sendiri.',
      en: 'You may only save records of your own region.',
    })
  }

/** Appends keepInRegion to a collection whose policy names a region field, after its own hooks. */
export const withRegionCheck = (collection: CollectionConfig): CollectionConfig => {
  const policy = collection.custom?.policy as Policy | undefined
  if (!policy?.regionField) return collection
  const beforeChange = [...(collection.hooks?.beforeChange ?? []), keepInRegion(policy)]
  return { ...collection, hooks: { ...collection.hooks, beforeChange } }
}
