import type { SurveyDoc } from './types'

export type SurveyState = 'draft' | 'not_yet_open' | 'open' | 'closed'

/** Open means: status open, and now between the opening and closing dates (either may be unset). */
export const surveyState = (survey: Pick<SurveyDoc, 'status' | 'opensAt' | 'closesAt'>, now = new Date()): SurveyState => {
  if (survey.status === 'draft') return 'draft'
  if (survey.status === 'closed' || (survey.closesAt && new Date(survey.closesAt) <= now)) return 'closed'
  if (survey.opensAt && new Date(survey.opensAt) > now) return 'not_yet_open'
  return 'open'
}
