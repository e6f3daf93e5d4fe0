import { csvText } from '@/lib/csv'
import type { Text } from '@/lib/messages'

import type { SurveyResults } from './results'

type Lang = 'id' | 'en'

const say = (lang: Lang, text: Text) => text[lang]

/**
 * The results as CSV: per question and option the count and percentage, then one column pair per
 * breakdown group (only the groups the results show: the same minimum), then the text answers
 * alone, with no respondent, region or time beside them.
 */
export const resultsCsv = (results: SurveyResults, lang: Lang) => {
  const groups = results.groups ?? []
  const header = [
    say(lang, { id: 'Pertanyaan', en: 'Question' }),
    say(lang, { id: 'Jawaban', en: 'Answer' }),
    say(lang, { id: 'Jumlah', en: 'Count' }),
    say(lang, { id: 'Persen', en: 'Percent' }),
    ...groups.map((group) => `${group.label[lang]} (n=${group.respondents})`),
  ]
  const rows: Array<Array<string | number>> = [header]
  for (const question of results.questions) {
    if (question.options.length === 0) continue
    for (const option of question.options) rows.push([question.label, option.label, option.count, option.percent, ...option.byGroup])
    rows.push([question.label, say(lang, { id: 'Menjawab', en: 'Answered' }), question.answered, '', ...question.answeredByGroup])
  }
  const texts = results.questions.filter((question) => question.texts.length > 0)
  if (texts.length > 0) {
    rows.push([])
    rows.push([say(lang, { id: 'Pertanyaan', en: 'Question' }), say(lang, { id: 'Jawaban teks', en: 'Text answer' })])
    for (const question of texts) for (const text of question.texts) rows.push([question.label, text])
  }
  return csvText(rows)
}
