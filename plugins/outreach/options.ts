import type { Config } from 'payload'

export type OutreachOptions = {
  /** Smallest group whose survey answers are shown broken down (by region), so nobody is identifiable. */
  surveyMinGroupSize?: number
}

export type OutreachSettings = Required<OutreachOptions>

const configError = (id: string, en: string) => new Error(`outreachPlugin: ${id} / ${en}`)

export const settingsFrom = (options: OutreachOptions = {}): OutreachSettings => {
  const settings: OutreachSettings = { surveyMinGroupSize: options.surveyMinGroupSize ?? 5 }
  if (!Number.isInteger(settings.surveyMinGroupSize) || settings.surveyMinGroupSize < 1) {
    throw configError('surveyMinGroupSize harus bilangan bulat ≥ 1', 'surveyMinGroupSize must be a whole number ≥ 1')
  }
  return settings
}

/** The plugin's settings as the running app sees them; `undefined` = plugin off (site pages 404). */
export const outreachSettings = (config: Pick<Config, 'custom'>): OutreachSettings | undefined =>
  config.custom?.outreach as OutreachSettings | undefined

/** The settings, for server code that only runs with the plugin on. */
export const settingsOf = (config: Pick<Config, 'custom'>): OutreachSettings => outreachSettings(config) ?? settingsFrom()
