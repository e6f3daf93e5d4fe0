import type { Lang } from './texts'

/** The union keeps its books, and its members read the time, in Jakarta. */
const TIME_ZONE = 'Asia/Jakarta'

const locales: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' }

const numbers = { id: new Intl.NumberFormat(locales.id), en: new Intl.NumberFormat(locales.en) }

const dateOptions: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric', timeZone: TIME_ZONE }
const dates = { id: new Intl.DateTimeFormat(locales.id, dateOptions), en: new Intl.DateTimeFormat(locales.en, dateOptions) }

const timeOptions: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: TIME_ZONE }
const times = { id: new Intl.DateTimeFormat(locales.id, timeOptions), en: new Intl.DateTimeFormat(locales.en, timeOptions) }

type Instant = Date | string | null | undefined

const toDate = (value: Exclude<Instant, null | undefined>) => (value instanceof Date ? value : new Date(value))

/** `30.000` in Indonesian, `30,000` in English. */
export const formatNumber = (lang: Lang, value: number) => numbers[lang].format(value)

/** Rupiah as the house writes them in both languages: `Rp30.000`, whole rupiah, no space. */
export const formatRupiah = (amount: number | null | undefined) => `Rp${numbers.id.format(Math.round(amount ?? 0))}`

/** A day in Jakarta: `4 Des 2026` / `4 Dec 2026`; empty when there is none. */
export const formatDate = (lang: Lang, value: Instant) => (value ? dates[lang].format(toDate(value)) : '')

/** An instant in Jakarta time: `4 Des 2026 09.57 WIB` / `4 Dec 2026 09:57 WIB`; empty when there is none. */
export const formatDateTime = (lang: Lang, value: Instant) =>
  value ? `${dates[lang].format(toDate(value))} ${times[lang].format(toDate(value))} WIB` : ''

/** A calendar month by name: `Januari 2026` / `January 2026` (`short`: `Jan 2026`; without a year: `Januari`). */
export const formatMonth = (lang: Lang, { year, month }: { year?: number; month: number }, style: 'long' | 'short' = 'long') =>
  new Intl.DateTimeFormat(locales[lang], { month: style, ...(year === undefined ? {} : { year: 'numeric' }), timeZone: 'UTC' }).format(
    new Date(Date.UTC(year ?? 2000, month - 1, 1)),
  )
