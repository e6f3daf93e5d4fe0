import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { drizzleFor } from './db/session'
import { positiveFromEnv } from './env'
import { userError } from './messages'

/**
 * Rate limits counted in PostgreSQL (table `rate_limits`, declared in ./rate-limit-table.ts), so
 * they hold across app instances and restarts. A window opens with a key's first attempt and
 * lasts `windowSeconds`; within it, `max` attempts get through.
 */
export type Limit = { bucket: string; max: number; windowSeconds: number }

const HOUR = 3600

/** Every limit, configurable by environment variable (see README). */
export const limits = {
  loginIp: { bucket: 'login-ip', max: positiveFromEnv('RATE_LIMIT_LOGIN_IP', 10), windowSeconds: HOUR },
  loginAccount: { bucket: 'login-account', max: positiveFromEnv('RATE_LIMIT_LOGIN_ACCOUNT', 10), windowSeconds: HOUR },
  forgotIp: { bucket: 'forgot-ip', max: positiveFromEnv('RATE_LIMIT_FORGOT_IP', 5), windowSeconds: HOUR },
  forgotAccount: { bucket: 'forgot-account', max: positiveFromEnv('RATE_LIMIT_FORGOT_ACCOUNT', 3), windowSeconds: HOUR },
  registerIp: { bucket: 'register-ip', max: positiveFromEnv('RATE_LIMIT_REGISTER_IP', 10), windowSeconds: HOUR },
  registerAccount: { bucket: 'register-account', max: positiveFromEnv('RATE_LIMIT_REGISTER_ACCOUNT', 3), windowSeconds: HOUR },
  subscribeIp: { bucket: 'subscribe-ip', max: positiveFromEnv('RATE_LIMIT_SUBSCRIBE_IP', 10), windowSeconds: HOUR },
  subscribeAddress: { bucket: 'subscribe-address', max: positiveFromEnv('RATE_LIMIT_SUBSCRIBE_ADDRESS', 3), windowSeconds: HOUR },
  contactSubmit: { bucket: 'contact-submit', max: positiveFromEnv('RATE_LIMIT_CONTACT', 10), windowSeconds: HOUR },
  // Per minute: people search and type much faster than they log in.
  searchIp: { bucket: 'search-ip', max: positiveFromEnv('RATE_LIMIT_SEARCH', 60), windowSeconds: 60 },
  suggestIp: { bucket: 'suggest-ip', max: positiveFromEnv('RATE_LIMIT_SUGGEST', 120), windowSeconds: 60 },
} satisfies Record<string, Limit>

/** One counted attempt: enough to take it back, and whether it got through. */
export type Hit = { bucket: string; key: string; windowStart: string; allowed: boolean; wait: number }

type CountRow = { hits: number; windowStart: string; wait: number }

/**
 * Counts one attempt and reads the new count in the same statement: the row lock of the upsert
 * orders simultaneous attempts, so exactly `max` of a burst get through. With `req`, so inside
 * the request's transaction when it has one (a request never waits for a second connection while
 * holding one); there, what the transaction does not keep is not counted either.
 */
const count = async (req: PayloadRequest, limit: Limit, key: string): Promise<Hit> => {
  const db = await drizzleFor(req)
  const window = sql`make_interval(secs => ${limit.windowSeconds})`
  const { rows } = await db.execute<CountRow>(sql`
    INSERT INTO rate_limits AS c (bucket, key) VALUES (${limit.bucket}, ${key})
    ON CONFLICT (bucket, key) DO UPDATE SET
      hits = CASE WHEN c.window_start > now() - ${window} THEN c.hits + 1 ELSE 1 END,
      window_start = CASE WHEN c.window_start > now() - ${window} THEN c.window_start ELSE now() END
    RETURNING hits, window_start::text AS "windowStart",
      greatest(1, ceil(extract(epoch FROM window_start + ${window} - now())))::int AS wait`)
  const { hits, windowStart, wait } = rows[0]
  return { bucket: limit.bucket, key, windowStart, allowed: hits <= limit.max, wait }
}

/** Takes counted attempts back (a successful login, a refused request), in their window only. */
export const unhit = async (req: PayloadRequest, hits: Hit[]) => {
  const db = await drizzleFor(req)
  for (const { bucket, key, windowStart } of hits) {
    await db.execute(sql`
      UPDATE rate_limits SET hits = hits - 1
       WHERE bucket = ${bucket} AND key = ${key} AND window_start = ${windowStart}::timestamptz AND hits > 0`)
  }
}

const refuse = (req: PayloadRequest, wait: number) => {
  const headers = req.responseHeaders ?? new Headers()
  headers.set('Retry-After', String(wait))
  req.responseHeaders = headers
  const minutes = Math.ceil(wait / 60)
  return userError(req, 429, {
    id: `Terlalu banyak percobaan. Coba lagi dalam ${minutes} menit.`,
    en: `Too many attempts. Try again in ${minutes} minutes.`,
  })
}

/**
 * Counts an attempt on each keyed limit and returns the hits; when any limit is spent, takes
 * them back (a refused attempt costs nothing) and refuses with 429 and `Retry-After`.
 */
export const enforce = async (req: PayloadRequest, checks: Array<[Limit, string | null | undefined]>): Promise<Hit[]> => {
  const hits: Hit[] = []
  // One after the other, always in the caller's order: transactions lock the rows in one order.
  for (const [limit, key] of checks) if (key) hits.push(await count(req, limit, key))
  const spent = hits.filter((hit) => !hit.allowed)
  if (spent.length === 0) return hits
  await unhit(req, hits)
  throw refuse(req, Math.max(...spent.map((hit) => hit.wait)))
}
