import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { connectDatabase } from './connect'
import type { EmbeddedDatabase } from './embedded'

/**
 * Database first, then Payload: the config reads DATABASE_URL when it is loaded, so it is
 * imported only once the database (embedded or not) is known.
 */
export const bootPayload = async (): Promise<{ db: EmbeddedDatabase; payload: Payload }> => {
  const db = await connectDatabase()
  // One import at a time, the config first and nothing of Payload loaded before it: dynamic
  // imports racing Payload's own module loading have been seen to stall top-level await.
  const { default: config } = await import('../../../payload.config')
  const { getPayload } = await import('payload')
  return { db, payload: await getPayload({ config }) }
}

/** For the commands: a start that fails (a database that cannot start) ends the process with its one-sentence reason. */
export const orExit = <T>(start: Promise<T>): Promise<T> =>
  start.catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error))
    return process.exit(1)
  })

/**
 * Payload's destroy() leaves the pg pool open, and the adapter keeps one client checked out for
 * good (its reconnect watch), so `pool.end()` would never resolve: end the idle clients, and let
 * the last one go with the database or the process.
 */
export const closePayload = async (payload: Payload) => {
  const { pool } = payload.db as unknown as PostgresAdapter
  pool?.on('error', () => undefined)
  await payload.destroy()
  void pool?.end()
}
