import { spawn } from 'node:child_process'
import { once } from 'node:events'
import readline from 'node:readline'

import { databaseOnServer, type ScratchDatabase } from '../../src/lib/db/scratch'

export type TestDatabase = ScratchDatabase

/** An embedded PostgreSQL in a child process (see embedded-server.ts), up once it says READY. */
const startEmbeddedProcess = async (name: string): Promise<TestDatabase> => {
  // Node itself (tsx as a loader), so the signal reaches the script and not a wrapper.
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/helpers/embedded-server.ts', name], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const lines = readline.createInterface({ input: child.stdout! })
  const exited = once(child, 'exit').then(() => {
    throw new Error('The embedded PostgreSQL for the tests did not start.')
  })
  const ready = (async () => {
    for await (const line of lines) if (line.startsWith('READY ')) return line.slice('READY '.length)
    throw new Error('The embedded PostgreSQL for the tests did not start.')
  })()
  const url = await Promise.race([ready, exited])
  return {
    url,
    drop: async () => {
      const done = once(child, 'exit')
      child.kill('SIGTERM')
      await done
    },
  }
}

/**
 * A throw-away database: a fresh one on TEST_DATABASE_URL's server when set, otherwise a new
 * embedded PostgreSQL in a temp dir on a free port. Never the dev data in .data/.
 */
export const createTestDatabase = async (): Promise<TestDatabase> => {
  const name = `balai_test_${process.pid}_${Date.now().toString(36)}`
  const server = process.env.TEST_DATABASE_URL
  if (server) return databaseOnServer(server, name)
  return startEmbeddedProcess(name)
}
