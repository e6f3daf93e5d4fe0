import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { getPayload, type Payload } from 'payload'

import { connectDatabase } from './connect'
import type { EmbeddedDatabase } from './embedded'

/**
 * Database first, then Payload: the config reads DATABASE_URL when it is loaded, so it is
 * imported only once the database (embedded or not) is known.
 */
export const bootPayload = async (): Promise<{ db: EmbeddedDatabase; payload: Payload }> => {
  const db = await connectDatabase()
  const { default: config } = await import('../../../payload.config')
  return { db, payload: await getPayload({ config }) }
}

/** Payload's destroy() leaves the pg pool open; end it before the database goes away. */
export const closePayload = async (payload: Payload) => {
  await payload.destroy()
  await (payload.db as unknown as PostgresAdapter).pool?.end()
}
