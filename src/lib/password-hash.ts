import crypto from 'node:crypto'
import { promisify } from 'node:util'

const pbkdf2 = promisify(crypto.pbkdf2)

/** Payload's two stored formats: the prefixed current one and the legacy one it still accepts. */
const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'
const parameters = (hash: string) =>
  hash.startsWith(CURRENT_PREFIX)
    ? { stored: hash.slice(CURRENT_PREFIX.length), iterations: 600_000, keyLength: 32 }
    : { stored: hash, iterations: 25_000, keyLength: 512 }

/**
 * Whether the password matches the hash and salt Payload stored for an account, compared in
 * constant time. Payload's own check is not exported; this follows its format.
 */
export const passwordMatches = async (password: string, account: { hash?: unknown; salt?: unknown }) => {
  if (typeof account.hash !== 'string' || typeof account.salt !== 'string' || !password) return false
  const { stored, iterations, keyLength } = parameters(account.hash)
  const expected = Buffer.from(stored, 'hex')
  const actual = await pbkdf2(password, account.salt, iterations, keyLength, 'sha256')
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected)
}
