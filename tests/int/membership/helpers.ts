import type { Payload } from 'payload'

import { SYSTEM_WRITE } from '../../../plugins/membership/collections/Members/hooks/guardStateFields'
import type { OnboardingState } from '../../../plugins/membership/onboarding/states'
import { rest, roleId, seeded, unique } from '../../helpers/api'

export type Person = { userId: number; memberId: number; email: string }

const stateData: Record<OnboardingState, Record<string, unknown>> = {
  registered: {},
  payment_submitted: { onboardingState: 'payment_submitted' },
  email_verified: { onboardingState: 'email_verified', emailVerifiedAt: new Date().toISOString() },
  approved: { onboardingState: 'approved', membershipStatus: 'active', verificationStatus: 'verified' },
  rejected: { onboardingState: 'rejected', membershipStatus: 'rejected' },
}

/**
 * A person as registration (or an import) leaves them: an account and its member record, made
 * with the system's rights. Approved ones are members with an active account and a number.
 */
export const makePerson = async (
  payload: Payload,
  { state = 'email_verified', region = seeded().regions.home, extra = {} }: { state?: OnboardingState; region?: number | null; extra?: Record<string, unknown> } = {},
): Promise<Person> => {
  const email = `${unique('anggota')}@test.balai.test`
  const approved = state === 'approved'
  const user = await payload.create({
    collection: 'users',
    overrideAccess: true,
    data: {
      email,
      password: seeded().password,
      name: 'Calon Uji',
      role: await roleId(payload, approved ? 'member' : 'candidate'),
      region,
      accountStatus: approved ? 'active' : 'pending',
    },
  })
  const member = await payload.create({
    collection: 'members',
    overrideAccess: true,
    context: { [SYSTEM_WRITE]: true },
    data: {
      user: user.id,
      fullName: `Anggota ${unique()}`,
      membershipStatus: 'candidate',
      onboardingState: 'registered',
      region,
      universityName: 'Universitas Uji',
      identityNumber: '3201010101010001',
      baseSalary: 5_000_000,
      takeHomePay: 6_500_000,
      ...(approved ? { memberNumber: `TST-2026-${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}` } : {}),
      ...stateData[state],
      ...extra,
    },
  })
  return { userId: user.id, memberId: member.id, email }
}

/** Signs the person in; their token for REST calls. */
export const signIn = async (email: string) => {
  const res = await rest<{ token?: string }>('POST', '/users/login', { email, password: seeded().password })
  return res.body.token!
}

/** The member as stored, every field (sensitive and hidden included). */
export const storedMember = (payload: Payload, id: number) =>
  payload.findByID({ collection: 'members', id, overrideAccess: true, showHiddenFields: true, depth: 0 })

export const storedUser = (payload: Payload, id: number) => payload.findByID({ collection: 'users', id, overrideAccess: true, depth: 0 })
