import type { CollectionConfig } from 'payload'

import { removeMemberOfUser } from './hooks/removeMemberOfUser'

/** What the membership plugin adds to core's `users`: deleting an account takes its member record along. */
export const withMembershipOnUsers = (collection: CollectionConfig): CollectionConfig =>
  collection.slug === 'users'
    ? { ...collection, hooks: { ...collection.hooks, beforeDelete: [...(collection.hooks?.beforeDelete ?? []), removeMemberOfUser] } }
    : collection
