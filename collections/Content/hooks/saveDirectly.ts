import type { CollectionBeforeOperationHook } from 'payload'

/**
 * The workflow status decides what is public, and `_status` follows it. Payload's draft-only saves
 * would write just a version and leave the document row (which access rules and lists read)
 * behind, so every save writes the document and a version.
 */
export const saveDirectly: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation === 'create' || operation === 'update') return { ...args, draft: false }
  return args
}
