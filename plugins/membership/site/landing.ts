import type { Payload } from 'payload'

import type { LandingStat } from '@/site/landing-stats'

import type { MembershipStatus } from '../onboarding/states'

const countStatus = (status: MembershipStatus) => async (payload: Payload) =>
  (await payload.count({ collection: 'members', where: { membershipStatus: { equals: status }, deletedAt: { exists: false } }, overrideAccess: true })).totalDocs

/** "Anggota" on the landing counts active members (replacing core's count of accounts); candidates beside it. */
export const memberStats: LandingStat[] = [
  { key: 'members', label: { id: 'Anggota aktif', en: 'Active members' }, count: countStatus('active') },
  { key: 'candidates', label: { id: 'Calon anggota', en: 'Candidates' }, count: countStatus('candidate') },
]
