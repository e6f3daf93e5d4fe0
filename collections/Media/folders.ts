import type { CollectionConfig } from 'payload'

import { withPermission, withPolicy, type Policy } from '@/access'

/**
 * Media folders (Payload's `payload-folders`) organise the library in the admin: staff who upload
 * see them, `media.manage` arranges them. Payload's default would let any signed-in user do all.
 */
export const mediaFoldersPolicy: Policy = {
  create: [withPermission('media.manage')],
  read: [withPermission('media.upload'), withPermission('media.manage')],
  update: [withPermission('media.manage')],
  delete: [withPermission('media.manage')],
}

export const mediaFolders = ({ collection }: { collection: Omit<CollectionConfig, 'trash'> }) => {
  const { access, custom } = withPolicy(mediaFoldersPolicy)
  return { ...collection, access, custom: { ...collection.custom, ...custom } }
}
