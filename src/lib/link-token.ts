import crypto from 'node:crypto'

/** A random token for an emailed link; only its hash is stored, so a database leak reveals no link. */
export const newToken = () => crypto.randomBytes(32).toString('base64url')

export const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex')

export const linkTo = (page: string, token: string) => `${page}?token=${encodeURIComponent(token)}`
