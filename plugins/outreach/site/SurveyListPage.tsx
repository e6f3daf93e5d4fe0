import Link from 'next/link'

import { formatDate, localePath, type Lang } from '@/site/i18n'
import { requireUser } from '@/site/member/auth'

import { openSurveysFor, SURVEYS_PATH } from './surveys'

/** `/anggota/survei`: the open surveys meant for the signed-in member, answered ones marked. */
export const SurveyListPage = async ({ lang }: { lang: Lang }) => {
  const { payload, user } = await requireUser(lang, SURVEYS_PATH)
  const surveys = await openSurveysFor(payload, user)
  return (
    <section className="space-y-6">
      <h1 className="text-3xl font-bold">{lang === 'en' ? 'Surveys' : 'Survei'}</h1>
      {surveys.length === 0 && <p>{lang === 'en' ? 'There is no open survey for you right now.' : 'Saat ini tidak ada survei yang dibuka untuk Anda.'}</p>}
      <ul className="space-y-3">
        {surveys.map(({ survey, answered }) => (
          <li key={survey.id} className="rounded-lg bg-white p-4 shadow" data-testid="survey-item">
            <h2 className="text-xl font-semibold">
              {answered ? survey.title : <Link href={localePath(lang, `${SURVEYS_PATH}/${survey.id}`)}>{survey.title}</Link>}
            </h2>
            {survey.description && <p className="mt-1 whitespace-pre-line">{survey.description}</p>}
            <p className="mt-1 text-sm text-muted">
              {answered ? (lang === 'en' ? 'Answered — thank you.' : 'Sudah diisi — terima kasih.') : survey.closesAt ? `${lang === 'en' ? 'Open until' : 'Dibuka sampai'} ${formatDate(lang, survey.closesAt)}` : lang === 'en' ? 'Open' : 'Dibuka'}
            </p>
          </li>
        ))}
      </ul>
    </section>
  )
}
