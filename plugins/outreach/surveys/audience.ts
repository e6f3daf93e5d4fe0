import type { Payload, TypedUser } from 'payload'

import { can, idOfRelation } from '@/access'

import type { SurveyDoc } from './types'

export type Respondent = { memberId: number; region: number | null; status: string }

/** The user's member record (the audience is decided by it), read by the system. */
export const respondentOf = async (payload: Payload, user: TypedUser): Promise<Respondent | null> => {
  const { docs } = await payload.find({
    collection: 'members',
    where: { and: [{ user: { equals: user.id } }, { deletedAt: { exists: false } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const member = docs[0]
  if (!member) return null
  const region = idOfRelation(member.region)
  return { memberId: member.id, region: region == null ? null : Number(region), status: member.membershipStatus }
}

/**
 * Is this user in the survey's audience? Members (`survey.fill`, membership active) for surveys
 * of all members or of their own region; candidates (`membership.status.view`, still a candidate)
 * for the surveys assigned to candidates.
 */
export const inAudience = (user: TypedUser, respondent: Respondent | null, survey: Pick<SurveyDoc, 'audience' | 'region'>) => {
  if (!respondent) return false
  if (survey.audience === 'candidates') return respondent.status === 'candidate' && can(user, 'membership.status.view')
  if (respondent.status !== 'active' || !can(user, 'survey.fill')) return false
  if (survey.audience === 'members') return true
  const region = idOfRelation(survey.region)
  return region != null && respondent.region != null && String(region) === String(respondent.region)
}
