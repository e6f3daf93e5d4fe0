import type { Payload } from 'payload'

import { rest, roleId, seeded } from '../../helpers/api'
import { makePerson, signIn } from '../membership/helpers'

export { makeRegion } from '../dues/helpers'

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

export type Answer = { message?: string; doc?: Record<string, unknown>; docs?: Array<Record<string, unknown>>; errors?: Array<{ message: string }> } & Record<string, unknown>

/** An approved member with an active account, signed in, with a REST client of their own. */
export const makeMember = async (payload: Payload, region = seeded().regions.home) => {
  const person = await makePerson(payload, { state: 'approved', region })
  const token = await signIn(person.email)
  return { ...person, id: person.userId, region, call: (method: Method, path: string, body?: unknown) => rest<Answer>(method, path, body, { token }) }
}

export type Actor = Awaited<ReturnType<typeof makeMember>>

/** A member account with this status (suspended for arrears, or disabled), signed in before the change. */
export const withStatus = async (payload: Payload, status: 'suspended' | 'rejected') => {
  const member = await makeMember(payload)
  await payload.update({ collection: 'users', id: member.id, data: { accountStatus: status }, overrideAccess: true })
  return member
}

export { roleId }

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
