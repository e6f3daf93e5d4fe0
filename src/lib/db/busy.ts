import type { AfterErrorHook } from 'payload'

import { pick } from '../messages'
import { someCause } from './causes'
import { poolTimeoutMs } from './pool'

/** pg-pool's words when no connection came free in time (and pg's when connecting took too long). */
const NO_CONNECTION = /timeout exceeded when trying to connect|connection terminated due to connection timeout/i

/** Does the error, or one it wraps (Drizzle's, Payload's), say the pool had no connection for us? */
export const isPoolExhausted = (error: unknown): boolean => someCause(error, (cause) => NO_CONNECTION.test(cause.message))

/**
 * Every connection busy is a moment's overload, not a fault: the API answers 503 with
 * `Retry-After` instead of 500, so clients (and proxies) come back later.
 */
export const answerBusyDatabase: AfterErrorHook = ({ error, req }) => {
  if (!isPoolExhausted(error)) return
  const headers = req.responseHeaders ?? new Headers()
  headers.set('Retry-After', String(Math.ceil(poolTimeoutMs() / 1000)))
  req.responseHeaders = headers
  const message = pick(req, {
    id: 'Server sedang sibuk. Coba lagi sebentar lagi.',
    en: 'The server is busy. Try again in a moment.',
  })
  return { status: 503, response: { errors: [{ message }] } }
}
