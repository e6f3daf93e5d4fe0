import path from 'node:path'

import { dataDir } from '../paths'
import { startEmbedded, type EmbeddedDatabase } from './embedded'

/**
 * The database for this process: DATABASE_URL when set; otherwise the embedded PostgreSQL in
 * .data/postgres, started on demand and reused by the next start. Sets DATABASE_URL for Payload.
 */
export const connectDatabase = async (): Promise<EmbeddedDatabase> => {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => undefined }
  if (process.env.NODE_ENV === 'production') {
    throw new Error('DATABASE_URL is not set. Production runs against a PostgreSQL server you provide.')
  }
  const port = Number.parseInt(process.env.BALAI_PG_PORT ?? '', 10) || 5433
  const db = await startEmbedded({ dir: path.join(dataDir(), 'postgres'), port, database: 'balai' })
  process.env.DATABASE_URL = db.url
  return db
}
