import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { userError } from './messages'

/**
 * Rate limits counted in PostgreSQL (table `rate_limit_hits`, declared in ./rate-limit-table.ts),
 * so they hold across app instances and restarts. A sliding window: the hits of the last
 * `windowSeconds` count.
 */
export type Limit = { bucket: string; max: number; windowSeconds: number }

const fromEnv = (name: string, fallback: number) => {
  const value = Number.parseInt(process.env[name] ?? '', 10)
  return Number.isFinite(value) && value > 0 ? value : fallback
}

const HOUR = 3600

/** Every limit, configurable by environment variable (see README). */
export const limits = {
  loginIp: { bucket: 'login-ip', max: fromEnv('RATE_LIMIT_LOGIN_IP', 10), windowSeconds: HOUR },
  loginAccount: { bucket: 'login-account', max: fromEnv('RATE_LIMIT_LOGIN_ACCOUNT', 10), windowSeconds: HOUR },
  forgotIp: { bucket: 'forgot-ip', max: fromEnv('RATE_LIMIT_FORGOT_IP', 5), windowSeconds: HOUR },
  forgotAccount: { bucket: 'forgot-account', max: fromEnv('RATE_LIMIT_FORGOT_ACCOUNT', 3), windowSeconds: HOUR },
  registerIp: { bucket: 'register-ip', max: fromEnv('RATE_LIMIT_REGISTER_IP', 10), windowSeconds: HOUR },
  registerAccount: { bucket: 'register-account', max: fromEnv('RATE_LIMIT_REGISTER_ACCOUNT', 3), windowSeconds: HOUR },
  subscribeIp: { bucket: 'subscribe-ip', max: fromEnv('RATE_LIMIT_SUBSCRIBE_IP', 10), windowSeconds: HOUR },
  subscribeAddress: { bucket: 'subscribe-address', max: fromEnv('RATE_LIMIT_SUBSCRIBE_ADDRESS', 3), windowSeconds: HOUR },
  contactSubmit: { bucket: 'contact-submit', max: fromEnv('RATE_LIMIT_CONTACT', 10), windowSeconds: HOUR },
  // Per minute: people search and type much faster than they log in.
  searchIp: { bucket: 'search-ip', max: fromEnv('RATE_LIMIT_SEARCH', 60), windowSeconds: 60 },
  suggestIp: { bucket: 'suggest-ip', max: fromEnv('RATE_LIMIT_SUGGEST', 120), windowSeconds: 60 },
} satisfies Record<string, Limit>

// Outside any request transaction on purpose: a failed request must still count.
const poolOf = (payload: Payload) => (payload.db as unknown as PostgresAdapter).pool

/** Seconds until the limit lets another attempt through; 0 when it does now. */
export const retryAfter = async (payload: Payload, limit: Limit, key: string): Promise<number> => {
  const { rows } = await poolOf(payload).query<{ n: number; wait: number | null }>(
    `SELECT count(*)::int AS n,
            ceil(extract(epoch FROM min(hit_at) + make_interval(secs => $3) - now()))::int AS wait
       FROM rate_limit_hits
      WHERE bucket = $1 AND key = $2 AND hit_at > now() - make_interval(secs => $3)`,
    [limit.bucket, key, limit.windowSeconds],
  )
  const { n, wait } = rows[0]
  return n >= limit.max ? Math.max(1, wait ?? limit.windowSeconds) : 0
}

/** Counts one hit (and drops this key's expired ones); returns its id so it can be taken back. */
export const hit = async (payload: Payload, limit: Limit, key: string): Promise<number> => {
  const { rows } = await poolOf(payload).query<{ id: number }>(
    `WITH expired AS (
       DELETE FROM rate_limit_hits
        WHERE bucket = $1 AND key = $2 AND hit_at <= now() - make_interval(secs => $3)
     )
     INSERT INTO rate_limit_hits (bucket, key) VALUES ($1, $2) RETURNING id`,
    [limit.bucket, key, limit.windowSeconds],
  )
  return rows[0].id
}

export const unhit = async (payload: Payload, ids: number[]) => {
  if (ids.length > 0) await poolOf(payload).query('DELETE FROM rate_limit_hits WHERE id = ANY($1)', [ids])
}

/**
 * Refuses with 429 and `Retry-After` when any of the keyed limits is spent; otherwise counts a
 * hit on each and returns the hit ids.
 */
export const enforce = async (
  req: PayloadRequest,
  checks: Array<[Limit, string | null | undefined]>,
): Promise<number[]> => {
  const active = checks.filter((check): check is [Limit, string] => Boolean(check[1]))
  for (const [limit, key] of active) {
    const wait = await retryAfter(req.payload, limit, key)
    if (wait > 0) {
      const headers = req.responseHeaders ?? new Headers()
      headers.set('Retry-After', String(wait))
      req.responseHeaders = headers
      const minutes = Math.ceil(wait / 60)
      throw userError(req, 429, {
        id: `Terlalu banyak percobaan. Coba lagi dalam ${minutes} menit.`,
        en: `Too many attempts. Try again in ${minutes} minutes.`,
      })
    }
  }
  return Promise.all(active.map(([limit, key]) => hit(req.payload, limit, key)))
}
