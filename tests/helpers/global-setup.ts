import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { createTestDatabase } from './database'
import { prepareDatabase } from './prepare'
import type { Seeded } from './prepare-db'
import { startSmtpServer } from './smtp'

declare module 'vitest' {
  export interface ProvidedContext {
    env: Record<string, string>
    seeded: Seeded
    /** Where the loopback SMTP server stores what it receives: read it with `inbox(dir)`. */
    mailDir: string
  }
}

/**
 * Once per run: a throw-away database with the migrations applied, two regions, and one signed-in
 * user of each role (in the "home" region). Tests must not change these users; they make their
 * own for anything destructive. The app sends its mail to an SMTP server on loopback (SMTP_URL).
 */
export default async function setup(project: TestProject) {
  const database = await createTestDatabase()
  const smtp = await startSmtpServer()
  const env = {
    DATABASE_URL: database.url,
    PAYLOAD_SECRET: crypto.randomBytes(24).toString('hex'),
    BALAI_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'balai-test-data-')),
    SERVER_URL: 'http://localhost:3000',
    SMTP_URL: smtp.url,
    // Tests start dozens of Local API writes at once, on a machine busy with the rest of the run:
    // waiting its turn for a connection is not what they test (pool-starvation sets its own).
    DATABASE_POOL_TIMEOUT_MS: '30000',
  }
  const seeded = prepareDatabase(env)

  project.provide('env', env)
  project.provide('seeded', seeded)
  project.provide('mailDir', smtp.dir)

  return async () => {
    await database.drop()
    await smtp.stop()
    fs.rmSync(smtp.dir, { recursive: true, force: true })
    fs.rmSync(env.BALAI_DATA_DIR, { recursive: true, force: true })
  }
}
