import type { Payload, TypedUser } from 'payload'

import { inAudience, respondentOf } from '../surveys/audience'
import { surveyState } from '../surveys/state'
import type { SurveyDoc } from '../surveys/types'

export const SURVEYS_PATH = '/anggota/survei'

/** The open surveys this user may fill, each with whether they already did. */
export const openSurveysFor = async (payload: Payload, user: TypedUser) => {
  const [{ docs }, respondent, answered] = await Promise.all([
    payload.find({ collection: 'surveys', where: { status: { equals: 'open' } }, sort: 'closesAt', limit: 100, depth: 0, user, overrideAccess: false }),
    respondentOf(payload, user),
    payload.find({ collection: 'survey-responses', where: { respondent: { equals: user.id } }, limit: 1000, depth: 0, user, overrideAccess: false, select: { survey: true } }),
  ])
  const done = new Set(answered.docs.map((doc) => String(typeof doc.survey === 'object' ? doc.survey.id : doc.survey)))
  return (docs as unknown as SurveyDoc[])
    .filter((survey) => surveyState(survey) === 'open' && inAudience(user, respondent, survey))
    .map((survey) => ({ survey, answered: done.has(String(survey.id)) }))
}
