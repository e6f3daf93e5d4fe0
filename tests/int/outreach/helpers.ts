import type { Payload } from 'payload'

import { rest } from '../../helpers/api'
import { makePerson, signIn } from '../membership/helpers'

export { makeRegion } from '../dues/helpers'

export type Person = { userId: number; memberId: number; email: string; token: string }

/** An active member of the region (or a candidate), signed in. */
export const person = async (payload: Payload, region: number, state: 'approved' | 'email_verified' = 'approved'): Promise<Person> => {
  const made = await makePerson(payload, { state, region })
  return { ...made, token: await signIn(made.email) }
}

export const people = async (payload: Payload, region: number, count: number) => {
  const made: Person[] = []
  for (let i = 0; i < count; i++) made.push(await person(payload, region))
  return made
}

export type Question = { id: string; label: string; kind: string; options?: Array<{ id: string; label: string }> }
export type SurveyBody = { doc?: { id: number; questions: Question[] }; errors?: Array<{ message: string; field?: string }> }

/** A survey with one question of each kind (choice, multiple, 1–5 scale with labels, short text, long text). */
export const surveyData = (extra: Record<string, unknown> = {}) => ({
  title: 'Survei uji',
  audience: 'members',
  status: 'open',
  questions: [
    { label: 'Isu utama', kind: 'single', required: true, options: [{ label: 'Upah' }, { label: 'Beban kerja' }] },
    { label: 'Kegiatan', kind: 'multiple', options: [{ label: 'Pelatihan' }, { label: 'Diskusi' }, { label: 'Advokasi' }] },
    { label: 'Kepuasan', kind: 'scale', required: true, scaleMin: 1, scaleMax: 5, minLabel: 'Buruk', maxLabel: 'Baik' },
    { label: 'Satu kata', kind: 'short_text' },
    { label: 'Saran', kind: 'long_text' },
  ],
  ...extra,
})

/** Answers keyed by question id, from the question's position: single option index, multiple indexes, scale, texts. */
export const answersFor = (questions: Question[], { single = 0, multiple = [] as number[], scale = 4, short, long }: { single?: number; multiple?: number[]; scale?: number; short?: string; long?: string } = {}) => ({
  [questions[0].id]: questions[0].options![single].id,
  [questions[1].id]: multiple.map((i) => questions[1].options![i].id),
  [questions[2].id]: scale,
  ...(short !== undefined ? { [questions[3].id]: short } : {}),
  ...(long !== undefined ? { [questions[4].id]: long } : {}),
})

export const respond = (token: string, surveyId: number, answers: unknown) =>
  rest<{ message?: string; id?: number; errors?: Array<{ message: string; field?: string }> }>('POST', `/surveys/${surveyId}/respond`, { answers }, { token })
