import type { Config } from 'payload'

export type DuesOptions = {
  /** Day of the month a month's bill is due (1–28). */
  dueDay?: number
  /** Range of the "kode unik" added to a bill's amount, so a transfer can be matched to its bill. */
  uniqueCodeRange?: [number, number]
  /** The calendar the periods, due dates and schedules follow. */
  timezone?: string
  /** Arrears level (unpaid monthly bills past due) at which the account is suspended. */
  arrearsSuspendAt?: number
}

export type DuesSettings = Required<DuesOptions>

const configError = (id: string, en: string) => new Error(`duesPlugin: ${id} / ${en}`)

export const settingsFrom = (options: DuesOptions = {}): DuesSettings => {
  const settings: DuesSettings = {
    dueDay: options.dueDay ?? 10,
    uniqueCodeRange: options.uniqueCodeRange ?? [1, 999],
    timezone: options.timezone ?? 'Asia/Jakarta',
    arrearsSuspendAt: options.arrearsSuspendAt ?? 3,
  }
  if (!Number.isInteger(settings.dueDay) || settings.dueDay < 1 || settings.dueDay > 28) {
    throw configError('dueDay harus bilangan bulat 1–28', 'dueDay must be a whole number from 1 to 28')
  }
  const [low, high] = settings.uniqueCodeRange
  if (!Number.isInteger(low) || !Number.isInteger(high) || low < 0 || high < low || high > 999) {
    throw configError('uniqueCodeRange harus [min, maks] bilangan bulat dalam 0–999', 'uniqueCodeRange must be [min, max] whole numbers within 0–999')
  }
  try {
    new Intl.DateTimeFormat('en', { timeZone: settings.timezone })
  } catch {
    throw configError(`zona waktu "${settings.timezone}" tidak dikenal`, `unknown time zone "${settings.timezone}"`)
  }
  if (!Number.isInteger(settings.arrearsSuspendAt) || settings.arrearsSuspendAt < 1) {
    throw configError('arrearsSuspendAt harus bilangan bulat ≥ 1', 'arrearsSuspendAt must be a whole number ≥ 1')
  }
  return settings
}

/** The plugin's settings as the running app sees them; `undefined` = plugin off (site pages 404). */
export const duesSettings = (config: Pick<Config, 'custom'>): DuesSettings | undefined =>
  config.custom?.dues as DuesSettings | undefined

/** The settings, for server code that only runs with the plugin on. */
export const settingsOf = (config: Pick<Config, 'custom'>): DuesSettings => duesSettings(config) ?? settingsFrom()
