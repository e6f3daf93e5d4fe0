/** Surveys by role: building them, answering once, the audience and the dates, bad answers, who reads what, the results and their export. */
import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { as, rest, seeded, testPayload } from '../../helpers/api'
import { answersFor, makeRegion, people, person, respond, surveyData, type SurveyBody } from './helpers'

const payload: Payload = await testPayload()
const admin = await as(payload, 'admin')
const coordinator = await as(payload, 'coordinator')
const home = seeded().regions.home
const elsewhere = await makeRegion(payload)

const responsesOf = async (survey: number) => (await payload.count({ collection: 'survey-responses', where: { survey: { equals: survey } }, overrideAccess: true })).totalDocs

const createSurvey = async (extra: Record<string, unknown> = {}, by = admin) => {
  const res = await by.rest<SurveyBody>('POST', '/surveys?depth=0', surveyData(extra))
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc!
}

describe('building surveys', () => {
  it('admins build surveys; coordinators only for their own region; members not at all', async () => {
    const survey = await createSurvey()
    expect(survey.questions.map((q) => q.kind)).toEqual(['single', 'multiple', 'scale', 'short_text', 'long_text'])

    const member = await person(payload, home)
    expect((await rest('POST', '/surveys', surveyData(), { token: member.token })).status).toBe(403)
    const before = await payload.count({ collection: 'surveys', overrideAccess: true })
    expect((await coordinator.rest('POST', '/surveys', surveyData({ audience: 'region', region: elsewhere }))).status).toBe(403)
    expect((await coordinator.rest('POST', '/surveys', surveyData())).status).toBe(403)
    expect((await payload.count({ collection: 'surveys', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
    expect((await coordinator.rest('POST', '/surveys', surveyData({ audience: 'region', region: home }))).status).toBe(201)
  })

  it('refuses a choice question without two options, a scale upside down and a region survey without its region', async () => {
    const [single] = surveyData().questions
    const bad = [
      { questions: [{ ...single, options: [{ label: 'Satu' }] }] },
      { questions: [{ label: 'Skala', kind: 'scale', scaleMin: 5, scaleMax: 1 }] },
      { audience: 'region' },
    ]
    for (const extra of bad) {
      const res = await admin.rest<SurveyBody>('POST', '/surveys', surveyData(extra))
      expect(res.status).toBe(400)
      expect(res.body.errors?.[0].message).toBeTruthy()
    }
  })
})

describe('answering', () => {
  it('a member answers once; a second answer is a 409 and nothing more is stored', async () => {
    const survey = await createSurvey()
    const member = await person(payload, home)
    const first = await respond(member.token, survey.id, answersFor(survey.questions, { multiple: [0, 2], short: 'adil' }))
    expect(first.status, JSON.stringify(first.body)).toBe(201)
    const second = await respond(member.token, survey.id, answersFor(survey.questions, { single: 1 }))
    expect(second.status).toBe(409)
    expect(second.body.errors?.[0].message).toBe('Anda sudah mengisi survei ini.')
    expect(await responsesOf(survey.id)).toBe(1)
    const [stored] = (await payload.find({ collection: 'survey-responses', where: { survey: { equals: survey.id } }, overrideAccess: true, depth: 0 })).docs
    expect(stored.answers).toEqual(answersFor(survey.questions, { multiple: [0, 2], short: 'adil' }))
  })

  it('two answers sent at once: exactly one is stored, the other is refused with 409', async () => {
    const survey = await createSurvey()
    const member = await person(payload, home)
    const statuses = (await Promise.all([0, 1, 2].map((single) => respond(member.token, survey.id, answersFor(survey.questions, { single: single % 2 }))))).map((r) => r.status)
    expect(statuses.sort()).toEqual([201, 409, 409])
    expect(await responsesOf(survey.id)).toBe(1)
  })

  it('outside the audience (another region, a candidate on a members’ survey) is a 403; candidates answer surveys assigned to candidates', async () => {
    const regional = await createSurvey({ audience: 'region', region: elsewhere })
    const member = await person(payload, home)
    expect((await respond(member.token, regional.id, answersFor(regional.questions))).status).toBe(403)
    const candidate = await person(payload, home, 'email_verified')
    const forMembers = await createSurvey()
    expect((await respond(candidate.token, forMembers.id, answersFor(forMembers.questions))).status).toBe(404)
    const forCandidates = await createSurvey({ audience: 'candidates' })
    expect((await respond(member.token, forCandidates.id, answersFor(forCandidates.questions))).status).toBe(403)
    expect((await respond(candidate.token, forCandidates.id, answersFor(forCandidates.questions))).status).toBe(201)
    expect(await responsesOf(regional.id)).toBe(0)
    expect(await responsesOf(forMembers.id)).toBe(0)
    expect(await responsesOf(forCandidates.id)).toBe(1)
  })

  it('a closed survey, one not open yet, one past its closing date, a draft: refused, nothing stored', async () => {
    const member = await person(payload, home)
    const cases = [
      { extra: { status: 'closed' }, status: 409, message: 'Survei ini sudah ditutup.' },
      { extra: { opensAt: new Date(Date.now() + 86_400_000).toISOString() }, status: 409, message: 'Survei ini belum dibuka.' },
      { extra: { opensAt: new Date(Date.now() - 2 * 86_400_000).toISOString(), closesAt: new Date(Date.now() - 86_400_000).toISOString() }, status: 409, message: 'Survei ini sudah ditutup.' },
      // Members do not see drafts at all.
      { extra: { status: 'draft' }, status: 404, message: 'Survei tidak ditemukan.' },
    ]
    for (const { extra, status, message } of cases) {
      const survey = await createSurvey(extra)
      const res = await respond(member.token, survey.id, answersFor(survey.questions))
      expect(res.status).toBe(status)
      expect(res.body.errors?.[0].message).toBe(message)
      expect(await responsesOf(survey.id)).toBe(0)
    }
  })

  it('bad answers: one message per question (required, options, scale bounds, text length), in the user’s language; nothing stored', async () => {
    const survey = await createSurvey()
    const member = await person(payload, home)
    const [single, multiple, scale, short, long] = survey.questions
    const res = await respond(member.token, survey.id, {
      [multiple.id]: ['bukan-pilihan'],
      [scale.id]: 6,
      [short.id]: 'x'.repeat(201),
      [long.id]: 42,
    })
    expect(res.status).toBe(400)
    expect(res.body.errors).toEqual([
      { field: single.id, message: 'Pertanyaan ini wajib dijawab.' },
      { field: multiple.id, message: 'Pilih salah satu pilihan yang tersedia.' },
      { field: scale.id, message: 'Pilih angka dari 1 sampai 5.' },
      { field: short.id, message: 'Paling panjang 200 karakter.' },
      { field: long.id, message: 'Jawaban harus berupa teks.' },
    ])
    const english = await rest<{ errors?: Array<{ field: string; message: string }> }>('POST', `/surveys/${survey.id}/respond`, { answers: { [single.id]: 'nope', [scale.id]: 2.5 } }, { token: member.token, headers: { 'accept-language': 'en' } })
    expect(english.body.errors?.map((e) => e.message)).toEqual(['Choose one of the options given.', 'Choose a number from 1 to 5.'])
    expect(await responsesOf(survey.id)).toBe(0)
    // Fixed, the same member may still answer.
    expect((await respond(member.token, survey.id, answersFor(survey.questions))).status).toBe(201)
  })
})

describe('who reads responses', () => {
  it('the respondent their own; nobody else, result viewers included (they get the aggregates)', async () => {
    const survey = await createSurvey({ audience: 'region', region: home })
    const forAll = await createSurvey()
    const [alice, bob] = await people(payload, home, 2)
    await respond(alice.token, survey.id, answersFor(survey.questions))
    await respond(alice.token, forAll.id, answersFor(forAll.questions))
    const list = (token: string | undefined, id: number) => rest<{ docs: Array<{ respondent: number }> }>('GET', `/survey-responses?depth=0&where[survey][equals]=${id}`, undefined, { token })
    expect((await list(alice.token, survey.id)).body.docs.map((d) => d.respondent)).toEqual([alice.userId])
    expect((await list(bob.token, survey.id)).body.docs).toEqual([])
    expect((await list(admin.token, survey.id)).body.docs).toEqual([])
    expect((await list(coordinator.token, survey.id)).body.docs).toEqual([])
    expect((await list(coordinator.token, forAll.id)).body.docs).toEqual([])
    expect((await list(undefined, survey.id)).status).toBe(403)
  })
})

type Results = {
  respondents: number | null
  groups: Array<{ key: string; respondents: number }> | null
  questions: Array<{ answered: number; options: Array<{ label: string; count: number; percent: number; byGroup: number[] }>; texts: string[] }>
}

describe('results', () => {
  it('counts and percentages per question; text answers without identity; members and other regions’ coordinators are refused', async () => {
    const survey = await createSurvey({ audience: 'region', region: home })
    // Five respondents: the minimum group size, so the results are shown.
    const members = await people(payload, home, 5)
    await respond(members[0].token, survey.id, answersFor(survey.questions, { single: 0, multiple: [0, 1], scale: 5, long: 'Naikkan upah' }))
    await respond(members[1].token, survey.id, answersFor(survey.questions, { single: 0, multiple: [1], scale: 4 }))
    await respond(members[2].token, survey.id, answersFor(survey.questions, { single: 1, scale: 4, long: '=HYPERLINK("http://evil")' }))
    for (const member of members.slice(3)) await respond(member.token, survey.id, answersFor(survey.questions, { single: 1, scale: 3 }))

    const res = await admin.rest<Results>('GET', `/surveys/${survey.id}/results`)
    expect(res.status).toBe(200)
    const [single, multiple, scale, , long] = res.body.questions
    expect(res.body.respondents).toBe(5)
    expect(single.options.map((o) => [o.label, o.count, o.percent])).toEqual([['Upah', 2, 40], ['Beban kerja', 3, 60]])
    expect(multiple.options.map((o) => o.count)).toEqual([1, 2, 0])
    expect(scale.options.map((o) => [o.label, o.count])).toEqual([['1 (Buruk)', 0], ['2', 0], ['3', 2], ['4', 2], ['5 (Baik)', 1]])
    expect(long.texts).toEqual(['=HYPERLINK("http://evil")', 'Naikkan upah'])
    // Five respondents, all in one region: that region is the only group.
    expect(res.body.groups?.map((g) => [g.key, g.respondents])).toEqual([[String(home), 5]])

    const csv = await admin.rest<string>('GET', `/surveys/${survey.id}/results.csv`)
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-disposition')).toContain('attachment')
    const text = csv.body as unknown as string
    expect(text).toContain('Isu utama,Upah,2,40,2')
    expect(text).toContain(`Saran,"'=HYPERLINK(""http://evil"")"`)
    expect(text.split('\r\n')[0]).toMatch(/^Pertanyaan,Jawaban,Jumlah,Persen,Wilayah Rumah \(n=5\)$/)
    for (const member of members) expect(text).not.toContain(member.email)

    expect((await rest('GET', `/surveys/${survey.id}/results`, undefined, { token: members[0].token })).status).toBe(403)
    expect((await coordinator.rest('GET', `/surveys/${survey.id}/results`)).status).toBe(200)
    const forAll = await createSurvey()
    expect((await coordinator.rest('GET', `/surveys/${forAll.id}/results`)).status).toBe(404)
    expect((await coordinator.rest('GET', `/surveys/${forAll.id}/results.csv`)).status).toBe(404)
  })

  it('breaks down by region only groups of at least 5; a smaller remainder is folded so that no group under 5 can be read off', async () => {
    const survey = await createSurvey()
    const north = await makeRegion(payload)
    const south = await makeRegion(payload)
    const lone = await makeRegion(payload)
    const groups = [...(await people(payload, north, 6)), ...(await people(payload, south, 5)), ...(await people(payload, lone, 1))]
    for (const [i, member] of groups.entries()) {
      expect((await respond(member.token, survey.id, answersFor(survey.questions, { single: i % 2 }))).status).toBe(201)
    }
    const res = await admin.rest<Results>('GET', `/surveys/${survey.id}/results`)
    // North (6) shown; south (5) joins the lone member's "other" (1), which alone would be under 5.
    expect(res.body.groups?.map((g) => [g.key, g.respondents])).toEqual([[String(north), 6], ['other', 6]])
    expect(res.body.questions[0].options.map((o) => o.byGroup)).toEqual([[3, 3], [3, 3]])
    const csv = (await admin.rest<string>('GET', `/surveys/${survey.id}/results.csv`)).body as unknown as string
    expect(csv.split('\r\n')[0]).toMatch(/^Pertanyaan,Jawaban,Jumlah,Persen,Wilayah .+ \(n=6\),Lainnya \(n=6\)$/)
  })
})
