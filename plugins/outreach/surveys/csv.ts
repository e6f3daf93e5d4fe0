import { csvText } from '@/lib/csv'
import { defineTexts, type Lang } from '@/lib/i18n'

import type { SurveyResults } from './results'

const texts = defineTexts({
  question: { id: 'Pertanyaan', en: 'Question' },
  answer: { id: 'Jawaban', en: 'Answer' },
  count: { id: 'Jumlah', en: 'Count' },
  percent: { id: 'Persen', en: 'Percent' },
  answered: { id: 'Menjawab', en: 'Answered' },
  textAnswer: { id: 'Jawaban teks', en: 'Text answer' },
  withheld: { id: (min: number) => `Kurang dari ${min} responden: hasil belum ditampilkan.`, en: (min: number) => `Fewer than ${min} respondents: no results yet.` },
})

/**
 * The results as CSV: per question and option the count and percentage, then one column pair per
 * breakdown group (only the groups the results show: the same minimum), then the text answers
 * alone, with no respondent, region or time beside them. Nothing while too few answered.
 */
export const resultsCsv = (results: SurveyResults, lang: Lang) => {
  const text = texts(lang)
  if (results.respondents === null) return csvText([[text.withheld(results.minGroupSize)]])
  const groups = results.groups ?? []
  const header = [
    text.question,
    text.answer,
    text.count,
    text.percent,
    ...groups.map((group) => `${group.label[lang]} (n=${group.respondents})`),
  ]
  const rows: Array<Array<string | number>> = [header]
  for (const question of results.questions) {
    if (question.options.length === 0) continue
    for (const option of question.options) rows.push([question.label, option.label, option.count, option.percent, ...option.byGroup])
    rows.push([question.label, text.answered, question.answered, '', ...question.answeredByGroup])
  }
  const withTexts = results.questions.filter((question) => question.texts.length > 0)
  if (withTexts.length > 0) {
    rows.push([])
    rows.push([text.question, text.textAnswer])
    for (const question of withTexts) for (const answer of question.texts) rows.push([question.label, answer])
  }
  return csvText(rows)
}
