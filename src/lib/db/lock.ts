import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { drizzleFor } from './session'

/**
 * Waits for the lock of this name and holds it until the request's transaction ends, so work
 * under one name runs one at a time. Call it inside the transaction (withTransaction).
 */
export const lockUntilCommit = async (req: PayloadRequest, name: string) => {
  const db = await drizzleFor(req)
  await db.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${name}, 0))`)
}
