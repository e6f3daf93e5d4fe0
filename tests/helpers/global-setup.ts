import { execFileSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { createTestDatabase } from './database'

export type Seeded = {
  password: string
  regions: { home: number; away: number }
  users: Record<string, { id: number; email: string; token: string }>
}

declare module 'vitest' {
  export interface ProvidedContext {
    env: Record<string, string>
    seeded: Seeded
  }
}

/**
 * Once per run: a throw-away database with the migrations applied, two regions, and one signed-in
 * user of each role (in the "home" region). Tests must not change these users; they make their
 * own for anything destructive. The preparation runs in its own tsx process, as the app's own
 * commands do.
 */
export default async function setup(project: TestProject) {
  const database = await createTestDatabase()
  const env = {
    DATABASE_URL: database.url,
    PAYLOAD_SECRET: crypto.randomBytes(24).toString('hex'),
    BALAI_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'balai-test-data-')),
    SERVER_URL: 'http://localhost:3000',
  }
  const output = execFileSync('npx', ['tsx', 'tests/helpers/prepare-db.ts'], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const seeded = JSON.parse(output.trim().split('\n').at(-1)!) as Seeded

  project.provide('env', env)
  project.provide('seeded', seeded)

  return async () => {
    await database.drop()
    fs.rmSync(env.BALAI_DATA_DIR, { recursive: true, force: true })
  }
}
