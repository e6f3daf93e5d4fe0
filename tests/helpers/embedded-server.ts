/**
 * A throw-away embedded PostgreSQL in its own process: prints `READY <url>`, then runs until
 * SIGTERM/SIGINT, when it stops the server and deletes its data. Its own process, so that a test
 * runner killed hard still takes the server down with this one (see startServer's exit hook).
 */
import fs from 'node:fs'
import path from 'node:path'

import { startEmbedded, throwAwayDir } from '../../src/lib/db/embedded'
import { freePort } from '../../src/lib/db/ports'

const parent = throwAwayDir('balai-test-')
const db = await startEmbedded({
  dir: path.join(parent, 'pg'),
  port: await freePort(),
  database: process.argv[2] ?? 'balai_test',
  persistent: false,
}).catch((error: Error) => {
  console.error(error.message)
  fs.rmSync(parent, { recursive: true, force: true })
  process.exit(1)
})
console.info(`READY ${db.url}`)

const shutdown = async () => {
  await db.stop()
  fs.rmSync(parent, { recursive: true, force: true })
  process.exit(0)
}
process.once('SIGTERM', shutdown)
process.once('SIGINT', shutdown)
