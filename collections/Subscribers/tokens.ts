import crypto from 'node:crypto'

/** A confirmation link works for 24 hours. */
export const CONFIRM_TTL_MS = 24 * 60 * 60 * 1000

/** The site pages that receive the links and call the confirm/unsubscribe endpoints. */
export const subscriberPages = { confirm: '/langganan/konfirmasi', unsubscribe: '/langganan/berhenti' } as const

/** A random token for a link; only its hash is stored, so a database leak reveals no link. */
export const newToken = () => crypto.randomBytes(32).toString('base64url')

export const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex')

export const linkTo = (page: string, token: string) => `${page}?token=${encodeURIComponent(token)}`
