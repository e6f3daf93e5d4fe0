import path from 'node:path'

import { dataDir } from '../paths'
import { startEmbedded, type EmbeddedDatabase } from './embedded'

/**
 * The database for this process: DATABASE_URL when set; otherwise the embedded PostgreSQL in
 * .data/postgres (as root in a directory the server's user cannot enter: under /var/lib/balai),
 * started on demand and reused by the next start. Sets DATABASE_URL for Payload.
 */
export const connectDatabase = async (): Promise<EmbeddedDatabase> => {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => undefined }
  if (process.env.NODE_ENV === 'production') {
    throw new Error('DATABASE_URL is not set. Production runs against a PostgreSQL server you provide.')
  }
  const port = Number.parseInt(process.env.BALAI_PG_PORT ?? '', 10) || 5433
  const requested = path.join(dataDir(), 'postgres')
  const db = await startEmbedded({ dir: requested, port, database: 'balai' })
  if (db.dir !== requested) console.info(`Embedded PostgreSQL data: ${db.dir} (the "postgres" OS user cannot reach ${requested})`)
  process.env.DATABASE_URL = db.url
  return db
}
