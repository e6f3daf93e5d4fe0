import type { Config } from 'payload'

export type CommunityOptions = {
  /** Reports by distinct members after which a forum post is hidden until a moderator reviews it. */
  reportHideThreshold?: number
  /** Smallest group whose survey answers are shown broken down (by region), so nobody is identifiable. */
  surveyMinGroupSize?: number
}

export type CommunitySettings = Required<CommunityOptions>

const configError = (id: string, en: string) => new Error(`communityPlugin: ${id} / ${en}`)

const wholeAtLeastOne = (value: number) => Number.isInteger(value) && value >= 1

export const settingsFrom = (options: CommunityOptions = {}): CommunitySettings => {
  const settings: CommunitySettings = {
    reportHideThreshold: options.reportHideThreshold ?? 3,
    surveyMinGroupSize: options.surveyMinGroupSize ?? 5,
  }
  if (!wholeAtLeastOne(settings.reportHideThreshold)) {
    throw configError('reportHideThreshold harus bilangan bulat ≥ 1', 'reportHideThreshold must be a whole number ≥ 1')
  }
  if (!wholeAtLeastOne(settings.surveyMinGroupSize)) {
    throw configError('surveyMinGroupSize harus bilangan bulat ≥ 1', 'surveyMinGroupSize must be a whole number ≥ 1')
  }
  return settings
}

/** The plugin's settings as the running app sees them; `undefined` = plugin off (site pages 404). */
export const communitySettings = (config: Pick<Config, 'custom'>): CommunitySettings | undefined =>
  config.custom?.community as CommunitySettings | undefined

/** The settings, for server code that only runs with the plugin on. */
export const settingsOf = (config: Pick<Config, 'custom'>): CommunitySettings => communitySettings(config) ?? settingsFrom()
