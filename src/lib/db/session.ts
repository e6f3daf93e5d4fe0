import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

/** Drizzle for raw SQL with `req`: inside the request's transaction when it has one. */
export const drizzleFor = async (req: PayloadRequest) => {
  const adapter = req.payload.db as unknown as PostgresAdapter
  return (req.transactionID && adapter.sessions[await req.transactionID]?.db) || adapter.drizzle
}
