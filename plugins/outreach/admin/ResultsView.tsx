import Link from 'next/link'
import type { AdminViewServerProps } from 'payload'

import { can, withRole } from '@/access'
import { AdminFrame, langOf } from '@/components/admin/AdminFrame'
import { defineTexts, type Lang } from '@/lib/i18n'

import { visibleSurvey } from '../surveys/respond'
import { surveyResults, type QuestionResult, type SurveyResults } from '../surveys/results'
import { BarChart } from './BarChart'

const texts = defineTexts({
  byRegion: { id: 'Menurut wilayah', en: 'By region' },
  answer: { id: 'Jawaban', en: 'Answer' },
  answered: { id: (n: number) => `${n} menjawab`, en: (n: number) => `${n} answered` },
  back: { id: '← Kembali ke survei', en: '← Back to the survey' },
  results: { id: 'Hasil', en: 'Results' },
  respondents: { id: (n: number) => `${n} responden`, en: (n: number) => `${n} respondents` },
  fewRespondents: { id: (min: number) => `< ${min} responden`, en: (min: number) => `< ${min} respondents` },
  withheld: {
    id: (min: number) => `Hasil ditampilkan setelah sedikitnya ${min} orang menjawab: jawaban orang sesedikit itu bisa ditebak siapa pemiliknya.`,
    en: (min: number) => `The results are shown once at least ${min} people have answered: the answers of so few could be traced to them.`,
  },
  groupsShown: {
    id: (min: number) => `Rincian per wilayah hanya untuk kelompok dengan sedikitnya ${min} responden; yang lebih kecil digabung ke "Lainnya".`,
    en: (min: number) => `The breakdown by region shows only groups of at least ${min} respondents; smaller ones are folded into "Other".`,
  },
  noGroups: {
    id: (min: number) => `Tidak ada rincian per wilayah: belum ada wilayah dengan sedikitnya ${min} responden.`,
    en: (min: number) => `No breakdown by region: no region has at least ${min} respondents yet.`,
  },
  downloadCsv: { id: 'Unduh CSV', en: 'Download CSV' },
})

const cell = { border: '1px solid var(--theme-elevation-150)', padding: '4px 8px', textAlign: 'left' } as const

const Breakdown = ({ question, results, lang }: { question: QuestionResult; results: SurveyResults; lang: Lang }) => (
  <table style={{ borderCollapse: 'collapse', margin: 'var(--base) 0' }}>
    <caption style={{ textAlign: 'left', fontWeight: 600 }}>{texts(lang).byRegion}</caption>
    <thead>
      <tr>
        <th scope="col" style={cell}>{texts(lang).answer}</th>
        {results.groups!.map((group) => (
          <th key={group.key} scope="col" style={cell}>{`${group.label[lang]} (n=${group.respondents})`}</th>
        ))}
      </tr>
    </thead>
    <tbody>
      {question.options.map((option) => (
        <tr key={option.key}>
          <th scope="row" style={cell}>{option.label}</th>
          {option.byGroup.map((count, index) => (
            <td key={results.groups![index].key} style={cell}>{count}</td>
          ))}
        </tr>
      ))}
    </tbody>
  </table>
)

const Question = ({ question, results, lang, index }: { question: QuestionResult; results: SurveyResults; lang: Lang; index: number }) => (
  <section aria-labelledby={`q-${question.id}`} style={{ marginBottom: 'calc(var(--base) * 2)' }}>
    <h2 id={`q-${question.id}`}>{`${index + 1}. ${question.label}`}</h2>
    <p>{texts(lang).answered(question.answered)}</p>
    {question.options.length > 0 ? (
      <>
        <BarChart id={`q${index + 1}`} title={question.label} options={question.options} />
        {results.groups && <Breakdown question={question} results={results} lang={lang} />}
      </>
    ) : (
      <ul data-testid={`texts-${index + 1}`}>
        {question.texts.slice(0, 200).map((text, n) => (
          <li key={n}>{text}</li>
        ))}
      </ul>
    )}
  </section>
)

/** How many answered, and what the minimum group size leaves out. */
const Summary = ({ results: { respondents, minGroupSize: min, groups }, lang }: { results: SurveyResults; lang: Lang }) => {
  const text = texts(lang)
  if (respondents === null) {
    return (
      <>
        <p data-testid="respondents">{text.fewRespondents(min)}</p>
        <p>{text.withheld(min)}</p>
      </>
    )
  }
  return (
    <>
      <p data-testid="respondents">{text.respondents(respondents)}</p>
      <p>{groups ? text.groupsShown(min) : text.noGroups(min)}</p>
    </>
  )
}

/**
 * `/admin/survei/<id>/hasil`: a survey's results for holders of `survey.view_results`, read with
 * their access (coordinators: their region's surveys only): counts, percentages and a chart per
 * question, the breakdown by region where groups are big enough, text answers without identity,
 * and the CSV export.
 */
export const ResultsView = async (view: AdminViewServerProps) => {
  const { initPageResult, params } = view
  const { req } = initPageResult
  const user = await withRole(req)
  const lang = langOf(view)
  const text = texts(lang)
  const segments = (params?.segments as string[] | undefined) ?? []
  const survey = can(user, 'survey.view_results') ? await visibleSurvey(req, Number(segments[1])).catch(() => null) : null
  const refusal = { id: 'Survei tidak ditemukan atau Anda tidak berhak melihat hasilnya.', en: 'The survey does not exist or you may not see its results.' }
  if (!survey) return <AdminFrame view={view} allowed={false} refusal={refusal} />
  const results = await surveyResults(req, survey)
  return (
    <AdminFrame view={view} allowed refusal={refusal}>
      <div style={{ paddingBottom: 'calc(var(--base) * 2)' }}>
        <p>
          <Link href={`/admin/collections/surveys/${survey.id}`}>{text.back}</Link>
        </p>
        <h1>{`${text.results}: ${survey.title}`}</h1>
        <Summary results={results} lang={lang} />
        <p>
          <a href={`/api/surveys/${survey.id}/results.csv`} download>
            {text.downloadCsv}
          </a>
        </p>
        {results.questions.map((question, index) => (
          <Question key={question.id} question={question} results={results} lang={lang} index={index} />
        ))}
      </div>
    </AdminFrame>
  )
}
