/** Where members land after signing in when no (usable) `next` was given. */
export const MEMBER_HOME = '/anggota/profil'

const base = 'http://balai.invalid'

/**
 * The `?next=` target after signing in, if it is a path on this site; the fallback otherwise.
 * Absolute URLs, protocol-relative `//host` and backslash tricks (`/\host`, which browsers read as
 * `//host`) are refused, so the login page cannot send anyone elsewhere.
 */
export const safeNext = (next: unknown, fallback = MEMBER_HOME): string => {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || /[\\\s\u0000-\u001f]/.test(next)) return fallback
  const url = new URL(next, base)
  if (url.origin !== base) return fallback
  return `${url.pathname}${url.search}${url.hash}`
}
