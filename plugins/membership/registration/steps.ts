import type { Text } from '@/lib/messages'

/**
 * The registration's steps after the account exists, in order. The candidate's
 * place is kept on the server (`members.registrationStep`), so leaving and coming back resumes
 * there. `dues`, `payment` and `proof` exist only when a dues plugin quotes a registration fee.
 * `verify` waits for the email link; `done` = the registration is complete, the board decides.
 */
export const registrationSteps = ['data', 'region', 'agreement', 'dues', 'payment', 'proof', 'verify', 'done'] as const
export type RegistrationStep = (typeof registrationSteps)[number]

const duesSteps: readonly RegistrationStep[] = ['dues', 'payment', 'proof']

/** The steps a visitor goes through, the account first (it exists before any of these). */
export const stepLabels: Record<RegistrationStep | 'account', Text> = {
  account: { id: 'Akun', en: 'Account' },
  data: { id: 'Data diri', en: 'Your details' },
  region: { id: 'Wilayah', en: 'Region' },
  agreement: { id: 'Persetujuan AD/ART', en: 'Statutes (AD/ART)' },
  dues: { id: 'Iuran', en: 'Dues' },
  payment: { id: 'Pembayaran', en: 'Payment' },
  proof: { id: 'Bukti bayar', en: 'Payment proof' },
  verify: { id: 'Verifikasi email', en: 'Email check' },
  done: { id: 'Selesai', en: 'Done' },
}

export const stepsFor = (duesRequired: boolean): RegistrationStep[] =>
  registrationSteps.filter((step) => duesRequired || !duesSteps.includes(step))

export const isStep = (value: unknown): value is RegistrationStep => registrationSteps.includes(value as RegistrationStep)

/**
 * Where the candidate stands: the stored step, or the next one that exists when a dues step was
 * stored but no fee applies any more (the dues plugin was switched off, or the data changed).
 */
export const currentStep = (stored: unknown, duesRequired: boolean): RegistrationStep => {
  if (!isStep(stored)) return 'data'
  const steps = stepsFor(duesRequired)
  if (steps.includes(stored)) return stored
  return steps.find((step) => registrationSteps.indexOf(step) > registrationSteps.indexOf(stored)) ?? 'done'
}

/** The step after `step` in this registration. */
export const stepAfter = (step: RegistrationStep, duesRequired: boolean): RegistrationStep => {
  const steps = stepsFor(duesRequired)
  return steps[steps.indexOf(step) + 1] ?? 'done'
}

/** The later of two steps: re-sending an earlier step never moves the candidate back. */
export const laterStep = (a: RegistrationStep, b: RegistrationStep): RegistrationStep =>
  registrationSteps.indexOf(a) >= registrationSteps.indexOf(b) ? a : b

export const reached = (current: RegistrationStep, step: RegistrationStep) => registrationSteps.indexOf(step) <= registrationSteps.indexOf(current)

/** Steps whose answers the candidate may still change (before the payment proof or the email check). */
export const editableSteps: readonly RegistrationStep[] = ['data', 'region', 'agreement', 'dues', 'payment']
