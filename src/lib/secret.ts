import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { dataDir } from './paths'

/**
 * PAYLOAD_SECRET, or in development one generated once into .data/secret so sessions survive
 * restarts. Production must set it.
 */
export const payloadSecret = (): string => {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  // `next build` loads the config to collect pages but signs nothing; the server brings the secret.
  if (process.env.NEXT_PHASE === 'phase-production-build') return 'build-time-placeholder'
  if (process.env.NODE_ENV === 'production') {
    throw new Error('PAYLOAD_SECRET is not set. Production needs a long random secret (e.g. `openssl rand -hex 32`).')
  }
  const file = path.join(dataDir(), 'secret')
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600 })
  }
  return fs.readFileSync(file, 'utf8').trim()
}
