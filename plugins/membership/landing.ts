import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload } from 'payload'

import { revalidateTags } from '@/lib/revalidate'
import { LANDING_STATS_TAG, type LandingStat } from '@/site/landing-stats'

import type { MembershipStatus } from './onboarding'

const countStatus = (status: MembershipStatus) => async (payload: Payload) =>
  (await payload.count({ collection: 'members', where: { membershipStatus: { equals: status }, deletedAt: { exists: false } }, overrideAccess: true })).totalDocs

/** "Anggota" on the landing counts active members (replacing core's count of accounts); candidates beside it. */
export const memberStats: LandingStat[] = [
  { key: 'members', label: { id: 'Anggota aktif', en: 'Active members' }, count: countStatus('active') },
  { key: 'candidates', label: { id: 'Calon anggota', en: 'Candidates' }, count: countStatus('candidate') },
]

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
