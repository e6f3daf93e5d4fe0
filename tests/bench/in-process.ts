/**
 * The frame of a benchmark that calls the app's own functions in this process (no build, no
 * HTTP): a throw-away embedded PostgreSQL, the migrated app on it, a `pg` pool for the floors,
 * the figures written to `tests/bench/results/<name>-<timestamp>.json`, everything removed after.
 * A failure (a wrong count, an error) exits 1; speed never does.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import pg from 'pg'
import type { Payload } from 'payload'

import { createTestDatabase } from '../helpers/database'

export type InProcessBench = { payload: Payload; pool: pg.Pool; databaseUrl: string }

const resultsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results')

export const runInProcessBench = (name: string, run: (bench: InProcessBench) => Promise<Record<string, unknown>>, { poolSize = 4 } = {}) => {
  const main = async () => {
    console.info('Starting a throw-away PostgreSQL…')
    const database = await createTestDatabase()
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `balai-bench-${name}-`))
    // Production mode: Payload skips dev-time work (type generation, HMR) that would run alongside.
    Object.assign(process.env, { NODE_ENV: 'production', DATABASE_URL: database.url, PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'), BALAI_DATA_DIR: dataDir })
    const pool = new pg.Pool({ connectionString: database.url, max: poolSize })
    // Idle clients see the server go away at the end; a failure must show as itself.
    pool.on('error', () => undefined)
    // One import at a time, the config first (see src/lib/db/boot.ts).
    const { default: config } = await import('../../payload.config')
    const { getPayload } = await import('payload')
    const { migrateAndSync } = await import('../../src/lib/bootstrap')
    const { closePayload } = await import('../../src/lib/db/boot')
    const payload = await getPayload({ config })
    try {
      await migrateAndSync(payload)
      const figures = await run({ payload, pool, databaseUrl: database.url })
      const startedAt = new Date().toISOString()
      fs.mkdirSync(resultsDir, { recursive: true })
      const file = path.join(resultsDir, `${name}-${startedAt.replace(/[:.]/g, '-')}.json`)
      const machine = { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version }
      fs.writeFileSync(file, `${JSON.stringify({ startedAt, machine, ...figures }, null, 2)}\n`)
      console.info(`\nResults written to ${path.relative(process.cwd(), file)}`)
    } finally {
      await closePayload(payload)
      await pool.end()
      await database.drop()
      fs.rmSync(dataDir, { recursive: true, force: true })
    }
  }
  // Exit explicitly: the adapter keeps one pg client open (see closePayload).
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error)
      process.exit(1)
    },
  )
}
