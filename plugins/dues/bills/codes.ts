import type { Period } from './period'

/**
 * The bill's payment code, written in the transfer's description: `IUR-2611-0003F` (monthly) or
 * `REG-2611-0003F` (registration) — type, period and the member's id in hex. One bill per member,
 * type and period, so the code is unique by construction (and a unique index backs it).
 * `paymentCodeSql` must stay the same formula for set-based generation.
 */
const prefixOf = { monthly: 'IUR', registration: 'REG' } as const

export const paymentCodeOf = (billType: keyof typeof prefixOf, { year, month }: Period, memberId: number) =>
  `${prefixOf[billType]}-${String(year % 100).padStart(2, '0')}${String(month).padStart(2, '0')}-${memberId.toString(16).toUpperCase().padStart(5, '0')}`

/** SQL for the monthly code, given the member id column. */
export const monthlyCodePrefix = ({ year, month }: Period) => `${prefixOf.monthly}-${String(year % 100).padStart(2, '0')}${String(month).padStart(2, '0')}-`

/** A random "kode unik" in the configured range, added to the amount so a transfer can be told apart. */
export const randomUniqueCode = ([low, high]: [number, number]) => low + Math.floor(Math.random() * (high - low + 1))
