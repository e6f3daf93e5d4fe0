import type { Text } from '@/lib/messages'

/** The onboarding state machine, as data: the endpoints and the admin read it. */
export const onboardingStates = ['registered', 'payment_submitted', 'email_verified', 'approved', 'rejected'] as const
export type OnboardingState = (typeof onboardingStates)[number]

export const membershipStatuses = ['candidate', 'active', 'inactive', 'disabled', 'rejected'] as const
export type MembershipStatus = (typeof membershipStatuses)[number]

export const onboardingLabels: Record<OnboardingState, Text> = {
  registered: { id: 'Terdaftar', en: 'Registered' },
  payment_submitted: { id: 'Bukti bayar dikirim', en: 'Payment proof sent' },
  email_verified: { id: 'Email terverifikasi', en: 'Email verified' },
  approved: { id: 'Disetujui', en: 'Approved' },
  rejected: { id: 'Ditolak', en: 'Rejected' },
}

export const membershipStatusLabels: Record<MembershipStatus, Text> = {
  candidate: { id: 'Calon anggota', en: 'Candidate' },
  active: { id: 'Aktif', en: 'Active' },
  inactive: { id: 'Tidak aktif', en: 'Inactive' },
  disabled: { id: 'Dinonaktifkan', en: 'Disabled' },
  rejected: { id: 'Ditolak', en: 'Rejected' },
}

export type MemberState = { onboardingState: OnboardingState; membershipStatus: MembershipStatus }

export const staffActions = ['approve', 'reject', 'disable', 'enable'] as const
export type StaffAction = (typeof staffActions)[number]

type Move = {
  permission: string
  /** The states the move starts from; any other state refuses it. */
  from: Partial<{ [K in keyof MemberState]: readonly MemberState[K][] }>
  to: Partial<MemberState>
  /** What the user's account becomes. */
  accountStatus: 'active' | 'suspended' | 'rejected'
  /** The reason is required (and kept as `rejectionReason` / in the audit log). */
  needsReason: boolean
  label: Text
}

/**
 * Staff moves. Approval only once the candidate verified their email (and, with a dues plugin,
 * sent the payment proof); rejection from any state not yet final; disable/enable on members.
 */
export const moves: Record<StaffAction, Move> = {
  approve: {
    permission: 'member.approve_candidate',
    from: { onboardingState: ['email_verified'] },
    to: { onboardingState: 'approved', membershipStatus: 'active' },
    accountStatus: 'active',
    needsReason: false,
    label: { id: 'Setujui', en: 'Approve' },
  },
  reject: {
    permission: 'member.reject_candidate',
    from: { onboardingState: ['registered', 'payment_submitted', 'email_verified'] },
    to: { onboardingState: 'rejected', membershipStatus: 'rejected' },
    accountStatus: 'rejected',
    needsReason: true,
    label: { id: 'Tolak', en: 'Reject' },
  },
  disable: {
    permission: 'member.disable',
    from: { onboardingState: ['approved'], membershipStatus: ['active', 'inactive'] },
    to: { membershipStatus: 'disabled' },
    accountStatus: 'suspended',
    needsReason: false,
    label: { id: 'Nonaktifkan', en: 'Disable' },
  },
  enable: {
    permission: 'member.enable',
    from: { onboardingState: ['approved'], membershipStatus: ['disabled'] },
    to: { membershipStatus: 'active' },
    accountStatus: 'active',
    needsReason: false,
    label: { id: 'Aktifkan kembali', en: 'Re-enable' },
  },
}

export const isStaffAction = (value: unknown): value is StaffAction => staffActions.includes(value as StaffAction)

/** Null when the move may start from this state, else why not (for a 409). */
export const refusal = (action: StaffAction, state: MemberState): Text | null => {
  const { from } = moves[action]
  const ok =
    (!from.onboardingState || from.onboardingState.includes(state.onboardingState)) &&
    (!from.membershipStatus || from.membershipStatus.includes(state.membershipStatus))
  if (ok) return null
  const { label } = moves[action]
  const now = { onboarding: onboardingLabels[state.onboardingState], status: membershipStatusLabels[state.membershipStatus] }
  return {
    id: `Tidak dapat "${label.id}": tahap pendaftaran "${now.onboarding.id}", status "${now.status.id}".`,
    en: `Cannot "${label.en}": onboarding step "${now.onboarding.en}", status "${now.status.en}".`,
  }
}

/**
 * Where a registrant stands, from the facts (so the order they happen in does not matter):
 * without registration dues, a verified email is enough; with them, the payment proof too.
 * Only for candidates still in `registered` / `payment_submitted` / `email_verified`.
 */
export const registrantState = (facts: { duesRequired: boolean; proofSubmitted: boolean; emailVerified: boolean }): OnboardingState => {
  if (!facts.duesRequired) return facts.emailVerified ? 'email_verified' : 'registered'
  if (facts.proofSubmitted) return facts.emailVerified ? 'email_verified' : 'payment_submitted'
  return 'registered'
}
