import Link from 'next/link'

import { defineTexts } from '@/lib/i18n'
import { formatDate, localePath, type Lang } from '@/site/i18n'
import { requireUser } from '@/site/member/auth'

import { openSurveysFor, SURVEYS_PATH } from './surveys'

const texts = defineTexts({
  surveys: { id: 'Survei', en: 'Surveys' },
  none: { id: 'Saat ini tidak ada survei yang dibuka untuk Anda.', en: 'There is no open survey for you right now.' },
  answered: { id: 'Sudah diisi — terima kasih.', en: 'Answered — thank you.' },
  openUntil: { id: (date: string) => `Dibuka sampai ${date}`, en: (date: string) => `Open until ${date}` },
  open: { id: 'Dibuka', en: 'Open' },
})

/** `/anggota/survei`: the open surveys meant for the signed-in member, answered ones marked. */
export const SurveyListPage = async ({ lang }: { lang: Lang }) => {
  const { payload, user } = await requireUser(lang, SURVEYS_PATH)
  const surveys = await openSurveysFor(payload, user)
  const text = texts(lang)
  return (
    <section className="space-y-6">
      <h1 className="text-3xl font-bold">{text.surveys}</h1>
      {surveys.length === 0 && <p>{text.none}</p>}
      <ul className="space-y-3">
        {surveys.map(({ survey, answered }) => (
          <li key={survey.id} className="rounded-lg bg-white p-4 shadow" data-testid="survey-item">
            <h2 className="text-xl font-semibold">
              {answered ? survey.title : <Link href={localePath(lang, `${SURVEYS_PATH}/${survey.id}`)}>{survey.title}</Link>}
            </h2>
            {survey.description && <p className="mt-1 whitespace-pre-line">{survey.description}</p>}
            <p className="mt-1 text-sm text-muted">
              {answered ? text.answered : survey.closesAt ? text.openUntil(formatDate(lang, survey.closesAt)) : text.open}
            </p>
          </li>
        ))}
      </ul>
    </section>
  )
}
