/**
 * A result viewer sees aggregates only: the raw responses (who answered, their region, their
 * words) are not listed through REST or GraphQL, and a survey with fewer respondents than the
 * minimum group size shows no counts and no text answers, in the JSON and in the CSV.
 */
import { describe, expect, it } from 'vitest'

import { as, seeded, testPayload } from '../../helpers/api'
import { answersFor, people, respond, surveyData, type SurveyBody } from '../outreach/helpers'

const payload = await testPayload()
const admin = await as(payload, 'admin')
const home = seeded().regions.home

const surveyWithOneAnswer = async () => {
  const survey = (await admin.rest<SurveyBody>('POST', '/surveys?depth=0', surveyData())).body.doc!
  const [member] = await people(payload, home, 1)
  expect((await respond(member.token, survey.id, answersFor(survey.questions, { single: 1, long: 'Ketua kami curang' }))).status).toBe(201)
  return { survey, member }
}

describe('a result viewer listing the raw survey responses', () => {
  it('gets no row through REST', async () => {
    const { survey } = await surveyWithOneAnswer()
    const res = await admin.rest<{ docs: unknown[] }>('GET', `/survey-responses?depth=0&where[survey][equals]=${survey.id}`)
    expect(res.body.docs).toEqual([])
  })

  it('gets no row through GraphQL', async () => {
    const { survey } = await surveyWithOneAnswer()
    const res = await admin.graphql(`{ SurveyResponses(where: { survey: { equals: ${survey.id} } }) { docs { id answers respondent { id } respondentRegion { id } } } }`)
    expect(res.body.errors).toBeUndefined()
    expect(JSON.stringify(res.body)).not.toContain('Ketua kami curang')
    expect((res.body.data?.SurveyResponses as { docs: unknown[] } | undefined)?.docs ?? []).toEqual([])
  })
})

describe('the results of a survey with one respondent', () => {
  it('show no counts and no text answers, only "< N"', async () => {
    const { survey } = await surveyWithOneAnswer()
    const res = await admin.rest<{ respondents: number | null; minGroupSize: number; questions: unknown[] }>('GET', `/surveys/${survey.id}/results`)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ respondents: null, minGroupSize: 5, questions: [] })
    expect(JSON.stringify(res.body)).not.toContain('Ketua kami curang')
  })

  it('export no counts and no text answers in the CSV', async () => {
    const { survey } = await surveyWithOneAnswer()
    const csv = (await admin.rest<string>('GET', `/surveys/${survey.id}/results.csv`)).body as unknown as string
    expect(csv).not.toContain('Ketua kami curang')
    expect(csv).not.toContain('Isu utama')
    expect(csv).toContain('Kurang dari 5 responden')
  })
})
