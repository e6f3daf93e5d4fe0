import { spawn } from 'node:child_process'
import { once } from 'node:events'
import path from 'node:path'
import readline from 'node:readline'
import { fileURLToPath } from 'node:url'

import type pg from 'pg'

import type { Operation } from './load'

const floorServerFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'floor-server.ts')

/** Floor 1: a bare node:http server in its own process, serving `body` to every request. */
export const startFloorServer = async (body: string): Promise<{ url: string; stop: () => Promise<void> }> => {
  const child = spawn(process.execPath, ['--import', 'tsx', floorServerFile], { stdio: ['pipe', 'pipe', 'inherit'] })
  child.stdin.end(body)
  const lines = readline.createInterface({ input: child.stdout })
  const port = await new Promise<number>((resolve, reject) => {
    lines.once('line', (line) => resolve((JSON.parse(line) as { port: number }).port))
    child.once('exit', (code) => reject(new Error(`The floor server exited (${code}) before listening.`)))
  })
  lines.close()
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      child.kill('SIGTERM')
      if (child.exitCode === null && child.signalCode === null) await once(child, 'exit')
    },
  }
}

/** Floor 2: the primary-key read underneath most API calls, straight through `pg`. */
export const pgSelectUser = (pool: pg.Pool, id: number): Operation => async () => {
  await pool.query('SELECT * FROM users WHERE id = $1', [id])
}
