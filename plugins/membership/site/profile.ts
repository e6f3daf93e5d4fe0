import type { Payload, TypedUser } from 'payload'

import type { Text } from '@/lib/messages'
import { formatDate } from '@/site/i18n'
import type { ProfileRow, ProfileSection } from '@/site/member/profile-sections'

import type { Member } from '../../../payload-types'
import { MEMBERS } from '../collections/Members'
import { membershipStatusLabels, onboardingLabels } from '../onboarding/states'
import { registrationGroups } from '../registration/fields'

const both = (iso: string): Text => ({ id: formatDate('id', iso), en: formatDate('en', iso) })

/** Identity numbers: the members collection lets only the member themself (and admins, treasurers) read them. */
const sensitiveRows: Array<[keyof Member, Text]> = [
  ['identityNumber', { id: 'NIK', en: 'National identity number' }],
  ['employeeIdNumber', { id: 'NIP/NIK pegawai', en: 'Employee ID' }],
  ['lecturerIdNumber', { id: 'NIDN/NIDK', en: 'Lecturer ID' }],
]

const load = async (payload: Payload, user: TypedUser) => {
  // Read as the user: the collection's field access decides what they see (their own sensitive fields).
  const { docs } = await payload.find({ collection: MEMBERS, where: { user: { equals: user.id } }, limit: 1, depth: 1, overrideAccess: false, user, pagination: false })
  const member = docs[0] as Member | undefined
  if (!member) return null
  const rows: ProfileRow[] = [{ label: { id: 'Status keanggotaan', en: 'Membership status' }, value: membershipStatusLabels[member.membershipStatus], testId: 'membership-status' }]
  // Candidates see their profile without a member number.
  if (member.memberNumber && member.membershipStatus !== 'candidate') {
    rows.push({ label: { id: 'Nomor anggota', en: 'Member number' }, value: member.memberNumber, testId: 'member-number' })
  }
  if (member.membershipStatus === 'candidate') rows.push({ label: { id: 'Tahap pendaftaran', en: 'Registration step' }, value: onboardingLabels[member.onboardingState] })
  if (typeof member.region === 'object' && member.region) rows.push({ label: { id: 'Wilayah', en: 'Region' }, value: member.region.name })
  if (member.joinedAt) rows.push({ label: { id: 'Bergabung', en: 'Joined' }, value: both(member.joinedAt) })
  for (const group of registrationGroups(payload)) {
    for (const field of group.fields) {
      const value = (member as unknown as Record<string, unknown>)[field.name]
      if (value == null || value === '') continue
      const option = field.options?.find((candidate) => candidate.value === value)
      rows.push({ label: field.label, value: option ? option.label : field.kind === 'date' ? both(String(value)) : String(value) })
    }
  }
  for (const [name, label] of sensitiveRows) {
    const value = member[name]
    if (typeof value === 'string' && value) rows.push({ label, value })
  }
  return { title: { id: 'Data keanggotaan', en: 'Membership data' }, rows }
}

export const membershipProfileSection: ProfileSection = { key: 'membership', load }
