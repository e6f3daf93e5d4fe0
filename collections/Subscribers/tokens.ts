/** A confirmation link works for 24 hours. */
export const CONFIRM_TTL_MS = 24 * 60 * 60 * 1000

/** The site pages that receive the links and call the confirm/unsubscribe endpoints. */
export const subscriberPages = { confirm: '/langganan/konfirmasi', unsubscribe: '/langganan/berhenti' } as const

export { hashToken, linkTo, newToken } from '@/lib/link-token'
