import { formatMonth, type Lang } from '@/lib/i18n'

/** Calendar months in the plugin's time zone (Asia/Jakarta by default): periods and due dates. */
export type Period = { year: number; month: number }

/** Year, month and day of an instant on the wall calendar of `timeZone`. */
export const calendarOf = (at: Date, timeZone: string) => {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at)
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  return { year: part('year'), month: part('month'), day: part('day') }
}

export const periodOf = (at: Date, timeZone: string): Period => {
  const { year, month } = calendarOf(at, timeZone)
  return { year, month }
}

/** Minutes `timeZone` is ahead of UTC at that instant. */
const offsetMinutes = (at: Date, timeZone: string) => {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(at)
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'))
  return Math.round((wall - Math.floor(at.getTime() / 60000) * 60000) / 60000)
}

/** The instant a wall-clock day starts in `timeZone`. */
export const startOfDay = (year: number, month: number, day: number, timeZone: string): Date => {
  const utcGuess = new Date(Date.UTC(year, month - 1, day))
  return new Date(utcGuess.getTime() - offsetMinutes(utcGuess, timeZone) * 60000)
}

export const periodStart = ({ year, month }: Period, timeZone: string) => startOfDay(year, month, 1, timeZone)

export const nextPeriod = ({ year, month }: Period): Period => (month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 })

/** Bills of a month are due on its `dueDay` (stored as that day's start); past due from the next day. */
export const dueDateOf = ({ year, month }: Period, dueDay: number, timeZone: string) => startOfDay(year, month, dueDay, timeZone)

export const isPeriod = (year: unknown, month: unknown): boolean =>
  Number.isInteger(year) && Number.isInteger(month) && (year as number) >= 2000 && (year as number) <= 2100 && (month as number) >= 1 && (month as number) <= 12

/** `2026-11` → "November 2026" in the reader's language. */
export const periodLabel = (period: Period, lang: Lang) => formatMonth(lang, period)
