import type { Config } from 'payload'

/**
 * A registration requirement: one member field, or several of which at least one must be filled
 * (`['golongan', 'salaryRange']`: civil servants give their grade, others their salary range).
 */
export type RequiredField = string | string[]

export type MembershipOptions = {
  /** First part of member numbers, `<prefix>-<year>-<00001>`: 1–10 capital letters or digits. */
  memberNumberPrefix?: string
  /** Member fields registration requires. */
  requiredFields?: RequiredField[]
  /** How long a member card is valid from its issue, in months. */
  cardValidityMonths?: number
}

export type MembershipSettings = Required<MembershipOptions>

export const defaultRequiredFields: RequiredField[] = [
  'fullName',
  'phoneNumber',
  'universityName',
  'faculty',
  'employmentStatus',
  'academicRank',
  ['golongan', 'salaryRange'],
]

export const settingsFrom = (options: MembershipOptions = {}): MembershipSettings => {
  const settings: MembershipSettings = {
    memberNumberPrefix: options.memberNumberPrefix ?? 'SPK',
    requiredFields: options.requiredFields ?? defaultRequiredFields,
    cardValidityMonths: options.cardValidityMonths ?? 12,
  }
  if (!/^[A-Z0-9]{1,10}$/.test(settings.memberNumberPrefix)) {
    throw new Error(`membershipPlugin: memberNumberPrefix "${settings.memberNumberPrefix}" must be 1–10 capital letters or digits`)
  }
  if (!Number.isInteger(settings.cardValidityMonths) || settings.cardValidityMonths < 1) {
    throw new Error('membershipPlugin: cardValidityMonths must be a whole number of months, at least 1')
  }
  return settings
}

/**
 * The plugin's settings as the running app sees them (`payload.config.custom.membership`);
 * `undefined` means the plugin is switched off (site pages then answer 404).
 */
export const membershipSettings = (config: Pick<Config, 'custom'>): MembershipSettings | undefined =>
  config.custom?.membership as MembershipSettings | undefined
