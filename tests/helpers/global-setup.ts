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

export const TEST_PASSWORD = 'rahasia-uji-123'

/**
 * Once per run: a throw-away database with the migrations applied, two regions, and one signed-in
 * user of each role (in the "home" region). Tests must not change these users; they make their
 * own for anything destructive.
 */
export default async function setup(project: TestProject) {
  const database = await createTestDatabase()
  const env = {
    DATABASE_URL: database.url,
    PAYLOAD_SECRET: crypto.randomBytes(24).toString('hex'),
    BALAI_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'balai-test-data-')),
    SERVER_URL: 'http://localhost:3000',
  }
  Object.assign(process.env, env)

  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const { migrateAndSync } = await import('../../src/lib/bootstrap')
  const { closePayload } = await import('../../src/lib/db/boot')
  const payload = await getPayload({ config })
  await migrateAndSync(payload)

  const home = await payload.create({ collection: 'regions', data: { code: 'HOME', name: 'Wilayah Rumah' }, overrideAccess: true })
  const away = await payload.create({ collection: 'regions', data: { code: 'AWAY', name: 'Wilayah Seberang' }, overrideAccess: true })
  const { docs: roles } = await payload.find({ collection: 'roles', overrideAccess: true, pagination: false, depth: 0 })
  const users: Seeded['users'] = {}
  for (const role of roles) {
    const email = `${role.name.replace('_', '')}@test.balai.test`
    const user = await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email, password: TEST_PASSWORD, name: `Uji ${role.label}`, role: role.id, region: home.id, accountStatus: 'active' },
    })
    const { token } = await payload.login({ collection: 'users', data: { email, password: TEST_PASSWORD } })
    users[role.name] = { id: user.id, email, token: token! }
  }
  await closePayload(payload)

  project.provide('env', env)
  project.provide('seeded', { password: TEST_PASSWORD, regions: { home: home.id, away: away.id }, users })

  return async () => {
    await database.drop()
    fs.rmSync(env.BALAI_DATA_DIR, { recursive: true, force: true })
  }
}
