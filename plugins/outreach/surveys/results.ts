import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { drizzleFor } from '@/lib/db/session'
import type { Text } from '@/lib/messages'

import { settingsOf } from '../options'
import type { SurveyDoc, SurveyQuestion } from './types'

/** A column of the breakdown: one region, or "lainnya" (the regions too small to show alone). */
export type Group = { key: string; label: Text; respondents: number; regions: Array<number | null> }

export type OptionResult = { key: string; label: string; count: number; percent: number; byGroup: number[] }

export type QuestionResult = {
  id: string
  label: string
  kind: SurveyQuestion['kind']
  /** Respondents who answered this question (the base of the percentages). */
  answered: number
  answeredByGroup: number[]
  options: OptionResult[]
  /** Text answers, without who wrote them, sorted (so their order says nothing either). */
  texts: string[]
}

/**
 * `respondents` is null, and there are no questions, while fewer than `minGroupSize` answered:
 * counts and texts of so few people say who answered what.
 */
export type SurveyResults = { respondents: number | null; minGroupSize: number; groups: Group[] | null; questions: QuestionResult[] }

const other: Text = { id: 'Lainnya', en: 'Other' }

/**
 * The breakdown's groups: regions with at least `min` respondents each; the others folded into
 * "lainnya". When "lainnya" itself would be smaller than `min` (and so readable as the total less
 * the regions shown), the smallest regions join it until it is not. No region left: no breakdown.
 */
export const foldGroups = (counts: Array<{ region: number | null; respondents: number; name: Text }>, min: number): Group[] | null => {
  const shown = counts.filter((c) => c.region != null && c.respondents >= min).sort((a, b) => b.respondents - a.respondents)
  const folded = counts.filter((c) => !shown.includes(c))
  const foldedCount = () => folded.reduce((sum, c) => sum + c.respondents, 0)
  while (shown.length > 0 && foldedCount() > 0 && foldedCount() < min) folded.push(shown.pop()!)
  if (shown.length === 0) return null
  const groups: Group[] = shown.map((c) => ({ key: String(c.region), label: c.name, respondents: c.respondents, regions: [c.region] }))
  if (foldedCount() > 0) groups.push({ key: 'other', label: other, respondents: foldedCount(), regions: folded.map((c) => c.region) })
  return groups
}

const percent = (count: number, base: number) => (base > 0 ? Math.round((count / base) * 1000) / 10 : 0)

/** The rows of each choice or scale question: its options, or the scale's steps. */
const choicesOf = (question: SurveyQuestion): Array<{ key: string; label: string }> => {
  if (question.kind === 'scale') {
    const min = question.scaleMin ?? 1
    const max = question.scaleMax ?? 5
    return Array.from({ length: max - min + 1 }, (_, i) => {
      const value = min + i
      const end = value === min ? question.minLabel : value === max ? question.maxLabel : null
      return { key: String(value), label: end ? `${value} (${end})` : String(value) }
    })
  }
  return (question.options ?? []).map((option) => ({ key: String(option.id), label: option.label }))
}

const isText = (question: SurveyQuestion) => question.kind === 'short_text' || question.kind === 'long_text'

const keyList = (keys: string[]) => sql.join(keys.map((key) => sql`${key}`), sql`, `)

/**
 * Counts and percentages per question, with the breakdown by the respondents' regions where
 * groups are big enough (`surveyMinGroupSize`), and the text answers without identity; nothing
 * of a survey with fewer respondents than that. Aggregate statements over the survey's responses.
 * The caller checked `survey.view_results` and that it may read this survey.
 */
export const surveyResults = async (req: PayloadRequest, survey: SurveyDoc): Promise<SurveyResults> => {
  const db = await drizzleFor(req)
  const min = settingsOf(req.payload.config).surveyMinGroupSize
  const { rows: perRegion } = await db.execute<{ region: number | null; n: number }>(sql`
    SELECT respondent_region_id AS region, count(*)::int AS n FROM survey_responses WHERE survey_id = ${survey.id} GROUP BY 1`)
  const respondents = perRegion.reduce((sum, row) => sum + Number(row.n), 0)
  if (respondents < min) return { respondents: null, minGroupSize: min, groups: null, questions: [] }
  const regionIds = perRegion.map((row) => row.region).filter((id): id is number => id != null)
  const regions = regionIds.length
    ? (await req.payload.find({ collection: 'regions', where: { id: { in: regionIds } }, pagination: false, depth: 0, req, overrideAccess: true })).docs
    : []
  const nameOf = (id: number | null): Text => {
    const name = regions.find((region) => region.id === id)?.name
    return name ? { id: name, en: name } : { id: 'Tanpa wilayah', en: 'No region' }
  }
  const groups = foldGroups(perRegion.map((row) => ({ region: row.region, respondents: Number(row.n), name: nameOf(row.region) })), min)
  const groupIndex = (region: number | null) => groups?.findIndex((group) => group.regions.includes(region)) ?? -1

  const choiceIds = survey.questions.filter((q) => !isText(q)).map((q) => String(q.id))
  const { rows: counted } = choiceIds.length
    ? await db.execute<{ q: string; v: string; region: number | null; n: number }>(sql`
        SELECT e.key AS q, v.value AS v, r.respondent_region_id AS region, count(*)::int AS n
        FROM survey_responses r
        CROSS JOIN LATERAL jsonb_each(r.answers) e
        CROSS JOIN LATERAL jsonb_array_elements_text(CASE WHEN jsonb_typeof(e.value) = 'array' THEN e.value ELSE jsonb_build_array(e.value) END) v(value)
        WHERE r.survey_id = ${survey.id} AND e.key IN (${keyList(choiceIds)})
        GROUP BY 1, 2, 3`)
    : { rows: [] as Array<{ q: string; v: string; region: number | null; n: number }> }
  const { rows: answeredRows } = await db.execute<{ q: string; region: number | null; n: number }>(sql`
    SELECT e.key AS q, r.respondent_region_id AS region, count(*)::int AS n
    FROM survey_responses r CROSS JOIN LATERAL jsonb_object_keys(r.answers) e(key)
    WHERE r.survey_id = ${survey.id} GROUP BY 1, 2`)
  const textIds = survey.questions.filter(isText).map((q) => String(q.id))
  const { rows: texts } = textIds.length
    ? await db.execute<{ q: string; text: string }>(sql`
        SELECT e.key AS q, e.value #>> '{}' AS text
        FROM survey_responses r CROSS JOIN LATERAL jsonb_each(r.answers) e
        WHERE r.survey_id = ${survey.id} AND e.key IN (${keyList(textIds)})
        ORDER BY 1, 2`)
    : { rows: [] as Array<{ q: string; text: string }> }

  const width = groups?.length ?? 0
  const questions = survey.questions.map((question): QuestionResult => {
    const id = String(question.id)
    const answeredByGroup = Array<number>(width).fill(0)
    let answered = 0
    for (const row of answeredRows.filter((r) => r.q === id)) {
      answered += Number(row.n)
      const g = groupIndex(row.region)
      if (g >= 0) answeredByGroup[g] += Number(row.n)
    }
    const options = isText(question)
      ? []
      : choicesOf(question).map(({ key, label }) => {
          const byGroup = Array<number>(width).fill(0)
          let count = 0
          for (const row of counted.filter((r) => r.q === id && r.v === key)) {
            count += Number(row.n)
            const g = groupIndex(row.region)
            if (g >= 0) byGroup[g] += Number(row.n)
          }
          return { key, label, count, percent: percent(count, answered), byGroup }
        })
    return { id, label: question.label, kind: question.kind, answered, answeredByGroup, options, texts: texts.filter((row) => row.q === id).map((row) => row.text) }
  })
  return { respondents, minGroupSize: min, groups, questions }
}
