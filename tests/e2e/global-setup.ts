import crypto from 'node:crypto'

import type { TestProject } from 'vitest/node'

import { prepareDatabase } from '../helpers/prepare'
import type { Seeded } from '../helpers/prepare-db'
import { startProdServer } from '../helpers/prod-server'

declare module 'vitest' {
  export interface ProvidedContext {
    site: { url: string; seeded: Seeded }
  }
}

/** The production build on a throw-away database, with the test fixtures loaded. */
export default async function setup(project: TestProject) {
  const secret = crypto.randomBytes(32).toString('hex')
  const server = await startProdServer({ env: { PAYLOAD_SECRET: secret } })
  try {
    const seeded = prepareDatabase({
      DATABASE_URL: server.databaseUrl,
      PAYLOAD_SECRET: secret,
      BALAI_DATA_DIR: server.dataDir,
      SERVER_URL: server.url,
    })
    project.provide('site', { url: server.url, seeded })
  } catch (error) {
    await server.stop()
    throw error
  }
  return () => server.stop()
}
