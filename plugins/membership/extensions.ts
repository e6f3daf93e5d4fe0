import type { Config, PayloadRequest } from 'payload'

import type { Text } from '@/lib/messages'

/** The member record as extension points see it (the generated `Member` type, loosely). */
export type MemberRecord = { id: number; user: unknown; region?: unknown; fullName: string } & Record<string, unknown>

/**
 * Supplied by a dues plugin: the registration fee step. Without a provider, registration has no
 * dues, payment-info or proof steps, and a verified email is enough for approval.
 */
export type RegistrationDuesProvider = {
  /** What the candidate pays at registration; null: nothing for this member. */
  quote: (req: PayloadRequest, member: MemberRecord) => Promise<{ amount: number; label: Text } | null>
  /** Records the registration bill (in `req`'s transaction) once the proof is submitted. */
  createRegistrationBill: (req: PayloadRequest, member: MemberRecord) => Promise<void>
}

/** Runs inside the approval's transaction, after the member and account changed; a throw undoes all. */
export type ApprovalListener = (req: PayloadRequest, member: MemberRecord) => Promise<void>

/**
 * Supplied by a dues plugin: the rates a bulk import may name in its "Tarif iuran" column.
 * Without one, that column is ignored (the import report says so once).
 */
export type DuesRateProvider = {
  /** Which of these rate codes exist. */
  known: (req: PayloadRequest, codes: string[]) => Promise<Set<string>>
  /** Gives the imported members their rates, in the import's transaction. */
  assign: (req: PayloadRequest, assignments: Array<{ memberId: number; rate: string }>) => Promise<void>
}

type MembershipCustom = {
  registrationDues?: RegistrationDuesProvider
  approvalListeners?: ApprovalListener[]
  duesRates?: DuesRateProvider
}

const extensionsOf = (config: Pick<Config, 'custom'>): MembershipCustom =>
  (config.custom?.membershipExtensions as MembershipCustom | undefined) ?? {}

const withExtensions = (config: Config, change: Partial<MembershipCustom>): Config => ({
  ...config,
  custom: { ...config.custom, membershipExtensions: { ...extensionsOf(config), ...change } },
})

/** For the dues plugin's config transformer (listed after membershipPlugin). One provider at most. */
export const provideRegistrationDues = (config: Config, provider: RegistrationDuesProvider): Config => {
  if (extensionsOf(config).registrationDues) throw new Error('provideRegistrationDues: a provider is already set')
  return withExtensions(config, { registrationDues: provider })
}

/** For plugins that act on a new member (first bill, welcome forum post, …) in the same transaction. */
export const onMemberApproved = (config: Config, listener: ApprovalListener): Config =>
  withExtensions(config, { approvalListeners: [...(extensionsOf(config).approvalListeners ?? []), listener] })

export const registrationDuesOf = (config: Pick<Config, 'custom'>) => extensionsOf(config).registrationDues ?? null

export const approvalListenersOf = (config: Pick<Config, 'custom'>) => extensionsOf(config).approvalListeners ?? []

/** For the dues plugin: lets bulk imports name a dues rate per member. One provider at most. */
export const provideDuesRates = (config: Config, provider: DuesRateProvider): Config => {
  if (extensionsOf(config).duesRates) throw new Error('provideDuesRates: a provider is already set')
  return withExtensions(config, { duesRates: provider })
}

export const duesRatesOf = (config: Pick<Config, 'custom'>) => extensionsOf(config).duesRates ?? null
