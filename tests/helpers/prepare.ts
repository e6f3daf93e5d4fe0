import { execFileSync } from 'node:child_process'

import type { Seeded } from './prepare-db'

/**
 * Migrates the database in env.DATABASE_URL and loads the test fixtures (two regions, one signed-in
 * user per role), in its own tsx process as the app's commands do.
 */
export const prepareDatabase = (env: Record<string, string>): Seeded => {
  const output = execFileSync('npx', ['tsx', 'tests/helpers/prepare-db.ts'], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const last = output.trim().split('\n').at(-1)
  if (!last?.startsWith('{')) throw new Error(`Preparing the test database printed no fixtures:\n${output}`)
  return JSON.parse(last) as Seeded
}
