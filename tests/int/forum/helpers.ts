import type { Payload } from 'payload'

import { rest, seeded } from '../../helpers/api'
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
