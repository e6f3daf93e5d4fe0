import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort } from '../../src/lib/db/ports'
import { rootDir } from '../../src/lib/paths'
import { createTestDatabase } from './database'

export type ProdServer = {
  url: string
  databaseUrl: string
  /** BALAI_DATA_DIR of the server (e.g. where mail goes without SMTP_URL); removed by stop(). */
  dataDir: string
  stop: () => Promise<void>
}

const BOOT_TIMEOUT_MS = 120_000
const POLL_INTERVAL_MS = 500
const STOP_GRACE_MS = 10_000
// Enough of the server's output to explain a failed boot, without growing without bound.
const OUTPUT_LIMIT = 64 * 1024

/** Runs `next build` unless a build exists; BALAI_REBUILD=1 forces one. */
export const ensureBuild = () => {
  const built = fs.existsSync(path.join(rootDir, '.next', 'BUILD_ID'))
  if (built && process.env.BALAI_REBUILD !== '1') return
  console.info('Building the production app (next build)…')
  const result = spawnSync('npx', ['next', 'build'], {
    cwd: rootDir,
    stdio: 'inherit',
    // Collecting page data loads payload.config.ts, which insists on a secret in production;
    // nothing is signed at build time, and the server brings its own.
    env: { PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'), ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  })
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status ?? result.signal}).`)
}

/**
 * Pages and data Next kept from an earlier run belong to that run's database: a fresh database
 * must not be answered from them (a page cached before a form existed would hide the form).
 */
const forgetCachedPages = () => {
  for (const dir of [path.join('.next', 'server', 'route-cache'), path.join('.next', 'cache', 'fetch-cache')]) {
    fs.rmSync(path.join(rootDir, dir), { recursive: true, force: true })
  }
}

const captureOutput = (child: ChildProcess) => {
  let output = ''
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-OUTPUT_LIMIT)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  return () => output
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve()
    else child.once('exit', () => resolve())
  })

const answers = async (url: string) => {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5_000) })
    await response.body?.cancel()
    return response.ok
  } catch {
    return false
  }
}

/** Polls until the API answers; fails early when the server process dies. */
const waitUntilReady = async (url: string, child: ChildProcess) => {
  const deadline = Date.now() + BOOT_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The server exited during boot (${child.exitCode ?? child.signalCode}).`)
    }
    if (await answers(url)) return
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS))
  }
  throw new Error(`The server did not answer ${url} within ${BOOT_TIMEOUT_MS / 1000} s.`)
}

/** Signals the whole process group (npx → tsx → node), so no grandchild outlives us. */
const signalGroup = (child: ChildProcess, signal: NodeJS.Signals) => {
  try {
    process.kill(-child.pid!, signal)
  } catch {
    // Already gone.
  }
}

const stopGroup = async (child: ChildProcess) => {
  signalGroup(child, 'SIGTERM')
  const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), STOP_GRACE_MS)
  await exited(child)
  clearTimeout(timer)
}

/**
 * The production build (`src/bin/server.ts` with NODE_ENV=production) on a throw-away database
 * and a free port. The server migrates at boot and seeds nothing: callers bring their own data.
 */
export const startProdServer = async (opts: { port?: number; env?: Record<string, string> } = {}): Promise<ProdServer> => {
  ensureBuild()
  forgetCachedPages()
  const database = await createTestDatabase()
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'balai-prod-data-'))
  const port = opts.port ?? (await freePort())
  const url = `http://localhost:${port}`
  const removeData = () => fs.rmSync(dataDir, { recursive: true, force: true })

  const child = spawn('npx', ['tsx', 'src/bin/server.ts'], {
    cwd: rootDir,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: database.url,
      PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
      SERVER_URL: url,
      PORT: String(port),
      BALAI_DATA_DIR: dataDir,
      ...opts.env,
    },
  })
  const output = captureOutput(child)
  // Should this process die without calling stop(), the server must not live on.
  const killOnExit = () => signalGroup(child, 'SIGKILL')
  process.once('exit', killOnExit)

  const stop = async () => {
    process.removeListener('exit', killOnExit)
    await stopGroup(child)
    await database.drop()
    removeData()
  }

  try {
    await waitUntilReady(`${url}/api/users/me`, child)
  } catch (error) {
    console.error(`--- server output ---\n${output()}\n--- end of server output ---`)
    await stop()
    throw error
  }
  return { url, databaseUrl: database.url, dataDir, stop }
}
