import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { idOfRelation } from '@/access'
import { drizzleFor } from '@/lib/db/session'
import { pick, userError } from '@/lib/messages'
import { withTransaction } from '@/lib/transaction'

import { checkAnswers } from './answers'
import { inAudience, respondentOf } from './audience'
import { surveyState } from './state'
import type { SurveyDoc } from './types'

const notFound = (req: PayloadRequest) => userError(req, 404, { id: 'Survei tidak ditemukan.', en: 'Survey not found.' })

export const alreadyAnswered = { id: 'Anda sudah mengisi survei ini.', en: 'You have already answered this survey.' }

/** The survey as the caller may read it (their access), else 404. */
export const visibleSurvey = async (req: PayloadRequest, id: number) => {
  const survey = Number.isSafeInteger(id) && id > 0
    ? await req.payload.findByID({ collection: 'surveys', id, req, user: req.user, overrideAccess: false, depth: 0, disableErrors: true }).catch(() => null)
    : null
  if (!survey) throw notFound(req)
  return survey as unknown as SurveyDoc
}

/**
 * A member's answers to a survey: it must be open, the member in its audience (403), not answered
 * before (409), every answer valid (400 with one message per question). The response is one
 * INSERT that the unique (survey, respondent) index guards: of two at once, one is stored and the
 * other gets the 409. Nothing else is written.
 */
export const respond = async (req: PayloadRequest, id: number, body: unknown) => {
  const survey = await visibleSurvey(req, id)
  const user = req.user!
  const respondent = await respondentOf(req.payload, user)
  if (!inAudience(user, respondent, survey)) {
    throw userError(req, 403, { id: 'Survei ini bukan untuk Anda.', en: 'This survey is not meant for you.' })
  }
  const state = surveyState(survey)
  if (state === 'not_yet_open') throw userError(req, 409, { id: 'Survei ini belum dibuka.', en: 'This survey is not open yet.' })
  if (state !== 'open') throw userError(req, 409, { id: 'Survei ini sudah ditutup.', en: 'This survey is closed.' })
  if (await hasAnswered(req, survey.id, user.id)) throw userError(req, 409, alreadyAnswered)
  const { answers, errors } = checkAnswers(survey.questions, (body as { answers?: unknown } | null)?.answers)
  if (errors.length > 0) return { errors: errors.map(({ field, text }) => ({ field, message: pick(req, text) })) }
  const surveyRegion = idOfRelation(survey.region)
  return withTransaction(req, async () => {
    const db = await drizzleFor(req)
    const { rows } = await db.execute<{ id: number }>(sql`
      INSERT INTO survey_responses (survey_id, respondent_id, answers, respondent_region_id, survey_region_id, created_at, updated_at)
      VALUES (${survey.id}, ${user.id}, ${JSON.stringify(answers)}::jsonb, ${respondent!.region}, ${surveyRegion == null ? null : Number(surveyRegion)}, now(), now())
      ON CONFLICT (survey_id, respondent_id) DO NOTHING
      RETURNING id`)
    if (!rows[0]) throw userError(req, 409, alreadyAnswered)
    return { id: rows[0].id }
  })
}

/** Has this user answered the survey? (The list and the form say so.) */
export const hasAnswered = async (req: Pick<PayloadRequest, 'payload'>, surveyId: number, userId: number | string) =>
  (await req.payload.count({ collection: 'survey-responses', where: { and: [{ survey: { equals: surveyId } }, { respondent: { equals: userId } }] }, overrideAccess: true })).totalDocs > 0
