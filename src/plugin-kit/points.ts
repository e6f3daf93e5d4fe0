import type { Config, PayloadRequest } from 'payload'

import type { Text } from '@/lib/messages'

import { extensionPoint } from './extension-point'

/**
 * The points where plugins meet each other: one supplies, the other consumes, and neither
 * imports the other. The member record is what the membership plugin hands out (its generated
 * `Member` type, loosely).
 */
export type MemberRecord = { id: number; user: unknown; region?: unknown; fullName: string } & Record<string, unknown>

/**
 * The registration fee step, from a dues plugin. Without a provider, registration has no dues,
 * payment-info or proof steps, and a verified email is enough for approval.
 */
export type RegistrationDuesProvider = {
  /** What the candidate pays at registration; null: nothing for this member. */
  quote: (req: PayloadRequest, member: MemberRecord) => Promise<{ amount: number; label: Text } | null>
  /** Records the registration bill (in `req`'s transaction) once the proof is submitted. */
  createRegistrationBill: (req: PayloadRequest, member: MemberRecord) => Promise<void>
}

export const registrationDues = extensionPoint<RegistrationDuesProvider>('registrationDues', { max: 1 })

/** The provider, or null when no plugin supplies registration dues. */
export const registrationDuesOf = (config: Pick<Config, 'custom'>) => registrationDues.of(config)[0] ?? null

/**
 * Acts on a new member (first bill, welcome post, …) inside the approval's transaction, after
 * the member and the account changed; a throw undoes all.
 */
export type ApprovalListener = (req: PayloadRequest, member: MemberRecord) => Promise<void>

export const memberApproved = extensionPoint<ApprovalListener>('memberApproved')

/** The dues rates a bulk member import may name in its "Tarif iuran" column, from a dues plugin. */
export type DuesRateProvider = {
  /** Which of these rate codes exist. */
  known: (req: PayloadRequest, codes: string[]) => Promise<Set<string>>
  /** Gives the imported members their rates, in the import's transaction. */
  assign: (req: PayloadRequest, assignments: Array<{ memberId: number; rate: string }>) => Promise<void>
}

export const duesRates = extensionPoint<DuesRateProvider>('duesRates', { max: 1 })

/** The provider, or null: without one the import's rate column is ignored (its report says so). */
export const duesRatesOf = (config: Pick<Config, 'custom'>) => duesRates.of(config)[0] ?? null
