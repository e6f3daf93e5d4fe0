import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { revalidateTags } from '@/lib/revalidate'
import { LANDING_STATS_TAG } from '@/site/landing-stats'

/** The figures change with a member's status (or a record's arrival or removal). */
export const refreshStatsOnChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, context }) => {
  if (!context.skipRevalidate && (operation === 'create' || doc.membershipStatus !== previousDoc?.membershipStatus || doc.deletedAt !== previousDoc?.deletedAt)) {
    await revalidateTags(req, [LANDING_STATS_TAG])
  }
  return doc
}

export const refreshStatsOnDelete: CollectionAfterDeleteHook = async ({ req, context }) => {
  if (!context.skipRevalidate) await revalidateTags(req, [LANDING_STATS_TAG])
}
