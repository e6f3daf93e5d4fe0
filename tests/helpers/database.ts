import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { freePort, startEmbedded } from '../../src/lib/db/embedded'

export type TestDatabase = { url: string; drop: () => Promise<void> }

/**
 * A throw-away database: a fresh one on TEST_DATABASE_URL's server when set, otherwise a new
 * embedded PostgreSQL in a temp dir on a free port. Never the dev data in .data/.
 */
export const createTestDatabase = async (): Promise<TestDatabase> => {
  const name = `balai_test_${process.pid}_${Date.now().toString(36)}`
  const server = process.env.TEST_DATABASE_URL
  if (server) {
    const admin = new pg.Client({ connectionString: server })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`)
    await admin.end()
    const url = new URL(server)
    url.pathname = `/${name}`
    return {
      url: url.toString(),
      drop: async () => {
        const client = new pg.Client({ connectionString: server })
        await client.connect()
        await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`)
        await client.end()
      },
    }
  }
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'balai-test-'))
  const db = await startEmbedded({ dir: path.join(parent, 'pg'), port: await freePort(), database: name, persistent: false })
  return {
    url: db.url,
    drop: async () => {
      await db.stop()
      fs.rmSync(parent, { recursive: true, force: true })
    },
  }
}
