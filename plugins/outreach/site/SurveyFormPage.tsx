import Link from 'next/link'
import { forbidden, notFound } from 'next/navigation'

import { defineTexts } from '@/lib/i18n'
import { localePath, type Lang } from '@/site/i18n'
import { requireUser } from '@/site/member/auth'

import { inAudience, respondentOf } from '../surveys/audience'
import { hasAnswered } from '../surveys/respond'
import { surveyState } from '../surveys/state'
import type { SurveyDoc } from '../surveys/types'
import { SurveyForm } from './SurveyForm'
import { SURVEYS_PATH } from './surveys'

const texts = defineTexts({
  allSurveys: { id: '← Semua survei', en: '← All surveys' },
  notYetOpen: { id: 'Survei ini belum dibuka.', en: 'This survey is not open yet.' },
  closed: { id: 'Survei ini sudah ditutup.', en: 'This survey is closed.' },
  answered: { id: 'Anda sudah mengisi survei ini. Terima kasih.', en: 'You have already answered this survey. Thank you.' },
})

/**
 * `/anggota/survei/<id>`: the survey's form for a member of its audience (others: 403), or why it
 * cannot be filled (closed, not open yet, already answered). The endpoint checks all of it again.
 */
export const SurveyFormPage = async ({ lang, id }: { lang: Lang; id: string }) => {
  const { payload, user } = await requireUser(lang, `${SURVEYS_PATH}/${id}`)
  const surveyId = Number(id)
  const survey = Number.isSafeInteger(surveyId) && surveyId > 0
    ? ((await payload.findByID({ collection: 'surveys', id: surveyId, depth: 0, user, overrideAccess: false, disableErrors: true }).catch(() => null)) as unknown as SurveyDoc | null)
    : null
  if (!survey) notFound()
  if (!inAudience(user, await respondentOf(payload, user), survey)) forbidden()
  const state = surveyState(survey)
  const answered = await hasAnswered({ payload }, survey.id, user.id)
  const text = texts(lang)
  const back = <Link href={localePath(lang, SURVEYS_PATH)}>{text.allSurveys}</Link>
  const notice = state !== 'open' ? (state === 'not_yet_open' ? text.notYetOpen : text.closed) : answered ? text.answered : null
  return (
    <section className="max-w-2xl space-y-6">
      {back}
      <h1 className="text-3xl font-bold">{survey.title}</h1>
      {survey.description && <p className="whitespace-pre-line">{survey.description}</p>}
      {notice ? <p role="status" className="rounded border border-muted/50 bg-white p-3">{notice}</p> : <SurveyForm lang={lang} surveyId={survey.id} questions={survey.questions} />}
    </section>
  )
}
