import { addDataAndFileToRequest, type Endpoint } from 'payload'

import { can, guardedEndpoint } from '@/access'
import { pick, userError, type Text } from '@/lib/messages'

import { moves, staffActions, type StaffAction } from '../onboarding/states'
import { transitionMember } from '../onboarding/transitions'

const done: Record<StaffAction, Text> = {
  approve: { id: 'Calon anggota disetujui.', en: 'Candidate approved.' },
  reject: { id: 'Calon anggota ditolak.', en: 'Candidate rejected.' },
  disable: { id: 'Anggota dinonaktifkan.', en: 'Member disabled.' },
  enable: { id: 'Anggota diaktifkan kembali.', en: 'Member re-enabled.' },
}

/**
 * `POST /api/members/:id/{approve,reject,disable,enable}`, body `{ reason? }` (required to
 * reject); answers `{ message, doc: { id, memberNumber, membershipStatus, onboardingState } }`.
 * Refusals are Payload's APIErrors: JSON `{ errors: [{ message }] }` with their status.
 */
export const transitionEndpoints: Endpoint[] = staffActions.map((action) =>
  guardedEndpoint({
    path: `/:id/${action}`,
    method: 'post',
    access: (req) => can(req.user, moves[action].permission),
    handler: async (req) => {
      const id = Number(req.routeParams?.id)
      if (!Number.isSafeInteger(id) || id <= 0) throw userError(req, 404, { id: 'Anggota tidak ditemukan.', en: 'Member not found.' })
      await addDataAndFileToRequest(req)
      const reason = (req.data as { reason?: unknown } | undefined)?.reason
      const member = await transitionMember(req, id, action, typeof reason === 'string' ? reason : undefined)
      // Only the state: the record was written with the system's rights, and its other fields
      // (sensitive ones included) are for each reader's own access to decide.
      const { memberNumber, membershipStatus, onboardingState } = member
      return Response.json({ message: pick(req, done[action]), doc: { id: member.id, memberNumber, membershipStatus, onboardingState } })
    },
  }),
)
