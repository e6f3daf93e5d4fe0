/**
 * `npm run check:schema` (CI): exits 1 when payload.config.ts and the committed migrations
 * disagree. Works on a throw-away database — a fresh one on TEST_DATABASE_URL's server when set,
 * otherwise a temporary embedded PostgreSQL — never DATABASE_URL's data nor .data/.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'


import { closePayload } from '../lib/db/boot'
import { startEmbedded, throwAwayDir } from '../lib/db/embedded'
import { freePort } from '../lib/db/ports'
import { databaseOnServer, type ScratchDatabase } from '../lib/db/scratch'
import { describeDrift, findSchemaDrift, hasDrift } from '../lib/db/schema-drift'

const embeddedDatabase = async (dir: string, name: string): Promise<ScratchDatabase> => {
  const db = await startEmbedded({ dir: path.join(dir, 'pg'), port: await freePort(), database: name, persistent: false })
  return { url: db.url, drop: db.stop }
}

const scratchDir = throwAwayDir('balai-schema-check-')
const name = `balai_schema_check_${process.pid}_${Date.now().toString(36)}`
const server = process.env.TEST_DATABASE_URL
const scratch = server ? await databaseOnServer(server, name) : await embeddedDatabase(scratchDir, name)

// The config reads these when it is imported: point it at the scratch database, and keep the
// dev secret and mail files out of .data/.
process.env.DATABASE_URL = scratch.url
process.env.BALAI_DATA_DIR = scratchDir
process.env.PAYLOAD_SECRET ??= crypto.randomBytes(24).toString('hex')

let code = 1
try {
  // The config first, Payload after it (see bootPayload in src/lib/db/boot.ts).
  const { default: config } = await import('../../payload.config')
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config })
  try {
    const drift = await findSchemaDrift(payload)
    const report = describeDrift(drift)
    if (hasDrift(drift)) console.error(report)
    else console.info(report)
    code = hasDrift(drift) ? 1 : 0
  } finally {
    await closePayload(payload)
  }
} catch (error) {
  console.error('The schema check could not run:', error instanceof Error ? error.message : error)
} finally {
  await scratch.drop()
  fs.rmSync(scratchDir, { recursive: true, force: true })
}
process.exit(code)
