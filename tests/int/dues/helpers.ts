import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { multipart, rest, unique } from '../../helpers/api'
import { pngFile } from '../../helpers/files'
import { makePerson, signIn } from '../membership/helpers'

export const db = (payload: Payload) => (payload.db as unknown as PostgresAdapter).drizzle

/** An approved member with an active account, signed in; golongan or salary range decides the rate. */
export const makeMember = async (payload: Payload, region: number, extra: Record<string, unknown> = { golongan: 'III' }) => {
  const person = await makePerson(payload, { state: 'approved', region, extra })
  return { ...person, token: await signIn(person.email) }
}

export const makeRegion = async (payload: Payload) => {
  const code = unique('R').toUpperCase().slice(0, 12)
  return (await payload.create({ collection: 'regions', data: { code, name: `Wilayah ${code}` }, overrideAccess: true })).id
}

export type Bill = { id: number; periodYear: number; periodMonth: number; billType: string; billStatus: string; billAmount: number; transferAmount: number; uniqueCode: number; paymentCode: string; arrearsLevel: number }

export const billsOf = async (payload: Payload, memberId: number) =>
  (
    await payload.find({
      collection: 'dues-bills',
      where: { member: { equals: memberId } },
      overrideAccess: true,
      depth: 0,
      pagination: false,
      sort: 'createdAt',
    })
  ).docs as unknown as Bill[]

/** The member uploads a proof for these bills through the REST API, as the member page does. */
export const uploadProof = async (token: string, person: { memberId: number; userId: number }, bills: number[], extra: Record<string, unknown> = {}) =>
  rest<{ doc?: { id: number; paymentStatus: string; paidAmount: number }; errors?: Array<{ message: string }> }>(
    'POST',
    '/dues-payments?depth=0',
    multipart({ member: person.memberId, owner: person.userId, bills, ...extra }, await pngFile('bukti transfer.png')),
    { token },
  )

/**
 * Dues state is global (generation and the arrears run take every active member): other files'
 * members must not carry this file's bills and suspensions. Removes all dues rows and undoes
 * what they did to members and accounts.
 */
export const resetDues = async (payload: Payload) => {
  await db(payload).execute(sql`
    UPDATE users SET account_status = 'active' WHERE id IN (SELECT user_id FROM members WHERE dues_suspended_at IS NOT NULL);
    DELETE FROM dues_claims; DELETE FROM dues_payments; DELETE FROM dues_bills;
    DELETE FROM dues_rates WHERE effective_from > '2000-01-01';
    UPDATE members SET dues_arrears_level = 0, dues_suspended_at = NULL, dues_status = 'unpaid', dues_last_paid_at = NULL
      WHERE dues_arrears_level <> 0 OR dues_suspended_at IS NOT NULL OR dues_status <> 'unpaid';`)
}
