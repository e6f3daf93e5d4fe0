import type { AdminView } from '@/plugin-kit'

import { CANDIDATES_PATH, IMPORT_PATH } from './paths'

/** The candidates queue and the member import/export; each view checks its own access. */
export const membershipViews: AdminView[] = [
  {
    key: 'membershipCandidates',
    path: CANDIDATES_PATH,
    Component: '/plugins/membership/admin/CandidatesView#CandidatesView',
    nav: { label: { id: 'Calon anggota', en: 'Candidates' }, permission: ['member.approve_candidate', 'member.reject_candidate'] },
  },
  {
    key: 'memberImport',
    path: IMPORT_PATH,
    Component: '/plugins/membership/admin/ImportView#ImportView',
    nav: { label: { id: 'Impor & ekspor anggota', en: 'Member import & export' }, permission: ['members.bulk_import', 'region.member.download'] },
  },
]
