import type { Config } from 'payload'

export type ForumOptions = {
  /** Reports by distinct members after which a forum post is hidden until a moderator reviews it. */
  reportHideThreshold?: number
}

export type ForumSettings = Required<ForumOptions>

const configError = (id: string, en: string) => new Error(`forumPlugin: ${id} / ${en}`)

export const settingsFrom = (options: ForumOptions = {}): ForumSettings => {
  const settings: ForumSettings = { reportHideThreshold: options.reportHideThreshold ?? 3 }
  if (!Number.isInteger(settings.reportHideThreshold) || settings.reportHideThreshold < 1) {
    throw configError('reportHideThreshold harus bilangan bulat ≥ 1', 'reportHideThreshold must be a whole number ≥ 1')
  }
  return settings
}

/** The plugin's settings as the running app sees them; `undefined` = plugin off (site pages 404). */
export const forumSettings = (config: Pick<Config, 'custom'>): ForumSettings | undefined =>
  config.custom?.forum as ForumSettings | undefined

/** The settings, for server code that only runs with the plugin on. */
export const settingsOf = (config: Pick<Config, 'custom'>): ForumSettings => forumSettings(config) ?? settingsFrom()
